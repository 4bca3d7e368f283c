package org.unknot.mutation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads PIT's {@code mutations.xml} and prints one line per package of {@code org.unknot}:
 * {@code mutation.<package> <score> %}, the score being detected mutants over all mutants (uncovered ones included),
 * as PIT counts it.
 */
public final class MutationScores {

    private static final String ROOT = "org.unknot.";
    private static final int DETECTED = 0;
    private static final int TOTAL = 1;
    private static final int RUN_ERRORS = 2;

    private MutationScores() {
    }

    public static void main(String[] args) throws IOException, XMLStreamException {
        Path report = Path.of(args.length > 0 ? args[0] : "target/pit-reports/mutations.xml");
        Map<String, int[]> tallies;
        try (InputStream in = Files.newInputStream(report)) {
            tallies = tallies(in);
        }
        tallies.forEach((pkg, tally) -> System.out.println(line(pkg, tally)));
        int runErrors = tallies.values().stream().mapToInt(tally -> tally[RUN_ERRORS]).sum();
        if (runErrors > 0) {
            // PIT counts these as detected; they usually mean the classes changed under it (a build into target/).
            System.out.println("mutation.warning " + runErrors + " mutants ended in RUN_ERROR, so the scores may be"
                    + " too high; run again without building into target/ meanwhile");
        }
    }

    /** Detected, total and run-error mutants per package, by package name. */
    static Map<String, int[]> tallies(InputStream mutationsXml) throws XMLStreamException {
        Map<String, int[]> tallies = new TreeMap<>();
        XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(mutationsXml);
        boolean detected = false;
        boolean runError = false;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (xml.getLocalName().equals("mutation")) {
                detected = Boolean.parseBoolean(xml.getAttributeValue(null, "detected"));
                runError = "RUN_ERROR".equals(xml.getAttributeValue(null, "status"));
            } else if (xml.getLocalName().equals("mutatedClass")) {
                int[] tally = tallies.computeIfAbsent(packageOf(xml.getElementText()), p -> new int[3]);
                tally[DETECTED] += detected ? 1 : 0;
                tally[TOTAL]++;
                tally[RUN_ERRORS] += runError ? 1 : 0;
            }
        }
        return tallies;
    }

    /** {@code org.unknot.store.Database$1} → {@code store}; a class elsewhere keeps its full package. */
    static String packageOf(String className) {
        String pkg = className.substring(0, Math.max(0, className.lastIndexOf('.')));
        return pkg.startsWith(ROOT) ? pkg.substring(ROOT.length()) : pkg;
    }

    static String line(String pkg, int[] tally) {
        double score = tally[TOTAL] == 0 ? 100.0 : 100.0 * tally[DETECTED] / tally[TOTAL];
        return String.format(Locale.ROOT, "mutation.%s %.1f %%", pkg, score);
    }
}
