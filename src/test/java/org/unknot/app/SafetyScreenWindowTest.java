package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unknot.domain.RedFlag;

/** The first-run safety screen in the real window, at the size the app takes on a 1024×768 screen. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SafetyScreenWindowTest {

    /** 90 % of a 1024×768 screen, as AppContext sizes the window. */
    private static final double WIDTH = Math.floor(1024 * 0.9);
    private static final double HEIGHT = Math.floor(768 * 0.9);

    @RegisterExtension
    final AppWindow window = new AppWindow();

    private Stage stage;

    /** The shared stage's size as the app opened it; given back after the test, for the tests that follow. */
    private double widthBefore;
    private double heightBefore;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window.start(stage);
        widthBefore = stage.getWidth();
        heightBefore = stage.getHeight();
    }

    @AfterEach
    void close() throws Exception {
        window.exit();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(widthBefore);
            stage.setHeight(heightBefore);
        }).get();
    }

    @Test
    void everyRedFlagAndCautionFitsOnOneScreenAt1024By768WithoutCutText(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("#safetyPage").tryQuery().isPresent());
        robot.interact(() -> {
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
        });
        Waits.until(() -> stage.getScene().getHeight() <= HEIGHT + 1);

        ScrollPane scroll = robot.lookup("#safetyScroll").queryAs(ScrollPane.class);
        double content = scroll.getContent().getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        assertTrue(content <= viewport + 0.5, "content " + content + " px in a viewport of " + viewport + " px");

        List<String> shown = robot.lookup("#safetyPage .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        for (RedFlag flag : RedFlag.values()) {
            assertTrue(shown.contains(flag.line()), flag.line());
        }
        assertTrue(shown.stream().anyMatch(text -> text.contains("regular exercise")));
        for (String caution : List.of("open wound", "tumour", "varicose veins", "swollen, warm and red",
                "osteoporosis", "pregnancy", "recent surgery", "diabetes")) {
            assertTrue(shown.stream().anyMatch(text -> text.contains(caution)), caution);
        }
        for (Label label : robot.lookup("#safetyPage .label").queryAllAs(Label.class)) {
            Text drawn = (Text) label.lookup(".text");
            assertEquals(label.getText(), drawn.getText(), "cut off: " + label.getText());
        }
        Node button = robot.lookup("#acknowledgeButton").query();
        assertTrue(button.localToScene(button.getLayoutBounds()).getMaxY() <= stage.getScene().getHeight(),
                "the button is on screen");
    }
}
