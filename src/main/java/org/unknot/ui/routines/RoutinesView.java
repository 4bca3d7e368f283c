package org.unknot.ui.routines;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.collections.ListChangeListener;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.unknot.store.RoutineSummary;
import org.unknot.ui.common.Activatable;
import org.unknot.ui.common.EmptyState;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.Icons;
import org.unknot.ui.common.PageHeader;
import org.unknot.ui.common.Searchable;
import org.unknot.ui.common.Styles;
import org.unknot.ui.common.WordsOrIcons;
import org.unknot.ui.common.WriteAccess;

/** The routine library page. Routine files dropped on it are imported. */
public final class RoutinesView extends VBox implements Activatable, Searchable {

    /** Home and End, Page Up and Page Down: as far as the list goes. */
    private static final int MANY = 100_000;
    private static final FileChooser.ExtensionFilter ROUTINE_FILES =
            new FileChooser.ExtensionFilter("Routine files (*.json)", "*.json");

    private final RoutinesViewModel viewModel;
    private final ListView<RoutineSummary> list = new ListView<>();
    private final TextField search = new TextField();

    public RoutinesView(RoutinesViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        bind();
    }

    private void createView() {
        getStyleClass().add(Styles.PAGE);
        setId("routinesPage");
        list.setId("routineList");
        list.getStyleClass().add(Styles.CARD_LIST);
        RoutineList routines = viewModel.list();
        list.setCellFactory(view -> new RoutineCell(viewModel::history, routines::select));
        list.setPlaceholder(placeholder(routines));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                viewModel.start();
            }
        });
        // The keys that would move the list's own selection move the view model's instead.
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            int delta = switch (event.getCode()) {
                case UP -> -1;
                case DOWN -> 1;
                case PAGE_UP, HOME -> -MANY;
                case PAGE_DOWN, END -> MANY;
                default -> 0;
            };
            if (delta != 0) {
                routines.move(delta);
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                viewModel.start();
                event.consume();
            }
        });

        Button start = button("startButton", "Start", MaterialDesignP.PLAY, viewModel::start);
        start.getStyleClass().add("accent");
        start.setTooltip(new Tooltip("Open the player ready on the selected routine (or double-click it)"));
        search.setId("searchField");
        search.setPromptText("Search by name");
        search.setPrefColumnCount(18);
        HBox searchBox = new HBox(8, Icons.icon(MaterialDesignM.MAGNIFY, 20), search);
        searchBox.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button checkIn = button("checkInButton", "Daily check-in", MaterialDesignC.CALENDAR_CHECK_OUTLINE,
                viewModel::checkIn);
        checkIn.setTooltip(new Tooltip("Rate today's pain without a session"));
        // Short of room (a large text size, a small window) the check-in, then Start, keep only their icons.
        WordsOrIcons mainActions = new WordsOrIcons(12, List.of(checkIn, start), List.of(checkIn, start));
        mainActions.setAlignment(Pos.BOTTOM_RIGHT);
        PageHeader title = new PageHeader("Routines", "Pick a routine and press Start.");
        HBox header = new HBox(12, title, spacer, mainActions);
        header.setAlignment(Pos.BOTTOM_LEFT);

        Button create = button("newButton", "New", MaterialDesignP.PLUS, viewModel::create);
        Button edit = button("editButton", "Edit", MaterialDesignP.PENCIL_OUTLINE, viewModel::edit);
        Button duplicate = button("duplicateButton", "Duplicate", MaterialDesignC.CONTENT_COPY, viewModel::duplicate);
        Button rename = button("renameButton", "Rename", MaterialDesignR.RENAME_BOX, this::askRename);
        Button delete = button("deleteButton", "Delete", MaterialDesignD.DELETE_OUTLINE, viewModel::delete);
        Button importFiles = button("importButton", "Import", MaterialDesignF.FILE_IMPORT_OUTLINE, this::chooseImport);
        Button export = button("exportButton", "Export", MaterialDesignF.FILE_EXPORT_OUTLINE, this::chooseExport);

        // A file that cannot be written (damaged, read-only) turns off everything that writes, saying why.
        WriteAccess access = viewModel.writeAccess();
        BooleanExpression noSelection = routines.hasSelectionProperty().not();
        BooleanExpression readOnly = access.allowedProperty().not();
        export.disableProperty().bind(noSelection);
        for (Button writes : new Button[] {start, edit, duplicate, rename, delete}) {
            writes.disableProperty().bind(noSelection.or(readOnly));
        }
        create.disableProperty().bind(readOnly);
        importFiles.disableProperty().bind(readOnly);
        if (!access.allowed()) {
            for (Button writes : new Button[] {start, create, edit, duplicate, rename, delete, importFiles}) {
                writes.setTooltip(new Tooltip(access.reason()));
            }
        }
        // Two groups in one row; short of room the buttons keep only their icons, the rarely used ones first.
        HBox.setMargin(importFiles, new Insets(0, 0, 0, 16));
        WordsOrIcons toolbar = new WordsOrIcons(8, List.of(create, edit, duplicate, rename, delete, importFiles, export),
                List.of(rename, duplicate, export, importFiles, delete, edit, create));

        Label status = new Label();
        status.setId("libraryStatus");
        status.getStyleClass().add(Styles.MUTED);
        status.textProperty().bind(viewModel.statusProperty());
        // A long routine name wraps the sentence; the Undo beside it is never cut.
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        Button undo = new Button("Undo");
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.setId("undoDeleteButton");
        undo.visibleProperty().bind(viewModel.deletedProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(event -> viewModel.undoDelete());
        // After a delete the focus goes to Undo, so a stray Enter or Space brings the routine back (it used to land
        // on Import).
        viewModel.deletedProperty().addListener((observable, old, removed) -> {
            if (removed != null) {
                Platform.runLater(undo::requestFocus);
            }
        });
        HBox statusRow = new HBox(10, status, undo);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        statusRow.visibleProperty().bind(status.textProperty().isNotEmpty());
        statusRow.managedProperty().bind(statusRow.visibleProperty());

        getChildren().addAll(header, toolbar, searchBox,
                new ErrorBanner("routinesError", viewModel.errorMessageProperty()), statusRow, list);
    }

    /** The first-run message for an empty library, or what a search found nothing for with a way out. */
    private static StackPane placeholder(RoutineList routines) {
        EmptyState firstRun = new EmptyState(MaterialDesignF.FORMAT_LIST_BULLETED, "No routines here",
                "Press New to build one from timed steps with your foam roller, massager or cold ball, "
                        + "or Import a routine file.");
        firstRun.visibleProperty().bind(routines.emptyLibraryProperty());
        Label noMatch = new Label();
        noMatch.setId("noMatchText");
        noMatch.getStyleClass().add(Styles.EMPTY_TITLE);
        noMatch.textProperty().bind(routines.noMatchProperty());
        Button clear = new Button("Clear the search");
        clear.setId("clearSearchButton");
        clear.setOnAction(event -> routines.clearSearch());
        VBox searched = new VBox(12, Icons.icon(MaterialDesignM.MAGNIFY_CLOSE, 56), noMatch, clear);
        searched.getStyleClass().add(Styles.EMPTY_STATE);
        searched.setAlignment(Pos.CENTER);
        searched.visibleProperty().bind(routines.noMatchProperty().isNotEmpty());
        return new StackPane(firstRun, searched);
    }

    private void bind() {
        RoutineList routines = viewModel.list();
        list.setItems(routines.routines());
        search.textProperty().bindBidirectional(routines.queryProperty());
        // One way: the list shows the view model's selection, also after its items changed (which moves its own).
        routines.selectedProperty().addListener((observable, old, routine) -> showSelection());
        routines.routines().addListener((ListChangeListener<RoutineSummary>) change -> showSelection());
        viewModel.importReportProperty().addListener((observable, old, lines) -> {
            if (!lines.isEmpty()) {
                showImportReport(lines);
            }
        });
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        setOnDragDropped(event -> {
            boolean files = event.getDragboard().hasFiles();
            if (files) {
                importFiles(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(files);
            event.consume();
        });
    }

    private void showSelection() {
        RoutineSummary routine = viewModel.list().selectedProperty().get();
        int index = routine == null ? -1 : list.getItems().indexOf(routine);
        if (index < 0) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedIndex() != index) {
            list.getSelectionModel().clearAndSelect(index);
            list.scrollTo(Math.max(0, index - 2));
        }
    }

    @Override
    public void activate() {
        viewModel.load();
    }

    @Override
    public void deactivate() {
        viewModel.deactivate();
    }

    /** Imports routine files, as a drop on the page or the Import button does; a report follows. */
    public void importFiles(List<Path> files) {
        viewModel.importFiles(files);
    }

    private void askRename() {
        RoutineSummary routine = viewModel.list().selectedProperty().get();
        TextInputDialog dialog = new TextInputDialog(routine.name());
        dialog.setTitle("Rename");
        dialog.setHeaderText("A new name for \"" + routine.name() + "\"");
        dialog.getEditor().setId("renameField");
        dialog.initOwner(window());
        dialog.showAndWait().ifPresent(viewModel::rename);
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import routine files");
        chooser.getExtensionFilters().add(ROUTINE_FILES);
        List<File> files = chooser.showOpenMultipleDialog(window());
        if (files != null) {
            importFiles(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseExport() {
        RoutineSummary routine = viewModel.list().selectedProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export \"" + routine.name() + "\"");
        chooser.getExtensionFilters().add(ROUTINE_FILES);
        chooser.setInitialFileName(routine.name().replaceAll("[^\\p{L}\\p{N} _-]", "").strip() + ".json");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            Path target = file.toPath();
            viewModel.exportTo(target);
        }
    }

    private void showImportReport(List<String> lines) {
        Alert report = new Alert(Alert.AlertType.INFORMATION, String.join("\n\n", lines), ButtonType.OK);
        report.setHeaderText("Import");
        report.getDialogPane().setPrefWidth(620);
        report.initOwner(window());
        report.showAndWait();
        viewModel.dismissImportReport();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static Button button(String id, String text, Ikon icon, Runnable action) {
        Button button = new Button(text, Icons.icon(icon, 18));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
