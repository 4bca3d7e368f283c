package org.unknot.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The one way a field shows that it is refused: ControlsFX's {@link ValidationSupport} marks it (an icon on its
 * corner, the sentence as its tooltip) while its problem is set. The sentence is the view model's own — the one the
 * refusal already uses — read one way, from the view model to the field; an empty problem removes the mark. The same
 * sentence is the field's accessible help, so a screen reader says why the field is refused.
 */
public final class ValidationMarks {

    private ValidationMarks() {
    }

    /** Marks {@code field} with {@code problem}'s sentence while it is not empty. */
    public static ValidationSupport show(Control field, ObservableValue<String> problem) {
        ValidationSupport support = new ValidationSupport();
        support.registerValidator(field, false, (Control control, Object value) -> {
            String text = problem.getValue();
            return ValidationResult.fromErrorIf(control, text, text != null && !text.isBlank());
        });
        // Marks from the start, not only after the first keystroke: the problem is the view model's, not the text's.
        support.initInitialDecoration();
        problem.addListener((observable, old, text) -> {
            describe(field, text);
            support.revalidate(field);
        });
        // ControlsFX draws decorations in the scene's decoration layer, so a field is marked once it is in a scene.
        field.sceneProperty().addListener((observable, old, scene) -> support.redecorate());
        describe(field, problem.getValue());
        return support;
    }

    private static void describe(Control field, String problem) {
        field.setAccessibleHelp(problem == null || problem.isBlank() ? null : problem);
    }
}
