package org.unknot.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * Marks a field with ControlsFX's error decoration (an icon on its corner, the sentence as its tooltip) while its
 * problem is set — one way, from a view model's message to the field; an empty message removes the mark.
 */
public final class ValidationMarks {

    private static final ValidationDecoration DECORATION = new GraphicValidationDecoration();

    private ValidationMarks() {
    }

    public static void show(Control field, ObservableValue<String> problem) {
        problem.addListener((observable, old, text) -> mark(field, text));
        // ControlsFX draws decorations in the scene's decoration layer, so a field is marked once it is in a scene.
        field.sceneProperty().addListener((observable, old, scene) -> mark(field, problem.getValue()));
        mark(field, problem.getValue());
    }

    private static void mark(Control field, String text) {
        DECORATION.removeDecorations(field);
        if (field.getScene() != null && text != null && !text.isBlank()) {
            DECORATION.applyValidationDecoration(ValidationMessage.error(field, text));
        }
    }
}
