package org.unknot.ui.settings;

import static org.unknot.ui.settings.SettingsParts.muted;
import static org.unknot.ui.settings.SettingsParts.note;
import static org.unknot.ui.settings.SettingsParts.toggle;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.ToggleSwitch;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.unknot.domain.PlayerSettings;
import org.unknot.ui.common.Icons;
import org.unknot.ui.common.ValidationMarks;

/** The player's part of Settings: sounds and their volume, a test chime, spoken cues, the countdown. */
final class PlayerSection extends VBox {

    private final SettingsViewModel viewModel;

    PlayerSection(SettingsViewModel viewModel) {
        super(10);
        this.viewModel = viewModel;
        setId("playerSection");
        ToggleSwitch sound = toggle("soundSwitch", "Sounds", viewModel.soundProperty(), viewModel::setSound);
        Label soundNote = muted("A chime for each step, ticks in the last seconds, a bell at the end.");
        ToggleSwitch voice = toggle("voiceSwitch", "Spoken cues", viewModel.voiceProperty(), viewModel::setVoice);
        voice.setDisable(!viewModel.speechAvailable());
        Label voiceNote = muted(viewModel.speechAvailable()
                ? "Names each step aloud, e.g. \"Cold ball, lower back, left side\"."
                : "No speech program was found on this computer; on Linux, install espeak-ng to hear the steps named.");
        getChildren().addAll(SettingsParts.heading("Player"), sound, soundNote, volumeRow(),
                note("chimeNote", viewModel.chimeNoteProperty()), voice, voiceNote, prepRow(),
                problem(note("prepProblem", viewModel.prepProblemProperty())));
    }

    private FlowPane volumeRow() {
        Slider volume = new Slider(0, PlayerSettings.MAX_VOLUME, viewModel.volumeProperty().get());
        volume.setId("volumeSlider");
        volume.setPrefWidth(240);
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
        Button test = new Button("Play a chime", Icons.icon(MaterialDesignB.BELL_OUTLINE, 18));
        test.setId("testSoundButton");
        test.disableProperty().bind(viewModel.soundProperty().not());
        test.setOnAction(event -> viewModel.testSound());
        return row(new Label("Volume"), volume, test);
    }

    /** An editable spinner: the arrows stay in range; typed text goes to the view model, which may refuse it. */
    private FlowPane prepRow() {
        SpinnerValueFactory.IntegerSpinnerValueFactory values = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                0, PlayerSettings.MAX_PREP_SECONDS, viewModel.prepSecondsProperty().get());
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer seconds) {
                return seconds == null ? "" : seconds.toString();
            }

            @Override
            public Integer fromString(String typed) {
                return viewModel.enterPrepSeconds(typed);
            }
        });
        Spinner<Integer> prep = new Spinner<>(values);
        prep.setId("prepSpinner");
        prep.setEditable(true);
        prep.setPrefWidth(110);
        viewModel.prepSecondsProperty().addListener((observable, old, value) -> values.setValue(value.intValue()));
        values.valueProperty().addListener((observable, old, value) -> {
            if (value != null) {
                viewModel.setPrepSeconds(value);
            }
        });
        // the refused text stays in the field, marked, until a good value replaces it
        viewModel.prepProblemProperty().addListener((observable, old, problem) -> {
            if (problem.isEmpty()) {
                prep.getEditor().setText(values.getConverter().toString(values.getValue()));
            }
        });
        ValidationMarks.show(prep, viewModel.prepProblemProperty());
        // the field and its unit stay together when the row wraps
        HBox field = new HBox(10, prep, muted("seconds (0\u2013" + PlayerSettings.MAX_PREP_SECONDS + ")"));
        field.setAlignment(Pos.CENTER_LEFT);
        return row(new Label("Countdown before the first step"), field);
    }

    private static Label problem(Label note) {
        note.getStyleClass().setAll("label", SettingsParts.FIELD_PROBLEM);
        return note;
    }

    private static FlowPane row(javafx.scene.Node... children) {
        FlowPane row = new FlowPane(14, 8, children);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
