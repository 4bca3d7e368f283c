package org.unknot.ui.settings;

import static org.unknot.ui.settings.SettingsParts.muted;
import static org.unknot.ui.settings.SettingsParts.section;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;
import org.unknot.domain.Theme;
import org.unknot.files.AppVersion;
import org.unknot.ui.common.Activatable;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.Icons;
import org.unknot.ui.common.Layouts;
import org.unknot.ui.common.PageHeader;
import org.unknot.ui.common.Styles;
import org.unknot.ui.profile.HealthProfileSection;
import org.unknot.ui.profile.HealthProfileViewModel;

/**
 * The settings page: appearance, the player, safety and the health profile, the data folder and its backups, and
 * About, one section under another.
 */
public final class SettingsView extends VBox implements Activatable {

    private final SettingsViewModel viewModel;
    private final BackupsViewModel backups;
    private final MedicinesViewModel medicines;
    private final HealthProfileViewModel profile;
    private final ToggleGroup themes = new ToggleGroup();
    private final ToggleButton light = new ToggleButton(Theme.LIGHT.label());
    private final ToggleButton dark = new ToggleButton(Theme.DARK.label());
    private final Button showSafety = new Button("Show the safety information");
    private final Label safetyStatus = new Label();

    public SettingsView(SettingsViewModel viewModel, BackupsViewModel backups, DataFolderViewModel dataFolder,
                        TextSizeViewModel textSize, MedicinesViewModel medicines, HealthProfileViewModel profile) {
        this.viewModel = viewModel;
        this.backups = backups;
        this.medicines = medicines;
        this.profile = profile;
        createView(dataFolder, textSize);
        bind();
    }

    private void createView(DataFolderViewModel dataFolder, TextSizeViewModel textSize) {
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
        showSafety.setWrapText(true);
        safetyStatus.setId("safetyStatus");
        safetyStatus.getStyleClass().add(Styles.MUTED);
        safetyStatus.setWrapText(true);

        VBox sections = new VBox(28,
                section("Appearance", new Label("Theme"), themeChoice),
                new TextSizeSection(textSize),
                new PlayerSection(viewModel),
                section("Safety", muted("What to avoid, and when to seek care now."), showSafety, safetyStatus),
                new HealthProfileSection(profile),
                new MedicinesSection(medicines),
                new DataFolderSection(dataFolder),
                new BackupsSection(backups, dataFolder.path()),
                new AboutSection(AppVersion.current(), dataFolder.path()));
        sections.setMaxWidth(760);
        // held in a box, so the sections keep a readable width on a wide window and clear the scroll bar on a narrow one
        VBox holder = new VBox(sections);
        holder.setPadding(new Insets(0, 20, 24, 0));
        ScrollPane scroll = Layouts.scrolling(holder);

        getChildren().addAll(new PageHeader("Settings", "How Unknot looks and sounds, and where your records are kept."),
                new ErrorBanner("settingsError", viewModel.errorMessageProperty()), scroll);
    }

    private void bind() {
        // One way: the view model's state is shown; a user's action calls a command, which ignores an unchanged value.
        showTheme(viewModel.themeProperty().get());
        viewModel.themeProperty().addListener((observable, old, theme) -> showTheme(theme));
        themes.selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected == null) {
                // a click on the chosen theme would leave none chosen
                showTheme(viewModel.themeProperty().get());
            } else {
                viewModel.chooseTheme((Theme) selected.getUserData());
            }
        });
        showSafety.setOnAction(event -> viewModel.showSafety());
        safetyStatus.textProperty().bind(viewModel.safetyStatusProperty());
    }

    private void showTheme(Theme theme) {
        themes.selectToggle(theme == Theme.DARK ? dark : light);
    }

    @Override
    public void activate() {
        viewModel.load();
        backups.load();
        medicines.load();
        profile.load();
    }

    @Override
    public void deactivate() {
        viewModel.stop();
        backups.stop();
        medicines.stop();
        profile.deactivate();
    }
}
