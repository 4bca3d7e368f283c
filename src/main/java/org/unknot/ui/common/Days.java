package org.unknot.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.util.StringConverter;

/** The one way a day is typed into a date field: 2026-11-22 (what the date pickers show and read). */
public final class Days {

    /** The hint a date field shows while it is empty. */
    public static final String PROMPT = "YYYY-MM-DD";

    /** Days as 2026-11-22; text that is not a date becomes no date, which the page then asks to fix. */
    public static final StringConverter<LocalDate> TYPED = new StringConverter<>() {
        @Override
        public String toString(LocalDate day) {
            return day == null ? "" : day.toString();
        }

        @Override
        public LocalDate fromString(String text) {
            try {
                return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    };

    private Days() {
    }
}
