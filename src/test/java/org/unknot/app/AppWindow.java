package org.unknot.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.unknot.domain.Routine;
import org.unknot.session.FakeClock;
import org.unknot.session.MonotonicClock;
import org.unknot.store.DataFolder;
import org.unknot.store.Storage;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.FxBackgroundRunner;
import org.unknot.ui.player.CueOutput;
import org.unknot.ui.player.RecordingCues;

/**
 * The real main window over a real data file, as every window test starts it: a fresh data folder, seeded off the
 * FX thread; the app's real background thread; disk work on the FX thread fails the test (a
 * {@link UiThreadDiskGuard}); and all of it let go, and the folder deleted, after the test. Register it as a field
 * with {@code @RegisterExtension} after the {@code ApplicationExtension}, and call {@link #start} from {@code @Start}.
 */
final class AppWindow implements BeforeEachCallback, AfterEachCallback {

    /** The time the app is started at unless a test says otherwise: a Sunday morning. */
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final UiThreadDiskGuard diskGuard = new UiThreadDiskGuard();
    private final Path data;
    private Clock clock = CLOCK;
    private MonotonicClock time = new FakeClock();
    private Supplier<CueOutput> cues = RecordingCues::new;
    private Runnable onFatal = () -> { };
    private UnaryOperator<BackgroundRunner> around = UnaryOperator.identity();
    private Consumer<AppContext> beforeStart = context -> { };
    private Optional<String> play = Optional.empty();
    private FxBackgroundRunner runner;
    private AppContext context;

    AppWindow() {
        try {
            data = Files.createTempDirectory("unknot-window-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The clock the app reads the day and time from; {@link #CLOCK} unless set. */
    AppWindow clock(Clock appClock) {
        this.clock = appClock;
        return this;
    }

    /** The player's clock; a {@link FakeClock} the test does not reach unless set. */
    AppWindow time(MonotonicClock monotonic) {
        this.time = monotonic;
        return this;
    }

    AppWindow cues(Supplier<CueOutput> output) {
        this.cues = output;
        return this;
    }

    /** What the app does when it cannot open its data; nothing unless set. */
    AppWindow onFatal(Runnable fatal) {
        this.onFatal = fatal;
        return this;
    }

    /** Wraps the real background runner, e.g. to count what is asked of it. */
    AppWindow runnerAround(UnaryOperator<BackgroundRunner> wrap) {
        this.around = wrap;
        return this;
    }

    /** Runs on the app before it starts, e.g. to replace its file dialogs. */
    AppWindow beforeStart(Consumer<AppContext> preparing) {
        this.beforeStart = preparing;
        return this;
    }

    /** Starts as {@code unknot --play NAME} does: the player first. */
    AppWindow play(String routine) {
        this.play = Optional.of(routine);
        return this;
    }

    /** Writes the data file on another thread (the FX thread refuses disk work), without starter routines. */
    AppWindow seed(Consumer<Storage> seeding) throws Exception {
        return seed(List::of, seeding);
    }

    /** Writes the data file on another thread, the first open adding {@code starters}. */
    AppWindow seed(Supplier<List<Routine>> starters, Consumer<Storage> seeding) throws Exception {
        return onDisk(() -> {
            try (Storage storage = Storage.open(folder(), clock, starters)) {
                seeding.accept(storage);
            }
        });
    }

    /** Disk work a test does itself, e.g. damaging the data file. */
    interface DiskWork {
        void run() throws Exception;
    }

    /** Runs {@code work} on another thread and waits for it: {@code @Start} runs on the FX thread, which refuses it. */
    AppWindow onDisk(DiskWork work) throws Exception {
        CompletableFuture.runAsync(() -> {
            try {
                work.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).get();
        return this;
    }

    /** Starts the app in {@code stage} on a new background thread: shows the window and opens the data. */
    AppContext start(Stage stage) {
        runner = new FxBackgroundRunner();
        context = new AppContext(folder(), around.apply(runner), clock, time, cues, play);
        beforeStart.accept(context);
        context.start(stage, onFatal);
        return context;
    }

    /** As the app's exit does: queued writes finish, then the data file and the lock are let go. Idempotent. */
    void exit() {
        if (runner != null) {
            runner.close();
        }
        if (context != null) {
            context.close();
        }
    }

    /** Exits, then reads the data file on the test thread, as the next start of the app would. */
    <T> T stored(Function<Storage, T> reading) {
        exit();
        return read(reading);
    }

    /** Reads the data file on the calling thread (not the FX thread) while the app may still have it open. */
    <T> T read(Function<Storage, T> reading) {
        try (Storage storage = openData()) {
            return reading.apply(storage);
        }
    }

    /** Opens the data file on the calling thread (not the FX thread), for the test to read or write and close. */
    Storage openData() {
        return Storage.open(folder(), clock, List::of);
    }

    Path data() {
        return data;
    }

    DataFolder folder() {
        return new DataFolder(data);
    }

    /** The app's own background runner, e.g. to wait until it has done what was asked of it. */
    FxBackgroundRunner runner() {
        return runner;
    }

    AppContext context() {
        return context;
    }

    /** Waits for the dialog the app opened and presses its button labelled {@code button}. */
    static void answer(FxRobot robot, String button) throws Exception {
        Waits.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.interact(() -> robot.lookup(".dialog-pane .button").match((Button b) -> button.equals(b.getText()))
                .queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void beforeEach(ExtensionContext extension) throws Exception {
        diskGuard.beforeEach(extension);
    }

    @Override
    public void afterEach(ExtensionContext extension) throws Exception {
        exit();
        try {
            diskGuard.afterEach(extension);
        } finally {
            delete();
        }
    }

    private void delete() throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
