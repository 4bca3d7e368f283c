package org.unknot.app;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unknot.domain.Theme;
import org.unknot.files.StarterRoutines;
import org.unknot.store.Backups;
import org.unknot.store.DataFolder;
import org.unknot.store.InstanceLock;
import org.unknot.store.Storage;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.ErrorMessages;
import org.unknot.ui.common.ThemeSwitcher;
import org.unknot.ui.history.HistoryView;
import org.unknot.ui.history.HistoryViewModel;
import org.unknot.ui.routines.RoutinesView;
import org.unknot.ui.routines.RoutinesViewModel;
import org.unknot.ui.safety.SafetyView;
import org.unknot.ui.safety.SafetyViewModel;
import org.unknot.ui.settings.SettingsView;
import org.unknot.ui.settings.SettingsViewModel;
import org.unknot.ui.shell.Page;
import org.unknot.ui.shell.ShellView;
import org.unknot.ui.shell.ShellViewModel;

/**
 * The composition root: builds the stores, view models and views by hand and decides what the window shows —
 * first the data opening, then the safety screen until it is acknowledged, then the pages.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    static final String ICON = "/org/unknot/assets/icons/unknot-%d.png";

    private final DataFolder folder;
    private final BackgroundRunner runner;
    private final Clock clock;
    private final StackPane root = new StackPane();
    private Opened opened;
    private ShellView shell;

    public AppContext(DataFolder folder, BackgroundRunner runner, Clock clock) {
        this.folder = folder;
        this.runner = runner;
        this.clock = clock;
    }

    /** Shows the window at once and opens the data file in the background; {@code onFatal} ends the app. */
    public void start(Stage stage, Runnable onFatal) {
        ThemeSwitcher.apply(Theme.LIGHT);
        root.setId("mainRoot");
        root.getChildren().setAll(openingView());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1100, screen.getWidth() * 0.9), Math.min(760, screen.getHeight() * 0.9));
        scene.getStylesheets().add(ThemeSwitcher.appStylesheet());
        stage.setTitle("Unknot");
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            stage.getIcons().add(new Image(AppContext.class.getResource(String.format(ICON, size)).toExternalForm()));
        }
        stage.setMinWidth(760);
        stage.setMinHeight(540);
        stage.setScene(scene);
        stage.show();
        runner.run(this::openData, this::showOpened, failure -> {
            LOG.error("Unknot could not open its data", failure);
            Alert alert = new Alert(Alert.AlertType.ERROR, ErrorMessages.plain(failure));
            alert.setHeaderText("Unknot cannot open your data");
            alert.getDialogPane().setPrefWidth(560);
            alert.initOwner(stage);
            alert.showAndWait();
            onFatal.run();
        });
    }

    private Opened openData() {
        folder.prepare();
        Logs.writeTo(folder.logs());
        InstanceLock lock = InstanceLock.acquire(folder);
        try {
            Storage storage = Storage.open(folder, clock, StarterRoutines::load);
            return new Opened(lock, storage, storage.settings().theme(),
                    storage.settings().safetyAcknowledgedAt().isPresent());
        } catch (RuntimeException e) {
            try {
                lock.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private void showOpened(Opened data) {
        opened = data;
        ThemeSwitcher.apply(data.theme());
        shell = buildShell(data);
        if (data.safetyAcknowledged()) {
            showShell();
        } else {
            showSafety();
        }
        // Queued after the first page's own loading, so the copy never delays what the user sees.
        Backups backups = new Backups(folder, data.storage().database(), clock);
        runner.run(backups::backUpIfDue, made -> made.ifPresent(file -> LOG.info("Backed up to {}", file)),
                failure -> LOG.warn("The daily backup failed", failure));
    }

    private ShellView buildShell(Opened data) {
        Storage storage = data.storage();
        SettingsViewModel settings = new SettingsViewModel(storage.settings(), runner, data.theme(),
                ThemeSwitcher::apply, folder.path().toString(), this::showSafety);
        Map<Page, Node> pages = Map.of(
                Page.ROUTINES, new RoutinesView(new RoutinesViewModel(storage.routines(), runner)),
                Page.HISTORY, new HistoryView(new HistoryViewModel(storage.sessions(), runner)),
                Page.SETTINGS, new SettingsView(settings));
        return new ShellView(new ShellViewModel(), pages);
    }

    private void showSafety() {
        SafetyView safety = new SafetyView(new SafetyViewModel(opened.storage().settings(), runner, clock,
                this::showShell));
        root.getChildren().setAll(safety);
        safety.focusAcknowledge();
    }

    private void showShell() {
        root.getChildren().setAll(shell);
        shell.refresh();
    }

    private static Node openingView() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        VBox box = new VBox(16, progress, new Label("Opening your routines…"));
        box.setId("openingView");
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** Releases the data file and the single-instance lock; call after background work has finished. */
    @Override
    public void close() {
        if (opened == null) {
            return;
        }
        opened.storage().close();
        try {
            opened.lock().close();
        } catch (IOException e) {
            LOG.warn("Releasing the instance lock failed", e);
        }
        opened = null;
    }

    private record Opened(InstanceLock lock, Storage storage, Theme theme, boolean safetyAcknowledged) {
    }
}
