package org.unknot.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.Area;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.ScriptedDialogs;
import org.unknot.ui.common.TempStorage;

/** History's exports as the save dialog offers them (dated names) and what follows a file written (its folder). */
class HistoryExportNamesTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private final QueuedRunner runner = new QueuedRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Path> opened = new CopyOnWriteArrayList<>();

    private HistoryViewModel history(Clock clock) {
        HistoryViewModel history = new HistoryViewModel(temp.storage().sessions(), temp.storage().pain(), runner,
                clock, dialogs);
        history.setFolderOpener(opened::add);
        history.activate();
        runner.drain();
        return history;
    }

    private void recordSession() {
        Routine roller = new Routine("Roller", "", PerformedBy.SELF, List.of(Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 60)));
        Instant when = TempStorage.CLOCK.instant().minus(Duration.ofDays(2));
        long id = temp.storage().sessions().start(Optional.empty(), roller, when);
        temp.storage().sessions().finish(id, SessionStatus.COMPLETED, Optional.empty(), when.plusSeconds(60));
    }

    @Test
    void theSaveDialogsOfferNamesDatedTodayByTheClockInItsZone() {
        // 23:30 in London on 30 November is already 1 December in Tokyo.
        Instant lateEvening = Instant.parse("2026-11-30T23:30:00Z");

        HistoryViewModel inLondon = history(Clock.fixed(lateEvening, ZoneId.of("Europe/London")));
        HistoryViewModel inTokyo = history(Clock.fixed(lateEvening, ZoneId.of("Asia/Tokyo")));

        assertEquals("unknot-history-2026-11-30.csv", inLondon.csvFileName());
        assertEquals("unknot-report-2026-11-30.pdf", inLondon.reportFileName());
        assertEquals("unknot-history-2026-12-01.csv", inTokyo.csvFileName());
        assertEquals("unknot-report-2026-12-01.pdf", inTokyo.reportFileName());
    }

    @Test
    void afterAFileIsWrittenItsFolderIsOfferedAndOpenedInTheBackground() throws Exception {
        recordSession();
        HistoryViewModel history = history(TempStorage.CLOCK);
        Path exports = Files.createDirectory(temp.folder().resolve("exports"));
        assertFalse(history.folderOfferedProperty().get(), "nothing written yet");

        history.exportCsv(exports.resolve(history.csvFileName()));
        assertFalse(history.folderOfferedProperty().get(), "not before it is written");
        runner.drain();

        assertTrue(history.messageProperty().get().startsWith("Wrote 1 session to "), history.messageProperty().get());
        assertTrue(history.folderOfferedProperty().get());
        history.openExportFolder();
        assertEquals(List.of(), opened, "opened off the FX thread, by the runner");
        runner.drain();
        assertEquals(List.of(exports.toAbsolutePath()), opened);
    }

    @Test
    void theFolderIsNoLongerOfferedOnceTheMessageSaysSomethingElse() throws Exception {
        recordSession();
        HistoryViewModel history = history(TempStorage.CLOCK);
        history.exportReport(temp.folder().resolve(history.reportFileName()));
        runner.drain();
        assertTrue(history.messageProperty().get().startsWith("Wrote the report for "));
        assertTrue(history.folderOfferedProperty().get());

        dialogs.answer(true);
        history.delete(history.sessions().get(0));
        runner.drain();

        assertTrue(history.messageProperty().get().startsWith("Deleted the session"));
        assertFalse(history.folderOfferedProperty().get());
    }

    @Test
    void aFolderThatCannotBeOpenedIsOneSentence() throws Exception {
        recordSession();
        HistoryViewModel history = history(TempStorage.CLOCK);
        history.setFolderOpener(folder -> {
            throw new java.io.IOException("no file manager");
        });
        history.exportCsv(temp.folder().resolve("history.csv"));
        runner.drain();

        history.openExportFolder();
        runner.drain();

        assertEquals("Unknot could not open the folder " + temp.folder().toAbsolutePath() + "; the file is there.",
                history.errorMessageProperty().get());
    }
}
