package org.unknot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.files.StarterRoutines;
import org.unknot.store.DataFiles;
import org.unknot.store.DataFolder;
import org.unknot.store.Storage;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.ScriptedDialogs;
import org.unknot.ui.common.TempStorage;
import org.unknot.ui.common.WriteAccess;
import org.unknot.ui.history.CheckInViewModel;
import org.unknot.ui.history.HistoryViewModel;
import org.unknot.ui.history.SessionDetailViewModel;
import org.unknot.ui.routines.RoutinesViewModel;

/** A data file that fails its integrity check opens read-only: History shows it, and nothing offers to write. */
class ReadOnlyDataTest {

    private static final Clock CLOCK = TempStorage.CLOCK;

    @TempDir
    Path root;
    private Storage storage;
    private WriteAccess access;
    private final QueuedRunner runner = new QueuedRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> navigated = new ArrayList<>();

    @BeforeEach
    void openADamagedFile() throws Exception {
        DataFolder folder = new DataFolder(root);
        Storage.open(folder, CLOCK, StarterRoutines::load).close();
        DataFiles.withSessions(folder.databaseFile(), 300);
        DataFiles.damageMiddlePage(folder.databaseFile());
        storage = Storage.open(folder, CLOCK, StarterRoutines::load);
        access = WriteAccess.of(storage.readOnlyReason());
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private RoutinesViewModel library() {
        return new RoutinesViewModel(storage.routines(), runner, CLOCK, dialogs, new RoutinesViewModel.Navigation() {
            @Override
            public void play(long routineId) {
                navigated.add("play");
            }

            @Override
            public void edit(long routineId) {
                navigated.add("edit");
            }

            @Override
            public void create() {
                navigated.add("create");
            }

            @Override
            public void checkIn() {
                navigated.add("checkIn");
            }
        }, access);
    }

    @Test
    void theLibraryShowsTheRoutinesButStartsEditsAndChangesNothing() {
        String reason = storage.readOnlyReason().orElseThrow();
        RoutinesViewModel library = library();
        library.load();
        runner.drain();
        library.list().select(library.list().routines().get(0));

        library.start();
        library.edit();
        library.create();
        library.duplicate();
        library.rename("Another name");
        library.delete();
        library.importFiles(List.of(root.resolve("some.json")));

        assertFalse(library.list().routines().isEmpty(), "what can be read is shown");
        assertFalse(library.writeAccess().allowedProperty().get(), "the view turns the writing buttons off");
        assertEquals(List.of(), navigated, "neither the player nor the editor opens");
        assertEquals(List.of(), dialogs.asked(), "not even asked");
        assertEquals(0, runner.pending(), "nothing is written");
        assertEquals(reason, library.errorMessageProperty().get());
    }

    @Test
    void historyShowsTheSessionsButTheCheckInCorrectionsAndDeletingAreRefused() {
        String reason = storage.readOnlyReason().orElseThrow();
        HistoryViewModel history = new HistoryViewModel(storage.sessions(), storage.pain(), runner, CLOCK, dialogs,
                access);
        // one of the file's sessions, as the list would show it (this file's damage is in the session pages)
        SessionRecord session = new SessionRecord(300, Optional.empty(), "Legs", PerformedBy.SELF,
                Instant.parse("2026-10-01T10:00:00Z"), Optional.of(Instant.parse("2026-10-01T10:05:00Z")),
                SessionStatus.COMPLETED, Optional.empty(), 300, 300, Optional.empty(), Optional.empty(), "", Set.of());

        history.delete(session);
        CheckInViewModel checkIn = history.checkIn();
        checkIn.scoreProperty().set(4);
        checkIn.save();
        history.opened().open(session);
        SessionDetailViewModel detail = history.opened().detailProperty().get();
        detail.notesProperty().set("A correction");
        detail.save();

        assertEquals(List.of(), dialogs.asked(), "deleting is not even offered");
        assertEquals(0, runner.pending(), "nothing is written");
        assertEquals(reason, history.errorMessageProperty().get());
        assertEquals(reason, checkIn.errorMessageProperty().get());
        assertEquals(reason, detail.errorMessageProperty().get());
        assertFalse(detail.unsaved(), "corrections that cannot be saved do not hold the window open");
        assertTrue(reason.contains("damaged"), reason);
    }
}
