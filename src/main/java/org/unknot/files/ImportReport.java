package org.unknot.files;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.unknot.domain.SafetyFinding;

/** What an import did with each file: the routines it added and the files it refused, with every reason. */
public record ImportReport(List<Imported> imported, List<Refused> refused) {

    public ImportReport {
        imported = List.copyOf(imported);
        refused = List.copyOf(refused);
    }

    /**
     * A file whose routine was added as {@code name}; {@code renamedFrom} is the name in the file when another routine
     * already had it. The warnings did not block the import but the user should read them; an error among them comes
     * from the user's health profile and keeps the routine from starting until it is changed.
     */
    public record Imported(String fileName, String name, Optional<String> renamedFrom, List<SafetyFinding> warnings) {

        public Imported {
            warnings = List.copyOf(warnings);
        }

        /** "Imported "Back (2)" from back.json: a routine called "Back" already exists." and any safety warnings. */
        public String line() {
            StringBuilder line = new StringBuilder("Imported \"" + name + "\" from " + fileName);
            line.append(renamedFrom.map(old -> ": a routine called \"" + old + "\" already exists.").orElse("."));
            List<SafetyFinding> errors = warnings.stream().filter(SafetyFinding::blocking).toList();
            List<SafetyFinding> mild = warnings.stream().filter(finding -> !finding.blocking()).toList();
            if (!errors.isEmpty()) {
                line.append(" With your health profile it cannot start until changed: ").append(sourced(errors));
            }
            if (!mild.isEmpty()) {
                line.append(mild.size() == 1 ? " Safety warning: " : " Safety warnings: ").append(sourced(mild));
            }
            return line.toString();
        }

        /** "Step 2: … (Source: …)" for each finding. */
        private static String sourced(List<SafetyFinding> findings) {
            return findings.stream().map(finding -> finding.describe() + " (Source: " + finding.rule().source() + ")")
                    .collect(Collectors.joining(" "));
        }
    }

    /** A file of which nothing was added; each reason is a plain sentence that names the file. */
    public record Refused(String fileName, List<String> reasons) {

        public Refused {
            reasons = List.copyOf(reasons);
        }

        /** "Refused bad.json: bad.json: Step 3: …" with every reason. */
        public String line() {
            return "Refused " + fileName + ": " + String.join(" ", reasons);
        }
    }

    public boolean allImported() {
        return refused.isEmpty();
    }

    /** One line per file, the imported ones first, for a dialog or the command line. */
    public List<String> lines() {
        return Stream.concat(imported.stream().map(Imported::line), refused.stream().map(Refused::line)).toList();
    }
}
