package org.unknot.ui.history;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unknot.domain.InsightReport;
import org.unknot.domain.PatientDetails;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Tool;
import org.unknot.store.DeletedSession;
import org.unknot.store.PainStore;
import org.unknot.store.PegStore;
import org.unknot.store.SessionStore;
import org.unknot.store.SettingsStore;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.Dialogs;
import org.unknot.ui.common.DocumentsFolder;
import org.unknot.ui.common.FolderOpener;
import org.unknot.ui.common.ErrorMessages;
import org.unknot.ui.common.WriteAccess;
import org.unknot.ui.common.LatestLoader;

/**
 * The history: sessions of a date range (and routine, tool, status), their insights and charts, the exports of the
 * same range, one session opened to correct, and a deleted session's undo while the screen is open. The filters are
 * one {@link HistoryQuery}; each command that changes it runs one load, and a query equal to the last is not run.
 */
public final class HistoryViewModel {

    static final int DEFAULT_DAYS = 90;

    private final SessionStore sessions;
    private final PainStore pain;
    private final BackgroundRunner runner;
    private final Clock clock;
    private final Dialogs dialogs;
    private final LatestLoader<HistoryQuery, HistoryData> loader;
    private final HistoryExports exports;
    private final ReadOnlyObjectWrapper<HistoryQuery> query = new ReadOnlyObjectWrapper<>();
    /** The quick range the range was last set to; null once a day is chosen by hand. */
    private final ReadOnlyObjectWrapper<QuickRange> quickRange = new ReadOnlyObjectWrapper<>();
    /** Until the user picks days, the range is the last 90 days up to today, wherever "today" has moved. */
    private boolean rangeChosen;
    private final ObservableList<SessionRecord> shown = FXCollections.observableArrayList();
    private final ObservableList<String> routineOptions = FXCollections.observableArrayList((String) null);
    private final ObservableList<Tool> toolOptions = FXCollections.unmodifiableObservableList(
            FXCollections.observableArrayList(Tool.FOAM_ROLLER, Tool.HANDHELD_MASSAGER, Tool.COLD_BALL));
    private final ObservableList<SessionStatus> statusOptions = FXCollections.unmodifiableObservableList(
            FXCollections.observableArrayList(null, SessionStatus.COMPLETED, SessionStatus.STOPPED,
                    SessionStatus.INTERRUPTED));
    private final ReadOnlyObjectWrapper<InsightReport> insights = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(Verdict.NONE);
    private final ObservableList<String> whatHelps = FXCollections.observableArrayList();
    private final ObservableList<String> whatHelpsShown = FXCollections.unmodifiableObservableList(whatHelps);
    private Runnable safetyQuestions = () -> { };
    /** Until set, the report goes on without asking and names no patient. */
    private BiConsumer<LocalDate, Consumer<PatientDetails>> reportPatient =
            (today, then) -> then.accept(PatientDetails.NONE);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DeletedSession> deleted = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> routineOptionsShown = FXCollections.unmodifiableObservableList(routineOptions);
    private final OpenedSession opened;
    private final WriteAccess access;
    private final BooleanBinding folderOffered;
    private final CheckInsViewModel checkIns;

    public HistoryViewModel(SessionStore sessions, PainStore pain, BackgroundRunner runner, Clock clock,
                            Dialogs dialogs) {
        this(sessions, pain, runner, clock, dialogs, WriteAccess.WRITABLE);
    }

    /** @param access whether the data file can be written; when not, History only shows what can be read */
    public HistoryViewModel(SessionStore sessions, PainStore pain, BackgroundRunner runner, Clock clock,
                            Dialogs dialogs, WriteAccess access) {
        this.access = access;
        this.sessions = sessions;
        this.pain = pain;
        this.runner = runner;
        this.clock = clock;
        this.dialogs = dialogs;
        HistoryReader reader = new HistoryReader(sessions, clock);
        this.loader = new LatestLoader<>(runner, reader::read, this::show,
                failure -> errorMessage.set(ErrorMessages.plain(failure)));
        this.exports = new HistoryExports(sessions, pain, runner, message::set, errorMessage::set);
        this.folderOffered = Bindings.createBooleanBinding(() -> exports.writtenProperty().get() != null
                && exports.writtenProperty().get().sentence().equals(message.get()), exports.writtenProperty(), message);
        this.opened = new OpenedSession(sessions, pain, runner, clock, dialogs, this::reload, access);
        this.checkIns = new CheckInsViewModel(pain, runner, dialogs, access);
        query.set(HistoryQuery.lastDays(LocalDate.now(clock), DEFAULT_DAYS));
    }

    /** The page is shown: the default range catches up with today, and the data is read again (it may have changed). */
    public void activate() {
        if (!rangeChosen) {
            query.set(query.get().withRange(LocalDate.now(clock).minusDays(DEFAULT_DAYS), LocalDate.now(clock)));
        }
        reload();
    }

    /** The page is left: a load on its way is dropped. */
    public void deactivate() {
        loader.cancel();
        checkIns.deactivate();
    }

    /** Shows only the sessions of this routine (null: all routines). */
    public void chooseRoutine(String name) {
        change(query.get().withRoutine(name));
    }

    /**
     * Adds {@code tool} to the tools whose sessions are shown, or takes it away; none chosen shows every tool. A tool
     * already so changes nothing, so showing the query's tools in the view asks for no load.
     */
    public void chooseTool(Tool tool, boolean chosen) {
        Set<Tool> tools = EnumSet.noneOf(Tool.class);
        tools.addAll(query.get().tools());
        if (chosen) {
            tools.add(tool);
        } else {
            tools.remove(tool);
        }
        change(query.get().withTools(tools));
    }

    /** Shows only the sessions with this status (null: any status). */
    public void chooseStatus(SessionStatus status) {
        change(query.get().withStatus(status));
    }

    /** Shows the sessions of these days; null is a day the user has not given (or typed as no date). */
    public void setRange(LocalDate first, LocalDate last) {
        HistoryQuery next = query.get().withRange(first, last);
        if (!next.equals(query.get())) {
            rangeChosen = true;
            quickRange.set(null);
            change(next);
        }
    }

    /**
     * Shows the sessions of a quick range ending today; "All" first reads the day of the first session (today when
     * there is none) in the background.
     */
    void chooseQuickRange(QuickRange range) {
        LocalDate today = LocalDate.now(clock);
        if (!range.needsFirstSession()) {
            showQuickRange(range, range.first(today, today), today);
            return;
        }
        runner.run(sessions::firstStart, first -> showQuickRange(range,
                first.map(start -> LocalDate.ofInstant(start, zone())).orElse(today), today),
                failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    private void showQuickRange(QuickRange range, LocalDate first, LocalDate today) {
        setRange(range.first(today, first), today);
        quickRange.set(range);
    }

    public void chooseFrom(LocalDate first) {
        setRange(first, query.get().to());
    }

    public void chooseTo(LocalDate last) {
        setRange(query.get().from(), last);
    }

    /** Shows every routine, tool and status of the range again, with one load. */
    public void clearFilters() {
        change(query.get().unfiltered());
    }

    /** Reads the data of the current query again (after a write, it changed). */
    public void reload() {
        load(true);
    }

    private void change(HistoryQuery next) {
        if (!next.equals(query.get())) {
            query.set(next);
            load(false);
        }
    }

    private void load(boolean evenIfUnchanged) {
        HistoryQuery current = query.get();
        Optional<String> problem = current.rangeProblem();
        if (problem.isPresent()) {
            loader.cancel();
            errorMessage.set(problem.get());
        } else if (evenIfUnchanged) {
            loader.reload(current);
            checkIns.load(current.from(), current.to(), true);
        } else {
            loader.load(current);
            checkIns.load(current.from(), current.to(), false);
        }
    }

    private void show(HistoryData data) {
        List<String> options = new ArrayList<>();
        options.add(null);
        options.addAll(data.routineNames());
        // A chosen routine stays choosable (and chosen) even when none of its sessions is left.
        String chosen = query.get().routine();
        if (chosen != null && !options.contains(chosen)) {
            options.add(chosen);
        }
        if (!options.equals(routineOptions)) {
            edit(routineOptions, options);
        }
        shown.setAll(data.shown());
        Verdict concluded = Verdict.of(data.insights());
        whatHelps.setAll(concluded.others(data.insights()));
        verdict.set(concluded);
        insights.set(data.insights());
        count.set(data.countText());
        errorMessage.set("");
    }

    /**
     * Turns {@code list} into {@code wanted} by removing and inserting single items, so an item in both never leaves
     * the list: a ComboBox whose items are replaced wholesale clears its value and sets it again, and each of those
     * is a user's choice to the view.
     */
    static <T> void edit(ObservableList<T> list, List<T> wanted) {
        list.removeIf(item -> !wanted.contains(item));
        for (int i = 0; i < wanted.size(); i++) {
            if (i >= list.size() || !Objects.equals(list.get(i), wanted.get(i))) {
                list.add(i, wanted.get(i));
            }
        }
        if (!list.equals(wanted)) {
            list.setAll(wanted);
        }
    }

    /** Deletes a session after asking; it can be undone while the screen is open. */
    public void delete(SessionRecord session) {
        if (!access.check(errorMessage::set) || !dialogs.confirm("Delete the session of " + session.routineName() + "?",
                "You can undo this while the History page is open.", "Delete", "Keep")) {
            return;
        }
        runner.run(() -> sessions.delete(session.id()), removed -> {
            deleted.set(removed);
            message.set("Deleted the session of " + session.routineName() + ".");
            opened.gone(session.id());
            reload();
        }, failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    public void undoDelete() {
        DeletedSession removed = deleted.get();
        if (removed == null || !access.check(errorMessage::set)) {
            return;
        }
        runner.run(() -> {
            sessions.restore(removed);
            return removed;
        }, restored -> {
            deleted.set(null);
            message.set("The session is back.");
            reload();
        }, failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    /** Writes the history CSV of the filtered sessions, streamed from the data file as the command line does. */
    public void exportCsv(Path file) {
        query.get().rangeProblem().ifPresentOrElse(errorMessage::set,
                () -> exports.csv(file, query.get().filter(zone()), zone()));
    }

    /**
     * Before the report: asks for the patient's name and date of birth, the remembered ones filled in, remembers the
     * answer and hands it to {@code then}; a cancelled question ends the export with nothing written.
     */
    public void askReportPatient(Consumer<PatientDetails> then) {
        reportPatient.accept(LocalDate.now(clock), then);
    }

    /** Where the report's patient details are remembered, and what asks for them. */
    public void setReportPatient(SettingsStore settings, PatientQuestion question) {
        ReportPatient patient = new ReportPatient(settings, question, runner, access, errorMessage::set);
        this.reportPatient = patient::ask;
    }

    /** Writes the physician report of the range and filters as shown, read afresh from the data file, unnamed. */
    public void exportReport(Path file) {
        exportReport(file, PatientDetails.NONE);
    }

    /** As {@link #exportReport(Path)}, with {@code patient}'s name and date of birth in the header. */
    public void exportReport(Path file, PatientDetails patient) {
        HistoryQuery current = query.get();
        current.rangeProblem().ifPresentOrElse(errorMessage::set, () -> exports.report(file, patient,
                current.filter(zone()), current.from(), current.to(), LocalDate.now(clock), zone()));
    }

    /** The name the CSV's save dialog offers, dated today by the clock: {@code unknot-history-2026-11-30.csv}. */
    public String csvFileName() {
        return HistoryExports.datedName("history", LocalDate.now(clock), "csv");
    }

    /** The name the report's save dialog offers: {@code unknot-report-2026-11-30.pdf}. */
    public String reportFileName() {
        return HistoryExports.datedName("report", LocalDate.now(clock), "pdf");
    }

    /**
     * Hands {@code choose} the folder a save dialog starts in — the user's documents folder, or home when there is
     * none — once the background has looked at the disk; a folder that cannot be looked at means home.
     */
    public void withExportFolder(Consumer<Path> choose) {
        Path home = Path.of(System.getProperty("user.home"));
        runner.run(DocumentsFolder::ofUser, choose, failure -> choose.accept(home));
    }

    /** Opens the folder of the file just written, as the message beside it offers. */
    public void openExportFolder() {
        exports.openFolder();
    }

    /** Whether the message says a file was written, so its folder can be opened from beside it. */
    public BooleanExpression folderOfferedProperty() {
        return folderOffered;
    }

    /** What opens a folder; the desktop's file manager until set. */
    public void setFolderOpener(FolderOpener opener) {
        exports.setFolderOpener(opener);
    }

    /** What "Answer the safety questions" opens: the red-flag questions (PRODUCT.md); nothing until set. */
    /** Where the physician report reads the last red-flag answers; read off the FX thread. */
    public void setRedFlagAnswers(java.util.function.Supplier<java.util.Optional<org.unknot.domain.RedFlagCheck>> answers) {
        exports.setRedFlags(answers);
    }

    /** Where the physician report reads the health profile; off the FX thread. */
    public void setHealthProfile(java.util.function.Supplier<org.unknot.domain.HealthProfile> profile) {
        exports.setHealthProfile(profile);
    }

    public void setSafetyQuestions(Runnable safetyQuestions) {
        this.safetyQuestions = Objects.requireNonNull(safetyQuestions);
    }

    /** Opens the red-flag questions, as the worsening warning offers. */
    public void askSafetyQuestions() {
        safetyQuestions.run();
    }

    /** Today's check-in. */
    public CheckInViewModel checkIn() {
        return new CheckInViewModel(pain, runner, clock, dialogs, this::reload, access);
    }

    /** This week's PEG, asked on today's check-in card. */
    public PegViewModel peg() {
        return new PegViewModel(new PegStore(pain), runner, clock, dialogs, this::reload, access);
    }

    /** The past check-ins of the range, to correct or delete. */
    public CheckInsViewModel checkIns() {
        return checkIns;
    }

    /** Whether the data file can be written. */
    public WriteAccess writeAccess() {
        return access;
    }

    /** The zone in which days begin and times are shown: the clock's. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** The filters as they are; the view shows them, and changes them only through the commands. */
    public ReadOnlyObjectProperty<HistoryQuery> queryProperty() {
        return query.getReadOnlyProperty();
    }

    /** The quick range the days were set to, or null when they were chosen by hand (or are the default). */
    ReadOnlyObjectProperty<QuickRange> quickRangeProperty() {
        return quickRange.getReadOnlyProperty();
    }

    /** "All routines" (null), then the names of the routines played; replaced only when the names change. */
    public ObservableList<String> routineOptions() {
        return routineOptionsShown;
    }

    public ObservableList<Tool> toolOptions() {
        return toolOptions;
    }

    public ObservableList<SessionStatus> statusOptions() {
        return statusOptions;
    }

    public ObservableList<SessionRecord> sessions() {
        return shown;
    }

    /** The session opened to correct, if any. */
    public OpenedSession opened() {
        return opened;
    }

    public ReadOnlyObjectProperty<InsightReport> insightsProperty() {
        return insights.getReadOnlyProperty();
    }

    /** What the insights of the range conclude: no box, the specialist note or the worsening warning. */
    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The insights as sentences for "What helps", without the verdict's, which is shown above the tabs. */
    public ObservableList<String> whatHelps() {
        return whatHelpsShown;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** The last thing done, e.g. "Deleted the session of Low-back relief."; with an undo while one is held. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DeletedSession> deletedProperty() {
        return deleted.getReadOnlyProperty();
    }
}
