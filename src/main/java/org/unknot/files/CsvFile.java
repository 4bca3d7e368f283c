package org.unknot.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The CSV rules every export of Unknot follows: RFC 4180 (CRLF line ends, a field quoted when it holds a comma, quote,
 * CR or LF, quotes doubled), UTF-8 without a byte order mark, and text cells a spreadsheet would take for a formula
 * written as text. The target is either left as it was or replaced by the complete file.
 */
final class CsvFile {

    static final String LINE_END = "\r\n";

    /** The rows of a file, handed over one at a time, each as its cells in header order. */
    @FunctionalInterface
    interface Rows {
        void forEach(Consumer<List<String>> row);
    }

    private CsvFile() {
    }

    /**
     * A cell of text typed by a person or named by the app (a routine, a note, an id): one that begins with
     * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}, so a
     * spreadsheet shows it as text and never runs it as a formula. Numbers are written as they are, never through
     * this, so a pain change of {@code -3} stays a number.
     */
    static String text(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formulaLike ? "'" + value : value;
    }

    /**
     * Writes {@code header} and the {@code rows} to {@code target} and returns how many rows it holds; a failure is
     * one sentence naming {@code what} was written, with {@code exampleName} as a file name to suggest.
     */
    static int write(Path target, String header, Rows rows, String what, String exampleName) throws ExportException {
        Path file = target.toAbsolutePath().normalize();
        int[] written = {0};
        try {
            AtomicFiles.writeUtf8(file, out -> {
                out.write(header);
                out.write(LINE_END);
                try {
                    rows.forEach(cells -> {
                        writeRow(out, cells);
                        written[0]++;
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            });
        } catch (IOException e) {
            throw ExportException.couldNotWrite(what, file, exampleName, e);
        }
        return written[0];
    }

    private static void writeRow(Writer out, List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(cells.get(i)));
            }
            out.write(LINE_END);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell as RFC 4180 writes it: quoted, quotes doubled, when it holds a comma, a quote, a CR or an LF. */
    static String field(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + value.replace("\"", "\"\"") + '"';
            }
        }
        return value;
    }
}
