package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unknot.files.StarterRoutines;

/** About in Settings, in the real window: the version of pom.xml, the data folder and the licences. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AboutWindowTest {

    @RegisterExtension
    final AppWindow window = new AppWindow();

    @Start
    void start(Stage stage) throws Exception {
        window.seed(StarterRoutines::load, storage -> storage.settings().acknowledgeSafety(AppWindow.NOW)).start(stage);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aboutShowsTheVersionOfThePomTheDataFolderAndTheLicences(FxRobot robot) throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher project = Pattern.compile("<artifactId>unknot</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(project.find(), "pom.xml states the project's version");
        Waits.until(() -> robot.lookup("#navSettings").tryQuery().isPresent());

        robot.clickOn("#navSettings");
        Waits.until(() -> robot.lookup("#aboutSection").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#settingsPage .scroll-pane").queryAs(ScrollPane.class).setVvalue(1));

        assertEquals("Version " + project.group(1), text(robot, "#aboutVersion"));
        assertEquals("Data folder: " + window.data(), text(robot, "#aboutDataFolder"));
        assertTrue(text(robot, "#aboutLicence").contains("Apache License 2.0"), text(robot, "#aboutLicence"));
        String fonts = text(robot, "#aboutFonts");
        assertTrue(fonts.contains("DejaVu") && fonts.contains("SIL Open Font License 1.1"), fonts);
        assertTrue(robot.lookup("#aboutVersion").query().isVisible());
    }
}
