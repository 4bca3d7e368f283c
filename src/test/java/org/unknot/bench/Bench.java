package org.unknot.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Times work over repeated runs and prints one line per figure: {@code name value unit}. */
final class Bench {

    private Bench() {
    }

    /** Runs {@code work} {@code warmups} times untimed, then {@code runs} times, and returns the median in ms. */
    static double medianMillis(int warmups, int runs, Callable<?> work) throws Exception {
        return median(sortedMillis(warmups, runs, work));
    }

    /** Runs {@code work} {@code warmups} times untimed, then {@code runs} times; returns each run's ms, smallest first. */
    static double[] sortedMillis(int warmups, int runs, Callable<?> work) throws Exception {
        for (int i = 0; i < warmups; i++) {
            work.call();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.call();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static void report(String name, double value, String unit) {
        System.out.printf("%s %.2f %s%n", name, value, unit);
    }
}
