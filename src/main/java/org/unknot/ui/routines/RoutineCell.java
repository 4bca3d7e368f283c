package org.unknot.ui.routines;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Tool;
import org.unknot.store.RoutineSummary;
import org.unknot.ui.common.Durations;
import org.unknot.ui.common.Icons;
import org.unknot.ui.common.Styles;

/** One routine in the library: its name, planned time and steps, and the tools it needs. */
final class RoutineCell extends ListCell<RoutineSummary> {

    private final Label name = new Label();
    private final Label detail = new Label();
    private final HBox tools = new HBox(10);
    private final HBox layout;

    RoutineCell() {
        name.getStyleClass().add(Styles.ROUTINE_NAME);
        detail.getStyleClass().add(Styles.ROUTINE_DETAIL);
        VBox text = new VBox(2, name, detail);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        tools.setAlignment(Pos.CENTER_RIGHT);
        layout = new HBox(16, text, spacer, tools);
        layout.setAlignment(Pos.CENTER_LEFT);
        setText(null);
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
        detail.setText(describe(routine));
        tools.getChildren().clear();
        for (Tool tool : Tool.values()) {
            if (routine.tools().contains(tool)) {
                tools.getChildren().add(Icons.tool(tool, 22));
            }
        }
        setGraphic(layout);
        setAccessibleText(routine.name() + ", " + detail.getText());
    }

    static String describe(RoutineSummary routine) {
        List<String> parts = new ArrayList<>();
        parts.add(Durations.words(routine.plannedSeconds()));
        parts.add(routine.stepCount() == 1 ? "1 step" : routine.stepCount() + " steps");
        if (routine.performedBy() == PerformedBy.PARTNER) {
            parts.add("with a partner");
        }
        routine.tools().stream().sorted().map(Tool::label).reduce((a, b) -> a + ", " + b)
                .ifPresent(labels -> parts.add(labels.toLowerCase()));
        return String.join("  ·  ", parts);
    }
}
