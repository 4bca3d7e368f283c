package org.unknot.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unknot.domain.Area;
import org.unknot.domain.Theme;
import org.unknot.files.BodyMap;
import org.unknot.files.BodyMapFile;
import org.unknot.ui.common.ThemeSwitcher;

/** The body map as the routine editor shows it, with the real bundled drawing and the app's theme. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BodyMapViewTest {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass AREA_HOVER = PseudoClass.getPseudoClass("area-hover");
    private static final double WIDTH = 330;
    private static final double HEIGHT = 390;

    private BodyMap map;
    private BodyMapView view;
    private Stage window;

    /** In a window of its own: the primary stage is shared with the other UI tests and keeps the size it is given. */
    @Start
    void start(Stage primary) throws Exception {
        map = BodyMapFile.load();
        view = new BodyMapView(map);
        view.setId("bodyMap");
        ThemeSwitcher.apply(Theme.LIGHT);
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        scene.getStylesheets().add(ThemeSwitcher.appStylesheet());
        window = new Stage();
        window.setScene(scene);
        window.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void clickingTheLowerBackSelectsIt(FxRobot robot) {
        robot.clickOn("#bodyRegion-back-lower-back");

        assertEquals(Area.LOWER_BACK, view.getSelected());
        assertTrue(selected(robot, "back-lower-back"));
        assertFalse(selected(robot, "back-mid-back"));
    }

    @Test
    void choosingAnAreaInCodeHighlightsAllItsRegionsAndClearsThePrevious(FxRobot robot) {
        robot.clickOn("#bodyRegion-back-lower-back");

        robot.interact(() -> view.selectedProperty().set(Area.THIGHS));

        List<String> thighs = map.regionsOf(Area.THIGHS).stream().map(BodyMap.Region::id).toList();
        assertEquals(4, thighs.size(), "front and back, left and right");
        thighs.forEach(id -> assertTrue(selected(robot, id), id));
        assertFalse(selected(robot, "back-lower-back"));
        assertEquals(4, map.regions().stream().filter(region -> selected(robot, region.id())).count());
    }

    @Test
    void clearingTheSelectionUnhighlightsEverything(FxRobot robot) {
        robot.clickOn("#bodyRegion-front-neck");
        assertEquals(Area.NECK, view.getSelected());

        robot.interact(() -> view.setSelected(null));

        assertNull(view.getSelected());
        map.regions().forEach(region -> assertFalse(selected(robot, region.id()), region.id()));
    }

    @Test
    void aDisabledMapIgnoresClicks(FxRobot robot) {
        robot.interact(() -> view.setDisable(true));

        robot.clickOn("#bodyRegion-back-calf-left");

        assertNull(view.getSelected());
        assertFalse(selected(robot, "back-calf-left"));
    }

    @Test
    void hoveringARegionLightsUpItsWholeAreaAndNamesIt(FxRobot robot) {
        robot.moveTo("#bodyRegion-front-foot-left");
        WaitForAsyncUtils.waitForFxEvents();

        map.regionsOf(Area.FEET).forEach(region ->
                assertTrue(region(robot, region.id()).getPseudoClassStates().contains(AREA_HOVER), region.id()));
        assertFalse(region(robot, "back-calf-left").getPseudoClassStates().contains(AREA_HOVER));
        assertEquals("Feet", region(robot, "front-foot-left").getAccessibleText());

        robot.moveTo("#bodyRegion-back-upper-back");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(region(robot, "front-foot-left").getPseudoClassStates().contains(AREA_HOVER));
    }

    @Test
    void theDrawingKeepsItsShapeAndFitsTheWindow(FxRobot robot) {
        SVGPath neck = region(robot, "front-neck");
        SVGPath foot = region(robot, "back-foot-right");
        Bounds top = neck.localToScene(neck.getBoundsInLocal());
        Bounds bottom = foot.localToScene(foot.getBoundsInLocal());

        assertTrue(top.getMinY() >= 0 && bottom.getMaxY() <= HEIGHT, top + " " + bottom);
        // The height limits the scale; the width follows it instead of stretching to fill the window.
        double scale = HEIGHT / map.height();
        assertEquals(scale, neck.getLocalToSceneTransform().getMyy(), 1e-9);
        assertEquals(scale, neck.getLocalToSceneTransform().getMxx(), 1e-9);
        assertEquals(Set.of("body-region"), Set.copyOf(neck.getStyleClass()));
    }

    @Test
    void theBundledRegionsDoNotOverlapAndAreBigEnoughToClick() {
        List<SVGPath> shapes = map.regions().stream().map(region -> {
            SVGPath path = new SVGPath();
            path.setContent(region.pathData());
            return path;
        }).toList();
        assertFalse(Shape.intersect(shapes.get(0), shapes.get(0)).getBoundsInLocal().isEmpty(),
                "the check sees an overlap when there is one");
        for (int i = 0; i < shapes.size(); i++) {
            Bounds bounds = shapes.get(i).getBoundsInLocal();
            String id = map.regions().get(i).id();
            assertTrue(bounds.getWidth() >= 20 && bounds.getHeight() >= 18, id + " is " + bounds);
            for (int j = i + 1; j < shapes.size(); j++) {
                Shape overlap = Shape.intersect(shapes.get(i), shapes.get(j));
                assertTrue(overlap.getBoundsInLocal().isEmpty(), id + " overlaps " + map.regions().get(j).id());
            }
        }
    }

    @Test
    void theSheetUsesOnlyTheThemeColoursSoBothThemesFollow() throws Exception {
        String css;
        try (InputStream in = BodyMapView.class.getResourceAsStream(BodyMapView.STYLESHEET)) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String rules = css.replaceAll("(?s)/\\*.*?\\*/", "");

        assertTrue(rules.contains("-unknot-accent"), "the sheet is the one expected");
        assertFalse(rules.matches("(?s).*(#[0-9a-fA-F]{3}|rgba?\\(|hsb\\(|-color-).*"),
                "only -unknot-* looked-up colours: " + rules);
    }

    private static SVGPath region(FxRobot robot, String id) {
        return robot.lookup("#bodyRegion-" + id).queryAs(SVGPath.class);
    }

    private static boolean selected(FxRobot robot, String id) {
        return region(robot, id).getPseudoClassStates().contains(SELECTED);
    }
}
