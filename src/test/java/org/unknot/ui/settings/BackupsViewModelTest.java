package org.unknot.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.Theme;
import org.unknot.store.Backups;
import org.unknot.store.DataFolder;
import org.unknot.store.Database;
import org.unknot.store.SettingsStore;
import org.unknot.ui.common.Dialogs;
import org.unknot.ui.common.Formats;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.TempStorage;
import org.unknot.ui.common.WriteAccess;

class BackupsViewModelTest {

    /** The backup's day as the app shows it, in the user's locale. */
    private static final String BACKUP_DAY = Formats.day(LocalDate.of(2026, 11, 22));

    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    @RegisterExtension
    final TempStorage temp = new TempStorage();
    private final QueuedRunner runner = new QueuedRunner();
    private final Confirming dialogs = new Confirming();
    private final SimpleBooleanProperty sessionRunning = new SimpleBooleanProperty(false);
    private final List<String> shownAgain = new ArrayList<>();

    /** Restores as the app does: the data file let go first, then {@link Backups#restore} on the data folder. */
    private final BackupsViewModel.Restorer restorer = new BackupsViewModel.Restorer() {
        @Override
        public Backups.Restored restore(LocalDate day) {
            temp.storage().close();
            return Backups.restore(folder(), Optional.of(day), TempStorage.CLOCK);
        }

        @Override
        public void showAgain(String notice) {
            shownAgain.add(notice);
        }
    };

    private DataFolder folder() {
        return new DataFolder(temp.folder());
    }

    private BackupsViewModel viewModel(WriteAccess access) {
        return new BackupsViewModel(folder(), new Backups(folder(), temp.storage().database(), TempStorage.CLOCK),
                runner, dialogs, restorer, access, sessionRunning);
    }

    private BackupsViewModel viewModel() {
        return viewModel(WriteAccess.WRITABLE);
    }

    private static Theme themeIn(Path file) {
        try (Database database = Database.open(file)) {
            return new SettingsStore(database).theme();
        }
    }

    @Test
    void backingUpNowMakesTodaysCopyAndListsIt() {
        BackupsViewModel viewModel = viewModel();
        viewModel.load();
        runner.drain();
        assertTrue(viewModel.rows().isEmpty());

        viewModel.backUpNow();
        runner.drain();

        assertTrue(Files.isRegularFile(folder().backups().resolve("unknot-2026-11-22.db")));
        assertEquals(1, viewModel.rows().size());
        BackupsViewModel.Row row = viewModel.rows().get(0);
        assertTrue(row.good());
        assertTrue(row.text().startsWith(BACKUP_DAY + " · "), row.text());
        assertTrue(row.text().endsWith(" KB · good"), row.text());
        assertEquals(row, viewModel.selectedProperty().get(), "the newest good backup is chosen");
        assertTrue(viewModel.messageProperty().get().contains("unknot-2026-11-22.db"));
    }

    @Test
    void aBackupsFolderThatCannotBeUsedIsSaidInOnePlainSentence() throws Exception {
        // a file where the backups folder should be: nothing to list, and nothing can be written into it
        Files.writeString(folder().backups(), "not a folder");
        BackupsViewModel viewModel = viewModel();

        viewModel.load();
        runner.drain();
        assertTrue(viewModel.rows().isEmpty());
        viewModel.backUpNow();
        runner.drain();
        String writing = viewModel.errorMessageProperty().get();

        assertEquals("Unknot could not write " + folder().backups() + "; check that its folder exists and may be "
                + "written, then try again.", writing);
        assertFalse(viewModel.busyProperty().get(), "Back up now can be tried again");
        assertEquals("", viewModel.messageProperty().get());
    }

    @Test
    void restoringPutsTheBackupInPlaceAndTheCurrentFileAsideThenShowsThePagesAgain() throws Exception {
        temp.storage().settings().setTheme(Theme.DARK);
        BackupsViewModel viewModel = viewModel();
        viewModel.backUpNow();
        runner.drain();
        temp.storage().settings().setTheme(Theme.LIGHT);
        dialogs.answer = true;

        viewModel.restoreSelected();
        assertTrue(viewModel.busyProperty().get());
        assertFalse(viewModel.canRestoreProperty().get(), "no second restore while one runs");
        runner.drain();

        assertEquals(List.of("Restore the backup of " + BACKUP_DAY + "?"), dialogs.titles);
        assertTrue(dialogs.messages.get(0).contains("copied aside"), dialogs.messages.get(0));
        assertTrue(dialogs.messages.get(0).contains(temp.folder().resolve("set-aside").toString()));
        assertEquals(Theme.DARK, themeIn(folder().databaseFile()), "the backup's content is in place");
        Path aside;
        try (var folders = Files.list(temp.folder().resolve("set-aside"))) {
            aside = folders.findFirst().orElseThrow();
        }
        assertEquals(Theme.LIGHT, themeIn(aside.resolve("unknot.db")), "the previous file is kept aside");
        assertEquals(List.of("The backup of " + BACKUP_DAY + " is now in place. Your previous data file was put "
                + "in " + aside + "."), shownAgain);
        assertFalse(viewModel.busyProperty().get());
    }

    @Test
    void keepingTheCurrentDataRestoresNothing() {
        BackupsViewModel viewModel = viewModel();
        viewModel.backUpNow();
        runner.drain();
        dialogs.answer = false;

        viewModel.restoreSelected();

        assertEquals(0, runner.pending());
        assertEquals(1, dialogs.titles.size());
        assertFalse(Files.exists(temp.folder().resolve("set-aside")));
        assertTrue(shownAgain.isEmpty());
    }

    @Test
    void aSessionUnderWayBlocksRestoringAndTheNoteSaysWhy() {
        BackupsViewModel viewModel = viewModel();
        viewModel.backUpNow();
        runner.drain();
        assertTrue(viewModel.canRestoreProperty().get());
        assertTrue(viewModel.restoreNoteProperty().get().startsWith("Restoring first copies your current data file "
                + "aside"), viewModel.restoreNoteProperty().get());

        sessionRunning.set(true);
        viewModel.restoreSelected();
        viewModel.restore(TODAY);

        assertFalse(viewModel.canRestoreProperty().get());
        assertEquals("A session is under way; restoring is possible once it has ended.",
                viewModel.restoreNoteProperty().get());
        assertTrue(dialogs.titles.isEmpty(), "not even asked");
        assertEquals(0, runner.pending());
    }

    @Test
    void aDamagedBackupIsListedButCannotBeRestored() throws Exception {
        Files.createDirectories(folder().backups());
        Files.writeString(folder().backups().resolve("unknot-2026-11-20.db"), "not a database at all");
        BackupsViewModel viewModel = viewModel();
        viewModel.load();
        runner.drain();

        BackupsViewModel.Row row = viewModel.rows().get(0);
        assertFalse(row.good());
        assertTrue(row.text().endsWith("damaged, cannot be restored"), row.text());
        viewModel.select(row);
        assertFalse(viewModel.canRestoreProperty().get());
        assertEquals("This backup failed its integrity check, so it cannot be restored.",
                viewModel.restoreNoteProperty().get());
    }

    @Test
    void aReadOnlyFileIsNotBackedUpAndTheReasonIsGiven() {
        BackupsViewModel viewModel = viewModel(WriteAccess.of(Optional.of("The data file is damaged.")));

        viewModel.backUpNow();

        assertFalse(viewModel.canBackUpProperty().get());
        assertEquals("The data file is damaged.", viewModel.backUpNote());
        assertEquals("The data file is damaged.", viewModel.errorMessageProperty().get());
        assertEquals(0, runner.pending());
    }

    /** Answers confirm as the test says, keeping each question's title and message. */
    private static final class Confirming implements Dialogs {
        final List<String> titles = new ArrayList<>();
        final List<String> messages = new ArrayList<>();
        boolean answer;

        @Override
        public SaveChoice askToSave(String title, String message) {
            throw new AssertionError("not asked here");
        }

        @Override
        public boolean confirm(String title, String message, String confirm, String keep) {
            titles.add(title);
            messages.add(message);
            return answer;
        }

        @Override
        public void inform(String title, String message) {
            titles.add(title);
        }
    }
}
