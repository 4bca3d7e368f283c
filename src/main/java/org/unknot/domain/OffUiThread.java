package org.unknot.domain;

/**
 * Disk work (the data file, exports, imports) must never run on the window's thread: it would freeze the window.
 * The stores and file writers call {@link #require()}. The tests run with {@code unknot.strictThreads=true}, so there
 * such work throws and fails the test; the installed app is left to carry on.
 */
public final class OffUiThread {

    /** The name the JavaFX toolkit gives its application thread (no JavaFX import below the ui layer). */
    static final String UI_THREAD = "JavaFX Application Thread";
    static final String STRICT = "unknot.strictThreads";

    private OffUiThread() {
    }

    public static void require() {
        if (UI_THREAD.equals(Thread.currentThread().getName()) && Boolean.getBoolean(STRICT)) {
            throw new IllegalStateException("Disk work on the window's thread");
        }
    }
}
