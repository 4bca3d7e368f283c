package org.unknot.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Theme;
import org.unknot.ui.common.ThemeSwitcher;

/**
 * History's done / planned column, in words like every duration shown as a fact, fits its longest usual line on one
 * line at the normal text size, in a table just wide enough for every column at its least width.
 */
@ExtendWith(ApplicationExtension.class)
class SessionColumnsTest {

    private static final Instant WHEN = Instant.parse("2026-11-22T10:00:00Z");

    private TableView<SessionRecord> table;

    @Start
    void start(Stage stage) {
        ThemeSwitcher.apply(Theme.LIGHT);
        table = new TableView<>();
        SessionColumns.install(table, ZoneOffset.UTC);
        table.getItems().add(new SessionRecord(1, Optional.empty(), "Low back", PerformedBy.SELF, WHEN,
                Optional.of(WHEN.plusSeconds(750)), SessionStatus.STOPPED, Optional.empty(), 900, 750,
                Optional.of(new PainScore(5)), Optional.of(new PainScore(4)), "", Set.of()));
        Scene scene = new Scene(table, 720, 400);
        scene.getStylesheets().add(ThemeSwitcher.appStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void doneAndPlannedShowInWordsOnOneLineAtTheNormalTextSize(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Text> cell = new AtomicReference<>();
        robot.interact(() -> {
            table.applyCss();
            table.layout();
            cell.set(robot.lookup("#timeColumn").queryAll().stream().filter(node -> node != null)
                    .flatMap(node -> node.lookupAll("." + SessionColumns.TEXT_CELL).stream())
                    .map(Text.class::cast).filter(text -> !text.getText().isEmpty()).findFirst().orElseThrow());
        });
        assertTrue(table.getColumns().get(4).isVisible(), "the table has room for every column");
        Text text = cell.get();
        assertEquals("12 min 30 s / 15 min", text.getText());
        Text oneLine = new Text(text.getText());
        oneLine.setFont(text.getFont());
        assertTrue(oneLine.getLayoutBounds().getWidth() <= text.getWrappingWidth(),
                "'" + text.getText() + "' is " + oneLine.getLayoutBounds().getWidth() + " wide in a column with room for "
                        + text.getWrappingWidth());
    }
}
