package org.unknot.ui.player.cues;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.unknot.session.CueKind;

class SoundOutputTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    @Test
    void probeOnThisMachineGivesAnOutputThatPlaysEveryCueAtOnce() {
        SoundOutput output = assertDoesNotThrow(SoundOutput::probe);
        try {
            long start = System.nanoTime();
            for (CueKind kind : CueKind.values()) {
                output.play(kind);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertTrue(millis < 50, "five cues took " + millis + " ms to hand over");
        } finally {
            output.close();
        }
    }

    @Test
    void silentOutputIsNotAvailableAndIgnoresEverything() {
        SoundOutput silent = new SilentSoundOutput();

        assertFalse(silent.available());
        assertDoesNotThrow(() -> {
            silent.setVolume(0.7);
            for (CueKind kind : CueKind.values()) {
                silent.play(kind);
            }
            silent.close();
        });
    }

    @Test
    void playsEachCueAsItsTonesAtTheVolumeInForce() {
        FakeLine line = FakeLine.recording();
        try (ClipSoundOutput output = new ClipSoundOutput(line)) {
            output.play(CueKind.STEP_START);
            output.setVolume(0.5);
            output.play(CueKind.TICK);

            byte[] expected = concat(Tones.pcm(CueKind.STEP_START, 1.0), Tones.pcm(CueKind.TICK, 0.5));
            waitUntil(() -> line.written().length >= expected.length);
            assertArrayEquals(expected, line.written());
            assertTrue(output.available());
        }
    }

    @Test
    void volumeZeroWritesNothing() {
        FakeLine line = FakeLine.recording();
        try (ClipSoundOutput output = new ClipSoundOutput(line)) {
            output.setVolume(0);
            output.play(CueKind.END);
            output.setVolume(1);
            output.play(CueKind.TICK);

            byte[] tick = Tones.pcm(CueKind.TICK, 1.0);
            waitUntil(() -> line.written().length >= tick.length);
            assertArrayEquals(tick, line.written(), "only the tick asked for at full volume");
        }
    }

    @Test
    void aLineThatFailsMakesTheOutputSilentForGood() {
        FakeLine line = FakeLine.failing(new IllegalStateException("device unplugged"));
        try (ClipSoundOutput output = new ClipSoundOutput(line)) {
            assertDoesNotThrow(() -> output.play(CueKind.STEP_START));

            waitUntil(() -> !output.available());
            assertFalse(line.isOpen(), "the failed line is given back");
            assertDoesNotThrow(() -> output.play(CueKind.END));
        }
    }

    @Test
    void aStuckLineNeverHoldsUpTheCaller() {
        CountDownLatch release = new CountDownLatch(1);
        FakeLine line = FakeLine.blockingUntil(release);
        try (ClipSoundOutput output = new ClipSoundOutput(line)) {
            output.play(CueKind.END);
            waitUntil(() -> line.writer() != null);

            long start = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                output.play(CueKind.TICK);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertTrue(millis < 50, "twenty cues behind a stuck line took " + millis + " ms to hand over");
            release.countDown();
        }
    }

    @Test
    void closeEndsTheSoundThreadAndGivesBackTheLine() throws InterruptedException {
        FakeLine line = FakeLine.recording();
        ClipSoundOutput output = new ClipSoundOutput(line);
        output.play(CueKind.TICK);
        waitUntil(() -> line.writer() != null);
        Thread soundThread = line.writer();

        output.close();
        soundThread.join(PATIENCE.toMillis());

        assertEquals("unknot-sound", soundThread.getName());
        assertTrue(soundThread.isDaemon(), "never keeps the app from exiting");
        assertFalse(soundThread.isAlive(), "the sound thread ended");
        assertFalse(line.isOpen());
        assertFalse(output.available());
        assertDoesNotThrow(() -> output.play(CueKind.END));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(PATIENCE.toMillis(), TimeUnit.MILLISECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Still not so after " + PATIENCE.toSeconds() + " s", e);
        }
    }
}
