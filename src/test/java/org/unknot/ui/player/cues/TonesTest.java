package org.unknot.ui.player.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.unknot.session.CueKind;

class TonesTest {

    @Test
    void formatIsSixteenBitSignedLittleEndianMonoAt44100() {
        AudioFormat format = Tones.FORMAT;

        assertEquals(AudioFormat.Encoding.PCM_SIGNED, format.getEncoding());
        assertEquals(44_100f, format.getSampleRate());
        assertEquals(16, format.getSampleSizeInBits());
        assertEquals(1, format.getChannels());
        assertEquals(false, format.isBigEndian());
    }

    @ParameterizedTest
    @CsvSource({"STEP_START, 300, 600", "TICK, 30, 120", "HALFWAY, 200, 450", "SWITCH_SIDES, 450, 900",
            "END, 1000, 2500"})
    void eachCueLastsAsLongAsItsKindShould(CueKind kind, int minMillis, int maxMillis) {
        byte[] pcm = Tones.pcm(kind, 1.0);

        assertEquals(0, pcm.length % 2, "whole 16-bit samples");
        double millis = pcm.length / 2 * 1000.0 / Tones.SAMPLE_RATE;
        assertTrue(millis >= minMillis && millis <= maxMillis, kind + " lasts " + millis + " ms");
    }

    @ParameterizedTest
    @EnumSource(CueKind.class)
    void fullVolumeIsClearlyAudibleWithoutClipping(CueKind kind) {
        int peak = peak(samples(Tones.pcm(kind, 1.0)));

        assertTrue(peak > 6_000, kind + " peaks at " + peak);
        assertTrue(peak < 24_000, kind + " peaks at " + peak + ", leaving no headroom");
    }

    @ParameterizedTest
    @EnumSource(CueKind.class)
    void peakScalesWithVolume(CueKind kind) {
        int full = peak(samples(Tones.pcm(kind, 1.0)));
        int half = peak(samples(Tones.pcm(kind, 0.5)));

        assertTrue(Math.abs(half - full / 2.0) <= 1, kind + ": half volume peaks at " + half + ", full at " + full);
        assertEquals(Tones.pcm(kind, 1.0).length, Tones.pcm(kind, 0.5).length, "same length at every volume");
    }

    @ParameterizedTest
    @EnumSource(CueKind.class)
    void volumeZeroIsSilence(CueKind kind) {
        byte[] pcm = Tones.pcm(kind, 0.0);

        assertTrue(pcm.length > 0);
        assertEquals(0, peak(samples(pcm)));
    }

    @Test
    void volumeOutsideTheRangeIsClamped() {
        assertEquals(0, peak(samples(Tones.pcm(CueKind.TICK, -0.5))));
        assertEquals(0, peak(samples(Tones.pcm(CueKind.TICK, Double.NaN))));
        assertTrue(Arrays.equals(Tones.pcm(CueKind.TICK, 1.0), Tones.pcm(CueKind.TICK, 7.0)));
    }

    @ParameterizedTest
    @EnumSource(CueKind.class)
    void startsAndEndsAtZeroSoItDoesNotClick(CueKind kind) {
        short[] samples = samples(Tones.pcm(kind, 1.0));
        int peak = peak(samples);
        int halfMillisecond = Tones.SAMPLE_RATE / 2000;

        assertTrue(Math.abs(samples[0]) <= 1, kind + " starts at " + samples[0]);
        assertTrue(Math.abs(samples[samples.length - 1]) <= 1, kind + " ends at " + samples[samples.length - 1]);
        int edge = Math.max(peak(Arrays.copyOfRange(samples, 0, halfMillisecond)),
                peak(Arrays.copyOfRange(samples, samples.length - halfMillisecond, samples.length)));
        assertTrue(edge < peak / 5, kind + " jumps to " + edge + " within 0.5 ms of an edge; peak " + peak);
    }

    @Test
    void switchSidesIsTwoChimesWhereAStepStartIsOne() {
        assertEquals(2, onsets(samples(Tones.pcm(CueKind.SWITCH_SIDES, 1.0))));
        assertEquals(1, onsets(samples(Tones.pcm(CueKind.STEP_START, 1.0))));
    }

    @Test
    void endBellIsTheLongestCue() {
        int bell = Tones.pcm(CueKind.END, 1.0).length;
        for (CueKind kind : CueKind.values()) {
            if (kind != CueKind.END) {
                assertTrue(Tones.pcm(kind, 1.0).length < bell, kind + " is as long as the bell");
            }
        }
    }

    /** Counts the moments where the loudness over 10 ms windows jumps up, i.e. where a note is struck. */
    private static int onsets(short[] samples) {
        int window = Tones.SAMPLE_RATE / 100;
        int[] envelope = new int[samples.length / window];
        for (int i = 0; i < envelope.length; i++) {
            envelope[i] = peak(Arrays.copyOfRange(samples, i * window, (i + 1) * window));
        }
        int loudest = Arrays.stream(envelope).max().orElse(0);
        int onsets = 0;
        for (int i = 0; i < envelope.length; i++) {
            int before = i == 0 ? 0 : envelope[i - 1];
            if (envelope[i] > loudest / 10 && envelope[i] > 1.5 * before) {
                onsets++;
            }
        }
        return onsets;
    }

    private static short[] samples(byte[] pcm) {
        short[] samples = new short[pcm.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
        }
        return samples;
    }

    private static int peak(short[] samples) {
        int peak = 0;
        for (short sample : samples) {
            peak = Math.max(peak, Math.abs(sample));
        }
        return peak;
    }
}
