package org.unknot.ui.routines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.Area;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;
import org.unknot.store.RoutineSummary;
import org.unknot.ui.common.ImmediateRunner;
import org.unknot.ui.common.TempStorage;

class RoutinesViewModelTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private RoutinesViewModel viewModel(LongConsumer onStart) {
        return new RoutinesViewModel(temp.storage().routines(), new ImmediateRunner(), onStart);
    }

    @Test
    void startOpensThePlayerOnTheSelectedRoutineOnly() {
        long id = temp.storage().routines().add(new Routine("Calves", "", PerformedBy.SELF,
                List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 60))));
        List<Long> opened = new ArrayList<>();
        RoutinesViewModel viewModel = viewModel(opened::add);
        viewModel.load();

        viewModel.start();
        assertFalse(viewModel.canStartProperty().get());
        assertEquals(List.of(), opened, "nothing is selected yet");

        viewModel.selectedProperty().set(viewModel.routines().get(0));
        viewModel.start();
        assertEquals(List.of(id), opened);
    }

    @Test
    void reloadingKeepsTheSelection() {
        temp.storage().routines().add(new Routine("Calves", "", PerformedBy.SELF,
                List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 60))));
        RoutinesViewModel viewModel = viewModel(id -> { });
        viewModel.load();
        viewModel.selectedProperty().set(viewModel.routines().get(0));

        viewModel.load();

        assertEquals("Calves", viewModel.selectedProperty().get().name());
    }

    @Test
    void loadShowsEverySavedRoutineWithItsPlannedTime() {
        temp.storage().routines().add(new Routine("Calves", "", PerformedBy.SELF,
                List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 60).withSide(Side.EACH))));
        temp.storage().routines().add(new Routine("Ankles and feet", "", PerformedBy.SELF,
                List.of(Step.of(Tool.COLD_BALL, Area.FEET, 90), Step.rest(10, ""))));
        RoutinesViewModel viewModel = viewModel(id -> { });

        viewModel.load();

        List<String> names = viewModel.routines().stream().map(RoutineSummary::name).toList();
        assertEquals(List.of("Ankles and feet", "Calves"), names);
        assertEquals(100, viewModel.routines().get(0).plannedSeconds());
        assertEquals(120, viewModel.routines().get(1).plannedSeconds());
        assertFalse(viewModel.loadingProperty().get());
        assertEquals("", viewModel.errorMessageProperty().get());
    }

    @Test
    void aFailedLoadSaysSoInAPlainSentenceAndKeepsWhatWasShown() {
        temp.storage().routines().add(new Routine("Calves", "", PerformedBy.SELF,
                List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 60))));
        RoutinesViewModel viewModel = viewModel(id -> { });
        viewModel.load();
        temp.storage().close();

        viewModel.load();

        assertEquals(1, viewModel.routines().size());
        assertTrue(viewModel.errorMessageProperty().get().startsWith("Unknot could not read or write"),
                viewModel.errorMessageProperty().get());
        assertFalse(viewModel.loadingProperty().get());
    }

    @Test
    void describesTimeStepsPartnerAndTools() {
        temp.storage().routines().add(new Routine("Back rub", "", PerformedBy.PARTNER, List.of(
                Step.of(Tool.HANDHELD_MASSAGER, Area.UPPER_BACK, 45).withSide(Side.EACH),
                Step.rest(15, ""),
                Step.of(Tool.COLD_BALL, Area.LOWER_BACK, 120))));

        RoutineSummary summary = temp.storage().routines().summaries().get(0);

        assertEquals("3 min 45 s  ·  3 steps  ·  with a partner  ·  handheld massager, cold ball",
                RoutineDescription.of(summary));
    }
}
