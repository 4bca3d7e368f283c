package org.unknot.ui.history;

import java.util.List;
import org.unknot.domain.InsightReport;
import org.unknot.domain.SessionRecord;

/**
 * What the History screen shows for one query, read in one go on the background thread: the newest sessions for the
 * table, how many sessions the range holds (not counting one still in progress), and the insights of all of them.
 */
record HistoryData(List<SessionRecord> shown, int total, List<String> routineNames, InsightReport insights) {

    String countText() {
        if (total == 0 && shown.isEmpty()) {
            return "No sessions in this range.";
        }
        if (total > shown.size()) {
            return "The newest " + shown.size() + " of " + total + " sessions; charts and insights cover all "
                    + total + ".";
        }
        return total == 1 ? "1 session." : total + " sessions.";
    }
}
