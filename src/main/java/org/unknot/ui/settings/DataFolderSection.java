package org.unknot.ui.settings;

import static org.unknot.ui.settings.SettingsParts.muted;
import static org.unknot.ui.settings.SettingsParts.note;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.Icons;

/** "Your data" in Settings: the folder's path, with buttons to open it and to copy the path. */
final class DataFolderSection extends VBox {

    DataFolderSection(DataFolderViewModel viewModel) {
        super(10);
        setId("dataFolderSection");
        Label path = new Label(viewModel.path());
        path.setId("dataFolderLabel");
        path.setWrapText(true);

        Button open = new Button("Open folder", Icons.icon(MaterialDesignF.FOLDER_OPEN_OUTLINE, 18));
        open.setId("openFolderButton");
        open.disableProperty().bind(viewModel.openingProperty());
        open.setOnAction(event -> viewModel.openFolder());
        Button copy = new Button("Copy path", Icons.icon(MaterialDesignC.CONTENT_COPY, 18));
        copy.setId("copyPathButton");
        copy.setOnAction(event -> viewModel.copyPath());
        FlowPane buttons = new FlowPane(12, 8, open, copy);
        buttons.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(SettingsParts.heading("Your data"),
                muted("Everything stays on this computer, in this folder:"), path, buttons,
                note("dataFolderMessage", viewModel.messageProperty()),
                new ErrorBanner("dataFolderError", viewModel.errorMessageProperty()));
    }
}
