package org.unknot.ui.history;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.unknot.domain.PatientDetails;
import org.unknot.domain.HealthProfile;
import org.unknot.domain.RedFlagCheck;
import org.unknot.files.ExportException;
import org.unknot.files.HistoryCsv;
import org.unknot.files.PhysicianReport;
import org.unknot.files.ReportContent;
import org.unknot.files.ReportContents;
import org.unknot.files.ReportPeriod;
import org.unknot.store.HistoryFilter;
import org.unknot.store.MedicineStore;
import org.unknot.store.PainStore;
import org.unknot.store.SessionStore;
import org.unknot.store.StoredMedicine;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.ErrorMessages;
import org.unknot.ui.common.FolderOpener;
import org.unknot.ui.common.PlainFailure;

/**
 * History's two exports, written in the background; each ends in one sentence, done or failed. The last file written
 * is kept with its sentence, so its folder can be opened while that sentence is shown.
 */
final class HistoryExports {

    /** What an export wrote: the sentence that says so, and the folder the file is in. */
    record Written(String sentence, Path folder) {
    }

    private final SessionStore sessions;
    private final PainStore pain;
    private final BackgroundRunner runner;
    private final Consumer<String> done;
    private final Consumer<String> failed;
    private final ReadOnlyObjectWrapper<Written> written = new ReadOnlyObjectWrapper<>();
    private FolderOpener folders = FolderOpener.SYSTEM;
    private Supplier<Optional<RedFlagCheck>> redFlags = Optional::empty;
    private Supplier<HealthProfile> healthProfile = () -> HealthProfile.NONE;

    HistoryExports(SessionStore sessions, PainStore pain, BackgroundRunner runner, Consumer<String> done,
                   Consumer<String> failed) {
        this.sessions = sessions;
        this.pain = pain;
        this.runner = runner;
        this.done = done;
        this.failed = failed;
    }

    /** The name a save dialog offers: {@code unknot-history-2026-11-30.csv}, {@code unknot-report-….pdf}. */
    static String datedName(String what, LocalDate day, String extension) {
        return "unknot-" + what + "-" + day + "." + extension;
    }

    /** Writes the history CSV of the sessions the filter finds, oldest first, streamed as the command line does. */
    void csv(Path file, HistoryFilter filter, ZoneId zone) {
        write(file, () -> {
            int count = HistoryCsv.write(file, zone, action -> sessions.forEachOldestFirst(filter, action));
            return "Wrote " + count + (count == 1 ? " session" : " sessions") + " to " + file + ".";
        });
    }

    /**
     * Writes the physician report of the sessions the filter finds and the check-ins of those days, naming
     * {@code patient} in its header.
     */
    void report(Path file, PatientDetails patient, HistoryFilter filter, LocalDate first, LocalDate last,
                LocalDate today, ZoneId zone) {
        write(file, () -> {
            ReportPeriod period = new ReportPeriod(sessions.periodUse(filter, zone, ReportContents.NOTES_SHOWN),
                    action -> sessions.forEachOldestFirst(filter, action), pain.checkIns(first, last),
                    action -> pain.forEachCheckIn(Optional.of(first), Optional.of(last), action),
                    pain.latestNotes(first, last, ReportContents.NOTES_SHOWN), sessions.insights(filter, zone),
                    redFlags.get(), MedicineStore.beside(pain).list().stream().map(StoredMedicine::medicine).toList(),
                    healthProfile.get());
            ReportContent content = ReportContents.of(period, patient.reportLine(), first, last, today, zone);
            PhysicianReport.write(file, content);
            return "Wrote the report for " + content.period() + " to " + file + ".";
        });
    }

    /** Where the report reads the last red-flag answers (off the FX thread); none until set. */
    void setRedFlags(Supplier<Optional<RedFlagCheck>> redFlags) {
        this.redFlags = Objects.requireNonNull(redFlags);
    }

    /** Where the report reads the health profile (off the FX thread); none until set. */
    void setHealthProfile(Supplier<HealthProfile> profile) {
        this.healthProfile = Objects.requireNonNull(profile);
    }

    /** What {@link #openFolder()} uses; the app's is the desktop's file manager. */
    void setFolderOpener(FolderOpener folders) {
        this.folders = Objects.requireNonNull(folders);
    }

    /** Opens the folder of the last file written, in the background; a failure is one sentence. */
    void openFolder() {
        Written last = written.get();
        if (last == null) {
            return;
        }
        runner.run(() -> {
            folders.open(last.folder());
            return null;
        }, nothing -> { }, failure -> failed.accept("Unknot could not open the folder " + last.folder()
                + "; the file is there."));
    }

    /** The last file written and its sentence; null until one is written. */
    ReadOnlyObjectProperty<Written> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    private void write(Path file, Callable<String> export) {
        runner.run(() -> {
            try {
                return export.call();
            } catch (ExportException e) {
                throw new PlainFailure(e.getMessage(), e);
            }
        }, sentence -> {
            written.set(new Written(sentence, file.toAbsolutePath().getParent()));
            done.accept(sentence);
        }, failure -> failed.accept(ErrorMessages.plain(failure)));
    }
}
