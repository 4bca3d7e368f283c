package org.unknot.ui.settings;

import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;
import org.unknot.ui.common.Styles;

/** The pieces every section of Settings is built from, so the sections look alike. */
final class SettingsParts {

    /** A sentence under a field saying why what was typed is refused. */
    static final String FIELD_PROBLEM = "field-problem";

    private SettingsParts() {
    }

    static VBox section(String title, Node... children) {
        VBox box = new VBox(10, heading(title));
        box.getChildren().addAll(children);
        return box;
    }

    static Label heading(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        heading.setWrapText(true);
        return heading;
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        label.setWrapText(true);
        return label;
    }

    /** A muted sentence that follows {@code text} and takes no room while it is empty. */
    static Label note(String id, ObservableStringValue text) {
        Label label = muted("");
        label.setId(id);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /**
     * An on/off setting as a ControlsFX switch. One way: the switch shows {@code shown}; the user's flip goes to
     * {@code flipped}, a command that ignores the value it already has, so the echo of a load changes nothing.
     */
    static ToggleSwitch toggle(String id, String text, ObservableBooleanValue shown,
                               Consumer<Boolean> flipped) {
        ToggleSwitch toggle = new ToggleSwitch(text);
        toggle.setId(id);
        toggle.setSelected(shown.get());
        shown.addListener((observable, old, on) -> toggle.setSelected(on));
        toggle.selectedProperty().addListener((observable, old, on) -> flipped.accept(on));
        return toggle;
    }
}
