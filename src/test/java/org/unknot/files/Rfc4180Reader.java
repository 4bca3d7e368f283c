package org.unknot.files;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for tests: every record ends with CRLF (the last one too), a field is either plain or
 * wholly quoted with inner quotes doubled, and a bare CR or LF outside quotes is refused.
 */
public final class Rfc4180Reader {

    private Rfc4180Reader() {
    }

    public static List<List<String>> read(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean fieldStarted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && !fieldStarted) {
                i = readQuoted(text, i + 1, field);
                fieldStarted = true;
                if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    throw new AssertionError("text after a closing quote at " + i + ": " + excerpt(text, i));
                }
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                i++;
            } else if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    throw new AssertionError("CR without LF at " + i + ": " + excerpt(text, i));
                }
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else if (c == '\n') {
                throw new AssertionError("a bare LF ends a line at " + i + ": " + excerpt(text, i));
            } else if (c == '"') {
                throw new AssertionError("a quote inside an unquoted field at " + i + ": " + excerpt(text, i));
            } else {
                field.append(c);
                fieldStarted = true;
                i++;
            }
        }
        if (fieldStarted || !record.isEmpty()) {
            throw new AssertionError("the last record does not end with CRLF");
        }
        return records;
    }

    /** Reads a quoted field's content from {@code start} and returns the index after its closing quote. */
    private static int readQuoted(String text, int start, StringBuilder field) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '"') {
                field.append(c);
                i++;
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                i += 2;
            } else {
                return i + 1;
            }
        }
        throw new AssertionError("a quoted field is never closed: " + excerpt(text, start - 1));
    }

    private static String excerpt(String text, int at) {
        return text.substring(Math.max(0, at - 20), Math.min(text.length(), at + 20))
                .replace("\r", "\\r").replace("\n", "\\n");
    }
}
