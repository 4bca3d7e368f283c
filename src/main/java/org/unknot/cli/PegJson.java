package org.unknot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unknot.domain.PegSummary;

/** The weekly PEG in {@code insights --json}: baseline and current (null with fewer than 4 answers), answers. */
final class PegJson {

    private PegJson() {
    }

    static void put(ObjectNode root, PegSummary peg) {
        ObjectNode node = root.putObject("peg");
        if (peg.compared()) {
            node.put("baseline", round(peg.baseline().getAsDouble()));
            node.put("current", round(peg.current().getAsDouble()));
        } else {
            node.putNull("baseline");
            node.putNull("current");
        }
        node.put("answers", peg.count());
        node.put("clearImprovement", peg.clearImprovement());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
