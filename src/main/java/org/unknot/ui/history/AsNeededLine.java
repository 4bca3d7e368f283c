package org.unknot.ui.history;

import java.util.List;
import java.util.stream.Collectors;
import org.unknot.domain.AsNeededUse;
import org.unknot.ui.common.Formats;

/**
 * The line under History's check-ins on as-needed medicine: on how many answered days one was taken, and the days
 * per week, week by week (the last {@value #WEEKS_SHOWN} weeks of a longer range). Numbers only.
 */
final class AsNeededLine {

    static final int WEEKS_SHOWN = 8;

    private AsNeededLine() {
    }

    /** "As-needed pain medicine: taken on 9 of 40 answered days. Days per week from 7 Sep: 2 · 1 · 0 · 3"; or empty. */
    static String of(AsNeededUse use) {
        if (!use.answered()) {
            return "";
        }
        List<AsNeededUse.Week> weeks = use.weeks().subList(Math.max(0, use.weeks().size() - WEEKS_SHOWN),
                use.weeks().size());
        return "As-needed pain medicine: taken on " + use.yesDays() + " of " + use.answeredDays() + " answered "
                + (use.answeredDays() == 1 ? "day" : "days") + ". Days per week from "
                + Formats.dayOfMonth(weeks.get(0).monday()) + ": "
                + weeks.stream().map(week -> Integer.toString(week.yesDays())).collect(Collectors.joining(" · "));
    }
}
