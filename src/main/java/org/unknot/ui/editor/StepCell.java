package org.unknot.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.ui.common.Durations;
import org.unknot.ui.common.Icons;
import org.unknot.ui.common.StepText;
import org.unknot.ui.common.Styles;

/** A step as a card: its number, tool, area and side, how and how long, its cue; press to pick, drag to reorder. */
final class StepCell extends ListCell<Step> {

    private static final PseudoClass BLOCKING = PseudoClass.getPseudoClass("blocking");
    /** The card's number, icons, gaps and padding and the list's scroll bar: what the text leaves of the width. */
    private static final double AROUND_TEXT = 165;

    private final EditorViewModel viewModel;
    private final Label number = new Label();
    private final Label title = new Label();
    private final Label detail = new Label();
    private final Label cue = new Label();
    private final FontIcon tool = Icons.icon(MaterialDesignA.ALERT_OUTLINE, 26);
    private final FontIcon warning = Icons.icon(MaterialDesignA.ALERT_OUTLINE, 22);
    private final HBox layout;

    StepCell(EditorViewModel viewModel) {
        this.viewModel = viewModel;
        number.getStyleClass().add("step-number");
        title.getStyleClass().add("step-title");
        detail.getStyleClass().add(Styles.ROUTINE_DETAIL);
        cue.getStyleClass().add("step-cue");
        tool.getStyleClass().add(Styles.TOOL_ICON);
        warning.getStyleClass().add("step-warning");
        VBox text = new VBox(2, title, detail, cue);
        text.setMinWidth(0);
        // Every line wraps, so a step's time and cue are never cut: the text's width is set from the list's, since a
        // cell asks its graphic for its height without a width.
        for (Label line : List.of(title, detail, cue)) {
            line.setWrapText(true);
            line.setMinHeight(Label.USE_PREF_SIZE);
        }
        listViewProperty().addListener((observable, old, list) -> {
            text.prefWidthProperty().unbind();
            if (list != null) {
                text.prefWidthProperty().bind(list.widthProperty().subtract(AROUND_TEXT));
            }
        });
        HBox.setHgrow(text, Priority.ALWAYS);
        layout = new HBox(14, number, tool, text, warning);
        layout.setAlignment(Pos.CENTER_LEFT);
        setText(null);
        // Cards take the list's width, and long texts wrap rather than show a sideways scroll bar.
        setPrefWidth(0);
        // A press picks the step through the view model; the list's own selection only shows the view model's.
        addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (getItem() != null && !isEmpty()) {
                viewModel.selectStep(getIndex());
            }
            getListView().requestFocus();
            event.consume();
        });
        enableDragToReorder();
    }

    @Override
    protected void updateItem(Step step, boolean empty) {
        super.updateItem(step, empty);
        if (empty || step == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        number.setText(Integer.toString(getIndex() + 1));
        tool.setIconCode(Icons.of(step.tool()));
        title.setText(StepText.title(step));
        detail.setText(detail(step));
        cue.setText(step.cue());
        cue.setVisible(!step.cue().isEmpty());
        cue.setManaged(cue.isVisible());
        List<StepMessage> messages = viewModel.stepMessages(getIndex());
        warning.setVisible(!messages.isEmpty());
        warning.pseudoClassStateChanged(BLOCKING, messages.stream().anyMatch(StepMessage::blocking));
        setTooltip(messages.isEmpty() ? null
                : new Tooltip(String.join("\n", messages.stream().map(StepMessage::text).toList())));
        setGraphic(layout);
        setAccessibleText("Step " + (getIndex() + 1) + ": " + title.getText() + ", " + detail.getText());
    }

    static String detail(Step step) {
        List<String> parts = new ArrayList<>();
        step.technique().ifPresent(technique -> parts.add(technique.label()));
        step.intensity().ifPresent(intensity -> parts.add(intensity.label()));
        step.level().ifPresent(level -> parts.add("Level " + level));
        parts.add(Durations.words(step.seconds()) + (step.side() == Side.EACH ? " each side" : ""));
        return String.join("  ·  ", parts);
    }

    private void enableDragToReorder() {
        setOnDragDetected(event -> {
            if (getItem() == null) {
                return;
            }
            Dragboard board = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(Integer.toString(getIndex()));
            board.setContent(content);
            event.consume();
        });
        setOnDragOver(event -> {
            if (event.getGestureSource() != this && event.getDragboard().hasString()) {
                event.acceptTransferModes(TransferMode.MOVE);
            }
            event.consume();
        });
        setOnDragDropped(event -> {
            boolean done = false;
            if (event.getDragboard().hasString() && event.getDragboard().getString().matches("\\d+")) {
                int from = Integer.parseInt(event.getDragboard().getString());
                int to = getItem() == null ? getListView().getItems().size() - 1 : getIndex();
                viewModel.moveStep(from, to);
                done = true;
            }
            event.setDropCompleted(done);
            event.consume();
        });
    }
}
