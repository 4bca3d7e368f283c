package org.unknot.ui.player.cues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks through an external command such as {@code espeak-ng}, with the text as its last argument and also in the
 * environment variable {@value #TEXT_VARIABLE} (for commands that must not see it on their command line). The
 * command runs on its own daemon thread; a new utterance ends the one still speaking, so cues never pile up.
 */
public final class ProcessSpeech implements Speech {

    static final String TEXT_VARIABLE = "UNKNOT_SPEECH_TEXT";

    private static final Logger LOG = LoggerFactory.getLogger(ProcessSpeech.class);

    private final List<String> command;
    private final ThreadPoolExecutor speechThread;
    /** Numbers the utterances; only the latest may start or keep speaking. */
    private final AtomicLong latest = new AtomicLong();
    private volatile Process speaking;
    private volatile boolean working = true;

    /** @param command the program and its leading arguments, e.g. {@code [espeak-ng]} */
    public ProcessSpeech(List<String> command) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("A speech command needs at least the program to run.");
        }
        this.command = List.copyOf(command);
        // one waiting utterance at most: a newer one replaces it before it is ever spoken
        this.speechThread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1),
                runnable -> {
                    Thread thread = new Thread(runnable, "unknot-speech");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.DiscardOldestPolicy());
    }

    @Override
    public void say(String text) {
        if (!working || text == null || text.isBlank()) {
            return;
        }
        long utterance = latest.incrementAndGet();
        stop(speaking);
        speechThread.execute(() -> speak(text, utterance));
    }

    @Override
    public boolean available() {
        return working;
    }

    @Override
    public void close() {
        working = false;
        latest.incrementAndGet();
        speechThread.shutdownNow();
        stop(speaking);
    }

    /** The full command line for one utterance. */
    List<String> commandFor(String text) {
        List<String> line = new ArrayList<>(command);
        line.add(spoken(text));
        return line;
    }

    /**
     * The text as it is handed over. Line breaks become spaces, so that a command which mixes its arguments into a
     * script (PowerShell's {@code -Command}) cannot be made to leave a trailing comment; a leading dash gets a space
     * in front so that it is not read as an option.
     */
    static String spoken(String text) {
        String oneLine = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ");
        return oneLine.startsWith("-") ? " " + oneLine : oneLine;
    }

    private void speak(String text, long utterance) {
        if (!working || utterance != latest.get()) {
            return;
        }
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(commandFor(text))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put(TEXT_VARIABLE, spoken(text));
            process = builder.start();
        } catch (Throwable failure) {
            working = false;
            LOG.info("Speech command {} did not start, so voice cues are off: {}", command.get(0), failure.toString());
            return;
        }
        speaking = process;
        // say() reads `speaking` after moving `latest` on: one of the two sides always sees the other
        if (utterance != latest.get()) {
            stop(process);
        }
        closeInput(process);
        try {
            process.waitFor();
        } catch (InterruptedException closing) {
            stop(process);
            Thread.currentThread().interrupt();
        } finally {
            speaking = null;
        }
    }

    private static void closeInput(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // it reads nothing from us anyway; closing only spares it waiting for input
        }
    }

    private static void stop(Process process) {
        if (process != null) {
            // a wrapper script's own children would otherwise go on speaking after it
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }
}
