package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unknot.ui.player.RecordingCues;

/**
 * Settings on a computer without a speech program: the "Spoken cues" switch is off limits, but its label is still read
 * as easily as any secondary text (WCAG's 4.5:1), in both themes.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DisabledSwitchWindowTest {

    @RegisterExtension
    final AppWindow window = new AppWindow().cues(() -> new RecordingCues().withoutSoundDevice().withoutSpeech());

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window.seed(storage -> storage.settings().acknowledgeSafety(AppWindow.CLOCK.instant())).start(stage);
    }

    @Test
    void theLabelOfTheDisabledSpokenCuesSwitchStaysReadableInBothThemes(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("#navSettings").tryQuery().isPresent());
        robot.clickOn("#navSettings");
        Waits.until(() -> robot.lookup("#voiceSwitch").tryQuery().isPresent());
        assertTrue(robot.lookup("#voiceSwitch").queryAs(ToggleSwitch.class).isDisabled(), "no speech, no switch");

        for (String theme : new String[] {"#themeLight", "#themeDark"}) {
            robot.interact(() -> robot.lookup(theme).queryAs(ToggleButton.class).fire());
            WaitForAsyncUtils.waitForFxEvents();
            double contrast = labelContrast(robot);
            assertTrue(contrast >= 4.5, "the label's contrast in " + theme + " is " + contrast + ":1");
        }
    }

    /** The contrast of the label's text as drawn, against the page behind it, from a snapshot of the window. */
    private double labelContrast(FxRobot robot) {
        AtomicReference<Double> contrast = new AtomicReference<>();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            Node label = robot.lookup("#voiceSwitch .label").query();
            Bounds bounds = label.localToScene(label.getLayoutBounds());
            WritableImage shot = stage.getScene().snapshot(null);
            PixelReader pixels = shot.getPixelReader();
            Color page = pixels.getColor((int) bounds.getMinX() + 1, (int) bounds.getMinY() + 1);
            double best = 1;
            for (int x = (int) bounds.getMinX(); x < (int) bounds.getMaxX(); x++) {
                for (int y = (int) bounds.getMinY(); y < (int) bounds.getMaxY(); y++) {
                    best = Math.max(best, ratio(page, pixels.getColor(x, y)));
                }
            }
            contrast.set(best);
        });
        return contrast.get();
    }

    private static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color color) {
        return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
