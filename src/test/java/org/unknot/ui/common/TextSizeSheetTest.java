package org.unknot.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The app's sheet sizes text in em, so that the text-size setting (on the root) reaches every text. */
class TextSizeSheetTest {

    private static final Pattern FIXED_FONT = Pattern.compile("-fx-font-size:\\s*[\\d.]+px");

    @Test
    void onlyTheRootHasAFontSizeInPixels() throws IOException {
        String sheet = read(ThemeSwitcher.APP_STYLESHEET);
        List<String> fixed = FIXED_FONT.matcher(sheet).results().map(found -> ruleAround(sheet, found)).toList();

        assertEquals(List.of(".root"), fixed, "a px font size does not follow the text size: use em of 15px");
    }

    @Test
    void theNormalSizeIsTheOneTheRootHas() throws IOException {
        Matcher root = Pattern.compile("\\.root \\{[^}]*-fx-font-size:\\s*([\\d.]+)px").matcher(
                read(ThemeSwitcher.APP_STYLESHEET));

        root.find();
        assertEquals(TextScale.NORMAL_PIXELS, Double.parseDouble(root.group(1)));
    }

    private static String ruleAround(String sheet, MatchResult found) {
        int open = sheet.lastIndexOf('{', found.start());
        int previousEnd = Math.max(sheet.lastIndexOf('}', open), sheet.lastIndexOf("*/", open) + 1);
        return sheet.substring(previousEnd + 1, open).strip();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = TextSizeSheetTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
