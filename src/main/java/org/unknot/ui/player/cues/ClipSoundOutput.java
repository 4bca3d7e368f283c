package org.unknot.ui.player.cues;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unknot.session.CueKind;

/**
 * Plays the cue clips through one open line on its own daemon thread, so a slow or stuck sound card never holds up
 * the player. If the line fails while playing, the output goes silent for good rather than failing every cue.
 */
final class ClipSoundOutput implements SoundOutput {

    private static final Logger LOG = LoggerFactory.getLogger(ClipSoundOutput.class);
    /** About 0.2 s: enough to ride out a busy moment, short enough that a new cue is not heard late. */
    private static final int LINE_BUFFER_BYTES = Tones.SAMPLE_RATE / 5 * 2;
    /** Cues waiting behind the one playing; older ones are dropped so the sound never lags behind the screen. */
    private static final int WAITING_CUES = 2;

    private final SourceDataLine line;
    private final ThreadPoolExecutor soundThread;
    private volatile double volume = 1.0;
    private volatile boolean working = true;

    // touched only on the sound thread
    private final Map<CueKind, byte[]> tones = new EnumMap<>(CueKind.class);
    private double tonesVolume = Double.NaN;

    /** @param line open and started, in {@link Tones#FORMAT}; this output closes it */
    ClipSoundOutput(SourceDataLine line) {
        this.line = line;
        this.soundThread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(WAITING_CUES), runnable -> {
                    Thread thread = new Thread(runnable, "unknot-sound");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.DiscardOldestPolicy());
        double initial = volume;
        soundThread.execute(() -> tonesAt(initial));
    }

    static Optional<SoundOutput> open() {
        SourceDataLine line = null;
        try {
            line = AudioSystem.getSourceDataLine(Tones.FORMAT);
            line.open(Tones.FORMAT, LINE_BUFFER_BYTES);
            line.start();
            return Optional.of(new ClipSoundOutput(line));
        } catch (Throwable noSound) {
            // IllegalArgumentException without a device, LineUnavailableException when it is busy, and worse
            LOG.info("No sound output, so cues are visual only: {}", noSound.toString());
            closeQuietly(line);
            return Optional.empty();
        }
    }

    @Override
    public void play(CueKind kind) {
        if (!working) {
            return;
        }
        // the volume when the cue was asked for, not when the sound thread gets to it
        double wanted = volume;
        soundThread.execute(() -> playNow(kind, wanted));
    }

    @Override
    public void setVolume(double volume) {
        this.volume = Tones.clamp(volume);
    }

    @Override
    public boolean available() {
        return working;
    }

    @Override
    public void close() {
        working = false;
        soundThread.shutdownNow();
        closeQuietly(line);
    }

    private void playNow(CueKind kind, double wanted) {
        if (!working || wanted == 0) {
            return;
        }
        try {
            byte[] pcm = tonesAt(wanted).get(kind);
            line.write(pcm, 0, pcm.length);
        } catch (Throwable failure) {
            // only this thread plays, so the check cannot race; a close() meanwhile just means no warning
            if (working) {
                LOG.warn("Sound output failed; cues are visual only from now on", failure);
                closeQuietly(line);
                working = false;
            }
        }
    }

    /** Synthesis takes milliseconds, so it is done once per volume and never on the caller's thread. */
    private Map<CueKind, byte[]> tonesAt(double wanted) {
        if (wanted != tonesVolume) {
            for (CueKind kind : CueKind.values()) {
                tones.put(kind, Tones.pcm(kind, wanted));
            }
            tonesVolume = wanted;
        }
        return tones;
    }

    private static void closeQuietly(SourceDataLine line) {
        if (line == null) {
            return;
        }
        try {
            line.stop();
            line.flush();
            line.close();
        } catch (Throwable ignored) {
            // the line is being given up anyway
        }
    }
}
