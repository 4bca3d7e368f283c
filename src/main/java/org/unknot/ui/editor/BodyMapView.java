package org.unknot.ui.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;
import org.unknot.domain.Area;
import org.unknot.files.BodyMap;

/**
 * The body diagram: front and back silhouettes whose regions stand for the areas. It draws a {@link BodyMap} that was
 * loaded elsewhere, scaled to fit the space it is given. In the routine editor it selects one area (disable it for
 * rest steps, which work on no area); where the user says where it hurts it shows a set of chosen areas, each click
 * asking its owner to toggle one.
 */
public class BodyMapView extends Region {

    public static final String STYLESHEET = "/org/unknot/ui/theme/body-map.css";
    public static final String BODY_MAP = "body-map";
    public static final String BODY_OUTLINE = "body-outline";
    public static final String BODY_OUTLINE_EDGE = "body-outline-edge";
    public static final String BODY_REGION = "body-region";
    public static final String REGION_ID_PREFIX = "bodyRegion-";

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** Set on every region of the area under the mouse, so that front and back light up together. */
    private static final PseudoClass AREA_HOVER = PseudoClass.getPseudoClass("area-hover");

    private final BodyMap map;
    private final ObjectProperty<Area> selected = new SimpleObjectProperty<>(this, "selected");
    private final Map<Area, List<SVGPath>> regionsByArea = new EnumMap<>(Area.class);
    private final Group drawing = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    /** What a click on an area does: select it (the editor), or ask to toggle it (several areas). */
    private final Consumer<Area> clicked;

    /** One area at a time, as {@link #selectedProperty()}: the routine editor's map. */
    public BodyMapView(BodyMap map) {
        this.map = map;
        this.clicked = selected::set;
        createView();
        selected.addListener((observable, before, now) -> fill(area -> area == now));
    }

    /**
     * Several areas: the filled regions always show {@code chosen}, and a click only asks {@code toggle} to change it,
     * so the map and any other control over the same set stay in step.
     */
    public BodyMapView(BodyMap map, ObservableSet<Area> chosen, Consumer<Area> toggle) {
        this.map = map;
        this.clicked = Objects.requireNonNull(toggle);
        createView();
        fill(chosen::contains);
        chosen.addListener((SetChangeListener<Area>) change -> fill(chosen::contains));
    }

    /** The chosen area of the one-area map; null when none is. */
    public ObjectProperty<Area> selectedProperty() {
        return selected;
    }

    public Area getSelected() {
        return selected.get();
    }

    public void setSelected(Area area) {
        selected.set(area);
    }

    private void createView() {
        getStyleClass().add(BODY_MAP);
        getStylesheets().add(BodyMapView.class.getResource(STYLESHEET).toExternalForm());
        // The outlines twice, edges under fills, so that overlapping pieces read as one silhouette with one border.
        Group edges = new Group();
        Group fills = new Group();
        for (String outline : map.outlines()) {
            edges.getChildren().add(shape(outline, BODY_OUTLINE_EDGE));
            fills.getChildren().add(shape(outline, BODY_OUTLINE));
        }
        Group regions = new Group();
        for (BodyMap.Region region : map.regions()) {
            regions.getChildren().add(region(region));
        }
        edges.setMouseTransparent(true);
        fills.setMouseTransparent(true);
        drawing.getChildren().addAll(edges, fills, regions);
        drawing.getTransforms().add(scale);
        drawing.setManaged(false);
        getChildren().add(drawing);
    }

    private SVGPath region(BodyMap.Region region) {
        Area area = region.area();
        SVGPath path = shape(region.pathData(), BODY_REGION);
        path.setId(REGION_ID_PREFIX + region.id());
        path.setAccessibleRole(AccessibleRole.BUTTON);
        path.setAccessibleText(area.label());
        Tooltip.install(path, new Tooltip(area.label()));
        path.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                clicked.accept(area);
            }
        });
        path.hoverProperty().addListener((observable, was, hovered) -> regionsByArea.get(area)
                .forEach(other -> other.pseudoClassStateChanged(AREA_HOVER, hovered)));
        regionsByArea.computeIfAbsent(area, key -> new ArrayList<>()).add(path);
        return path;
    }

    private static SVGPath shape(String pathData, String styleClass) {
        SVGPath path = new SVGPath();
        path.setContent(pathData);
        path.getStyleClass().add(styleClass);
        return path;
    }

    private void fill(Predicate<Area> chosen) {
        regionsByArea.forEach((area, paths) ->
                paths.forEach(path -> path.pseudoClassStateChanged(SELECTED, chosen.test(area))));
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double width = getWidth() - insets.getLeft() - insets.getRight();
        double height = getHeight() - insets.getTop() - insets.getBottom();
        double factor = Math.max(0, Math.min(width / map.width(), height / map.height()));
        scale.setX(factor);
        scale.setY(factor);
        drawing.setLayoutX(insets.getLeft() + (width - map.width() * factor) / 2);
        drawing.setLayoutY(insets.getTop() + (height - map.height() * factor) / 2);
    }

    @Override
    protected double computePrefWidth(double height) {
        return map.width() + getInsets().getLeft() + getInsets().getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        return map.height() + getInsets().getTop() + getInsets().getBottom();
    }

    @Override
    protected double computeMinWidth(double height) {
        return map.width() / 4 + getInsets().getLeft() + getInsets().getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return map.height() / 4 + getInsets().getTop() + getInsets().getBottom();
    }
}
