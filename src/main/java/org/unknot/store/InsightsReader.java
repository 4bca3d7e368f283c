package org.unknot.store;

import java.time.ZoneId;
import org.unknot.domain.InsightReport;
import org.unknot.domain.Insights;

/**
 * The insights of the sessions a filter keeps and of the check-ins of the same days, read inside one read by the
 * grouped queries of {@link StoredHistory}: a history of any length costs a few small results. History, the report and
 * the {@code insights} command all read their figures here.
 */
final class InsightsReader {

    private final Database database;

    InsightsReader(Database database) {
        this.database = database;
    }

    InsightReport read(HistoryFilter filter, ZoneId zone) {
        return database.read(connection -> {
            try {
                return Insights.of(new StoredHistory(connection, filter, zone));
            } catch (StoredHistory.Failure failure) {
                throw failure.getCause();
            }
        });
    }
}
