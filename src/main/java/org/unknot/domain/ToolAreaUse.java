package org.unknot.domain;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How a period used one tool on one area: the sessions that worked on it (a step of it ran for at least a second),
 * the calendar weeks those fell in, the seconds its steps ran, and the median immediate change in pain (after −
 * before) over the {@code rated} of those sessions rated both times.
 */
public record ToolAreaUse(ToolArea pair, int sessions, int weeks, long doneSeconds, OptionalDouble medianChange,
                          int rated) {

    public ToolAreaUse {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(medianChange, "medianChange");
    }
}
