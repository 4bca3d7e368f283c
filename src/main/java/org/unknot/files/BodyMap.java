package org.unknot.files;

import java.util.List;
import org.unknot.domain.Area;

/**
 * The clickable body diagram of the routine editor, as read from {@code body-map.svg}: a drawing box of
 * {@code width} × {@code height} (the SVG viewBox, origin at 0,0), the regions that stand for areas, and the
 * background silhouette. Shapes are SVG path data in the box's coordinates.
 */
public record BodyMap(double width, double height, List<Region> regions, List<String> outlines) {

    public BodyMap {
        regions = List.copyOf(regions);
        outlines = List.copyOf(outlines);
    }

    /** One clickable shape; an area may have several (left and right, front and back). */
    public record Region(Area area, String id, String pathData) {
    }

    public List<Region> regionsOf(Area area) {
        return regions.stream().filter(region -> region.area() == area).toList();
    }
}
