package org.unknot.app;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.unknot.store.DataFolder;
import org.unknot.ui.common.FxBackgroundRunner;

/** The JavaFX application; started by {@link Launcher} through the command line. */
public final class UnknotApp extends Application {

    private static final String DATA_DIR = "data-dir";

    private FxBackgroundRunner runner;
    private AppContext context;

    /** Runs the app on the given data folder until its window closes. */
    static int launch(DataFolder folder) {
        Application.launch(UnknotApp.class, "--" + DATA_DIR + "=" + folder.path());
        return 0;
    }

    @Override
    public void start(Stage stage) {
        DataFolder folder = new DataFolder(Path.of(getParameters().getNamed().get(DATA_DIR)));
        runner = new FxBackgroundRunner();
        context = new AppContext(folder, runner, Clock.systemDefaultZone());
        context.start(stage, Platform::exit);
    }

    @Override
    public void stop() {
        runner.close();
        context.close();
    }
}
