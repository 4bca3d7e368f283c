package org.unknot.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;
import org.unknot.domain.Theme;
import org.unknot.ui.common.Activatable;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.Icons;
import org.unknot.ui.common.PageHeader;
import org.unknot.ui.common.Styles;

/** The settings page. */
public final class SettingsView extends VBox implements Activatable {

    private final SettingsViewModel viewModel;
    private final ToggleGroup themes = new ToggleGroup();
    private final ToggleButton light = new ToggleButton(Theme.LIGHT.label());
    private final ToggleButton dark = new ToggleButton(Theme.DARK.label());
    private final Button showSafety = new Button("Show the safety information");
    private final Label safetyStatus = new Label();
    private final Label dataFolder = new Label();

    public SettingsView(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        bind();
    }

    private void createView() {
        getStyleClass().add(Styles.PAGE);
        setId("settingsPage");

        light.setId("themeLight");
        light.setUserData(Theme.LIGHT);
        light.setGraphic(Icons.icon(MaterialDesignW.WHITE_BALANCE_SUNNY, 18));
        dark.setId("themeDark");
        dark.setUserData(Theme.DARK);
        dark.setGraphic(Icons.icon(MaterialDesignW.WEATHER_NIGHT, 18));
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        light.getStyleClass().add("left-pill");
        dark.getStyleClass().add("right-pill");
        HBox themeChoice = new HBox(light, dark);

        showSafety.setId("showSafetyButton");
        showSafety.setGraphic(Icons.icon(MaterialDesignS.SHIELD_CHECK_OUTLINE, 18));
        safetyStatus.setId("safetyStatus");
        safetyStatus.getStyleClass().add(Styles.MUTED);

        dataFolder.setId("dataFolderLabel");
        dataFolder.setWrapText(true);

        VBox sections = new VBox(28,
                section("Appearance", new Label("Theme"), themeChoice),
                section("Safety", muted("What to avoid, and when to seek care now."), showSafety, safetyStatus),
                section("Your data", muted("Everything stays on this computer, in this folder:"), dataFolder));
        sections.setMaxWidth(760);
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        getChildren().addAll(new PageHeader("Settings", "How Unknot looks, and where your records are kept."),
                new ErrorBanner("settingsError", viewModel.errorMessageProperty()), scroll);
    }

    private void bind() {
        themes.selectToggle(viewModel.themeProperty().get() == Theme.DARK ? dark : light);
        themes.selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected == null) {
                themes.selectToggle(old);
            } else {
                viewModel.themeProperty().set((Theme) selected.getUserData());
            }
        });
        showSafety.setOnAction(event -> viewModel.showSafety());
        safetyStatus.textProperty().bind(viewModel.safetyStatusProperty());
        dataFolder.textProperty().bind(viewModel.dataFolderProperty());
    }

    @Override
    public void activate() {
        viewModel.load();
    }

    private static VBox section(String title, javafx.scene.Node... children) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        VBox box = new VBox(10, heading);
        box.getChildren().addAll(children);
        return box;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        label.setWrapText(true);
        return label;
    }
}
