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

    private MutationScores() {
    }

    public static void main(String[] args) throws IOException, XMLStreamException {
        Path report = Path.of(args.length > 0 ? args[0] : "target/pit-reports/mutations.xml");
        try (InputStream in = Files.newInputStream(report)) {
            scores(in).forEach((pkg, tally) -> System.out.println(line(pkg, tally)));
        }
    }

    /** Detected and total mutants per package, by package name. */
    static Map<String, int[]> scores(InputStream mutationsXml) throws XMLStreamException {
        Map<String, int[]> tallies = new TreeMap<>();
        XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(mutationsXml);
        boolean detected = false;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (xml.getLocalName().equals("mutation")) {
                detected = Boolean.parseBoolean(xml.getAttributeValue(null, "detected"));
            } else if (xml.getLocalName().equals("mutatedClass")) {
                int[] tally = tallies.computeIfAbsent(packageOf(xml.getElementText()), p -> new int[2]);
                tally[0] += detected ? 1 : 0;
                tally[1]++;
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
        double score = tally[1] == 0 ? 100.0 : 100.0 * tally[0] / tally[1];
        return String.format(Locale.ROOT, "mutation.%s %.1f %%", pkg, score);
    }
}
