package org.unknot.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unknot.domain.Area;

class BodyMapFileTest {

    private static final String SOURCE = "test-map.svg";
    private static final String SQUARE = "M0,0 L10,0 L10,10 L0,10 Z";

    @Test
    void theBundledMapLoadsWithEveryArea() throws Exception {
        BodyMap map = BodyMapFile.load();

        assertEquals(440, map.width());
        assertEquals(520, map.height());
        Set<Area> areas = map.regions().stream().map(BodyMap.Region::area).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Area.class), areas);
        assertFalse(map.outlines().isEmpty(), "the silhouette is drawn");
    }

    @Test
    void everyBundledShapeHasPathDataAndEveryRegionAUniqueId() throws Exception {
        BodyMap map = BodyMapFile.load();

        map.regions().forEach(region -> assertFalse(region.pathData().isBlank(), region.id()));
        map.outlines().forEach(outline -> assertFalse(outline.isBlank()));
        Set<String> ids = map.regions().stream().map(BodyMap.Region::id).collect(Collectors.toSet());
        assertEquals(map.regions().size(), ids.size());
    }

    @Test
    void theBundledBackIsStackedAndTheLegsComeInPairs() throws Exception {
        BodyMap map = BodyMapFile.load();

        assertEquals(List.of("back-lower-back"), ids(map, Area.LOWER_BACK));
        assertEquals(List.of("back-upper-back"), ids(map, Area.UPPER_BACK));
        assertEquals(List.of("back-mid-back"), ids(map, Area.MID_BACK));
        assertEquals(Set.of("front-thigh-left", "front-thigh-right", "back-thigh-left", "back-thigh-right"),
                Set.copyOf(ids(map, Area.THIGHS)));
        assertEquals(Set.of("back-calf-left", "back-calf-right"), Set.copyOf(ids(map, Area.CALVES)));
        assertTrue(ids(map, Area.NECK).containsAll(List.of("front-neck", "back-neck")));
        assertTrue(ids(map, Area.FEET).containsAll(List.of("front-foot-left", "front-foot-right")));
    }

    @Test
    void readsRegionsOutlinesAndTheViewBox() throws Exception {
        BodyMap map = BodyMapFile.parse(SOURCE, svg("0 0 200 300",
                "<g><path class=\"outline\" d=\"M0,0 L200,0 L200,300 Z\"/></g>" + regions(Area.values()))
                .getBytes(StandardCharsets.UTF_8));

        assertEquals(200, map.width());
        assertEquals(300, map.height());
        assertEquals(List.of("M0,0 L200,0 L200,300 Z"), map.outlines());
        assertEquals(Area.values().length, map.regions().size());
        BodyMap.Region neck = map.regionsOf(Area.NECK).get(0);
        assertEquals("r-neck", neck.id());
        assertEquals(SQUARE, neck.pathData());
    }

    @Test
    void refusesAnUnknownArea() {
        String message = refused(svg("0 0 100 100", regions(Area.values())
                + "<path id=\"front-elbow\" data-area=\"elbow\" d=\"" + SQUARE + "\"/>"));

        assertTrue(message.contains("\"front-elbow\"") && message.contains("\"elbow\""), message);
        assertTrue(message.contains("neck, shoulders"), "says which areas exist: " + message);
    }

    @Test
    void refusesAMapMissingAnArea() {
        Area[] withoutFeet = Arrays.stream(Area.values()).filter(area -> area != Area.FEET).toArray(Area[]::new);

        String message = refused(svg("0 0 100 100", regions(withoutFeet)));

        assertTrue(message.contains("no region for feet"), message);
    }

    @Test
    void refusesMalformedXml() {
        String message = refused("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><path d=\"M0,0\">");

        assertTrue(message.contains("not well-formed XML"), message);
    }

    @Test
    void refusesADoctypeWithAnExternalEntityWithoutReadingIt() {
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE svg [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + svg("0 0 100 100", regions(Area.values()) + "<desc>&secret;</desc>");

        String message = refused(xml);

        assertTrue(message.contains("DOCTYPE"), message);
        assertFalse(message.contains("root:"), "nothing of the entity is read: " + message);
    }

    @Test
    void refusesAnExternalDtd() {
        String xml = "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://unknot.invalid/svg11.dtd\">\n"
                + svg("0 0 100 100", regions(Area.values()));

        assertTrue(refused(xml).contains("DOCTYPE"));
    }

    @Test
    void refusesShapesTheViewWouldNotDraw() {
        assertTrue(refused(svg("0 0 100 100", regions(Area.values()) + "<circle r=\"4\"/>"))
                .contains("draw every shape as a <path>"));
        assertTrue(refused(svg("0 0 100 100", regions(Area.values()) + "<g transform=\"scale(2)\"></g>"))
                .contains("transform"));
        assertTrue(refused(svg("0 0 100 100", regions(Area.values()) + "<path d=\"" + SQUARE + "\"/>"))
                .contains("neither a region"));
        assertTrue(refused(svg("0 0 100 100", regions(Area.values())
                + "<path id=\"r-neck\" data-area=\"neck\" d=\"" + SQUARE + "\"/>")).contains("used by two regions"));
    }

    @Test
    void refusesARegionWithoutPathData() {
        String message = refused(svg("0 0 100 100", regions(Area.values())
                + "<path id=\"empty\" data-area=\"neck\" d=\" \"/>"));

        assertTrue(message.contains("<path id=\"empty\"> has no usable path data"), message);
    }

    @Test
    void refusesAMissingOrOffsetViewBox() {
        assertTrue(refused(svg("", regions(Area.values()))).contains("viewBox"));
        assertTrue(refused(svg("10 0 100 100", regions(Area.values()))).contains("viewBox"));
        assertTrue(refused(svg("0 0 0 100", regions(Area.values()))).contains("viewBox"));
    }

    @Test
    void refusesAFileThatIsNotSvg() {
        assertTrue(refused("<html><body/></html>").contains("not an SVG file"));
    }

    private static List<String> ids(BodyMap map, Area area) {
        return map.regionsOf(area).stream().map(BodyMap.Region::id).toList();
    }

    private static String regions(Area... areas) {
        return Arrays.stream(areas)
                .map(area -> "<path id=\"r-" + area.id() + "\" data-area=\"" + area.id() + "\" d=\"" + SQUARE + "\"/>")
                .collect(Collectors.joining("\n"));
    }

    private static String svg(String viewBox, String content) {
        String box = viewBox.isEmpty() ? "" : " viewBox=\"" + viewBox + "\"";
        return "<svg xmlns=\"http://www.w3.org/2000/svg\"" + box + ">\n" + content + "\n</svg>\n";
    }

    /** Refused with one plain sentence that names the file, not with a parser's internals. */
    private static String refused(String xml) {
        BodyMapException e = assertThrows(BodyMapException.class,
                () -> BodyMapFile.parse(SOURCE, xml.getBytes(StandardCharsets.UTF_8)));
        String message = e.getMessage();
        assertTrue(message.startsWith("The body map " + SOURCE + " was refused: "), message);
        assertFalse(message.contains("apache.org") || message.contains("Exception"), message);
        return message;
    }
}
