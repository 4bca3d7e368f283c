package org.unknot.ui.history;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves by hand, e.g. past midnight, in a zone that is not UTC. */
final class MovableClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    MovableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
