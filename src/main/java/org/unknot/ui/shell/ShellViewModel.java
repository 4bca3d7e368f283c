package org.unknot.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Which page the main window shows. */
public final class ShellViewModel {

    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.ROUTINES);

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public void show(Page target) {
        page.set(target);
    }
}
