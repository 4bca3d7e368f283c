package org.unknot.app;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
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
import org.unknot.domain.HealthProfile;
import org.unknot.domain.RedFlagReason;
import org.unknot.domain.PlayerSettings;
import org.unknot.domain.TextSize;
import org.unknot.domain.Theme;
import org.unknot.files.BodyMap;
import org.unknot.files.BodyMapFile;
import org.unknot.files.StarterRoutines;
import org.unknot.session.MonotonicClock;
import org.unknot.store.Backups;
import org.unknot.store.DataFolder;
import org.unknot.store.HealthProfileStore;
import org.unknot.store.InstanceLock;
import org.unknot.store.MedicineStore;
import org.unknot.store.Storage;
import org.unknot.store.StoredRoutine;
import org.unknot.ui.body.BodyMapSource;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.Dialogs;
import org.unknot.ui.common.ErrorMessages;
import org.unknot.ui.common.FolderOpener;
import org.unknot.ui.common.TextClipboard;
import org.unknot.ui.common.FxDialogs;
import org.unknot.ui.common.SaveChooser;
import org.unknot.ui.common.TextScale;
import org.unknot.ui.common.PlainFailure;
import org.unknot.ui.common.ThemeSwitcher;
import org.unknot.ui.common.WriteAccess;
import org.unknot.ui.editor.EditorView;
import org.unknot.ui.editor.EditorViewModel;
import org.unknot.ui.history.HistoryView;
import org.unknot.ui.history.HistoryViewModel;
import org.unknot.ui.history.PatientDialog;
import org.unknot.ui.player.CueOutput;
import org.unknot.ui.player.PlayerView;
import org.unknot.ui.player.PlayerViewModel;
import org.unknot.ui.player.UnfinishedSession;
import org.unknot.ui.profile.HealthProfileOffer;
import org.unknot.ui.profile.HealthProfileOfferView;
import org.unknot.ui.profile.HealthProfileViewModel;
import org.unknot.ui.routines.RoutinesView;
import org.unknot.ui.routines.RoutinesViewModel;
import org.unknot.ui.safety.RedFlagCheckMode;
import org.unknot.ui.safety.RedFlagReminder;
import org.unknot.ui.safety.RedFlagReminderBanner;
import org.unknot.ui.safety.SafetyView;
import org.unknot.ui.safety.SafetyViewModel;
import org.unknot.ui.settings.BackupsViewModel;
import org.unknot.ui.settings.DataFolderViewModel;
import org.unknot.ui.settings.MedicinesViewModel;
import org.unknot.ui.settings.SettingsView;
import org.unknot.ui.settings.SettingsViewModel;
import org.unknot.ui.settings.TextSizeViewModel;
import org.unknot.ui.shell.GlobalKeys;
import org.unknot.ui.shell.Page;
import org.unknot.ui.shell.ShellView;
import org.unknot.ui.shell.ShellViewModel;

/**
 * The composition root: builds the stores, view models and views by hand and decides what the window shows —
 * first the data opening, then the safety screen until it is acknowledged, then the pages or the player.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    static final String ICON = "/org/unknot/assets/icons/unknot-%d.png";

    private final DataFolder folder;
    private final BackgroundRunner runner;
    private final Clock clock;
    private final MonotonicClock monotonic;
    private final Supplier<CueOutput> cueOutput;
    private final Optional<String> playOnStart;
    private final StackPane root = new StackPane();
    private final ShellViewModel shellModel = new ShellViewModel();
    /** What is open, let go at the end however the app ends; see {@link #close()}. */
    private final Lifetime lifetime = new Lifetime();
    private final Dialogs dialogs = new FxDialogs(() -> this.stage);
    /** True while the player shows a session; restoring a backup waits for it to end. */
    private final BooleanProperty sessionRunning = new SimpleBooleanProperty(false);
    private Stage stage;
    private Runnable onFatal;
    private volatile Opened opened;
    /** The data opened again after a backup was restored (or restoring failed), for the FX thread to show. */
    private volatile Opened reopened;
    private BackupsViewModel backups;
    private RoutinesViewModel routines;
    private ShellView shell;
    private PlayerView player;
    private PlayerViewModel playing;
    private EditorView editor;
    private HistoryView history;
    /** The text size in force; null until the data is open. */
    private TextSizeViewModel textSize;
    private volatile BodyMap bodyMap;
    /** The same body map for the area pickers after a session and at a check-in. */
    private final BodyMapSource bodyMaps;
    /** The red-flag questions over the window; the one entry point view models are given to ask them. */
    private final RedFlagCheckMode redFlags;
    private RedFlagReminder redFlagReminder;
    private SaveChooser saveChooser = SaveChooser.SYSTEM;
    private FolderOpener folderOpener = FolderOpener.SYSTEM;

    /**
     * @param cueOutput   makes the sound and speech output; called once, off the FX thread
     * @param playOnStart the routine {@code --play} names, opened in the player after start-up
     */
    public AppContext(DataFolder folder, BackgroundRunner runner, Clock clock, MonotonicClock monotonic,
                      Supplier<CueOutput> cueOutput, Optional<String> playOnStart) {
        this.folder = folder;
        this.runner = runner;
        this.clock = clock;
        this.monotonic = monotonic;
        this.cueOutput = cueOutput;
        this.playOnStart = playOnStart;
        this.redFlags = new RedFlagCheckMode(root, () -> opened.storage().redFlags(), runner, clock);
        this.bodyMaps = new BodyMapSource(runner, this::bodyMap);
    }

    /** For window tests, before {@link #start}: what answers History's save dialogs and opens a folder. */
    void replaceFileDialogs(SaveChooser chooser, FolderOpener opener) {
        this.saveChooser = chooser;
        this.folderOpener = opener;
    }

    /** Shows the window at once and opens the data file in the background; {@code onFatal} ends the app. */
    public void start(Stage stage, Runnable onFatal) {
        this.stage = stage;
        this.onFatal = onFatal;
        ThemeSwitcher.apply(Theme.LIGHT);
        root.setId("mainRoot");
        VBox opening = openingView();
        root.getChildren().setAll(opening);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(ThemeSwitcher.appStylesheet());
        stage.setTitle("Unknot");
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            stage.getIcons().add(new Image(AppContext.class.getResource(String.format(ICON, size)).toExternalForm()));
        }
        stage.setScene(scene);
        GlobalKeys.install(stage, root, () -> textSize);
        WindowSize.apply(stage, Screen.getPrimary().getVisualBounds());
        stage.setOnCloseRequest(event -> {
            if (playing != null && !playing.mayCloseWindow(stage::close)
                    || editor != null && !editor.mayLeave(stage::close)
                    || shell != null && !shellModel.mayLeave(stage::close)) {
                event.consume();
            }
        });
        stage.show();
        // the spinner's skin and animation are not needed for the window's first frame
        Platform.runLater(() -> opening.getChildren().add(0, spinner()));
        runner.run(this::openData, data -> {
            try {
                showOpened(data);
            } catch (RuntimeException failure) {
                fatal(failure);
            }
        }, this::fatal);
    }

    private void fatal(Throwable failure) {
        close();
        LOG.error("Unknot could not open its data", failure);
        Alert alert = new Alert(Alert.AlertType.ERROR, ErrorMessages.plain(failure));
        alert.setHeaderText("Unknot cannot open your data");
        alert.getDialogPane().setPrefWidth(560);
        alert.initOwner(stage);
        alert.showAndWait();
        onFatal.run();
    }

    private Opened openData() {
        folder.prepare();
        Logs.writeTo(folder.createLogs());
        try {
            lifetime.hold(InstanceLock.acquire(folder));
            return openStorage(() -> lifetime.hold(cueOutput.get()), playOnStart);
        } catch (RuntimeException | Error e) {
            // what was opened before the failure is let go here, off the FX thread
            close();
            throw e;
        }
    }

    /**
     * Opens the data file (the instance lock held), then the sound and speech, and reads what the first page needs;
     * off the FX thread.
     */
    private Opened openStorage(Supplier<CueOutput> sound, Optional<String> playName) {
        Storage storage = lifetime.hold(Storage.open(folder, clock, StarterRoutines::load));
        CueOutput cues = sound.get();
        int interrupted = storage.readOnly() ? 0 : storage.sessions().markInterrupted();
        // no session is started on a file that cannot be written
        Optional<StoredRoutine> play = storage.readOnly() ? Optional.empty()
                : playName.flatMap(storage.routines()::findByName);
        return new Opened(storage, cues, storage.settings().theme(), storage.settings().textSize(),
                storage.settings().safetyAcknowledgedAt().isPresent(), interrupted,
                play, storage.settings().playerSettings(), storage.readOnly() ? newestGoodBackup() : Optional.empty(),
                play.isPresent() ? storage.healthProfile().read() : HealthProfile.NONE);
    }

    private Optional<LocalDate> newestGoodBackup() {
        try {
            return Backups.describe(folder).stream().filter(Backups.Copy::good).map(Backups.Copy::day).findFirst();
        } catch (RuntimeException unreadable) {
            LOG.warn("The backups could not be listed", unreadable);
            return Optional.empty();
        }
    }

    /**
     * Off the FX thread, queued after the writes before it: lets go of the data file, puts the backup in place and
     * opens the data again — the previous file when restoring failed — for {@link #showRestored} to show.
     */
    private Backups.Restored restoreBackup(LocalDate day) {
        Opened before = opened;
        reopened = null;
        lifetime.release(before.storage());
        try {
            return Backups.restore(folder, Optional.of(day), clock);
        } finally {
            reopened = openStorage(before::cues, Optional.empty());
        }
    }

    /** On the FX thread after {@link #restoreBackup}: the pages again, as at start-up, with {@code notice} above. */
    private void showRestored(String notice) {
        Opened data = reopened;
        if (data == null) {
            fatal(new PlainFailure(notice, null));
            return;
        }
        showOpened(data);
        shellModel.tell(notice);
    }

    private void showOpened(Opened data) {
        opened = data;
        ThemeSwitcher.apply(data.theme());
        TextScale.apply(root, data.textSize());
        textSize = new TextSizeViewModel(data.storage().settings(), runner, data.textSize(),
                size -> TextScale.apply(root, size));
        // The pages are built when first shown (showShell): a first run's safety screen and a --play session come
        // up without waiting for them.
        shell = null;
        if (data.interrupted() > 0) {
            shellModel.tell(data.interrupted() == 1
                    ? "Your last session was interrupted when Unknot closed unexpectedly. What you did is kept in History."
                    : data.interrupted() + " sessions were interrupted when Unknot closed unexpectedly. What you did "
                    + "is kept in History.");
        }
        // A stray WAL moved aside; a damaged or read-only file has its own banner on every page.
        data.storage().notices().stream().findFirst().ifPresent(shellModel::tell);
        // the banner offering the backup is on the pages, so they are built by the time it is clicked
        shellModel.readOnly(data.storage().readOnlyReason(),
                data.newestGoodBackup().map(day -> () -> backups.restore(day)));
        Runnable afterSafety = () -> data.play().ifPresentOrElse(
                routine -> showPlayer(routine, data.playerSettings(), data.profile()), this::showShell);
        if (data.safetyAcknowledged()) {
            afterSafety.run();
        } else {
            // the profile offered on the first run may change what the --play routine's ready screen says
            showSafety(() -> offerHealthProfile(() -> data.play().ifPresentOrElse(
                    routine -> openPlayer(routine.id()), this::showShell)));
        }
        // Queued after the first page's own loading, so the copy never delays what the user sees.
        Backups backups = new Backups(folder, data.storage().database(), clock);
        runner.run(backups::backUpIfDue, made -> made.ifPresent(file -> LOG.info("Backed up to {}", file)),
                failure -> LOG.warn("The daily backup failed", failure));
        bodyMaps.load();
    }

    private ShellView buildShell(Opened data) {
        Storage storage = data.storage();
        SettingsViewModel settings = new SettingsViewModel(storage.settings(), runner, data.theme(),
                ThemeSwitcher::apply, clock.getZone(), () -> showSafety(this::showShell), data.cues());
        WriteAccess access = WriteAccess.of(storage.readOnlyReason());
        backups = new BackupsViewModel(folder, new Backups(folder, storage.database(), clock), runner, dialogs,
                new BackupsViewModel.Restorer() {
                    @Override
                    public Backups.Restored restore(LocalDate day) {
                        return restoreBackup(day);
                    }

                    @Override
                    public void showAgain(String notice) {
                        showRestored(notice);
                    }
                }, access, sessionRunning);
        HistoryViewModel historyModel = new HistoryViewModel(storage.sessions(), storage.pain(), runner, clock, dialogs,
                access);
        historyModel.setSafetyQuestions(() -> redFlags.ask(RedFlagReason.WORSENING));
        historyModel.setRedFlagAnswers(() -> storage.redFlags().lastCheck());
        historyModel.setHealthProfile(() -> storage.healthProfile().read());
        historyModel.setFolderOpener(folderOpener);
        historyModel.setReportPatient(storage.settings(), new PatientDialog(() -> stage));
        history = new HistoryView(historyModel, saveChooser, bodyMaps);
        routines = new RoutinesViewModel(storage.routines(), runner, clock, dialogs, navigation(), access,
                storage.healthProfile());
        Map<Page, Node> pages = Map.of(
                Page.ROUTINES, new RoutinesView(routines),
                Page.HISTORY, history,
                Page.SETTINGS, new SettingsView(settings, backups,
                        new DataFolderViewModel(folder.path(), runner, folderOpener, TextClipboard::put), textSize,
                        new MedicinesViewModel(new MedicineStore(storage.database()), runner, clock, access),
                        new HealthProfileViewModel(storage.healthProfile(), runner, true)));
        ShellView built = new ShellView(shellModel, pages);
        shellModel.routineCommands(routines::create, routines::edit);
        redFlagReminder = new RedFlagReminder(storage.redFlags(), storage.settings(), runner, clock, access, redFlags);
        built.addBanner(new RedFlagReminderBanner(redFlagReminder));
        return built;
    }

    private void showSafety(Runnable then) {
        SafetyView safety = new SafetyView(new SafetyViewModel(opened.storage().settings(), runner, clock, then));
        root.getChildren().setAll(safety);
        safety.focusAcknowledge();
    }

    /** Once, after the first-run safety screen: the health profile, with Save and Skip; then {@code then}. */
    private void offerHealthProfile(Runnable then) {
        HealthProfileStore profiles = opened.storage().healthProfile();
        runner.run(profiles::offered, offered -> {
            if (offered) {
                then.run();
                return;
            }
            HealthProfileOffer offer = new HealthProfileOffer(profiles, runner, then);
            HealthProfileOfferView view = new HealthProfileOfferView(offer);
            root.getChildren().setAll(view);
            offer.form().load();
            view.focusSave();
        }, failure -> then.run());
    }

    private void showShell() {
        if (shell == null) {
            shell = buildShell(opened);
        }
        root.getChildren().setAll(shell);
        shell.refresh();
        redFlagReminder.refresh();
    }

    private RoutinesViewModel.Navigation navigation() {
        return new RoutinesViewModel.Navigation() {
            // The page shown is left as when going to another page: asking first when it has unsaved changes.
            @Override
            public void play(long routineId) {
                shellModel.leaveThen(() -> openPlayer(routineId));
            }

            @Override
            public void edit(long routineId) {
                shellModel.leaveThen(() -> openEditor(Optional.of(routineId)));
            }

            @Override
            public void create() {
                shellModel.leaveThen(() -> openEditor(Optional.empty()));
            }

            @Override
            public void checkIn() {
                shellModel.show(Page.HISTORY);
                history.openCheckIn();
            }
        };
    }

    /** Loads the routine (if any) and the body map in the background, then opens the editor on it. */
    private void openEditor(Optional<Long> routineId) {
        Storage storage = opened.storage();
        runner.run(() -> new EditorStart(routineId.flatMap(storage.routines()::find), bodyMap(),
                        storage.healthProfile().read()),
                start -> {
                    if (routineId.isPresent() && start.routine().isEmpty()) {
                        shell.refresh();
                        return;
                    }
                    editor = new EditorView(new EditorViewModel(start.routine(), storage.routines(), runner,
                            dialogs, this::closeEditor, start.profile()), start.bodyMap());
                    root.getChildren().setAll(editor);
                },
                failure -> shellModel.tell(ErrorMessages.plain(failure)));
    }

    /** The body map, read from the jar once, on the background thread. */
    private BodyMap bodyMap() throws IOException {
        if (bodyMap == null) {
            bodyMap = BodyMapFile.load();
        }
        return bodyMap;
    }

    private void closeEditor(Optional<Long> routineId) {
        if (editor != null) {
            editor.dispose();
            editor = null;
        }
        shellModel.show(Page.ROUTINES);
        showShell();
        routineId.ifPresent(routines::select);
    }

    /** Loads the routine and the player settings in the background, then opens the player ready on it. */
    private void openPlayer(long routineId) {
        Storage storage = opened.storage();
        runner.run(() -> new PlayerStart(storage.routines().find(routineId), storage.settings().playerSettings(),
                        storage.healthProfile().read()),
                start -> start.routine().ifPresentOrElse(routine -> showPlayer(routine, start.settings(),
                                start.profile()),
                        this::showShell),
                failure -> shellModel.tell(ErrorMessages.plain(failure)));
    }

    private void showPlayer(StoredRoutine routine, PlayerSettings settings, HealthProfile profile) {
        Storage storage = opened.storage();
        playing = new PlayerViewModel(routine, storage.sessions(), storage.pain(), runner,
                opened.cues(), settings, monotonic, clock, dialogs, () -> closePlayer(routine.id()), redFlags, profile);
        lifetime.playing(playing.unfinished());
        sessionRunning.set(true);
        player = new PlayerView(playing, bodyMaps);
        root.getChildren().setAll(player);
        player.requestFocus();
    }

    private void closePlayer(long routineId) {
        if (player != null) {
            player.dispose();
            player = null;
        }
        playing = null;
        lifetime.playing(UnfinishedSession.NONE);
        sessionRunning.set(false);
        shellModel.show(Page.ROUTINES);
        showShell();
        routines.select(routineId);
    }

    private static VBox openingView() {
        VBox box = new VBox(16, new Label("Opening your routines…"));
        box.setId("openingView");
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private static Node spinner() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        return progress;
    }

    /**
     * The end, however it comes (the window closing, start-up failing, a TERM): writes the session under way as
     * interrupted, then closes the sound and speech, the data file and the instance lock. Call after the background
     * runner has let its queued writes finish. Any thread, more than once; never waits for the FX thread.
     */
    @Override
    public void close() {
        lifetime.close();
    }

    private record Opened(Storage storage, CueOutput cues, Theme theme, TextSize textSize, boolean safetyAcknowledged,
                          int interrupted, Optional<StoredRoutine> play, PlayerSettings playerSettings,
                          Optional<LocalDate> newestGoodBackup, HealthProfile profile) {
    }

    private record EditorStart(Optional<StoredRoutine> routine, BodyMap bodyMap, HealthProfile profile) {
    }

    private record PlayerStart(Optional<StoredRoutine> routine, PlayerSettings settings, HealthProfile profile) {
    }
}
