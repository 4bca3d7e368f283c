package org.unknot.ui.player.cues;

import javax.sound.sampled.AudioFormat;
import org.unknot.session.CueKind;

/**
 * Synthesises the cue sounds, so the app ships no audio files. Each is a few sine partials with a smooth attack and
 * an exponential decay, calm rather than alarming, and fades out to zero so it ends without a click.
 */
public final class Tones {

    public static final int SAMPLE_RATE = 44_100;
    /** 16-bit signed little-endian mono at 44.1 kHz: the format of every {@link #pcm} array. */
    public static final AudioFormat FORMAT = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);

    private static final double CHIME_HZ = 880;
    private static final double CHIME_SECONDS = 0.40;
    private static final double SECOND_CHIME_AT = 0.18;

    private Tones() {
    }

    /**
     * The cue as PCM in {@link #FORMAT}. The peak scales linearly with {@code volume} (0.0–1.0, clamped); at 0 it is
     * silence of the same length.
     */
    public static byte[] pcm(CueKind kind, double volume) {
        return toPcm(wave(kind), loudness(kind) * clamp(volume));
    }

    static double clamp(double volume) {
        // NaN fails both comparisons, so it ends up silent rather than loud
        return volume >= 0 ? Math.min(volume, 1.0) : 0.0;
    }

    /** The shape of the cue with its peak at 1.0. */
    private static double[] wave(CueKind kind) {
        return switch (kind) {
            case STEP_START -> finish(chime(CHIME_SECONDS, 0), 0.020);
            case TICK -> finish(strike(new double[samples(0.060)], 0, 1000, 0.003,
                    new Partial(1, 1.0, 0.015)), 0.015);
            case HALFWAY -> finish(strike(new double[samples(0.300)], 0, 660, 0.012,
                    new Partial(1, 1.0, 0.10), new Partial(2, 0.12, 0.06)), 0.025);
            case SWITCH_SIDES -> finish(chime(SECOND_CHIME_AT + CHIME_SECONDS, SECOND_CHIME_AT), 0.020);
            case END -> finish(strike(new double[samples(1.600)], 0, 523.25, 0.004,
                    // a free bar's inharmonic ratios over a low hum: bell-like without a church bell's clang
                    new Partial(0.5, 0.25, 0.80),
                    new Partial(1, 1.0, 0.55),
                    new Partial(2, 0.40, 0.35),
                    new Partial(2.76, 0.30, 0.22),
                    new Partial(5.40, 0.12, 0.10),
                    new Partial(8.93, 0.05, 0.06)), 0.060);
        };
    }

    /** How loud each cue is at full volume: ticks and the halfway tone stay in the background. */
    private static double loudness(CueKind kind) {
        return switch (kind) {
            case TICK, HALFWAY -> 0.30;
            case STEP_START, SWITCH_SIDES -> 0.45;
            case END -> 0.50;
        };
    }

    private static double[] chime(double seconds, double secondAt) {
        double[] wave = strike(new double[samples(seconds)], 0, CHIME_HZ, 0.005, chimePartials());
        return secondAt > 0 ? strike(wave, samples(secondAt), CHIME_HZ, 0.005, chimePartials()) : wave;
    }

    private static Partial[] chimePartials() {
        return new Partial[] {new Partial(1, 1.0, 0.14), new Partial(2, 0.30, 0.08)};
    }

    /** Adds one struck note from {@code start} to the end of {@code wave}; a raised-cosine attack avoids a click. */
    private static double[] strike(double[] wave, int start, double hz, double attackSeconds, Partial... partials) {
        for (int i = start; i < wave.length; i++) {
            double t = (double) (i - start) / SAMPLE_RATE;
            double attack = t < attackSeconds ? 0.5 - 0.5 * Math.cos(Math.PI * t / attackSeconds) : 1.0;
            double sum = 0;
            for (Partial partial : partials) {
                sum += partial.amplitude() * Math.exp(-t / partial.decaySeconds())
                        * Math.sin(2 * Math.PI * hz * partial.ratio() * t);
            }
            wave[i] += attack * sum;
        }
        return wave;
    }

    /** Scales the peak to 1.0 and fades the tail to exactly zero. */
    private static double[] finish(double[] wave, double fadeOutSeconds) {
        double peak = 0;
        for (double sample : wave) {
            peak = Math.max(peak, Math.abs(sample));
        }
        int fade = Math.min(samples(fadeOutSeconds), wave.length);
        for (int i = 0; i < wave.length; i++) {
            int left = wave.length - 1 - i;
            double gain = left < fade ? 0.5 - 0.5 * Math.cos(Math.PI * left / fade) : 1.0;
            wave[i] = wave[i] / peak * gain;
        }
        return wave;
    }

    private static byte[] toPcm(double[] wave, double gain) {
        byte[] pcm = new byte[wave.length * 2];
        for (int i = 0; i < wave.length; i++) {
            int sample = (int) Math.round(wave[i] * gain * Short.MAX_VALUE);
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        return pcm;
    }

    private static int samples(double seconds) {
        return (int) Math.round(seconds * SAMPLE_RATE);
    }

    /** One sine component: a multiple of the note's frequency, its level and how fast it dies away. */
    private record Partial(double ratio, double amplitude, double decaySeconds) {
    }
}
