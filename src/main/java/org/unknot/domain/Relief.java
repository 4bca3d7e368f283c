package org.unknot.domain;

import java.util.OptionalDouble;

/**
 * Immediate relief for one routine or tool: its label, its key (the routine's name, or the tool's vocabulary id),
 * how many sessions, how many of them were rated before and after, the mean of before − after over those, and how
 * many of those had clear relief. The mean is empty when nothing was rated.
 */
public record Relief(String label, String key, int sessions, int rated, OptionalDouble meanRelief, int clearRelief) {

    /** Whether this group has enough rated sessions to be compared with others. */
    public boolean comparable() {
        return rated >= HelpedMost.MIN_RATED;
    }
}
