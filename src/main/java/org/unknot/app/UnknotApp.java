package org.unknot.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;
import org.unknot.session.MonotonicClock;
import org.unknot.store.DataFolder;
import org.unknot.ui.common.FxBackgroundRunner;
import org.unknot.ui.player.SoundCues;

/** The JavaFX application; started by {@link Launcher} through the command line. */
public final class UnknotApp extends Application {

    private static final String DATA_DIR = "data-dir";
    private static final String PLAY = "play";
    private static final Duration CLOSE_LIMIT = Duration.ofMillis(500);
    /**
     * Sets logging up while JavaFX starts, rather than on the FX thread before the first frame; {@link #start} waits
     * for it, so no logger is asked for before logging is ready.
     */
    private static final Thread LOGGING = new Thread(LoggerFactory::getILoggerFactory, "unknot-logging");

    private FxBackgroundRunner runner;
    private AppContext context;

    /** Runs the app on the given data folder until its window closes. */
    static int launch(DataFolder folder, Optional<String> play) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--" + DATA_DIR + "=" + folder.path());
        play.ifPresent(name -> arguments.add("--" + PLAY + "=" + name));
        LOGGING.setDaemon(true);
        LOGGING.start();
        Application.launch(UnknotApp.class, arguments.toArray(String[]::new));
        return 0;
    }

    @Override
    public void start(Stage stage) {
        DataFolder folder = new DataFolder(Path.of(getParameters().getNamed().get(DATA_DIR)));
        Optional<String> play = Optional.ofNullable(getParameters().getNamed().get(PLAY));
        try {
            LOGGING.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        runner = new FxBackgroundRunner();
        context = new AppContext(folder, runner, Clock.systemDefaultZone(), MonotonicClock.system(), SoundCues::open,
                play);
        // The one way out, however the app ends: the window closing (Launcher then calls System.exit) or a TERM.
        // It lets queued writes finish, keeps a session under way as interrupted and lets go of the data file and
        // the lock, on its own thread: the FX thread may be blocked, or already gone.
        Runtime.getRuntime().addShutdownHook(new Thread(this::exit, "unknot-exit"));
        context.start(stage, Platform::exit);
        TrainingRun.startIfAsked(stage);
    }

    /** Within 2 s in any state: at most {@link FxBackgroundRunner#DRAIN_LIMIT} for queued writes, then the close. */
    private void exit() {
        runner.close();
        // A read still running on the background thread holds the data file; the JVM need not wait for it to end.
        Thread closing = new Thread(context::close, "unknot-close");
        closing.setDaemon(true);
        closing.start();
        try {
            closing.join(CLOSE_LIMIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
