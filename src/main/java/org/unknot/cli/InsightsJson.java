package org.unknot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.unknot.domain.AsNeededUse;
import org.unknot.domain.FlareInsights;
import org.unknot.domain.InsightReport;
import org.unknot.domain.PainAreas;
import org.unknot.domain.PainTrend;
import org.unknot.domain.Relief;
import org.unknot.domain.StopReason;

/** The insights as one JSON object, for {@code insights --json}; means are rounded to two decimals. */
final class InsightsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InsightsJson() {
    }

    static String of(InsightReport report, Optional<LocalDate> from, Optional<LocalDate> to) {
        return of(report, from, to, Optional.empty());
    }

    /** With {@code asNeeded}: the as-needed medicine days of the same days, and their sentence among the others. */
    static String of(InsightReport report, Optional<LocalDate> from, Optional<LocalDate> to,
                     Optional<AsNeededUse> asNeeded) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("from", from.or(report::firstDay).map(LocalDate::toString).orElse(null));
        root.put("to", to.or(report::lastDay).map(LocalDate::toString).orElse(null));
        root.put("sessions", report.sessions());
        root.put("ratedSessions", report.ratedSessions());
        root.put("clearReliefSessions", report.clearReliefSessions());
        root.put("painRoseSessions", report.painRoseSessions());
        put(root, "meanBefore", report.meanBefore());
        put(root, "meanAfter", report.meanAfter());
        groups(root.putArray("routines"), "name", report.byRoutine());
        groups(root.putArray("tools"), "tool", report.byTool());
        ObjectNode helpedMost = root.putObject("helpedMost");
        helpedMost.put("routine", report.helpedMostRoutine().map(Relief::key).orElse(null));
        helpedMost.put("tool", report.helpedMostTool().map(Relief::key).orElse(null));
        report.trend().ifPresentOrElse(trend -> trend(root.putObject("trend"), trend), () -> root.putNull("trend"));
        report.days().ifPresentOrElse(days -> {
            ObjectNode node = root.putObject("daysWithAndWithout");
            node.put("daysWith", days.daysWith());
            node.put("meanWith", round(days.meanWith()));
            node.put("daysWithout", days.daysWithout());
            node.put("meanWithout", round(days.meanWithout()));
        }, () -> root.putNull("daysWithAndWithout"));
        root.put("suggestion", report.suggestion().id());
        report.worsening().ifPresentOrElse(worsening -> {
            ObjectNode node = root.putObject("worsening");
            node.put("trendRose", worsening.trend().isPresent());
            node.put("worseAfter", worsening.worseAfter());
            node.put("ofLastRated", worsening.rated());
            node.put("painWorseStops", worsening.painWorseStops());
            strings(node.putArray("routines"), worsening.routines());
        }, () -> root.putNull("worsening"));
        ObjectNode stops = root.putObject("stopReasons");
        for (StopReason reason : StopReason.values()) {
            stops.put(reason.id(), report.stopReasons().getOrDefault(reason, 0));
        }
        flare(root, report.flare());
        AsNeededJson.put(root, asNeeded);
        PegJson.put(root, report.peg());
        painAreas(root.putArray("painAreas"), report.painAreas());
        strings(root.putArray("sentences"), report.sentences());
        asNeeded.flatMap(AsNeededUse::sentence).ifPresent(((ArrayNode) root.get("sentences"))::add);
        return root.toPrettyString();
    }

    /** {@code flareDays}, and {@code gentle}: sessions played gently and as planned, with the mean relief of each. */
    private static void flare(ObjectNode root, FlareInsights flare) {
        root.put("flareDays", flare.flareDays());
        ObjectNode gentle = root.putObject("gentle");
        gentle.put("gentleSessions", flare.gentle().sessions());
        gentle.put("fullSessions", flare.full().sessions());
        gentle.put("ratedGentle", flare.gentle().rated());
        gentle.put("ratedFull", flare.full().rated());
        if (flare.comparable()) {
            put(gentle, "meanReliefGentle", flare.gentle().meanRelief());
            put(gentle, "meanReliefFull", flare.full().meanRelief());
        } else {
            gentle.putNull("meanReliefGentle");
            gentle.putNull("meanReliefFull");
        }
    }

    private static void groups(ArrayNode array, String keyName, List<Relief> groups) {
        for (Relief group : groups) {
            ObjectNode node = array.addObject();
            node.put(keyName, group.key());
            node.put("sessions", group.sessions());
            node.put("ratedSessions", group.rated());
            put(node, "meanRelief", group.meanRelief());
            node.put("clearReliefSessions", group.clearRelief());
        }
    }

    /** Each area named where it hurt, most often first: how many ratings named it, of how many that named any. */
    private static void painAreas(ArrayNode array, PainAreas areas) {
        for (PainAreas.AreaCount each : areas.ranked()) {
            ObjectNode node = array.addObject();
            node.put("area", each.area().id());
            node.put("count", each.count());
            node.put("of", areas.ratings());
        }
    }

    private static void trend(ObjectNode node, PainTrend trend) {
        node.put("measure", trend.measure().id());
        node.put("baseline", round(trend.baseline().mean()));
        node.put("current", round(trend.current().mean()));
        node.put("baselineCount", trend.baseline().count());
        node.put("currentCount", trend.current().count());
        node.put("firstDay", trend.firstDay().toString());
        node.put("lastDay", trend.lastDay().toString());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void put(ObjectNode node, String name, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(name, round(value.getAsDouble()));
        } else {
            node.putNull(name);
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
