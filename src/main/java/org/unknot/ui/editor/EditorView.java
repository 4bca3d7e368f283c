package org.unknot.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;
import org.unknot.files.BodyMap;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.Icons;
import org.unknot.ui.common.Layouts;
import org.unknot.ui.common.LeaveGuard;
import org.unknot.ui.common.Styles;
import org.unknot.ui.common.ValidationMarks;
import org.unknot.ui.common.WordsOrIcons;

/**
 * The routine editor: name and who performs it on top; the steps as cards on the left (drag, or Alt+↑/↓, to
 * reorder); the selected step's fields on the right; Ctrl+Z / Ctrl+Y undo and redo every edit.
 */
public final class EditorView extends BorderPane implements LeaveGuard {

    /** Below this many times the text size the step's fields go below the steps, which then take the page's width. */
    private static final double ONE_COLUMN_BELOW_EM = 55;
    private static final String ONE_COLUMN = "one-column";
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination MOVE_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    private static final KeyCombination MOVE_DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final EditorViewModel viewModel;
    private final ListView<Step> list = new ListView<>();
    private final EventHandler<KeyEvent> keys = this::onKey;
    /** A label at the text size: the width of a column is measured in its em. */
    private final Label doneBy = new Label();
    /** Kept here: a binding only its listener refers to would be collected and stop following the width. */
    private final BooleanBinding oneColumn;
    /** Esc bubbles up last, so a control that uses it (an open drop-down) keeps it. */
    private final EventHandler<KeyEvent> escape = this::onEscape;
    /** The selected step's fields and what to have ready: in their own scroll area beside the steps, or in the page. */
    private final VBox stepFields = new VBox(24);
    private final ScrollPane stepScroll = Layouts.scrolling(null);

    public EditorView(EditorViewModel viewModel, BodyMap bodyMap) {
        this.viewModel = viewModel;
        setId("editorPage");
        getStyleClass().add(Styles.PAGE);
        // A narrow window (or a large text size) puts the step's fields below the steps, so the cards are wide and
        // short, and scrolls the page rather than squeeze the step list.
        oneColumn = widthProperty().lessThan(Bindings.createDoubleBinding(
                () -> ONE_COLUMN_BELOW_EM * doneBy.getFont().getSize(), doneBy.fontProperty()));
        BorderPane content = new BorderPane();
        // room between the page's text and its scroll bar, as on the other pages
        content.setPadding(new Insets(0, 20, 0, 0));
        content.setTop(header());
        VBox steps = stepsColumn();
        VBox step = stepColumn(bodyMap);
        oneColumn.addListener((observable, was, now) -> arrange(content, steps, step, now));
        arrange(content, steps, step, oneColumn.get());
        ScrollPane page = Layouts.scrolling(content);
        page.setId("editorScroll");
        // beside each other the columns take the page's height and scroll on their own; in one column the page
        // takes its content's full height and scrolls as a whole
        page.fitToHeightProperty().bind(oneColumn.not());
        setCenter(page);
        bind();
    }

    private VBox header() {
        Button back = new Button("Back to routines", Icons.icon(MaterialDesignA.ARROW_LEFT, 18));
        back.setId("editorBackButton");
        back.setOnAction(event -> leave());
        Label title = new Label();
        title.getStyleClass().add(Styles.PAGE_TITLE);
        title.textProperty().bind(viewModel.titleProperty());
        Button undo = new Button("Undo", Icons.icon(MaterialDesignU.UNDO, 18));
        undo.setId("undoButton");
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        undo.setOnAction(event -> viewModel.undo());
        Button redo = new Button("Redo", Icons.icon(MaterialDesignR.REDO, 18));
        redo.setId("redoButton");
        redo.disableProperty().bind(viewModel.canRedoProperty().not());
        redo.setOnAction(event -> viewModel.redo());
        Button save = new Button("Save", Icons.icon(MaterialDesignC.CONTENT_SAVE_OUTLINE, 18));
        save.setId("saveRoutineButton");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(viewModel.canSaveProperty().not());
        save.setOnAction(event -> viewModel.save());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Button button : List.of(back, undo, redo, save)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Undo and Redo give way first, so the title and Save keep their words.
        iconOnlyWhenNarrow(undo, redo);
        title.setMinWidth(Region.USE_PREF_SIZE);
        // Short of room (a large text size) Back and Save keep only their icons, Back first.
        HBox top = new HBox(12, new WordsOrIcons(0, List.of(back), List.of(back)), title, spacer, undo, redo,
                new WordsOrIcons(0, List.of(save), List.of(save)));
        top.setAlignment(Pos.CENTER_LEFT);

        TextField name = new TextField();
        name.setId("nameField");
        name.setPromptText("Name, e.g. Evening low-back relief");
        name.getStyleClass().add("name-field");
        showAndSend(name, viewModel.nameProperty(), viewModel::setName);
        ValidationMarks.show(name, viewModel.nameProblemProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        ToggleGroup who = new ToggleGroup();
        ToggleButton self = performer(PerformedBy.SELF, who, "performedSelf");
        ToggleButton partner = performer(PerformedBy.PARTNER, who, "performedPartner");
        Runnable showWho = () -> who.selectToggle(viewModel.performedByProperty().get() == PerformedBy.PARTNER
                ? partner : self);
        showWho.run();
        viewModel.performedByProperty().addListener((observable, old, value) -> showWho.run());
        who.selectedToggleProperty().addListener((observable, old, toggle) -> {
            if (toggle == null) {
                showWho.run();
            } else {
                viewModel.setPerformedBy((PerformedBy) toggle.getUserData());
            }
        });
        Label total = new Label();
        total.setId("totalLabel");
        total.getStyleClass().add(Styles.SECTION_TITLE);
        total.textProperty().bind(viewModel.totalProperty());
        doneBy.setText("Done by");
        for (Labeled fixed : List.of(doneBy, self, partner, total)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox identity = new HBox(12);
        identity.setAlignment(Pos.CENTER_LEFT);
        HBox performer = new HBox(12, doneBy, self, partner);
        performer.setAlignment(Pos.CENTER_LEFT);
        // one row; in one column (a narrow window, a large text size) who does it goes on a row of its own
        VBox identityRows = new VBox(8);
        Runnable arrangeIdentity = () -> {
            if (oneColumn.get()) {
                identity.getChildren().setAll(name, total);
                identityRows.getChildren().setAll(identity, performer);
            } else {
                identity.getChildren().setAll(name, performer, total);
                identityRows.getChildren().setAll(identity);
            }
        };
        oneColumn.addListener((observable, was, now) -> arrangeIdentity.run());
        arrangeIdentity.run();
        TextField description = new TextField();
        description.setId("descriptionField");
        description.setPromptText("What it is for (optional)");
        showAndSend(description, viewModel.descriptionProperty(), viewModel::setDescription);
        ValidationMarks.show(description, viewModel.descriptionProblemProperty());

        Label blocked = shownWhenSet(new Label(), "saveBlockedReason", viewModel.blockedReasonProperty());
        blocked.getStyleClass().add(Styles.MUTED);
        Label status = shownWhenSet(new Label(), "editorStatus", viewModel.statusProperty());
        Label profileNote = shownWhenSet(new Label(), "profileNote", viewModel.profileNoteProperty());
        profileNote.getStyleClass().add(Styles.WARNING_BOX);
        profileNote.setWrapText(true);
        VBox box = new VBox(12, top, identityRows, description, profileNote, blocked, status,
                new ErrorBanner("editorError", viewModel.errorMessageProperty()));
        box.setPadding(new Insets(0, 0, 16, 0));
        return box;
    }

    private void arrange(BorderPane content, VBox steps, VBox step, boolean oneColumn) {
        content.setLeft(null);
        content.setCenter(null);
        // in one column the step's fields take their full height in the page, no scroll area squeezed to a strip
        stepScroll.setContent(null);
        step.getChildren().clear();
        steps.setPadding(new Insets(0, oneColumn ? 0 : 24, 0, 0));
        if (oneColumn) {
            step.getChildren().setAll(stepFields);
        } else {
            stepScroll.setContent(stepFields);
            step.getChildren().setAll(stepScroll);
        }
        // in one column the step list keeps room for about three cards (unknot.css): the page scrolls instead
        content.getStyleClass().remove(ONE_COLUMN);
        if (oneColumn) {
            content.getStyleClass().add(ONE_COLUMN);
            content.setCenter(new VBox(16, steps, step));
        } else {
            content.setLeft(steps);
            content.setCenter(step);
        }
    }

    /** One way each: the view model's text is written into the field, and what is typed is sent as a command. */
    private static void showAndSend(TextField field, ObservableStringValue shown, Consumer<String> send) {
        field.setText(shown.get());
        shown.addListener((observable, old, text) -> {
            // Writing only a different text keeps the caret where the user is typing.
            if (!field.getText().equals(text)) {
                field.setText(text);
            }
        });
        field.textProperty().addListener((observable, old, text) -> send.accept(text));
    }

    private static Label shownWhenSet(Label label, String id, ObservableStringValue text) {
        label.setId(id);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static ToggleButton performer(PerformedBy value, ToggleGroup group, String id) {
        ToggleButton button = new ToggleButton(value == PerformedBy.SELF ? "Myself" : "A partner");
        button.setId(id);
        button.setUserData(value);
        button.setToggleGroup(group);
        return button;
    }

    private VBox stepsColumn() {
        Label add = new Label("Add a step");
        add.getStyleClass().add(Styles.SECTION_TITLE);
        List<Button> toolButtons = new ArrayList<>();
        for (Tool tool : Tool.values()) {
            Button button = new Button(tool.label(), Icons.tool(tool, 18));
            button.setId("add-" + tool.id());
            button.setOnAction(event -> {
                viewModel.addStep(tool);
                list.requestFocus();
            });
            toolButtons.add(button);
        }
        // One row, so the steps below keep the height: short of room the tools show their icons, names in tooltips.
        WordsOrIcons adders = new WordsOrIcons(6, toolButtons, toolButtons);
        list.setId("stepList");
        list.getStyleClass().add(Styles.CARD_LIST);
        list.setCellFactory(view -> new StepCell(viewModel));
        // The arrow keys pick the step above or below through the view model; the list only shows its choice.
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!event.isAltDown() && (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN)) {
                viewModel.selectStep(viewModel.selectedIndexProperty().get()
                        + (event.getCode() == KeyCode.UP ? -1 : 1));
                event.consume();
            }
        });
        list.setItems(viewModel.steps());
        list.setPlaceholder(new Label("No steps yet: add one with the buttons above."));
        VBox.setVgrow(list, Priority.ALWAYS);
        Button up = new Button("Up", Icons.icon(MaterialDesignA.ARROW_UP, 16));
        up.setId("moveUpButton");
        up.setOnAction(event -> viewModel.moveSelected(-1));
        Button down = new Button("Down", Icons.icon(MaterialDesignA.ARROW_DOWN, 16));
        down.setId("moveDownButton");
        down.setOnAction(event -> viewModel.moveSelected(1));
        Button duplicate = new Button("Duplicate", Icons.icon(MaterialDesignC.CONTENT_COPY, 16));
        duplicate.setId("duplicateStepButton");
        duplicate.setOnAction(event -> viewModel.duplicateStep());
        Button delete = new Button("Delete", Icons.icon(MaterialDesignD.DELETE_OUTLINE, 16));
        delete.setId("deleteStepButton");
        delete.setOnAction(event -> viewModel.deleteStep());
        for (Button button : new Button[] {up, down, duplicate, delete}) {
            button.disableProperty().bind(viewModel.selectedStepProperty().isNull());
        }
        iconOnlyWhenNarrow(up, down, duplicate, delete);
        HBox actions = new HBox(6, up, down, duplicate, delete);
        VBox column = new VBox(10, add, adders, list, actions);
        // Less than half the page in a narrow window, so the step's body map and choices keep their room.
        column.prefWidthProperty().bind(Bindings.min(470, widthProperty().multiply(0.45)));
        return column;
    }

    /** In one column (a narrow window, a large text size) these keep only their icons, their names in a tooltip. */
    private void iconOnlyWhenNarrow(Button... buttons) {
        for (Button button : buttons) {
            button.setTooltip(new Tooltip(button.getText()));
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.contentDisplayProperty().bind(Bindings.when(oneColumn)
                    .then(ContentDisplay.GRAPHIC_ONLY).otherwise(ContentDisplay.LEFT));
        }
    }

    private VBox stepColumn(BodyMap bodyMap) {
        StepEditorPane editor = new StepEditorPane(viewModel, bodyMap);
        Label equipmentTitle = new Label("Have ready");
        equipmentTitle.getStyleClass().add(Styles.SECTION_TITLE);
        VBox equipment = new VBox(6);
        equipment.setId("equipmentList");
        viewModel.equipmentProperty().addListener((observable, old, items) -> showEquipment(equipment, items));
        showEquipment(equipment, viewModel.equipmentProperty().get());
        stepFields.getChildren().setAll(editor, new VBox(8, equipmentTitle, equipment));
        stepFields.setId("stepFields");
        stepFields.setPadding(new Insets(0, 8, 24, 0));
        stepScroll.setId("stepScroll");
        return new VBox();
    }

    private static void showEquipment(VBox box, List<String> items) {
        box.getChildren().setAll(items.stream().map(item -> {
            Label label = new Label("•  " + item);
            label.setWrapText(true);
            return label;
        }).toList());
        if (items.isEmpty()) {
            Label none = new Label("Nothing yet: the list follows the steps you add.");
            none.getStyleClass().add(Styles.MUTED);
            box.getChildren().add(none);
        }
    }

    private void bind() {
        // One way: the list shows the view model's selected step, also after its items changed.
        viewModel.selectedIndexProperty().addListener((observable, old, index) -> showSelection());
        viewModel.steps().addListener((ListChangeListener<Step>) change -> showSelection());
        // A step's warning mark follows the problems of the whole routine.
        viewModel.problemsProperty().addListener((observable, old, problems) -> list.refresh());
        viewModel.findingsProperty().addListener((observable, old, findings) -> list.refresh());
        showSelection();
        sceneProperty().addListener((observable, oldScene, newScene) -> {
            if (oldScene != null) {
                oldScene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
                oldScene.removeEventHandler(KeyEvent.KEY_PRESSED, escape);
            }
            if (newScene != null) {
                newScene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
                newScene.addEventHandler(KeyEvent.KEY_PRESSED, escape);
            }
        });
    }

    private void showSelection() {
        int index = viewModel.selectedIndexProperty().get();
        if (index < 0 || index >= list.getItems().size()) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedIndex() != index) {
            list.getSelectionModel().clearAndSelect(index);
            list.scrollTo(Math.max(0, index - 2));
        }
    }

    private void onKey(KeyEvent event) {
        if (UNDO.match(event)) {
            viewModel.undo();
        } else if (REDO.match(event) || REDO_SHIFT.match(event)) {
            viewModel.redo();
        } else if (MOVE_UP.match(event)) {
            viewModel.moveSelected(-1);
        } else if (MOVE_DOWN.match(event)) {
            viewModel.moveSelected(1);
        } else if (SAVE.match(event)) {
            viewModel.save();
        } else if (event.getCode() == KeyCode.DELETE && list.isFocused()) {
            viewModel.deleteStep();
        } else {
            return;
        }
        event.consume();
    }

    private void onEscape(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE) {
            event.consume();
            viewModel.leave();
        }
    }

    /** Back to the library; with unsaved changes it asks Save, Don't save or Cancel first. */
    public void leave() {
        viewModel.leave();
    }

    /** Whether the editor may be left now (the window's close button); with unsaved changes it asks first. */
    @Override
    public boolean mayLeave(Runnable afterSave) {
        return viewModel.mayLeave(afterSave);
    }

    /** Removes the key filter from the scene once the editor is gone. */
    public void dispose() {
        Scene scene = getScene();
        if (scene != null) {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            scene.removeEventHandler(KeyEvent.KEY_PRESSED, escape);
        }
    }
}
