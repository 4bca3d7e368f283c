package org.unknot.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unknot.ui.player.UnfinishedSession;

/**
 * What the app holds open — the instance lock, the data file, the sound and speech outputs — and the session being
 * played, let go in the right order however the app ends: its window closing, start-up failing, or a TERM (through
 * the JVM's shutdown hook). The session under way is written as interrupted first, then everything is closed, newest
 * first. Any thread, more than once; it never waits for the FX thread, which may be blocked.
 */
final class Lifetime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Lifetime.class);

    private final Deque<AutoCloseable> held = new ArrayDeque<>();
    /**
     * Every session the player showed, in order: one that has ended may still have writes queued (the data file was
     * busy, or the runner stopped before it got to them), and the exit writes them too.
     */
    private final List<UnfinishedSession> sessions = new CopyOnWriteArrayList<>();
    private boolean closed;

    /** Keeps {@code resource} until the end; after the end it is closed at once and refused. */
    synchronized <T extends AutoCloseable> T hold(T resource) {
        if (closed) {
            closeQuietly(resource);
            throw new IllegalStateException("Unknot is closing");
        }
        held.push(resource);
        return resource;
    }

    /** Closes {@code resource} now and no longer holds it, e.g. the data file before a backup is put in its place. */
    synchronized void release(AutoCloseable resource) {
        if (held.remove(resource)) {
            closeQuietly(resource);
        }
    }

    /**
     * The session the player is showing, written as interrupted if the app ends before it does; kept after the player
     * moves on, so that what it has not written yet is written at the end.
     */
    void playing(UnfinishedSession session) {
        if (session != UnfinishedSession.NONE && !sessions.contains(session)) {
            sessions.add(session);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (UnfinishedSession session : sessions) {
            try {
                session.recordInterrupted();
            } catch (RuntimeException failure) {
                LOG.error("The session under way could not be marked interrupted; the next start will", failure);
            }
        }
        sessions.clear();
        while (!held.isEmpty()) {
            closeQuietly(held.pop());
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception failure) {
            LOG.warn("Closing {} failed", resource, failure);
        }
    }
}
