package org.unknot.ui.editor;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unknot.domain.Area;
import org.unknot.domain.Intensity;
import org.unknot.domain.RoutineText;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.Technique;
import org.unknot.domain.Tool;
import org.unknot.domain.Vocabulary;
import org.unknot.files.BodyMap;
import org.unknot.ui.common.Durations;
import org.unknot.ui.common.ValidationMarks;
import org.unknot.ui.common.Icons;
import org.unknot.ui.common.Styles;
import org.unknot.ui.common.TabMovesFocus;

/** Every field of the selected step, each with the control that suits it; every change goes through the editor. */
final class StepEditorPane extends VBox {

    private final EditorViewModel viewModel;
    private final ToggleGroup tools = new ToggleGroup();
    private final BodyMapView bodyMap;
    private final ComboBox<Area> area = new ComboBox<>(FXCollections.observableArrayList(Area.values()));
    private final ToggleGroup sides = new ToggleGroup();
    private final ComboBox<Technique> technique = new ComboBox<>();
    private final Label howTo = new Label();
    private final ToggleGroup intensities = new ToggleGroup();
    private final ToggleGroup levels = new ToggleGroup();
    private final HBox levelRow = new HBox(6);
    private final TextField seconds = new TextField();
    private final Label secondsProblem = new Label();
    private final TextArea cue = new TextArea();
    private final Label cueCount = new Label();
    private final Label cueProblem = new Label();
    private final VBox messages = new VBox(8);
    private final VBox areaBox;
    private final VBox howBox;

    StepEditorPane(EditorViewModel viewModel, BodyMap map) {
        this.viewModel = viewModel;
        this.bodyMap = new BodyMapView(map);
        setId("stepEditor");
        setSpacing(18);

        FlowPane toolRow = new FlowPane(6, 6);
        for (Tool tool : Tool.values()) {
            ToggleButton button = new ToggleButton(tool.label(), Icons.tool(tool, 20));
            button.setId("stepTool-" + tool.id());
            button.setUserData(tool);
            button.setToggleGroup(tools);
            toolRow.getChildren().add(button);
        }
        bodyMap.setId("bodyMap");
        bodyMap.setPrefSize(230, 250);
        bodyMap.setMaxSize(230, 250);
        area.setId("areaChoice");
        area.setPromptText("Choose an area");
        area.setCellFactory(list -> labelled(Area::label, ""));
        area.setButtonCell(labelled(Area::label, "Choose an area"));
        FlowPane sideRow = toggles(Side.values(), sides, "side-");
        Label sideNote = new Label("Each side runs the step on the left, then the right.");
        sideNote.getStyleClass().add(Styles.MUTED);
        sideNote.setWrapText(true);
        VBox areaFields = new VBox(8, field("Area"), area, field("Side"), sideRow, sideNote);
        HBox.setHgrow(areaFields, Priority.ALWAYS);
        // At a large text size the hint wraps rather than ending in "…".
        Label areaHint = new Label("Click the body, or choose from the list.");
        areaHint.setWrapText(true);
        areaHint.setMinHeight(Region.USE_PREF_SIZE);
        areaBox = new VBox(8, areaHint,
                new HBox(18, bodyMap, areaFields));
        technique.setId("techniqueChoice");
        // The first choice, "None", is the empty value: a technique is optional.
        technique.getItems().add(null);
        technique.getItems().addAll(Technique.values());
        technique.setPromptText("None");
        technique.setCellFactory(list -> labelled(Technique::label, "None"));
        technique.setButtonCell(labelled(Technique::label, "None"));
        howTo.getStyleClass().add(Styles.MUTED);
        howTo.setWrapText(true);
        FlowPane intensityRow = toggles(Intensity.values(), intensities, "intensity-");
        for (int value = 1; value <= Step.MAX_LEVEL; value++) {
            ToggleButton button = new ToggleButton(Integer.toString(value));
            button.setId("level-" + value);
            button.setUserData(value);
            button.setToggleGroup(levels);
            levelRow.getChildren().add(button);
        }
        VBox levelBox = new VBox(8, field("Massager speed level"), levelRow);
        levelBox.visibleProperty().bind(levelRow.visibleProperty());
        levelBox.managedProperty().bind(levelRow.visibleProperty());
        howBox = new VBox(8, field("Technique"), technique, howTo, field("Pressure"), intensityRow, levelBox);

        seconds.setId("secondsField");
        seconds.setPrefColumnCount(6);
        Button minus = new Button("− 15 s");
        minus.setId("secondsMinus");
        minus.setOnAction(event -> viewModel.adjustSeconds(-15));
        Button plus = new Button("+ 15 s");
        plus.setId("secondsPlus");
        plus.setOnAction(event -> viewModel.adjustSeconds(15));
        HBox secondsRow = new HBox(8, minus, seconds, plus);
        secondsRow.setAlignment(Pos.CENTER_LEFT);
        // Each refused field: a mark on the field (ValidationMarks) and the same sentence below it, where it is read.
        problemLabel(secondsProblem, "secondsProblem", viewModel.secondsProblemProperty());
        ValidationMarks.show(seconds, viewModel.secondsProblemProperty());
        problemLabel(cueProblem, "cueProblem", viewModel.cueProblemProperty());
        ValidationMarks.show(cue, viewModel.cueProblemProperty());

        cue.setId("cueField");
        TabMovesFocus.install(cue);
        cue.setPrefRowCount(2);
        cue.setWrapText(true);
        cue.setPromptText("What to do, in a few words: read on the screen during the step");
        cueCount.getStyleClass().add(Styles.MUTED);

        messages.setId("stepMessages");
        getChildren().addAll(messages, new VBox(8, field("Tool"), toolRow), areaBox, howBox,
                new VBox(8, field("Time  (minutes:seconds; an each-side step runs this long on each side)"), secondsRow,
                        secondsProblem),
                new VBox(6, field("Cue"), cue, cueCount, cueProblem));
        bind();
    }

    /**
     * One way each: the selected step is shown by writing the controls, and a control's change is sent as a command.
     * The commands are idempotent, so a control showing the value it was given changes nothing.
     */
    private void bind() {
        viewModel.selectedStepProperty().addListener((observable, old, step) -> show(step));
        viewModel.selectedIndexProperty().addListener((observable, old, index) -> showMessages());
        viewModel.problemsProperty().addListener((observable, old, problems) -> showMessages());
        viewModel.findingsProperty().addListener((observable, old, findings) -> showMessages());
        show(viewModel.selectedStepProperty().get());
        tools.selectedToggleProperty().addListener((observable, old, toggle) -> {
            if (toggle == null) {
                reshow();
            } else {
                viewModel.changeTool((Tool) toggle.getUserData());
            }
        });
        bodyMap.selectedProperty().addListener((observable, old, chosen) -> setArea(chosen));
        area.valueProperty().addListener((observable, old, chosen) -> setArea(chosen));
        sides.selectedToggleProperty().addListener((observable, old, toggle) -> {
            if (toggle == null) {
                reshow();
            } else {
                viewModel.editSelected(step -> step.withSide((Side) toggle.getUserData()), null);
            }
        });
        technique.valueProperty().addListener((observable, old, chosen) ->
                viewModel.editSelected(step -> step.withTechnique(chosen), null));
        intensities.selectedToggleProperty().addListener((observable, old, toggle) ->
                viewModel.editSelected(step -> step.withIntensity(toggle == null ? null
                        : (Intensity) toggle.getUserData()), null));
        levels.selectedToggleProperty().addListener((observable, old, toggle) -> {
            if (toggle != null) {
                viewModel.editSelected(step -> step.withLevel((Integer) toggle.getUserData()), null);
            } else if (viewModel.selectedStepProperty().get() != null
                    && viewModel.selectedStepProperty().get().level().isPresent()) {
                reshow();
            }
        });
        // The time applies as it is typed (one undo for the whole entry), so it can never land on another step.
        seconds.textProperty().addListener((observable, old, text) -> applySeconds(text));
        seconds.focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                // Typing replaces the time, as people expect of a small number field.
                Platform.runLater(seconds::selectAll);
            } else {
                viewModel.leaveSeconds(seconds.getText());
                if (Durations.parseClock(seconds.getText()).isPresent()) {
                    reshow();
                }
            }
        });
        cue.textProperty().addListener((observable, old, text) -> {
            viewModel.editSelected(step -> step.withCue(text), "cue");
            cueCount.setText(RoutineText.length(text) + " / " + Step.MAX_CUE_LENGTH);
        });
    }

    private void setArea(Area chosen) {
        if (chosen != null) {
            viewModel.editSelected(step -> new Step(step.tool(), Optional.of(chosen), step.side(),
                    step.technique(), step.intensity(), step.level(), step.seconds(), step.cue()), null);
        }
    }

    /** A time that parses applies at once; a half-typed one waits, and is refused with a sentence on leaving. */
    private void applySeconds(String text) {
        if (viewModel.selectedStepProperty().get() != null) {
            viewModel.setSeconds(text);
        }
    }

    private static void problemLabel(Label label, String id, ObservableValue<String> problem) {
        label.setId(id);
        label.getStyleClass().add(Styles.DANGER_BOX);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.textProperty().bind(problem);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void reshow() {
        show(viewModel.selectedStepProperty().get());
    }

    /** Writes a step's values into the controls; nothing here reads them back. */
    private void show(Step step) {
        setDisable(step == null);
        if (step == null) {
            return;
        }
        select(tools, step.tool());
        boolean onArea = step.tool().worksOnArea();
        areaBox.setDisable(false);
        bodyMap.setDisable(!onArea);
        area.setDisable(!onArea);
        howBox.setDisable(!onArea);
        bodyMap.selectedProperty().set(step.area().orElse(null));
        area.setValue(step.area().orElse(null));
        select(sides, step.side());
        technique.setValue(step.technique().orElse(null));
        howTo.setText(step.technique().map(Technique::howTo).orElse(""));
        select(intensities, step.intensity().orElse(null));
        levelRow.setVisible(step.tool().hasLevels());
        select(levels, step.level().isPresent() ? step.level().getAsInt() : null);
        if (!seconds.isFocused()) {
            seconds.setText(Durations.clock(step.seconds()));
        }
        // The step keeps its cue trimmed; resetting the field for a trailing space would fight the typing.
        if (!cue.getText().strip().equals(step.cue())) {
            cue.setText(step.cue());
        }
        cueCount.setText(RoutineText.length(cue.getText()) + " / " + Step.MAX_CUE_LENGTH);
        showMessages();
    }

    private void showMessages() {
        messages.getChildren().clear();
        if (viewModel.selectedStepProperty().get() == null) {
            return;
        }
        for (StepMessage message : viewModel.stepMessagesAboveFields(viewModel.selectedIndexProperty().get())) {
            messages.getChildren().add(messageBox(message));
        }
    }

    /** The message in the body text, its source (if any) smaller and muted on its own line. */
    private static VBox messageBox(StepMessage message) {
        VBox box = new VBox(4, wrapped(message.text()));
        if (!message.source().isEmpty()) {
            Label source = wrapped(message.source());
            source.getStyleClass().add(Styles.MUTED);
            box.getChildren().add(source);
        }
        box.getStyleClass().addAll(message.blocking() ? Styles.DANGER_BOX : Styles.WARNING_BOX, "step-message");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinHeight(Region.USE_PREF_SIZE);
        return box;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static void select(ToggleGroup group, Object value) {
        group.selectToggle(group.getToggles().stream()
                .filter(toggle -> Objects.equals(toggle.getUserData(), value)).findFirst().orElse(null));
    }

    private static <E extends Enum<E> & Vocabulary> FlowPane toggles(E[] values, ToggleGroup group,
                                                                     String idPrefix) {
        FlowPane row = new FlowPane(6, 6);
        Arrays.stream(values).forEach(value -> {
            ToggleButton button = new ToggleButton(value.label());
            button.setId(idPrefix + value.id());
            button.setUserData(value);
            button.setToggleGroup(group);
            row.getChildren().add(button);
        });
        return row;
    }

    private static Label field(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T> ListCell<T> labelled(Function<T, String> label, String none) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? none : label.apply(item));
            }
        };
    }

}
