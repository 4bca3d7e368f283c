package org.unknot.ui.routines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.Area;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;
import org.unknot.store.PainEntry;
import org.unknot.store.RoutineSummary;
import org.unknot.ui.common.ImmediateRunner;
import org.unknot.ui.common.TempStorage;

class RoutinesViewModelTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private final List<String> navigated = new ArrayList<>();

    private RoutinesViewModel viewModel(LongConsumer onStart) {
        return new RoutinesViewModel(temp.storage().routines(), new ImmediateRunner(),
                new RoutinesViewModel.Navigation() {
                    @Override
                    public void play(long routineId) {
                        onStart.accept(routineId);
                    }

                    @Override
                    public void edit(long routineId) {
                        navigated.add("edit " + routineId);
                    }

                    @Override
                    public void create() {
                        navigated.add("create");
                    }

                    @Override
                    public void checkIn() {
                        navigated.add("check-in");
                    }
                });
    }

    private RoutinesViewModel loadedWithCalves() {
        temp.storage().routines().add(CALVES);
        RoutinesViewModel viewModel = viewModel(id -> { });
        viewModel.load();
        viewModel.selectedProperty().set(viewModel.routines().get(0));
        return viewModel;
    }

    private static final Routine CALVES = new Routine("Calves", "Roll them out", PerformedBy.SELF,
            List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 60).withSide(Side.EACH).withCue("Ankle to knee")));

    private List<String> names(RoutinesViewModel viewModel) {
        return viewModel.routines().stream().map(RoutineSummary::name).toList();
    }

    @Test
    void searchShowsTheRoutinesWhoseNameContainsTheTextIgnoringCase() {
        temp.storage().routines().add(CALVES);
        temp.storage().routines().add(CALVES.withName("Lower back"));
        RoutinesViewModel viewModel = viewModel(id -> { });
        viewModel.load();

        viewModel.queryProperty().set("  BACK ");
        assertEquals(List.of("Lower back"), names(viewModel));
        viewModel.queryProperty().set("");
        assertEquals(List.of("Calves", "Lower back"), names(viewModel));
    }

    @Test
    void duplicateSavesACopyUnderAFreeNameAndSelectsIt() {
        RoutinesViewModel viewModel = loadedWithCalves();

        viewModel.duplicate();

        assertEquals(List.of("Calves", "Calves (2)"), names(viewModel));
        assertEquals("Calves (2)", viewModel.selectedProperty().get().name());
        assertEquals(CALVES.steps(), temp.storage().routines().findByName("Calves (2)").orElseThrow().routine().steps());
    }

    @Test
    void renameRefusesNonsenseWithASentenceAndKeepsTheOldName() {
        RoutinesViewModel viewModel = loadedWithCalves();
        temp.storage().routines().add(CALVES.withName("Feet"));

        viewModel.rename("   ");
        assertEquals("Give the routine a name.", viewModel.errorMessageProperty().get());
        viewModel.rename("FEET");
        assertEquals("A routine called \"FEET\" already exists; choose another name.",
                viewModel.errorMessageProperty().get());
        viewModel.rename("x".repeat(81));
        assertTrue(viewModel.errorMessageProperty().get().startsWith("The name is 81 characters"));
        assertTrue(temp.storage().routines().findByName("Calves").isPresent());

        viewModel.rename("  Calves and shins ");
        assertTrue(temp.storage().routines().findByName("Calves and shins").isPresent());
        assertEquals("", viewModel.errorMessageProperty().get());
    }

    @Test
    void deleteRemovesTheRoutineButKeepsItsSessions() {
        RoutinesViewModel viewModel = loadedWithCalves();
        long id = viewModel.selectedProperty().get().id();
        temp.storage().sessions().start(Optional.of(id), CALVES, TempStorage.NOW);

        viewModel.delete();

        assertEquals(List.of(), names(viewModel));
        assertEquals(1, temp.storage().sessions().count());
        assertEquals("Calves", temp.storage().sessions().recent(1).get(0).routineName());
        assertTrue(viewModel.statusProperty().get().contains("stay in your history"));
    }

    @Test
    void exportThenImportKeepsEveryFieldAndAClashImportsAsANewName() throws Exception {
        RoutinesViewModel viewModel = loadedWithCalves();
        Path file = temp.folder().resolve("calves.json");

        viewModel.exportTo(file);
        viewModel.importFiles(List.of(file));

        assertEquals(List.of("Calves", "Calves (2)"), names(viewModel));
        assertEquals(CALVES.withName("Calves (2)"),
                temp.storage().routines().findByName("Calves (2)").orElseThrow().routine());
        assertEquals(1, viewModel.importReportProperty().get().size());
        assertTrue(viewModel.importReportProperty().get().get(0).contains("Calves (2)"));
    }

    @Test
    void aBadFileIsRefusedWithItsReasonAndTheGoodOnesStillImport() throws Exception {
        RoutinesViewModel viewModel = loadedWithCalves();
        Path good = temp.folder().resolve("good.json");
        viewModel.exportTo(good);
        Path bad = Files.writeString(temp.folder().resolve("bad.json"), "{\"format\": \"unknot-routine\"");

        viewModel.importFiles(List.of(bad, good));

        List<String> report = viewModel.importReportProperty().get();
        assertEquals(2, report.size());
        assertTrue(report.stream().anyMatch(line -> line.contains("bad.json") && line.contains("not valid JSON")),
                report.toString());
        assertEquals(List.of("Calves", "Calves (2)"), names(viewModel));
        viewModel.dismissImportReport();
        assertEquals(List.of(), viewModel.importReportProperty().get());
    }

    @Test
    void exportToAFolderIsRefusedPlainly() {
        RoutinesViewModel viewModel = loadedWithCalves();

        viewModel.exportTo(temp.folder());

        assertTrue(viewModel.errorMessageProperty().get().startsWith("Unknot could not write the routine to "),
                viewModel.errorMessageProperty().get());
        assertTrue(viewModel.errorMessageProperty().get().contains("that is a folder"));
    }

    @Test
    void newAndEditLeadToTheEditor() {
        RoutinesViewModel viewModel = loadedWithCalves();
        long id = viewModel.selectedProperty().get().id();

        viewModel.create();
        viewModel.edit();
        viewModel.checkIn();

        assertEquals(List.of("create", "edit " + id, "check-in"), navigated);
    }

    @Test
    void startOpensThePlayerOnTheSelectedRoutineOnly() {
        long id = temp.storage().routines().add(new Routine("Calves", "", PerformedBy.SELF,
                List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 60))));
        List<Long> opened = new ArrayList<>();
        RoutinesViewModel viewModel = viewModel(opened::add);
        viewModel.load();

        viewModel.start();
        assertFalse(viewModel.hasSelectionProperty().get());
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

    @Test
    void aPlayedRoutineShowsWhenItWasLastDoneAndItsMeanRelief() {
        long id = temp.storage().routines().add(CALVES);
        long session = temp.storage().sessions().start(Optional.of(id), CALVES, TempStorage.NOW);
        temp.storage().pain().rateSession(session, new PainEntry(PainKind.BEFORE, TempStorage.NOW, new PainScore(6),
                Set.of(), ""));
        temp.storage().pain().rateSession(session, new PainEntry(PainKind.AFTER, TempStorage.NOW, new PainScore(3),
                Set.of(), ""));

        RoutineSummary summary = temp.storage().routines().summaries().get(0);

        assertEquals("Last done 22 Nov 2026  ·  pain 3.0 lower after, on average",
                RoutineDescription.history(summary, ZoneOffset.UTC));
        assertEquals("", RoutineDescription.history(new RoutineSummary(2, "New", PerformedBy.SELF, 60, 1,
                Set.of(), Optional.empty(), OptionalDouble.empty()), ZoneOffset.UTC));
    }
}
