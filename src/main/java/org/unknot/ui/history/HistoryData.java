package org.unknot.ui.history;

import java.util.List;
import org.unknot.domain.InsightReport;
import org.unknot.domain.SessionRecord;
import org.unknot.files.ReportContent;

/** What the History screen shows for one query, read in one go on the background thread. */
record HistoryData(List<SessionRecord> shown, int total, List<String> routineNames, InsightReport insights,
                   ReportContent report) {

    /** How many sessions the query found, and how many of them are shown and analysed. */
    String countText() {
        if (total == 0) {
            return "No sessions in this range.";
        }
        if (total >= HistoryReader.ANALYSED) {
            return "The newest " + shown.size() + " of more than " + HistoryReader.ANALYSED
                    + " sessions; charts and insights use the newest " + HistoryReader.ANALYSED
                    + ". Choose a shorter range.";
        }
        if (total > shown.size()) {
            return "The newest " + shown.size() + " of " + total + " sessions.";
        }
        return total == 1 ? "1 session." : total + " sessions.";
    }
}
