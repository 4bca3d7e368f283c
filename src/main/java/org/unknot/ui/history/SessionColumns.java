package org.unknot.ui.history;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import org.unknot.domain.PainScore;
import org.unknot.domain.SessionRecord;
import org.unknot.ui.common.Durations;
import org.unknot.ui.common.Formats;
import org.unknot.ui.common.TextScale;

/**
 * History's columns, by priority: when, routine, pain before → after with its signed change, status with its reason,
 * done / planned. Each keeps the width its words need and wraps when the window is narrow: nothing ends in "…".
 */
final class SessionColumns {

    static final String TEXT_CELL = "session-cell-text";
    static final String CHANGE_BETTER = "pain-change-better";
    static final String CHANGE_WORSE = "pain-change-worse";
    static final String CHANGE_NONE = "pain-change-none";
    /** The cell's left and right padding and a little air, which the wrapped text leaves free. */
    private static final double CELL_PADDING = 18;

    private SessionColumns() {
    }

    /**
     * Sets the table's columns; the routine takes the room left over, the short ones keep theirs. Done / planned is
     * as wide as "12 min 20 s / 11 min 50 s" (Durations.words) with the cell's padding, so a session under an hour
     * reads on one line at 100 %.
     */
    static void install(TableView<SessionRecord> table, ZoneId zone) {
        List<TableColumn<SessionRecord, SessionRecord>> columns = List.of(
                wrapping("When", "whenColumn",
                        session -> Formats.dayAndTimeOnTwoLines(session.startedAt().atZone(zone)), 172, 186),
                wrapping("Routine", "routineColumn", SessionRecord::routineName, 100, 320),
                pain(),
                wrapping("Status", "statusColumn", SessionColumns::status, 108, 170),
                wrapping("Done / planned", "timeColumn", session -> Durations.words(session.doneSeconds())
                        + " / " + Durations.words(session.plannedSeconds()), 210, 210));
        table.getColumns().setAll(columns);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        ColumnRoom room = new ColumnRoom(table, columns);
        table.widthProperty().addListener(width -> room.fit());
        table.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                TextScale.scaledRoot(scene).styleProperty().addListener(style -> room.fit());
                room.fit();
            }
        });
    }

    static String status(SessionRecord session) {
        return session.status().label()
                + session.stopReason().map(reason -> ": " + reason.label().toLowerCase()).orElse("")
                + (session.gentle() ? " · gentle" : "");
    }

    /** "6 → 4", or "–" for a rating not given: Formats.painChange, with the change coloured apart. */
    static String pain(SessionRecord session) {
        return Formats.scores(value(session.painBefore()), value(session.painAfter()));
    }

    /** The change after minus before, signed with a real minus: "−2", "+1", "±0"; empty unless both were rated. */
    static Optional<String> change(SessionRecord session) {
        return Formats.change(value(session.painBefore()), value(session.painAfter()));
    }

    private static Optional<Integer> value(Optional<PainScore> score) {
        return score.map(PainScore::value);
    }

    private static TableColumn<SessionRecord, SessionRecord> column(String title, String id, double min, double pref) {
        TableColumn<SessionRecord, SessionRecord> column = new TableColumn<>(title);
        column.setId(id);
        column.setMinWidth(min);
        column.setPrefWidth(pref);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        return column;
    }

    private static TableColumn<SessionRecord, SessionRecord> wrapping(String title, String id,
            Function<SessionRecord, String> value, double min, double pref) {
        TableColumn<SessionRecord, SessionRecord> column = column(title, id, min, pref);
        column.setCellFactory(of -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add(TEXT_CELL);
                text.wrappingWidthProperty().bind(of.widthProperty().subtract(CELL_PADDING));
            }

            @Override
            protected void updateItem(SessionRecord session, boolean empty) {
                super.updateItem(session, empty);
                text.setText(empty || session == null ? "" : value.apply(session));
                setGraphic(empty || session == null ? null : text);
            }
        });
        return column;
    }

    private static TableColumn<SessionRecord, SessionRecord> pain() {
        TableColumn<SessionRecord, SessionRecord> column = column("Pain", "painColumn", 90, 110);
        column.setCellFactory(of -> new TableCell<>() {
            private final Text scores = new Text();
            private final Text change = new Text();
            private final HBox flow = new HBox(scores, change);

            {
                scores.getStyleClass().add(TEXT_CELL);
                change.getStyleClass().add(TEXT_CELL);
                flow.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(SessionRecord session, boolean empty) {
                super.updateItem(session, empty);
                if (empty || session == null) {
                    setGraphic(null);
                    return;
                }
                scores.setText(pain(session));
                change.setText(change(session).map(text -> "  " + text).orElse(""));
                change.getStyleClass().setAll(TEXT_CELL, changeStyle(session));
                setGraphic(flow);
            }
        });
        return column;
    }

    private static String changeStyle(SessionRecord session) {
        int change = session.painChange().orElse(0);
        return change < 0 ? CHANGE_BETTER : change > 0 ? CHANGE_WORSE : CHANGE_NONE;
    }
}
