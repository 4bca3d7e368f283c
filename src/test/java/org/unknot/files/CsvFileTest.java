package org.unknot.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one rule every CSV of Unknot writes its text cells by. */
class CsvFileTest {

    @Test
    void textBeginningWithAFormulaCharacterATabOrACarriageReturnIsPrefixedWithAQuote() {
        for (String formula : new String[] {"=1+1", "+49 30", "-3 worse", "@SUM(A1)", "\tindented", "\rstart"}) {
            assertEquals("'" + formula, CsvFile.text(formula), formula);
        }
    }

    @Test
    void otherTextAndEmptyCellsAreLeftAsTheyAre() {
        for (String text : new String[] {"", "Low back", "3 = better", " -leading space", "'quoted", "\nline"}) {
            assertEquals(text, CsvFile.text(text), text);
        }
    }

    @Test
    void aFieldIsQuotedOnlyForACommaAQuoteOrALineBreak() {
        assertEquals("plain", CsvFile.field("plain"));
        assertEquals("\"a,b\"", CsvFile.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvFile.field("say \"hi\""));
        assertEquals("\"'\rstart\"", CsvFile.field(CsvFile.text("\rstart")));
    }
}
