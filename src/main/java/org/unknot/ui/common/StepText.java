package org.unknot.ui.common;

import org.unknot.domain.Side;
import org.unknot.domain.Step;

/** How a step is named in lists: "Foam roller  ·  Calves  ·  Each side". */
public final class StepText {

    public static final String SEPARATOR = "  ·  ";

    private StepText() {
    }

    public static String title(Step step) {
        StringBuilder text = new StringBuilder(step.tool().label());
        step.area().ifPresent(area -> text.append(SEPARATOR).append(area.label()));
        if (step.side() != Side.CENTER) {
            text.append(SEPARATOR).append(step.side().label());
        }
        return text.toString();
    }
}
