package org.unknot.ui.history;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.unknot.domain.DailyPain;
import org.unknot.domain.InsightReport;
import org.unknot.domain.Insights;
import org.unknot.domain.SessionRecord;
import org.unknot.files.ReportContents;
import org.unknot.store.PainStore;
import org.unknot.store.SessionStore;

/** Reads what History shows for one query; runs on the background thread. */
final class HistoryReader {

    /** The table shows at most this many sessions. */
    static final int SHOWN = 500;
    /** Insights and charts read at most this many sessions of the range. */
    static final int ANALYSED = 10_000;

    private final SessionStore sessions;
    private final PainStore pain;
    private final Clock clock;

    HistoryReader(SessionStore sessions, PainStore pain, Clock clock) {
        this.sessions = sessions;
        this.pain = pain;
        this.clock = clock;
    }

    HistoryData read(HistoryQuery query) {
        ZoneId zone = clock.getZone();
        List<SessionRecord> newest = sessions.newestFirst(query.filter(zone), ANALYSED);
        List<SessionRecord> oldestFirst = new ArrayList<>(newest);
        Collections.reverse(oldestFirst);
        List<DailyPain> checkIns = pain.checkIns(query.from(), query.to());
        InsightReport report = Insights.of(oldestFirst, checkIns, zone);
        return new HistoryData(List.copyOf(newest.subList(0, Math.min(SHOWN, newest.size()))), newest.size(),
                sessions.routineNames(), report, ReportContents.of(oldestFirst, checkIns, report, query.from(),
                query.to(), LocalDate.now(clock), zone));
    }
}
