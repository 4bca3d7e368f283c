package org.unknot.ui.routines;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.unknot.domain.Tool;
import org.unknot.store.RoutineSummary;
import org.unknot.ui.common.Icons;
import org.unknot.ui.common.Styles;

/**
 * One routine in the library: its name, planned time and steps, and the tools it needs. A press on it picks it
 * through the view model; the list's own selection only shows what the view model selected.
 */
final class RoutineCell extends ListCell<RoutineSummary> {

    /** The line that says the health profile makes the routine unsafe (unknot.css, health-profile block). */
    static final String UNSAFE = "routine-unsafe";

    private final Function<RoutineSummary, String> historyText;
    /** The card's padding, the gap before the badges and the list's scroll bar. */
    private static final double AROUND_TEXT = 90;

    private final Label name = new Label();
    private final Label detail = new Label();
    private final Label history = new Label();
    /** Why the user's health profile keeps this routine from starting; hidden when it does not. */
    private final Label unsafe = new Label();
    private final HBox tools = new HBox(10);
    private final HBox layout;

    RoutineCell(Function<RoutineSummary, String> historyText, Consumer<RoutineSummary> onPick) {
        this.historyText = historyText;
        addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (getItem() != null && !isEmpty()) {
                onPick.accept(getItem());
            }
            getListView().requestFocus();
            event.consume();
        });
        name.getStyleClass().add(Styles.ROUTINE_NAME);
        detail.getStyleClass().add(Styles.ROUTINE_DETAIL);
        history.getStyleClass().add(Styles.ROUTINE_DETAIL);
        unsafe.setId("routineUnsafe");
        unsafe.getStyleClass().add(UNSAFE);
        unsafe.setGraphic(Icons.icon(MaterialDesignA.ALERT_OCTAGON, 16));
        VBox text = new VBox(2, name, detail, history, unsafe);
        text.setMinWidth(0);
        // Every line wraps rather than end in "…": the text's width is set from the list's less the tool badges,
        // since a cell asks its graphic for its height without a width.
        for (Label line : List.of(name, detail, history, unsafe)) {
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
        }
        listViewProperty().addListener((observable, old, list) -> {
            text.prefWidthProperty().unbind();
            if (list != null) {
                text.prefWidthProperty().bind(list.widthProperty().subtract(tools.widthProperty())
                        .subtract(AROUND_TEXT));
            }
        });
        HBox.setHgrow(text, Priority.ALWAYS);
        tools.setAlignment(Pos.CENTER_RIGHT);
        tools.setMinWidth(Region.USE_PREF_SIZE);
        layout = new HBox(16, text, tools);
        layout.setAlignment(Pos.CENTER_LEFT);
        setText(null);
        // Cards take the list's width; a long line wraps, never shows a sideways scroll bar.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(RoutineSummary routine, boolean empty) {
        super.updateItem(routine, empty);
        if (empty || routine == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        name.setText(routine.name());
        detail.setText(RoutineDescription.of(routine));
        history.setText(historyText.apply(routine));
        history.setVisible(!history.getText().isEmpty());
        history.setManaged(history.isVisible());
        unsafe.setText(routine.unsafe().map(finding -> "Not with your health profile: " + finding.describe())
                .orElse(""));
        unsafe.setTooltip(routine.unsafe().map(finding -> new Tooltip("Source: " + finding.rule().source()))
                .orElse(null));
        unsafe.setVisible(routine.unsafe().isPresent());
        unsafe.setManaged(unsafe.isVisible());
        tools.getChildren().clear();
        for (Tool tool : Tool.values()) {
            if (routine.tools().contains(tool)) {
                tools.getChildren().add(Icons.toolBadge(tool));
            }
        }
        setGraphic(layout);
        setAccessibleText(routine.name() + ", " + detail.getText() + ". " + history.getText()
                + (unsafe.isVisible() ? " " + unsafe.getText() : ""));
    }
}
