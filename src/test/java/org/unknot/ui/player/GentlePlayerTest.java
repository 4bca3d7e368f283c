package org.unknot.ui.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.Area;
import org.unknot.domain.HealthCondition;
import org.unknot.domain.HealthProfile;
import org.unknot.domain.Intensity;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.PlayerSettings;
import org.unknot.domain.Routine;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.Technique;
import org.unknot.domain.Tool;
import org.unknot.session.FakeClock;
import org.unknot.store.PainEntry;
import org.unknot.store.StoredRoutine;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.ScriptedDialogs;
import org.unknot.ui.safety.RedFlagPrompt;
import org.unknot.ui.common.TempStorage;

/** The ready screen offers the gentle version on a flare day or with pain of 7 or more; the player plays it so. */
class GentlePlayerTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private final FakeClock clock = new FakeClock();
    private final QueuedRunner runner = new QueuedRunner();

    private static final Routine FIRM_BACK = new Routine("Firm back", "", PerformedBy.SELF, List.of(
            new Step(Tool.FOAM_ROLLER, Optional.of(Area.CALVES), Side.EACH, Optional.of(Technique.TRIGGER_POINT),
                    Optional.of(Intensity.FIRM), OptionalInt.empty(), 90, ""),
            Step.rest(5, "Fetch the cold ball"),
            Step.of(Tool.COLD_BALL, Area.FEET, 30)));

    private PlayerViewModel player(Routine routine) {
        long id = temp.storage().routines().add(routine);
        PlayerViewModel player = new PlayerViewModel(new StoredRoutine(id, routine), temp.storage().sessions(),
                temp.storage().pain(), runner, new RecordingCues(), PlayerSettings.DEFAULTS.withPrepSeconds(0), clock,
                TempStorage.CLOCK, new ScriptedDialogs(), () -> { });
        player.gentle().activate();
        runner.drain();
        return player;
    }

    private void checkInToday(boolean flare) {
        temp.storage().pain().checkIn(LocalDate.now(TempStorage.CLOCK), new PainEntry(PainKind.CHECK_IN,
                TempStorage.NOW, new PainScore(8), Set.of(), "", flare));
    }

    private List<String> fromFile(String sql) throws SQLException {
        runner.drain();
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + temp.folder().resolve("unknot.db"));
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    @Test
    void aFlareDayOffersTheGentleVersionWithWhatChanges() {
        checkInToday(true);
        PlayerViewModel player = player(FIRM_BACK);

        assertTrue(player.gentle().offered());
        assertEquals("Today is marked a flare day. A gentle version of this routine is ready; it changes 1 step:",
                player.gentle().reasonProperty().get());
        assertEquals(List.of("Step 1  ·  Foam roller  ·  Calves  ·  Each side: 60 s each side instead of 90 s, "
                + "medium pressure instead of firm, circular instead of trigger point"), player.gentle().changes());
    }

    @Test
    void painOfSevenBeforeOffersItAndSixDoesNot() {
        checkInToday(false);
        PlayerViewModel player = player(FIRM_BACK);
        assertFalse(player.gentle().offered(), "a check-in without a flare offers nothing");

        player.typeDigit(6);
        assertFalse(player.gentle().offered());
        player.typeDigit(7);
        assertTrue(player.gentle().offered());
        assertEquals("Your pain is 7 or more right now. A gentle version of this routine is ready; it changes 1 step:",
                player.gentle().reasonProperty().get());
    }

    @Test
    void aRoutineTheHealthProfileBlocksIsNotOfferedGentlyEither() {
        checkInToday(true);
        long id = temp.storage().routines().add(FIRM_BACK);
        // Raynaud's makes the cold ball an error; the gentle version keeps cold steps as they are
        PlayerViewModel player = new PlayerViewModel(new StoredRoutine(id, FIRM_BACK), temp.storage().sessions(),
                temp.storage().pain(), runner, new RecordingCues(), PlayerSettings.DEFAULTS.withPrepSeconds(0), clock,
                TempStorage.CLOCK, new ScriptedDialogs(), () -> { }, RedFlagPrompt.NONE,
                new HealthProfile(Set.of(HealthCondition.RAYNAUD_COLD_URTICARIA), Set.of()));
        player.gentle().activate();
        runner.drain();

        assertFalse(player.canStart());
        assertFalse(player.gentle().offered());
    }

    @Test
    void aRoutineThatIsGentleAlreadyIsNotOffered() {
        checkInToday(true);
        Routine gentle = new Routine("Soft", "", PerformedBy.SELF, List.of(Step.of(Tool.FOAM_ROLLER, Area.NECK, 60)));

        assertFalse(player(gentle).gentle().offered());
    }

    @Test
    void startGentlePlaysTheGentleStepsSaysSoAndRecordsAGentleSession() throws SQLException {
        checkInToday(true);
        PlayerViewModel player = player(FIRM_BACK);

        player.startGentle();

        assertEquals(PlayerViewModel.Phase.RUNNING, player.phaseProperty().get());
        assertEquals("01:00", player.remainingProperty().get());
        assertEquals("Medium pressure", player.pressureProperty().get());
        assertEquals("Circular", player.techniqueProperty().get());
        assertEquals("Gentle: 60 s each side instead of 90 s, medium pressure instead of firm, circular instead of "
                + "trigger point", player.gentleChangeProperty().get());
        player.next();
        player.next();
        assertEquals("", player.gentleChangeProperty().get(), "the rest is played as planned");
        assertEquals(List.of("1"), fromFile("SELECT gentle FROM session"));
        assertEquals(List.of("60", "5", "30"), fromFile("SELECT p.seconds FROM session_progress s JOIN played_step p "
                + "ON p.id = s.played_step_id ORDER BY s.position"));
        assertEquals(List.of("medium"), fromFile("SELECT p.intensity FROM session_progress s JOIN played_step p "
                + "ON p.id = s.played_step_id WHERE s.position = 0"));
    }

    @Test
    void startAsPlannedOnAFlareDayRecordsAFullSession() throws SQLException {
        checkInToday(true);
        PlayerViewModel player = player(FIRM_BACK);

        player.start();

        assertEquals("01:30", player.remainingProperty().get());
        assertEquals("", player.gentleChangeProperty().get());
        assertEquals(List.of("0"), fromFile("SELECT gentle FROM session"));
        assertEquals(List.of("90", "5", "30"), fromFile("SELECT p.seconds FROM session_progress s JOIN played_step p "
                + "ON p.id = s.played_step_id ORDER BY s.position"));
    }

    @Test
    void startGentleDoesNothingWhenItIsNotOffered() throws SQLException {
        PlayerViewModel player = player(FIRM_BACK);

        player.startGentle();

        assertEquals(PlayerViewModel.Phase.READY, player.phaseProperty().get());
        assertEquals(List.of(), fromFile("SELECT gentle FROM session"));
    }
}
