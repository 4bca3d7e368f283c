package org.unknot.ui.settings;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unknot.domain.MedicineUse;
import org.unknot.ui.common.Days;
import org.unknot.ui.common.Styles;
import org.unknot.ui.common.ValidationMarks;

/** The form under the medicine list that adds or edits one: name, dose, regular or as needed, start and stop. */
final class MedicineForm extends VBox {

    private final DatePicker started = picker("medicineStart");
    private final DatePicker stopped = picker("medicineStop");

    MedicineForm(MedicinesViewModel viewModel) {
        super(10);
        setId("medicineForm");
        getStyleClass().add("medicine-form");
        MedicineDraft draft = viewModel.draft();
        TextField name = new TextField();
        name.setId("medicineName");
        name.setPromptText("e.g. Ibuprofen");
        name.textProperty().bindBidirectional(draft.nameProperty());
        ValidationMarks.show(name, draft.nameProblemProperty());
        TextField dose = new TextField();
        dose.setId("medicineDose");
        dose.setPromptText("e.g. 400 mg (optional)");
        dose.textProperty().bindBidirectional(draft.doseProperty());
        ValidationMarks.show(dose, draft.doseProblemProperty());
        ToggleGroup uses = new ToggleGroup();
        FlowPane use = new FlowPane(16, 6);
        for (MedicineUse each : MedicineUse.values()) {
            RadioButton button = new RadioButton(each.label());
            button.setId("medicineUse-" + each.id());
            button.setToggleGroup(uses);
            button.setSelected(draft.useProperty().get() == each);
            draft.useProperty().addListener((observable, old, chosen) -> button.setSelected(chosen == each));
            button.setOnAction(event -> draft.useProperty().set(each));
            use.getChildren().add(button);
        }
        // the typed text is what counts: a DatePicker keeps its last good value while the text is not a date
        started.getEditor().textProperty().addListener((observable, old, text) -> draft.startedProperty().set(text));
        stopped.getEditor().textProperty().addListener((observable, old, text) -> draft.stoppedProperty().set(text));
        ValidationMarks.show(started, draft.startProblemProperty());
        ValidationMarks.show(stopped, draft.stopProblemProperty());
        stopped.setPromptText("still taking it");

        GridPane fields = new GridPane();
        fields.setHgap(12);
        fields.setVgap(8);
        fields.addRow(0, label("Name"), name);
        fields.addRow(1, label("Dose"), dose);
        fields.addRow(2, label("Taken"), use);
        fields.addRow(3, label("Started"), started);
        fields.addRow(4, label("Stopped"), stopped);

        Label problem = new Label();
        problem.setId("medicineProblem");
        problem.getStyleClass().add(SettingsParts.FIELD_PROBLEM);
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(viewModel.errorMessageProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Button save = new Button("Save medicine");
        save.setId("saveMedicineButton");
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        save.setOnAction(event -> viewModel.save());
        save.disableProperty().bind(viewModel.writeAccess().allowedProperty().not());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelMedicineButton");
        cancel.setOnAction(event -> viewModel.cancel());
        FlowPane buttons = new FlowPane(12, 8, save, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(fields, problem, buttons);

        viewModel.editingProperty().addListener((observable, old, editing) -> {
            if (editing != null) {
                show(draft);
                // the name is what is typed first; later, once the form is laid out and shown
                Platform.runLater(name::requestFocus);
            }
        });
    }

    /** The form opened: the pickers show the days the draft was filled with. */
    private void show(MedicineDraft draft) {
        started.setValue(Days.TYPED.fromString(draft.startedProperty().get()));
        started.getEditor().setText(draft.startedProperty().get());
        stopped.setValue(Days.TYPED.fromString(draft.stoppedProperty().get()));
        stopped.getEditor().setText(draft.stoppedProperty().get());
    }

    private static DatePicker picker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(Days.TYPED);
        picker.setPromptText(Days.PROMPT);
        picker.getEditor().setPrefColumnCount(8);
        picker.setMinWidth(Region.USE_PREF_SIZE);
        return picker;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
