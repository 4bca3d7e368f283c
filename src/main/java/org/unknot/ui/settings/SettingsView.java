package org.unknot.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;
import org.unknot.domain.PlayerSettings;
import org.unknot.domain.Theme;
import org.unknot.ui.common.Activatable;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.Icons;
import org.unknot.ui.common.Layouts;
import org.unknot.ui.common.PageHeader;
import org.unknot.ui.common.Styles;

/** The settings page. */
public final class SettingsView extends VBox implements Activatable {

    private final SettingsViewModel viewModel;
    private final BackupsViewModel backups;
    private final ToggleGroup themes = new ToggleGroup();
    private final ToggleButton light = new ToggleButton(Theme.LIGHT.label());
    private final ToggleButton dark = new ToggleButton(Theme.DARK.label());
    private final Button showSafety = new Button("Show the safety information");
    private final Label safetyStatus = new Label();
    private final Label dataFolder = new Label();
    private final CheckBox sound =
            new CheckBox("Sounds: a chime for each step, ticks in the last seconds, a bell at the end");
    private final CheckBox voice = new CheckBox("Spoken cues");
    private final Spinner<Integer> prep = new Spinner<>(0, PlayerSettings.MAX_PREP_SECONDS,
            PlayerSettings.DEFAULTS.prepSeconds());

    public SettingsView(SettingsViewModel viewModel, BackupsViewModel backups, TextSizeViewModel textSize) {
        this.viewModel = viewModel;
        this.backups = backups;
        createView(textSize);
        bind();
    }

    private void createView(TextSizeViewModel textSize) {
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
                new TextSizeSection(textSize),
                playerSection(),
                section("Safety", muted("What to avoid, and when to seek care now."), showSafety, safetyStatus),
                section("Your data", muted("Everything stays on this computer, in this folder:"), dataFolder),
                new BackupsSection(backups, viewModel.dataFolderProperty().get()));
        sections.setMaxWidth(760);
        ScrollPane scroll = Layouts.scrolling(sections);

        getChildren().addAll(new PageHeader("Settings", "How Unknot looks and sounds, and where your records are kept."),
                new ErrorBanner("settingsError", viewModel.errorMessageProperty()), scroll);
    }

    private VBox playerSection() {
        sound.setId("soundCheck");
        Slider volume = new Slider(0, PlayerSettings.MAX_VOLUME, viewModel.volumeProperty().get());
        volume.setId("volumeSlider");
        volume.setPrefWidth(260);
        volume.setMajorTickUnit(25);
        volume.setShowTickMarks(true);
        volume.disableProperty().bind(viewModel.soundProperty().not());
        // Saved when the user lets go, not at every pixel of a drag; the command ignores the value it already has.
        volume.valueChangingProperty().addListener((observable, was, changing) -> {
            if (!changing) {
                viewModel.setVolume((int) Math.round(volume.getValue()));
            }
        });
        volume.valueProperty().addListener((observable, old, value) -> {
            if (!volume.isValueChanging()) {
                viewModel.setVolume((int) Math.round(value.doubleValue()));
            }
        });
        viewModel.volumeProperty().addListener((observable, old, value) -> volume.setValue(value.doubleValue()));
        Button test = new Button("Play a chime");
        test.setId("testSoundButton");
        test.disableProperty().bind(viewModel.soundProperty().not());
        test.setOnAction(event -> viewModel.testSound());
        HBox volumeRow = new HBox(14, new Label("Volume"), volume, test);
        volumeRow.setAlignment(Pos.CENTER_LEFT);

        voice.setId("voiceCheck");
        voice.setDisable(!viewModel.speechAvailable());
        Label voiceNote = muted(viewModel.speechAvailable()
                ? "Names each step aloud, e.g. \"Cold ball, lower back, left side\"."
                : "No speech program was found on this computer; on Linux, install espeak-ng to hear the steps named.");

        prep.setId("prepSpinner");
        prep.setPrefWidth(110);
        HBox prepRow = new HBox(14, new Label("Countdown before the first step"), prep, muted("seconds"));
        prepRow.setAlignment(Pos.CENTER_LEFT);
        return section("Player", sound, volumeRow, voice, voiceNote, prepRow);
    }

    private void bind() {
        // One way: the view model's state is shown; a user's action calls a command, which ignores an unchanged value.
        sound.setSelected(viewModel.soundProperty().get());
        viewModel.soundProperty().addListener((observable, old, on) -> sound.setSelected(on));
        sound.setOnAction(event -> viewModel.setSound(sound.isSelected()));
        voice.setSelected(viewModel.voiceProperty().get());
        viewModel.voiceProperty().addListener((observable, old, on) -> voice.setSelected(on));
        voice.setOnAction(event -> viewModel.setVoice(voice.isSelected()));
        prep.getValueFactory().setValue(viewModel.prepSecondsProperty().get());
        viewModel.prepSecondsProperty().addListener((observable, old, value) ->
                prep.getValueFactory().setValue(value.intValue()));
        prep.getValueFactory().valueProperty().addListener((observable, old, value) -> {
            if (value != null) {
                viewModel.setPrepSeconds(value);
            }
        });
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
        dataFolder.textProperty().bind(viewModel.dataFolderProperty());
    }

    private void showTheme(Theme theme) {
        themes.selectToggle(theme == Theme.DARK ? dark : light);
    }

    @Override
    public void activate() {
        viewModel.load();
        backups.load();
    }

    @Override
    public void deactivate() {
        viewModel.stop();
        backups.stop();
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
