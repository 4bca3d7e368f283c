package org.unknot.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.unknot.domain.Area;
import org.unknot.domain.Vocabulary;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the body map, a small SVG whose clickable regions are {@code <path data-area="…" id="…">} and whose
 * background shapes are {@code <path class="outline">}. The reader is strict so that a mistake in the drawing shows
 * up as a refusal rather than as a region that silently never appears: only paths draw, no transforms, every area
 * at least once. DTDs and external entities are refused outright.
 */
public final class BodyMapFile {

    public static final String RESOURCE = "/org/unknot/assets/body/body-map.svg";
    public static final int MAX_BYTES = 256 * 1024;

    private static final String SOURCE = "body-map.svg";
    private static final String OUTLINE_CLASS = "outline";
    /** Elements that draw nothing or only hold paths; anything else would be dropped by the view, so it is refused. */
    private static final Set<String> QUIET_ELEMENTS = Set.of("svg", "g", "title", "desc", "metadata", "style");
    private static final Pattern PATH_DATA = Pattern.compile("[MmLlHhVvCcSsQqTtAaZz0-9eE.,+\\-\\s]+");
    private static final Pattern VIEW_BOX_SEPARATOR = Pattern.compile("[\\s,]+");

    private BodyMapFile() {
    }

    /** The body map bundled with the app; like all file work, call it off the JavaFX thread. */
    public static BodyMap load() throws IOException {
        try (InputStream in = BodyMapFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new BodyMapException("The body map " + SOURCE + " is missing from this build of Unknot.");
            }
            return parse(SOURCE, in.readNBytes(MAX_BYTES + 1));
        }
    }

    /** Reads a body map from the bytes of an SVG file; {@code sourceName} names it in messages. */
    public static BodyMap parse(String sourceName, byte[] svg) throws BodyMapException {
        if (svg.length > MAX_BYTES) {
            throw refused(sourceName, "the file is larger than 256 KiB, which no body map needs.");
        }
        Element root = parseXml(sourceName, svg).getDocumentElement();
        if (!"svg".equals(localName(root))) {
            throw refused(sourceName, "this is not an SVG file (its root element is <" + localName(root) + ">).");
        }
        double[] box = viewBox(sourceName, root);
        List<BodyMap.Region> regions = new ArrayList<>();
        List<String> outlines = new ArrayList<>();
        collect(sourceName, root, regions, outlines);
        requireEveryArea(sourceName, regions);
        return new BodyMap(box[0], box[1], regions, outlines);
    }

    private static Document parseXml(String sourceName, byte[] svg) throws BodyMapException {
        try {
            DocumentBuilder builder = secureFactory().newDocumentBuilder();
            builder.setErrorHandler(new QuietErrors());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId);
            });
            return builder.parse(new ByteArrayInputStream(svg));
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw refused(sourceName, "the file declares a DOCTYPE; a body map may not use DTDs or entities.");
            }
            throw refused(sourceName, "this is not well-formed XML (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage() + ").");
        } catch (SAXException e) {
            throw refused(sourceName, "this is not well-formed XML (" + e.getMessage() + ").");
        } catch (IOException e) {
            throw new BodyMapException(sourceName + ": the file cannot be read (" + e.getMessage() + ").", e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be made safe", e);
        }
    }

    /** The OWASP XXE settings: no DOCTYPE at all, so no entity or DTD can be declared or fetched. */
    private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static double[] viewBox(String sourceName, Element root) throws BodyMapException {
        String value = root.getAttribute("viewBox").trim();
        String[] parts = value.isEmpty() ? new String[0] : VIEW_BOX_SEPARATOR.split(value);
        String expected = "the <svg> element needs viewBox=\"0 0 width height\" with a positive width and height";
        if (parts.length != 4) {
            throw refused(sourceName, expected + ".");
        }
        try {
            double minX = Double.parseDouble(parts[0]);
            double minY = Double.parseDouble(parts[1]);
            double width = Double.parseDouble(parts[2]);
            double height = Double.parseDouble(parts[3]);
            if (minX != 0 || minY != 0 || !(width > 0) || !(height > 0)
                    || Double.isInfinite(width) || Double.isInfinite(height)) {
                throw refused(sourceName, expected + "; it is \"" + value + "\".");
            }
            return new double[] {width, height};
        } catch (NumberFormatException e) {
            throw refused(sourceName, expected + "; it is \"" + value + "\".");
        }
    }

    private static void collect(String sourceName, Element element, List<BodyMap.Region> regions,
            List<String> outlines) throws BodyMapException {
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
                Element child = (Element) children.item(i);
                if (child.hasAttribute("transform")) {
                    throw refused(sourceName, describe(child) + " has a transform; write its coordinates out instead.");
                }
                if ("path".equals(localName(child))) {
                    path(sourceName, child, regions, outlines);
                } else if (QUIET_ELEMENTS.contains(localName(child))) {
                    if (child.hasAttribute("data-area")) {
                        throw refused(sourceName, describe(child) + " has a data-area; only a <path> can be a region.");
                    }
                    collect(sourceName, child, regions, outlines);
                } else {
                    throw refused(sourceName, "it uses " + describe(child) + "; draw every shape as a <path>.");
                }
            }
        }
    }

    private static void path(String sourceName, Element path, List<BodyMap.Region> regions, List<String> outlines)
            throws BodyMapException {
        String data = path.getAttribute("d").trim();
        if (data.isEmpty() || !PATH_DATA.matcher(data).matches()) {
            throw refused(sourceName, describe(path) + " has no usable path data (d).");
        }
        boolean outline = Arrays.asList(path.getAttribute("class").trim().split("\\s+")).contains(OUTLINE_CLASS);
        if (!path.hasAttribute("data-area")) {
            if (!outline) {
                throw refused(sourceName, describe(path) + " is neither a region (data-area) nor an outline"
                        + " (class=\"outline\").");
            }
            outlines.add(data);
            return;
        }
        String id = path.getAttribute("id").trim();
        if (outline) {
            throw refused(sourceName, describe(path) + " is both an outline and a region; it must be one or the other.");
        }
        if (id.isEmpty()) {
            throw refused(sourceName, describe(path) + " is a region without an id; give every region an id.");
        }
        if (regions.stream().anyMatch(region -> region.id().equals(id))) {
            throw refused(sourceName, "the id \"" + id + "\" is used by two regions; ids must be unique.");
        }
        String areaId = path.getAttribute("data-area").trim();
        Area area = Vocabulary.byId(Area.class, areaId).orElseThrow(() -> refused(sourceName, "region \"" + id
                + "\" has the area \"" + areaId + "\", which Unknot does not know; use "
                + Vocabulary.allowedIds(Area.class) + "."));
        regions.add(new BodyMap.Region(area, id, data));
    }

    private static void requireEveryArea(String sourceName, List<BodyMap.Region> regions) throws BodyMapException {
        Set<Area> missing = EnumSet.allOf(Area.class);
        regions.forEach(region -> missing.remove(region.area()));
        if (!missing.isEmpty()) {
            throw refused(sourceName, "there is no region for " + missing.stream().map(Area::id)
                    .collect(Collectors.joining(", ")) + "; every area needs at least one.");
        }
    }

    private static String localName(Element element) {
        String name = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
        return name.toLowerCase(Locale.ROOT);
    }

    private static String describe(Element element) {
        String id = element.getAttribute("id").trim();
        return "<" + localName(element) + (id.isEmpty() ? "" : " id=\"" + id + "\"") + ">";
    }

    private static BodyMapException refused(String sourceName, String reason) {
        return new BodyMapException("The body map " + sourceName + " was refused: " + reason);
    }

    /** Without a handler the parser also prints "[Fatal Error]" to the console; the exception says it all. */
    private static final class QuietErrors implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
