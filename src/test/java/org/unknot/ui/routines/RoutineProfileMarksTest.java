package org.unknot.ui.routines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.Area;
import org.unknot.domain.HealthCondition;
import org.unknot.domain.HealthProfile;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SafetyFinding;
import org.unknot.domain.SafetyRule;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;
import org.unknot.files.RoutineFile;
import org.unknot.store.RoutineSummary;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.ScriptedDialogs;
import org.unknot.ui.common.TempStorage;
import org.unknot.ui.common.WriteAccess;

/** The library marks the routines the health profile makes unsafe, and each load follows the profile. */
class RoutineProfileMarksTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private final QueuedRunner runner = new QueuedRunner();

    private static final Routine COLD_BACK = new Routine("Cold back", "", PerformedBy.SELF, List.of(
            Step.of(Tool.HANDHELD_MASSAGER, Area.LOWER_BACK, 60), Step.of(Tool.COLD_BALL, Area.LOWER_BACK, 300)));
    private static final Routine ROLLER = new Routine("Roller", "", PerformedBy.SELF, List.of(
            Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 60)));

    @Test
    void aRoutineWithColdIsMarkedWithRaynaudsAndTheMarkGoesWhenTheConditionIsRemoved() {
        temp.storage().routines().add(COLD_BACK);
        temp.storage().routines().add(ROLLER);
        RoutinesViewModel viewModel = viewModel();
        load(viewModel);
        assertEquals(List.of(Optional.empty(), Optional.empty()), marks(viewModel));

        temp.storage().healthProfile().save(new HealthProfile(Set.of(HealthCondition.RAYNAUD_COLD_URTICARIA),
                Set.of()));
        load(viewModel);
        assertEquals(List.of(Optional.of(new SafetyFinding(SafetyRule.PROFILE_COLD, 1)), Optional.empty()),
                marks(viewModel));

        temp.storage().healthProfile().save(HealthProfile.NONE);
        load(viewModel);
        assertEquals(List.of(Optional.empty(), Optional.empty()), marks(viewModel));
    }

    @Test
    void aWarningOfTheProfileIsNoMark() {
        temp.storage().routines().add(COLD_BACK);
        temp.storage().healthProfile().save(new HealthProfile(Set.of(HealthCondition.PREGNANCY), Set.of()));
        RoutinesViewModel viewModel = viewModel();
        load(viewModel);
        assertEquals(List.of(Optional.empty()), marks(viewModel));
    }

    @Test
    void theSelectionStaysOnItsRoutineWhenItsMarkChanges() {
        temp.storage().routines().add(COLD_BACK);
        RoutinesViewModel viewModel = viewModel();
        load(viewModel);
        viewModel.list().select(viewModel.list().routines().get(0));
        temp.storage().healthProfile().save(new HealthProfile(Set.of(HealthCondition.RAYNAUD_COLD_URTICARIA),
                Set.of()));
        load(viewModel);
        assertEquals("Cold back", viewModel.list().selectedProperty().get().name());
        assertTrue(viewModel.list().selectedProperty().get().unsafe().isPresent());
    }

    @Test
    void anImportReportsWhatTheProfileFinds() throws Exception {
        temp.storage().healthProfile().save(new HealthProfile(Set.of(HealthCondition.RAYNAUD_COLD_URTICARIA),
                Set.of()));
        Path file = temp.folder().resolve("cold-back.json");
        RoutineFile.export(COLD_BACK, file);
        RoutinesViewModel viewModel = viewModel();
        viewModel.importFiles(List.of(file));
        runner.drain();

        assertTrue(viewModel.importReportProperty().get().get(0).contains("With your health profile it cannot start "
                + "until changed: Step 2: " + SafetyRule.PROFILE_COLD.message()),
                viewModel.importReportProperty().get().toString());
        assertEquals(List.of(Optional.of(new SafetyFinding(SafetyRule.PROFILE_COLD, 1))), marks(viewModel));
    }

    private RoutinesViewModel viewModel() {
        return new RoutinesViewModel(temp.storage().routines(), runner, Clock.systemUTC(), new ScriptedDialogs(),
                new RoutinesViewModel.Navigation() {
                    @Override
                    public void play(long routineId) {
                    }

                    @Override
                    public void edit(long routineId) {
                    }

                    @Override
                    public void create() {
                    }

                    @Override
                    public void checkIn() {
                    }
                }, WriteAccess.WRITABLE, temp.storage().healthProfile());
    }

    private void load(RoutinesViewModel viewModel) {
        viewModel.load();
        runner.drain();
    }

    private static List<Optional<SafetyFinding>> marks(RoutinesViewModel viewModel) {
        return viewModel.list().routines().stream().map(RoutineSummary::unsafe).toList();
    }
}
