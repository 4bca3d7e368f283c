package org.unknot.domain;

import java.util.List;

/**
 * What the sessions of a period did, for the report's first page: how many, the seconds their steps ran, each tool ×
 * area they worked on (most sessions first), and their latest notes (newest first).
 */
public record PeriodUse(int sessions, long doneSeconds, List<ToolAreaUse> pairs, List<DatedNote> latestNotes) {

    public PeriodUse {
        pairs = List.copyOf(pairs);
        latestNotes = List.copyOf(latestNotes);
    }
}
