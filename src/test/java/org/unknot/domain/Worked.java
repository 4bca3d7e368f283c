package org.unknot.domain;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** What a test session worked on, when only its tools matter: each tool on the lower back; a rest works on nothing. */
public final class Worked {

    private Worked() {
    }

    public static Set<ToolArea> of(Tool... tools) {
        return Arrays.stream(tools).filter(Tool::worksOnArea).map(tool -> new ToolArea(tool, Area.LOWER_BACK)).collect(Collectors.toSet());
    }
}
