package org.unknot.domain;

import java.util.Objects;

/** A tool used on an area: what a session really worked on, once a step with both ran for at least a second. */
public record ToolArea(Tool tool, Area area) {

    public ToolArea {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(area, "area");
        if (!tool.worksOnArea()) {
            throw new IllegalArgumentException("A rest works on no area");
        }
    }
}
