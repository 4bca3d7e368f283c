package org.unknot.ui.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unknot.domain.Area;
import org.unknot.domain.Theme;
import org.unknot.files.BodyMap;
import org.unknot.files.BodyMapFile;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.ThemeSwitcher;

/** Where it hurts, on the bundled body map and its buttons: a click on either is the same choice, shown by both. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AreaPickerTest {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final AreaChoice choice = new AreaChoice();
    private final QueuedRunner runner = new QueuedRunner();
    private BodyMap map;
    private BodyMapSource maps;
    private Stage window;

    @Start
    void start(Stage primary) throws Exception {
        map = BodyMapFile.load();
        maps = new BodyMapSource(runner, () -> map);
        AreaPicker picker = new AreaPicker(choice, maps, "pick-");
        ThemeSwitcher.apply(Theme.LIGHT);
        Scene scene = new Scene(picker, 760, 320);
        scene.getStylesheets().add(ThemeSwitcher.appStylesheet());
        window = new Stage();
        window.setScene(scene);
        window.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::close);
    }

    private void mapLoaded(FxRobot robot) {
        robot.interact(() -> {
            maps.load();
            runner.drain();
        });
    }

    @Test
    void untilTheMapIsReadTheButtonsChooseAlone(FxRobot robot) {
        assertTrue(robot.lookup("#pick-map").tryQuery().isEmpty());

        robot.clickOn("#pick-neck");
        assertEquals(Set.of(Area.NECK), choice.get());

        mapLoaded(robot);
        assertTrue(filled(robot, "front-neck") && filled(robot, "back-neck"), "the map shows what was chosen before");
    }

    @Test
    void clickingTwoAreasOnTheMapChoosesBothAndTheirButtonsShowIt(FxRobot robot) {
        mapLoaded(robot);

        robot.clickOn("#bodyRegion-back-lower-back");
        robot.clickOn("#bodyRegion-back-calf-left");

        assertEquals(Set.of(Area.LOWER_BACK, Area.CALVES), choice.get());
        assertTrue(button(robot, "lower-back").isSelected());
        assertTrue(button(robot, "calves").isSelected());
        assertFalse(button(robot, "neck").isSelected());
        assertTrue(filled(robot, "back-calf-right"), "both calves fill: the area is chosen, not the one shape");
    }

    @Test
    void aButtonUnchoosesWhatTheMapChoseAndTheMapFollows(FxRobot robot) {
        mapLoaded(robot);
        robot.clickOn("#bodyRegion-back-lower-back");

        robot.clickOn("#pick-lower-back");

        assertTrue(choice.isEmpty());
        assertFalse(button(robot, "lower-back").isSelected());
        assertFalse(filled(robot, "back-lower-back"));

        robot.clickOn("#pick-thighs");
        map.regionsOf(Area.THIGHS).forEach(region -> assertTrue(filled(robot, region.id()), region.id()));
        robot.clickOn("#bodyRegion-front-thigh-left");
        assertTrue(choice.isEmpty(), "the map's click undid the button's");
        assertFalse(button(robot, "thighs").isSelected());
    }

    @Test
    void aChoiceSetByTheViewModelShowsOnBoth(FxRobot robot) {
        mapLoaded(robot);

        robot.interact(() -> choice.set(Set.of(Area.FEET, Area.SHOULDERS)));

        assertTrue(button(robot, "feet").isSelected() && button(robot, "shoulders").isSelected());
        assertTrue(filled(robot, "front-foot-left") && filled(robot, "back-shoulder-right"));
        assertFalse(filled(robot, "back-lower-back"));
    }

    private static ToggleButton button(FxRobot robot, String area) {
        return robot.lookup("#pick-" + area).queryAs(ToggleButton.class);
    }

    private static boolean filled(FxRobot robot, String region) {
        return robot.lookup("#bodyRegion-" + region).queryAs(SVGPath.class).getPseudoClassStates().contains(SELECTED);
    }
}
