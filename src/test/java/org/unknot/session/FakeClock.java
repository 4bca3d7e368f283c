package org.unknot.session;

/** A monotonic clock that moves only when the test says so. */
final class FakeClock implements MonotonicClock {

    private long nanos = 1_000_000_000_000L;

    @Override
    public long nanos() {
        return nanos;
    }

    void advanceSeconds(double seconds) {
        nanos += Math.round(seconds * 1e9);
    }

    void advanceNanos(long delta) {
        nanos += delta;
    }
}
