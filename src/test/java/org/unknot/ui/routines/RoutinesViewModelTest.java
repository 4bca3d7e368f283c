package org.unknot.ui.routines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.unknot.store.DataFolder;
import org.unknot.store.PainEntry;
import org.unknot.store.RoutineSummary;
import org.unknot.store.Storage;
import org.unknot.ui.common.Formats;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.ScriptedDialogs;
import org.unknot.ui.common.TempStorage;

class RoutinesViewModelTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private final List<String> navigated = new ArrayList<>();
    private final QueuedRunner runner = new QueuedRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Instant now = TempStorage.NOW;
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private RoutinesViewModel viewModel(LongConsumer onStart) {
        return new RoutinesViewModel(temp.storage().routines(), runner, clock, dialogs,
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
        RoutinesViewModel viewModel = loaded();
        viewModel.list().select(viewModel.list().routines().get(0));
        return viewModel;
    }

    private RoutinesViewModel loaded() {
        RoutinesViewModel viewModel = viewModel(id -> { });
        viewModel.load();
        runner.drain();
        return viewModel;
    }

    private static RoutineSummary selected(RoutinesViewModel viewModel) {
        return viewModel.list().selectedProperty().get();
    }

    private static final Routine CALVES = new Routine("Calves", "Roll them out", PerformedBy.SELF,
            List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 60).withSide(Side.EACH).withCue("Ankle to knee")));

    private List<String> names(RoutinesViewModel viewModel) {
        return viewModel.list().routines().stream().map(RoutineSummary::name).toList();
    }

    @Test
    void searchShowsTheRoutinesWhoseNameContainsTheTextIgnoringCase() {
        temp.storage().routines().add(CALVES);
        temp.storage().routines().add(CALVES.withName("Lower back"));
        RoutinesViewModel viewModel = viewModel(id -> { });
        viewModel.load();
        runner.drain();

        viewModel.list().queryProperty().set("  BACK ");
        assertEquals(List.of("Lower back"), names(viewModel));
        viewModel.list().queryProperty().set("");
        assertEquals(List.of("Calves", "Lower back"), names(viewModel));
    }

    @Test
    void duplicateSavesACopyUnderAFreeNameAndSelectsIt() {
        RoutinesViewModel viewModel = loadedWithCalves();

        viewModel.duplicate();
        runner.drain();

        assertEquals(List.of("Calves", "Calves (2)"), names(viewModel));
        assertEquals("Calves (2)", selected(viewModel).name());
        assertEquals(CALVES.steps(), temp.storage().routines().findByName("Calves (2)").orElseThrow().routine().steps());
    }

    @Test
    void renameRefusesNonsenseWithASentenceAndKeepsTheOldName() {
        RoutinesViewModel viewModel = loadedWithCalves();
        temp.storage().routines().add(CALVES.withName("Feet"));

        viewModel.rename("   ");
        assertEquals("Give the routine a name.", viewModel.errorMessageProperty().get());
        viewModel.rename("FEET");
        runner.drain();
        assertEquals("A routine called \"FEET\" already exists; choose another name.",
                viewModel.errorMessageProperty().get());
        viewModel.rename("x".repeat(81));
        assertTrue(viewModel.errorMessageProperty().get().startsWith("The name is 81 characters"));
        assertTrue(temp.storage().routines().findByName("Calves").isPresent());

        viewModel.rename("  Calves and shins ");
        runner.drain();
        assertTrue(temp.storage().routines().findByName("Calves and shins").isPresent());
        assertEquals("", viewModel.errorMessageProperty().get());
    }

    @Test
    void deleteRemovesTheRoutineButKeepsItsSessions() {
        RoutinesViewModel viewModel = loadedWithCalves();
        long id = selected(viewModel).id();
        temp.storage().sessions().start(Optional.of(id), CALVES, TempStorage.NOW);

        dialogs.answer(true);
        viewModel.delete();
        runner.drain();

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
        runner.drain();
        viewModel.importFiles(List.of(file));
        runner.drain();

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
        runner.drain();
        Path bad = Files.writeString(temp.folder().resolve("bad.json"), "{\"format\": \"unknot-routine\"");

        viewModel.importFiles(List.of(bad, good));
        runner.drain();

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
        runner.drain();

        assertTrue(viewModel.errorMessageProperty().get().startsWith("Unknot could not write the routine to "),
                viewModel.errorMessageProperty().get());
        assertTrue(viewModel.errorMessageProperty().get().contains("that is a folder"));
    }

    @Test
    void newAndEditLeadToTheEditor() {
        RoutinesViewModel viewModel = loadedWithCalves();
        long id = selected(viewModel).id();

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
        runner.drain();

        viewModel.start();
        assertFalse(viewModel.list().hasSelectionProperty().get());
        assertEquals(List.of(), opened, "nothing is selected yet");

        viewModel.list().select(viewModel.list().routines().get(0));
        viewModel.start();
        assertEquals(List.of(id), opened);
    }

    @Test
    void reloadingKeepsTheSelection() {
        temp.storage().routines().add(new Routine("Calves", "", PerformedBy.SELF,
                List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 60))));
        RoutinesViewModel viewModel = viewModel(id -> { });
        viewModel.load();
        runner.drain();
        viewModel.list().select(viewModel.list().routines().get(0));

        viewModel.load();
        runner.drain();

        assertEquals("Calves", selected(viewModel).name());
    }

    @Test
    void loadShowsEverySavedRoutineWithItsPlannedTime() {
        temp.storage().routines().add(new Routine("Calves", "", PerformedBy.SELF,
                List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 60).withSide(Side.EACH))));
        temp.storage().routines().add(new Routine("Ankles and feet", "", PerformedBy.SELF,
                List.of(Step.of(Tool.COLD_BALL, Area.FEET, 90), Step.rest(10, ""))));
        RoutinesViewModel viewModel = viewModel(id -> { });

        viewModel.load();
        assertTrue(viewModel.loadingProperty().get());
        runner.drain();

        List<String> names = viewModel.list().routines().stream().map(RoutineSummary::name).toList();
        assertEquals(List.of("Ankles and feet", "Calves"), names);
        assertEquals(100, viewModel.list().routines().get(0).plannedSeconds());
        assertEquals(120, viewModel.list().routines().get(1).plannedSeconds());
        assertFalse(viewModel.loadingProperty().get());
        assertEquals("", viewModel.errorMessageProperty().get());
    }

    @Test
    void aFailedLoadSaysSoInAPlainSentenceAndKeepsWhatWasShown() {
        temp.storage().routines().add(new Routine("Calves", "", PerformedBy.SELF,
                List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 60))));
        RoutinesViewModel viewModel = viewModel(id -> { });
        viewModel.load();
        runner.drain();
        temp.storage().close();

        viewModel.load();
        runner.drain();

        assertEquals(1, viewModel.list().routines().size());
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

        RoutinesViewModel viewModel = viewModel(routine -> { });

        assertEquals("Last done today  ·  pain 3.0 lower after, mean of 1 rated session", viewModel.history(summary));
        now = TempStorage.NOW.plus(Duration.ofHours(14));
        assertEquals("Last done yesterday  ·  pain 3.0 lower after, mean of 1 rated session", viewModel.history(summary),
                "today is read from the clock when the text is made");
        now = TempStorage.NOW.plus(Duration.ofDays(2));
        assertTrue(viewModel.history(summary).startsWith("Last done " + Formats.day(LocalDate.of(2026, 11, 22))));
        assertEquals("", viewModel.history(new RoutineSummary(2, "New", PerformedBy.SELF, 60, 1,
                Set.of(), Optional.empty(), OptionalDouble.empty(), 0)));
    }

    @Test
    void theMeanReliefSaysHowManySessionsWereRatedBothTimes() {
        long id = temp.storage().routines().add(CALVES);
        int[][] ratings = {{6, 3}, {5, 4}, {7, -1}};
        for (int[] rating : ratings) {
            long session = temp.storage().sessions().start(Optional.of(id), CALVES, TempStorage.NOW);
            temp.storage().pain().rateSession(session, new PainEntry(PainKind.BEFORE, TempStorage.NOW,
                    new PainScore(rating[0]), Set.of(), ""));
            if (rating[1] >= 0) {
                temp.storage().pain().rateSession(session, new PainEntry(PainKind.AFTER, TempStorage.NOW,
                        new PainScore(rating[1]), Set.of(), ""));
            }
        }

        RoutineSummary summary = temp.storage().routines().summaries().get(0);

        assertEquals("Last done today  ·  pain 2.0 lower after, mean of 2 rated sessions",
                viewModel(routine -> { }).history(summary), "the session rated only before is not counted");
    }

    @Test
    void aSearchThatHidesTheSelectionClearsItAndDisablesTheActions() {
        List<Long> opened = new ArrayList<>();
        temp.storage().routines().add(CALVES);
        temp.storage().routines().add(CALVES.withName("Lower back"));
        RoutinesViewModel viewModel = viewModel(opened::add);
        viewModel.load();
        runner.drain();
        viewModel.list().select(viewModel.list().routines().get(0));

        viewModel.list().queryProperty().set("calv");
        assertEquals("Calves", selected(viewModel).name(), "a search that still shows it keeps it");
        viewModel.list().queryProperty().set("back");

        assertEquals(null, selected(viewModel));
        assertFalse(viewModel.list().hasSelectionProperty().get());
        viewModel.start();
        viewModel.edit();
        assertEquals(List.of(), opened, "nothing invisible is played");
        assertEquals(List.of(), navigated);
        viewModel.list().queryProperty().set("");
        assertEquals(null, selected(viewModel), "clearing the search does not bring back an old selection");
    }

    @Test
    void aRoutineTheSearchHidesCannotBePicked() {
        temp.storage().routines().add(CALVES);
        temp.storage().routines().add(CALVES.withName("Lower back"));
        RoutinesViewModel viewModel = loaded();
        RoutineSummary calves = viewModel.list().routines().get(0);
        viewModel.list().queryProperty().set("back");

        viewModel.list().select(calves);

        assertEquals(null, selected(viewModel));
        viewModel.list().move(1);
        assertEquals("Lower back", selected(viewModel).name(), "the arrow keys pick among the shown routines");
    }

    @Test
    void aSearchWithNoMatchSaysSoAndOffersToClearIt() {
        temp.storage().routines().add(CALVES);
        RoutinesViewModel viewModel = loaded();

        viewModel.list().queryProperty().set(" zzz ");

        assertEquals("No routine matches 'zzz'", viewModel.list().noMatchProperty().get());
        assertFalse(viewModel.list().emptyLibraryProperty().get(), "the first-run message is not shown");
        viewModel.list().clearSearch();
        assertEquals("", viewModel.list().queryProperty().get());
        assertEquals("", viewModel.list().noMatchProperty().get());
        assertEquals(List.of("Calves"), names(viewModel));
    }

    @Test
    void onlyAnEmptyLibraryShowsTheFirstRunMessage() {
        RoutinesViewModel viewModel = viewModel(id -> { });
        viewModel.load();
        assertFalse(viewModel.list().emptyLibraryProperty().get(), "not before the library has loaded");
        runner.drain();

        assertTrue(viewModel.list().emptyLibraryProperty().get());
        viewModel.list().queryProperty().set("zzz");
        assertEquals("", viewModel.list().noMatchProperty().get(), "an empty library is not a search without match");
    }

    @Test
    void returningFromTheEditorSelectsTheRoutineJustEditedOnceReloaded() {
        RoutinesViewModel viewModel = loadedWithCalves();
        viewModel.list().queryProperty().set("calves");
        long feet = temp.storage().routines().add(CALVES.withName("Feet"));

        // As the app does: the page reloads when shown, then is told which routine was used.
        viewModel.load();
        viewModel.select(feet);
        assertEquals("Calves", selected(viewModel).name(), "not before the reload has arrived");
        runner.drain();

        assertEquals("Feet", selected(viewModel).name());
        assertEquals("", viewModel.list().queryProperty().get(), "a search that would hide it is cleared");
        assertTrue(viewModel.list().routines().contains(selected(viewModel)));
    }

    @Test
    void returningFromThePlayerSelectsTheRoutinePlayedWhenAlreadyLoaded() {
        temp.storage().routines().add(CALVES);
        long back = temp.storage().routines().add(CALVES.withName("Back"));
        RoutinesViewModel viewModel = loaded();

        viewModel.select(back);

        assertEquals("Back", selected(viewModel).name());
    }

    @Test
    void deleteAsksFirstAndKeepLeavesTheRoutine() {
        RoutinesViewModel viewModel = loadedWithCalves();
        dialogs.answer(false);

        viewModel.delete();
        runner.drain();

        assertEquals(List.of("Delete \"Calves\"?"), dialogs.asked());
        assertTrue(temp.storage().routines().findByName("Calves").isPresent());
        assertEquals("Calves", selected(viewModel).name());
        assertEquals(null, viewModel.deletedProperty().get());
    }

    @Test
    void undoAfterDeleteRestoresTheRoutineWithItsStepsNameAndDescription() throws Exception {
        RoutinesViewModel viewModel = loadedWithCalves();
        long id = selected(viewModel).id();
        temp.storage().sessions().start(Optional.of(id), CALVES, TempStorage.NOW);
        dialogs.answer(true);
        viewModel.delete();
        runner.drain();
        assertEquals(List.of(), names(viewModel));
        assertTrue(temp.storage().routines().findByName("Calves").isEmpty());
        assertTrue(viewModel.deletedProperty().get() != null, "Undo is offered");

        viewModel.undoDelete();
        runner.drain();

        // Read back from the data file by a second connection, as the next start of the app would.
        try (Storage reopened = Storage.open(new DataFolder(temp.folder()), TempStorage.CLOCK, List::of)) {
            assertEquals(CALVES, reopened.routines().findByName("Calves").orElseThrow().routine());
            assertTrue(reopened.routines().summaries().get(0).lastDone().isPresent(), "its sessions are linked again");
        }
        assertEquals(List.of("Calves"), names(viewModel));
        assertEquals("Calves", selected(viewModel).name());
        assertEquals(null, viewModel.deletedProperty().get());
        assertEquals("\"Calves\" is back.", viewModel.statusProperty().get());
    }

    @Test
    void leavingThePageEndsTheUndo() {
        RoutinesViewModel viewModel = loadedWithCalves();
        dialogs.answer(true);
        viewModel.delete();
        runner.drain();

        viewModel.deactivate();

        assertEquals(null, viewModel.deletedProperty().get());
        viewModel.undoDelete();
        assertEquals(0, runner.pending());
    }

    @Test
    void leavingThePageClearsTheLastMessageSoItNeverNamesAStaleRoutine() {
        RoutinesViewModel viewModel = loadedWithCalves();
        dialogs.answer(true);
        viewModel.delete();
        runner.drain();
        viewModel.undoDelete();
        runner.drain();
        assertEquals("\"Calves\" is back.", viewModel.statusProperty().get());

        viewModel.deactivate();

        assertEquals("", viewModel.statusProperty().get());
    }

    @Test
    void aLoadAnsweredAfterANewerOneIsDropped() {
        temp.storage().routines().add(CALVES);
        RoutinesViewModel viewModel = viewModel(id -> { });
        viewModel.load();
        temp.storage().routines().add(CALVES.withName("Feet"));
        viewModel.load();

        runner.runNewest();
        runner.runNext();

        assertEquals(List.of("Calves", "Feet"), names(viewModel));
        assertFalse(viewModel.loadingProperty().get());
    }
}
