package org.unknot.ui.history;

import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/** A count axis from 0 with whole-number ticks only: steps of 1, 2, 5, 10, 20, 50… and never 2.5. */
final class CountAxis {

    /** At most this many steps from 0 to the top, so that the labels never crowd. */
    static final int MAX_STEPS = 8;

    private CountAxis() {
    }

    static void fit(NumberAxis axis, int max) {
        int unit = unit(max);
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(Math.max(unit, (max + unit - 1) / unit * unit));
        axis.setTickUnit(unit);
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(true);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return String.valueOf(Math.round(value.doubleValue()));
            }

            @Override
            public Number fromString(String text) {
                return Integer.parseInt(text);
            }
        });
    }

    /** The smallest of 1, 2, 5, 10, 20, 50… that reaches {@code max} within {@link #MAX_STEPS} steps. */
    static int unit(int max) {
        int[] factors = {1, 2, 5};
        for (int scale = 1; ; scale *= 10) {
            for (int factor : factors) {
                int unit = factor * scale;
                if ((long) unit * MAX_STEPS >= max) {
                    return unit;
                }
            }
        }
    }
}
