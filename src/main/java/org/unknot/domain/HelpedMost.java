package org.unknot.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Names a routine or tool that helped most only when the data can tell (PRODUCT.md, "Insights"): at least two
 * candidates with 10 or more rated sessions each, the best with relief on average, leading the next by at least one
 * point. Otherwise there is no clear difference yet.
 */
final class HelpedMost {

    static final int MIN_RATED = 10;
    static final double MIN_LEAD = 1.0;

    private HelpedMost() {
    }

    static Optional<Relief> of(List<Relief> groups) {
        List<Relief> candidates = groups.stream().filter(Relief::comparable)
                .sorted(Comparator.comparingDouble((Relief r) -> r.meanRelief().orElseThrow()).reversed())
                .toList();
        if (candidates.size() < 2) {
            return Optional.empty();
        }
        double best = candidates.get(0).meanRelief().orElseThrow();
        double next = candidates.get(1).meanRelief().orElseThrow();
        return best > 0 && best - next >= MIN_LEAD - 1e-9 ? Optional.of(candidates.get(0)) : Optional.empty();
    }
}
