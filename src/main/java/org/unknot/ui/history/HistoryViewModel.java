package org.unknot.ui.history;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unknot.domain.DailyPain;
import org.unknot.domain.InsightReport;
import org.unknot.domain.Insights;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Tool;
import org.unknot.files.ExportException;
import org.unknot.files.HistoryCsv;
import org.unknot.files.PhysicianReport;
import org.unknot.files.ReportContent;
import org.unknot.files.ReportContents;
import org.unknot.store.DeletedSession;
import org.unknot.store.HistoryFilter;
import org.unknot.store.PainStore;
import org.unknot.store.SessionStore;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.ErrorMessages;
import org.unknot.ui.common.PlainFailure;

/**
 * The history: sessions of a date range (and routine, tool, status), their insights and charts, the exports of the
 * same range, and a deleted session's undo while the screen is open.
 */
public final class HistoryViewModel {

    static final int SHOWN = 500;
    static final int DEFAULT_DAYS = 90;
    /** Insights and charts read at most this many sessions of the range. */
    static final int ANALYSED = 10_000;

    private final SessionStore sessions;
    private final PainStore pain;
    private final BackgroundRunner runner;
    private final Clock clock;
    private final ZoneId zone;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<String> routine = new SimpleObjectProperty<>();
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>();
    private final ObjectProperty<SessionStatus> status = new SimpleObjectProperty<>();
    private final ObservableList<SessionRecord> shown = FXCollections.observableArrayList();
    private final ObservableList<String> routineNames = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<InsightReport> insights = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ReportContent> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DeletedSession> deleted = new ReadOnlyObjectWrapper<>();
    private boolean clearing;

    public HistoryViewModel(SessionStore sessions, PainStore pain, BackgroundRunner runner, Clock clock) {
        this.sessions = sessions;
        this.pain = pain;
        this.runner = runner;
        this.clock = clock;
        this.zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        from.set(today.minusDays(DEFAULT_DAYS));
        to.set(today);
        for (ObjectProperty<?> filter : List.of(from, to, routine, tool, status)) {
            filter.addListener((observable, old, value) -> {
                if (!clearing) {
                    load();
                }
            });
        }
    }

    /** Shows every routine, tool and status again, reading the data once. */
    public void clearFilters() {
        clearing = true;
        routine.set(null);
        tool.set(null);
        status.set(null);
        clearing = false;
        load();
    }

    /** Reads the sessions, insights and charts for the filters, away from the FX thread. */
    public void load() {
        Optional<String> problem = rangeProblem();
        if (problem.isPresent()) {
            errorMessage.set(problem.get());
            return;
        }
        HistoryFilter filter = filter();
        LocalDate first = from.get();
        LocalDate last = to.get();
        LocalDate today = LocalDate.now(clock);
        runner.run(() -> {
            List<SessionRecord> newest = sessions.newestFirst(filter, ANALYSED);
            List<SessionRecord> oldestFirst = new ArrayList<>(newest);
            Collections.reverse(oldestFirst);
            List<DailyPain> checkIns = pain.checkIns(first, last);
            InsightReport report = Insights.of(oldestFirst, checkIns, zone);
            return new HistoryData(newest.subList(0, Math.min(SHOWN, newest.size())), newest.size(),
                    sessions.routineNames(), report,
                    ReportContents.of(oldestFirst, checkIns, report, first, last, today, zone));
        }, data -> {
            String keep = routine.get();
            routineNames.setAll(data.routineNames());
            routine.set(keep);
            shown.setAll(data.shown());
            insights.set(data.insights());
            report.set(data.report());
            count.set(data.total() == 0 ? "No sessions in this range."
                    : data.total() >= ANALYSED ? "The newest " + data.shown().size() + " of more than " + ANALYSED
                    + " sessions; charts and insights use the newest " + ANALYSED + ". Choose a shorter range."
                    : data.total() > data.shown().size()
                    ? "The newest " + data.shown().size() + " of " + data.total() + " sessions."
                    : data.total() == 1 ? "1 session." : data.total() + " sessions.");
            errorMessage.set("");
        }, failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    /** Deletes a session (the view asks first); it can be undone while the screen is open. */
    public void delete(SessionRecord session) {
        runner.run(() -> sessions.delete(session.id()), removed -> {
            deleted.set(removed);
            message.set("Deleted the session of " + session.routineName() + ".");
            load();
        }, failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    public void undoDelete() {
        DeletedSession removed = deleted.get();
        if (removed == null) {
            return;
        }
        runner.run(() -> {
            sessions.restore(removed);
            return removed;
        }, restored -> {
            deleted.set(null);
            message.set("The session is back.");
            load();
        }, failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    /** Writes the history CSV of the filtered sessions, streamed from the data file as the command line does. */
    public void exportCsv(Path file) {
        HistoryFilter filter = filter();
        runner.run(() -> {
            try {
                int written = HistoryCsv.write(file, zone, action -> sessions.forEachOldestFirst(filter, action));
                return "Wrote " + written + (written == 1 ? " session" : " sessions") + " to " + file + ".";
            } catch (ExportException e) {
                throw new PlainFailure(e.getMessage(), e);
            }
        }, done -> message.set(done), failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    /** Writes the physician report of the range as shown. */
    public void exportReport(Path file) {
        ReportContent content = report.get();
        if (content == null) {
            return;
        }
        runner.run(() -> {
            try {
                PhysicianReport.write(file, content);
                return "Wrote the report for " + content.period() + " to " + file + ".";
            } catch (ExportException e) {
                throw new PlainFailure(e.getMessage(), e);
            }
        }, done -> message.set(done), failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    private Optional<String> rangeProblem() {
        if (from.get() == null || to.get() == null) {
            return Optional.of("Choose both the first and the last day; type dates as YYYY-MM-DD, like 2026-11-22.");
        }
        if (to.get().isBefore(from.get())) {
            return Optional.of("The last day is before the first; choose a last day on or after the first.");
        }
        return Optional.empty();
    }

    HistoryFilter filter() {
        return new HistoryFilter(Optional.of(from.get().atStartOfDay(zone).toInstant()),
                Optional.of(to.get().plusDays(1).atStartOfDay(zone).toInstant()), Optional.ofNullable(routine.get()),
                Optional.ofNullable(tool.get()), Optional.ofNullable(status.get()));
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** A routine name, or null for all routines. */
    public ObjectProperty<String> routineProperty() {
        return routine;
    }

    /** A tool, or null for all. */
    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    /** A status, or null for all. */
    public ObjectProperty<SessionStatus> statusProperty() {
        return status;
    }

    public ObservableList<SessionRecord> sessions() {
        return shown;
    }

    public ObservableList<String> routineNames() {
        return routineNames;
    }

    public ReadOnlyObjectProperty<InsightReport> insightsProperty() {
        return insights.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReportContent> reportProperty() {
        return report.getReadOnlyProperty();
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

    /** The editor of one session's ratings and notes; saving reloads the list. */
    public SessionDetailViewModel detail(SessionRecord session) {
        return new SessionDetailViewModel(session, sessions, pain, runner, clock, this::load);
    }

    /** Today's check-in. */
    public CheckInViewModel checkIn() {
        return new CheckInViewModel(pain, runner, clock, this::load);
    }
}
