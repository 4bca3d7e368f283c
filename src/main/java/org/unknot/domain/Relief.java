package org.unknot.domain;

import java.util.OptionalDouble;

/**
 * Immediate relief for one routine or tool: how many sessions, how many of them were rated before and after, the
 * mean of before − after over those, and the share (0–1) of them with meaningful relief. Both means are empty
 * when nothing was rated.
 */
public record Relief(String label, int sessions, int rated, OptionalDouble meanRelief,
        OptionalDouble meaningfulShare) {
}
