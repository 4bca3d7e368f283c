package org.unknot.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of the history CSV rely on this reader being strict, so its strictness is tested too. */
class Rfc4180ReaderTest {

    @Test
    void readsPlainQuotedAndEmptyFields() {
        assertEquals(List.of(List.of("a", "b, \"c\"\r\nd", ""), List.of("", "", "e")),
                Rfc4180Reader.read("a,\"b, \"\"c\"\"\r\nd\",\r\n,,e\r\n"));
    }

    @Test
    void refusesABareLineFeed() {
        assertThrows(AssertionError.class, () -> Rfc4180Reader.read("a,b\nc,d\r\n"));
    }

    @Test
    void refusesALastRecordWithoutLineEnd() {
        assertThrows(AssertionError.class, () -> Rfc4180Reader.read("a,b\r\nc,d"));
        assertThrows(AssertionError.class, () -> Rfc4180Reader.read("a,b\r\nc,\"\""));
    }

    @Test
    void refusesAQuoteInsideAPlainField() {
        assertThrows(AssertionError.class, () -> Rfc4180Reader.read("a,b\"c\r\n"));
        assertThrows(AssertionError.class, () -> Rfc4180Reader.read("a,\"b\"c\r\n"));
    }
}
