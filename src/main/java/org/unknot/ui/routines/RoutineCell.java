package org.unknot.ui.routines;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unknot.domain.Tool;
import org.unknot.store.RoutineSummary;
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
        detail.setText(RoutineDescription.of(routine));
        tools.getChildren().clear();
        for (Tool tool : Tool.values()) {
            if (routine.tools().contains(tool)) {
                tools.getChildren().add(Icons.toolBadge(tool));
            }
        }
        setGraphic(layout);
        setAccessibleText(routine.name() + ", " + detail.getText());
    }
}
