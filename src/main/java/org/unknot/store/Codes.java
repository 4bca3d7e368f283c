package org.unknot.store;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unknot.domain.Area;
import org.unknot.domain.Tool;
import org.unknot.domain.ToolArea;
import org.unknot.domain.Vocabulary;

/** Reads vocabulary ids back from columns whose CHECK constraints allow only known ids. */
final class Codes {

    private Codes() {
    }

    static <E extends Enum<E> & Vocabulary> E required(Class<E> type, String id) {
        return Vocabulary.byId(type, id).orElseThrow(() -> new StorageException(
                "The data file holds an unknown " + type.getSimpleName() + " \"" + id + "\"; run the check command."));
    }

    /** The tools of a GROUP_CONCAT column ("foam-roller,cold-ball"), or none for NULL. */
    static Set<Tool> tools(String ids) {
        Set<Tool> tools = EnumSet.noneOf(Tool.class);
        if (ids != null) {
            Arrays.stream(ids.split(",")).map(id -> required(Tool.class, id)).forEach(tools::add);
        }
        return tools;
    }

    /** The pairs of a GROUP_CONCAT column of "tool area" ("foam-roller upper-back,cold-ball calves"); none for NULL. */
    static Set<ToolArea> worked(String pairs) {
        Set<ToolArea> worked = new HashSet<>();
        if (pairs != null && !pairs.isEmpty()) {
            for (String pair : pairs.split(",")) {
                int space = pair.indexOf(' ');
                worked.add(new ToolArea(required(Tool.class, pair.substring(0, space)),
                        required(Area.class, pair.substring(space + 1))));
            }
        }
        return worked;
    }

    /**
     * The seconds per pair of a column of "tool area seconds" triples joined by commas ("cold-ball feet 120"), in
     * their order; none for an empty one.
     */
    static Map<ToolArea, Long> workedSeconds(String triples) {
        Map<ToolArea, Long> seconds = new LinkedHashMap<>();
        if (!triples.isEmpty()) {
            for (String triple : triples.split(",")) {
                String[] parts = triple.split(" ");
                seconds.put(new ToolArea(required(Tool.class, parts[0]), required(Area.class, parts[1])),
                        Long.parseLong(parts[2]));
            }
        }
        return seconds;
    }

    static <E extends Enum<E> & Vocabulary> Optional<E> optional(Class<E> type, String id) {
        return id == null ? Optional.empty() : Optional.of(required(type, id));
    }
}
