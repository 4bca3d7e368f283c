package org.unknot.session;

/** A clock that only moves forward, in nanoseconds from an arbitrary origin; the player's only source of time. */
@FunctionalInterface
public interface MonotonicClock {

    long nanos();

    static MonotonicClock system() {
        return System::nanoTime;
    }
}
