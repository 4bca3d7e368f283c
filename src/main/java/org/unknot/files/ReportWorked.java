package org.unknot.files;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.unknot.domain.Area;
import org.unknot.domain.Tool;
import org.unknot.domain.ToolArea;

/**
 * What a session worked on, in the session table's words: grouped by tool in the vocabulary's order, short area
 * names, e.g. "Foam roller: lower back, hips; Cold ball: feet", or "–" when nothing ran. A history repeats a few
 * combinations thousands of times, so each is worded once.
 */
final class ReportWorked {

    // Enough for any real history's combinations; past it, a combination is worded again rather than kept.
    private static final int KEPT = 256;

    private final Map<Set<ToolArea>, String> worded = new HashMap<>();

    String of(Set<ToolArea> worked) {
        String text = worded.get(worked);
        if (text == null) {
            text = words(worked);
            if (worded.size() < KEPT) {
                worded.put(worked, text);
            }
        }
        return text;
    }

    static String words(Set<ToolArea> worked) {
        if (worked.isEmpty()) {
            return TableRows.NONE;
        }
        Map<Tool, Set<Area>> byTool = new EnumMap<>(Tool.class);
        worked.forEach(pair -> byTool.computeIfAbsent(pair.tool(), tool -> EnumSet.noneOf(Area.class)).add(pair.area()));
        StringJoiner tools = new StringJoiner("; ");
        byTool.forEach((tool, areas) -> {
            StringJoiner names = new StringJoiner(", ", tool(tool) + ": ", "");
            areas.forEach(area -> names.add(area(area)));
            tools.add(names.toString());
        });
        return tools.toString();
    }

    static String tool(Tool tool) {
        return tool == Tool.HANDHELD_MASSAGER ? "Massager" : tool.label();
    }

    static String area(Area area) {
        return area == Area.HIPS_GLUTES ? "hips" : area.label().toLowerCase(Locale.ROOT);
    }
}
