package org.unknot.ui.settings;

import static org.unknot.ui.settings.SettingsParts.muted;
import static org.unknot.ui.settings.SettingsParts.note;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.unknot.store.StoredMedicine;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.Icons;

/**
 * "Medicines" in Settings: the pain medicines, each with Edit, Stop and Delete, and Add; a record for the clinician,
 * without dosing advice or interactions.
 */
final class MedicinesSection extends VBox {

    private final MedicinesViewModel viewModel;
    private final VBox rows = new VBox(6);

    MedicinesSection(MedicinesViewModel viewModel) {
        super(10);
        this.viewModel = viewModel;
        setId("medicinesSection");
        rows.setId("medicineList");
        Label empty = muted("No medicines listed.");
        empty.setId("noMedicines");
        Button add = new Button("Add medicine", Icons.icon(MaterialDesignP.PLUS, 18));
        add.setId("addMedicineButton");
        add.setOnAction(event -> viewModel.add());
        add.disableProperty().bind(viewModel.writeAccess().allowedProperty().not()
                .or(viewModel.editingProperty().isNotNull()));
        MedicineForm form = new MedicineForm(viewModel);
        form.visibleProperty().bind(viewModel.editingProperty().isNotNull());
        form.managedProperty().bind(form.visibleProperty());
        Button undo = new Button("Undo");
        undo.setId("undoMedicineDeleteButton");
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.visibleProperty().bind(viewModel.deletedProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(event -> viewModel.undoDelete());
        HBox status = new HBox(10, note("medicinesMessage", viewModel.messageProperty()), undo);
        status.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(SettingsParts.heading("Medicines"),
                muted("Your pain medicines, as a record for your clinician: Unknot gives no dosing advice and checks "
                        + "no interactions. An as-needed medicine adds a question to the daily check-in."),
                rows, add, form, status);
        ErrorBanner error = new ErrorBanner("medicinesError", viewModel.errorMessageProperty());
        // a refused field is told in the form, beside the fields; other failures here
        error.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty().and(form.visibleProperty().not()));
        error.managedProperty().bind(error.visibleProperty());
        getChildren().add(error);
        viewModel.medicines().addListener((ListChangeListener<StoredMedicine>) change -> showRows(empty));
        showRows(empty);
    }

    private void showRows(Label empty) {
        rows.getChildren().clear();
        if (viewModel.medicines().isEmpty()) {
            rows.getChildren().add(empty);
        }
        for (int i = 0; i < viewModel.medicines().size(); i++) {
            rows.getChildren().add(row(viewModel.medicines().get(i), i));
        }
    }

    private HBox row(StoredMedicine medicine, int index) {
        Label text = new Label(MedicinesViewModel.describe(medicine.medicine()));
        text.setId("medicine-" + index);
        text.setWrapText(true);
        text.setMinWidth(0);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        if (medicine.medicine().stoppedOn().isPresent()) {
            text.getStyleClass().add("medicine-stopped");
        }
        Button edit = rowButton("Edit", "editMedicine-" + index);
        edit.setOnAction(event -> viewModel.edit(medicine));
        Button stop = rowButton("Stop", "stopMedicine-" + index);
        stop.setOnAction(event -> viewModel.stopTaking(medicine));
        stop.setDisable(medicine.medicine().stoppedOn().isPresent());
        Button delete = rowButton("Delete", "deleteMedicine-" + index);
        delete.setOnAction(event -> viewModel.delete(medicine));
        HBox buttons = new HBox(6, edit, stop, delete);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        buttons.disableProperty().bind(viewModel.writeAccess().allowedProperty().not());
        HBox row = new HBox(12, text, buttons);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("medicine-row");
        return row;
    }

    /** A row's button, at the size of every other button in Settings. */
    private static Button rowButton(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
