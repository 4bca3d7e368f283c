package org.unknot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.unknot.domain.AsNeededUse;

/**
 * {@code asNeeded} in {@code insights --json}: the days an as-needed pain medicine was taken per week in the baseline
 * and current windows, with their counts, and week by week; null when no check-in answered the question.
 */
final class AsNeededJson {

    private AsNeededJson() {
    }

    static void put(ObjectNode root, Optional<AsNeededUse> use) {
        if (use.isEmpty() || !use.get().answered()) {
            root.putNull("asNeeded");
            return;
        }
        ObjectNode node = root.putObject("asNeeded");
        window(node.putObject("baseline"), use.get().baseline());
        window(node.putObject("current"), use.get().current());
        node.put("yesDays", use.get().yesDays());
        node.put("answeredDays", use.get().answeredDays());
        ArrayNode weeks = node.putArray("weeks");
        for (AsNeededUse.Week week : use.get().weeks()) {
            ObjectNode each = weeks.addObject();
            each.put("week", week.monday().toString());
            each.put("yesDays", week.yesDays());
            each.put("answeredDays", week.answeredDays());
        }
    }

    private static void window(ObjectNode node, AsNeededUse.Window window) {
        node.put("firstDay", window.first().toString());
        node.put("lastDay", window.last().toString());
        node.put("daysPerWeek", Math.round(window.daysPerWeek() * 100) / 100.0);
        node.put("yesDays", window.yesDays());
        node.put("answeredDays", window.answeredDays());
        node.put("days", window.days());
    }
}
