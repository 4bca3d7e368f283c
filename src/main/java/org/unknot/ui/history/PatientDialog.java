package org.unknot.ui.history;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.unknot.domain.PatientDetails;
import org.unknot.ui.common.TextScale;
import org.unknot.ui.common.Styles;
import org.unknot.ui.common.ValidationMarks;

/**
 * The report's patient question as a modal dialog over the main window: the name and the date of birth, typed or
 * picked as History's range is (2026-11-22), with a mark and a sentence while the date cannot be used and OK off.
 */
public final class PatientDialog implements PatientQuestion {

    static final String NOTE = "They are printed only on the report and stored on this computer.";

    private final Supplier<Window> owner;

    /** @param owner the window the dialog belongs to (read when it opens) */
    public PatientDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<PatientDetails> ask(PatientDetails remembered, LocalDate today) {
        PatientForm form = new PatientForm(remembered, today);
        Dialog<PatientDetails> dialog = new Dialog<>();
        dialog.setTitle("Unknot");
        dialog.setHeaderText("Who is the report for?");
        dialog.getDialogPane().setId("patientDialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content(form));
        dialog.getDialogPane().setPrefWidth(520);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("patientOkButton");
        ok.disableProperty().bind(form.canConfirmProperty().not());
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("patientCancelButton");
        dialog.setResultConverter(button -> button == ButtonType.OK ? form.details() : null);
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
            // the window's text size holds in the question too
            dialog.getDialogPane().setStyle(TextScale.styleIn(window));
        }
        return dialog.showAndWait();
    }

    private static VBox content(PatientForm form) {
        TextField name = new TextField(form.nameProperty().get());
        name.setId("patientName");
        name.setPromptText("e.g. Anna Petrova");
        name.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= PatientDetails.MAX_NAME ? change : null));
        name.textProperty().addListener((observable, old, text) -> form.nameProperty().set(text));

        DatePicker born = new DatePicker();
        born.setId("patientBorn");
        born.setConverter(HistoryFilterBar.DAYS);
        born.setPromptText("YYYY-MM-DD");
        born.setValue(HistoryFilterBar.DAYS.fromString(form.bornProperty().get()));
        // The typed text is what counts: a DatePicker keeps its last good value while the text is not a date.
        born.getEditor().textProperty().addListener((observable, old, text) -> form.bornProperty().set(text));
        ValidationMarks.show(born, form.bornProblemProperty());

        Label problem = new Label(" ");
        problem.setId("patientBornProblem");
        problem.setWrapText(true);
        problem.textProperty().bind(form.bornProblemProperty());
        // Its line is kept while empty, so the dialog does not jump (and cut the note) when the sentence comes.
        problem.setMinHeight(Region.USE_PREF_SIZE);

        GridPane fields = new GridPane();
        fields.setHgap(12);
        fields.setVgap(10);
        fields.addRow(0, new Label("Name on the report (optional)"), name);
        fields.addRow(1, new Label("Date of birth (optional)"), born);
        name.setPrefWidth(240);
        born.setPrefWidth(240);

        Label note = new Label(NOTE);
        note.setId("patientNote");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.MUTED);
        note.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(12, fields, problem, note);
    }
}
