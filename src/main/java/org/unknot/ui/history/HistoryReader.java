package org.unknot.ui.history;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.unknot.domain.InsightReport;
import org.unknot.domain.SessionRecord;
import org.unknot.store.HistoryFilter;
import org.unknot.store.SessionStore;

/** Reads what History shows for one query; runs on the background thread. */
final class HistoryReader {

    /** The table shows at most this many sessions; insights and charts cover every session of the range. */
    static final int SHOWN = 500;

    private final SessionStore sessions;
    private final Clock clock;

    HistoryReader(SessionStore sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    HistoryData read(HistoryQuery query) {
        ZoneId zone = clock.getZone();
        HistoryFilter filter = query.filter(zone);
        List<SessionRecord> newest = sessions.newestFirst(filter, SHOWN);
        InsightReport insights = sessions.insights(filter, zone);
        return new HistoryData(newest, insights.sessions(), sessions.routineNames(), insights);
    }
}
