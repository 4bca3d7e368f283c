package org.unknot.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** Which page the main window shows, and a one-time notice above it. */
public final class ShellViewModel {

    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.ROUTINES);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public void show(Page target) {
        page.set(target);
    }

    /** Shows a sentence above the pages until the user dismisses it. */
    public void tell(String sentence) {
        notice.set(sentence);
    }

    public void dismissNotice() {
        notice.set("");
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
