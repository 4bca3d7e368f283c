package org.unknot.ui.history;

import java.util.List;
import org.unknot.domain.InsightReport;
import org.unknot.domain.SessionRecord;
import org.unknot.files.ReportContent;

/** What the History screen shows for one choice of filters, read in one go on the background thread. */
record HistoryData(List<SessionRecord> shown, int total, List<String> routineNames, InsightReport insights,
                   ReportContent report) {
}
