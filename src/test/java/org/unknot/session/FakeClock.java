package org.unknot.session;

/** A monotonic clock that moves only when the test says so. */
public final class FakeClock implements MonotonicClock {

    private long nanos = 1_000_000_000_000L;

    @Override
    public long nanos() {
        return nanos;
    }

    public void advanceSeconds(double seconds) {
        nanos += Math.round(seconds * 1e9);
    }

    public void advanceNanos(long delta) {
        nanos += delta;
    }
}
