package org.unknot.ui.settings;

import static org.unknot.ui.settings.SettingsParts.muted;
import static org.unknot.ui.settings.SettingsParts.note;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.unknot.store.Backups;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.FirstArrow;
import org.unknot.ui.common.Icons;

/** The Backups part of Settings: the list, "Back up now" and "Restore…", which asks first. */
final class BackupsSection extends VBox {

    private static final double ROW_HEIGHT = 34;

    private final BackupsViewModel viewModel;
    private final ListView<BackupsViewModel.Row> list = new ListView<>();

    BackupsSection(BackupsViewModel viewModel, String dataFolder) {
        super(10);
        this.viewModel = viewModel;
        setId("backupsSection");
        Label heading = SettingsParts.heading("Backups");
        Label about = muted("Once a day Unknot copies your data into " + dataFolder + "/backups and keeps the last "
                + Backups.KEPT + " days.");

        list.setId("backupsList");
        list.setItems(viewModel.rows());
        FirstArrow.install(list);
        // tall enough for every backup kept, so none hides below a scroll bar of its own
        list.setFixedCellSize(ROW_HEIGHT);
        list.prefHeightProperty().bind(Bindings.max(2, Bindings.size(viewModel.rows())).multiply(ROW_HEIGHT).add(4));
        list.setMinHeight(Region.USE_PREF_SIZE);
        list.setMaxWidth(560);
        list.setPlaceholder(new Label("No backups yet."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(BackupsViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.text());
            }
        });

        Button backUp = new Button("Back up now", Icons.icon(MaterialDesignB.BACKUP_RESTORE, 18));
        backUp.setId("backUpNowButton");
        backUp.disableProperty().bind(viewModel.canBackUpProperty().not());
        if (!viewModel.backUpNote().isEmpty()) {
            backUp.setTooltip(new Tooltip(viewModel.backUpNote()));
        }
        backUp.setOnAction(event -> viewModel.backUpNow());
        Button restore = new Button("Restore\u2026", Icons.icon(MaterialDesignR.RESTORE, 18));
        restore.setId("restoreBackupButton");
        restore.disableProperty().bind(viewModel.canRestoreProperty().not());
        restore.setOnAction(event -> viewModel.restoreSelected());
        FlowPane buttons = new FlowPane(12, 8, backUp, restore);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label note = muted("");
        note.setId("restoreNote");
        note.textProperty().bind(viewModel.restoreNoteProperty());
        Label message = note("backupsMessage", viewModel.messageProperty());

        getChildren().addAll(heading, about, list, buttons, note, message,
                new ErrorBanner("backupsError", viewModel.errorMessageProperty()));
        bind();
    }

    private void bind() {
        // One way: the chosen row is shown; a click tells the view model.
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null) {
                viewModel.select(row);
            }
        });
        viewModel.selectedProperty().addListener((observable, old, row) -> show(row));
        show(viewModel.selectedProperty().get());
    }

    private void show(BackupsViewModel.Row row) {
        if (row != list.getSelectionModel().getSelectedItem()) {
            list.getSelectionModel().select(row);
        }
    }
}
