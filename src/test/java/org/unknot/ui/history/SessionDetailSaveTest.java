package org.unknot.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.Area;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;
import org.unknot.store.SessionRecording;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.TempStorage;
import org.unknot.ui.common.WriteAccess;

/** Saving a session's corrections writes what the user changed and keeps everything else of its ratings. */
class SessionDetailSaveTest {

    private static final Routine ROLLER = new Routine("Roller", "", PerformedBy.SELF,
            List.of(Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 60)));
    private static final Instant PLAYED = TempStorage.NOW.minusSeconds(86_400);
    private static final String AFTER = "SELECT score || '|' || areas || '|' || recorded_at FROM pain_entry "
            + "WHERE kind = 'after'";

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private final QueuedRunner runner = new QueuedRunner();
    private final int[] saved = {0};
    private long id;

    /** Played yesterday: pain 6 before, 3 after in the lower back and hips, with a note. */
    @BeforeEach
    void ratedSession() {
        SessionRecording recording = new SessionRecording(temp.storage().sessions(), temp.storage().pain());
        id = recording.start(Optional.empty(), ROLLER, PLAYED, Optional.of(new PainScore(6)));
        recording.end(id, SessionStatus.COMPLETED, Optional.empty(), PLAYED.plusSeconds(60));
        recording.finish(id, Optional.of(new PainScore(3)), Set.of(Area.LOWER_BACK, Area.HIPS_GLUTES), "Warm first",
                PLAYED.plusSeconds(90));
    }

    private SessionDetailViewModel detail() {
        SessionRecord session = temp.storage().sessions().find(id).orElseThrow();
        return new SessionDetailViewModel(session, temp.storage().sessions(), temp.storage().pain(), runner,
                Clock.fixed(TempStorage.NOW, ZoneOffset.UTC), () -> saved[0]++, WriteAccess.WRITABLE);
    }

    private String text(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + temp.storage().database().file());
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    @Test
    void correctingOnlyTheNoteKeepsTheAreasAndTimeOfThePainAfter() throws SQLException {
        SessionDetailViewModel detail = detail();

        detail.notesProperty().set("Warm up for longer");
        detail.save();
        runner.drain();

        assertEquals(1, saved[0]);
        assertEquals("3|lower-back,hips-glutes|2026-11-21T10:01:30.000Z", text(AFTER));
        assertEquals("6|2026-11-21T10:00:00.000Z",
                text("SELECT score || '|' || recorded_at FROM pain_entry WHERE kind = 'before'"));
        assertEquals("Warm up for longer", text("SELECT notes FROM session"));
    }

    @Test
    void correctingThePainAfterKeepsItsAreasAndTheNote() throws SQLException {
        SessionDetailViewModel detail = detail();

        detail.afterProperty().set(1);
        detail.save();
        runner.drain();

        assertEquals("1|lower-back,hips-glutes|2026-11-21T10:01:30.000Z", text(AFTER));
        assertEquals("Warm first", text("SELECT notes FROM session"));
    }

    @Test
    void aRatingSetToNoneIsRemovedAndTheOtherStays() throws SQLException {
        SessionDetailViewModel detail = detail();

        detail.beforeProperty().set(null);
        detail.save();
        runner.drain();

        assertEquals(null, text("SELECT score FROM pain_entry WHERE kind = 'before'"));
        assertEquals("3|lower-back,hips-glutes|2026-11-21T10:01:30.000Z", text(AFTER));
    }

    @Test
    void aSecondSaveWritesWhatChangedSinceTheFirst() throws SQLException {
        SessionDetailViewModel detail = detail();
        detail.afterProperty().set(1);
        detail.save();
        runner.drain();

        detail.afterProperty().set(3);
        detail.save();
        runner.drain();

        assertEquals("3|lower-back,hips-glutes|2026-11-21T10:01:30.000Z", text(AFTER));
        assertEquals(2, saved[0]);
    }

    @Test
    void savedCorrectionsAreNoLongerUnsavedAndANewEditIs() {
        SessionDetailViewModel detail = detail();
        detail.notesProperty().set("Warm up for longer");
        assertTrue(detail.unsaved());

        detail.save();
        runner.drain();
        assertFalse(detail.unsaved());

        detail.beforeProperty().set(5);
        assertTrue(detail.unsaved());
    }
}
