package org.unknot.ui.history;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.unknot.domain.SessionRecord;
import org.unknot.ui.body.BodyMapSource;
import org.unknot.ui.common.Activatable;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.FirstArrow;
import org.unknot.ui.common.Icons;
import org.unknot.ui.common.Layouts;
import org.unknot.ui.common.LeaveGuard;
import org.unknot.ui.common.PageHeader;
import org.unknot.ui.common.SaveChooser;
import org.unknot.ui.common.Styles;
import org.unknot.ui.common.WordsOrIcons;

/** The history page: today's check-in, the sessions of a range with filters, their charts and insights, exports. */
public final class HistoryView extends VBox implements Activatable, LeaveGuard {

    private static final FileChooser.ExtensionFilter CSV = new FileChooser.ExtensionFilter("CSV files (*.csv)", "*.csv");
    private static final FileChooser.ExtensionFilter PDF = new FileChooser.ExtensionFilter("PDF files (*.pdf)", "*.pdf");
    /** The tab of sessions shows a header and about three rows at the least. */
    private static final double TABS_MIN_HEIGHT = 260;

    private final HistoryViewModel viewModel;
    private final TableView<SessionRecord> table = new TableView<>();
    private final HistoryCharts charts = new HistoryCharts();
    private final VBox insights = new VBox(10);
    private final HBox body = new HBox(16);
    private final CheckInViewModel checkIn;
    private final CheckInCard checkInCard;
    private final PegViewModel peg;
    private final SaveChooser chooser;
    private final BodyMapSource maps;

    /** @param chooser asks where to save an export; window tests answer without a real dialog */
    public HistoryView(HistoryViewModel viewModel, SaveChooser chooser) {
        this(viewModel, chooser, BodyMapSource.NONE);
    }

    /** @param maps the body map on which today's and past check-ins' areas are chosen */
    public HistoryView(HistoryViewModel viewModel, SaveChooser chooser, BodyMapSource maps) {
        this.viewModel = viewModel;
        this.chooser = chooser;
        this.maps = maps;
        this.checkIn = viewModel.checkIn();
        this.peg = viewModel.peg();
        this.checkInCard = new CheckInCard(checkIn, new PegPane(peg), maps);
        createView();
        bind();
    }

    private void createView() {
        setId("historyPage");

        Button csv = new Button("Export CSV", Icons.icon(MaterialDesignF.FILE_DELIMITED_OUTLINE, 18));
        csv.setId("exportCsvButton");
        csv.setOnAction(event -> save(viewModel.csvFileName(), CSV, viewModel::exportCsv));
        Button report = new Button("Report for my doctor (PDF)", Icons.icon(MaterialDesignF.FILE_PDF_BOX, 18));
        report.setId("reportButton");
        report.getStyleClass().add("accent");
        report.setOnAction(event -> saveReport());
        Button clear = new Button("All sessions");
        clear.setId("clearFiltersButton");
        clear.setOnAction(event -> viewModel.clearFilters());
        HistoryFilterBar filters = new HistoryFilterBar(viewModel);
        // At a large text size in a narrow window the exports keep only their icons, the CSV first.
        WordsOrIcons exports = new WordsOrIcons(12, List.of(csv, report), List.of(csv, report));
        // the room a squeezed row leaves goes to the left of the buttons: they stay at the page's right edge
        exports.setAlignment(Pos.BOTTOM_RIGHT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        PageHeader title = new PageHeader("History", "Sessions, pain and what helps.");
        HBox.setHgrow(title, Priority.SOMETIMES);
        HBox header = new HBox(12, title, gap, exports);
        header.setAlignment(Pos.BOTTOM_LEFT);

        Label message = new Label();
        message.setId("historyMessage");
        message.textProperty().bind(viewModel.messageProperty());
        Button undo = new Button("Undo");
        undo.setId("undoDeleteButton");
        undo.visibleProperty().bind(viewModel.deletedProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(event -> viewModel.undoDelete());
        Label count = new Label();
        count.setId("sessionCount");
        count.getStyleClass().add(Styles.MUTED);
        count.textProperty().bind(viewModel.countProperty());
        Button openFolder = new Button("Open folder");
        openFolder.setId("openExportFolderButton");
        openFolder.visibleProperty().bind(viewModel.folderOfferedProperty());
        openFolder.managedProperty().bind(openFolder.visibleProperty());
        openFolder.setOnAction(event -> viewModel.openExportFolder());
        HBox status2 = new HBox(10, count, clear, message, undo, openFolder);
        status2.setAlignment(Pos.CENTER_LEFT);

        table.setId("sessionTable");
        Label empty = new Label("No sessions in this range. Each routine you follow is kept here with your "
                + "pain before and after.");
        empty.setWrapText(true);
        empty.setPadding(new Insets(16));
        table.setPlaceholder(empty);
        SessionColumns.install(table, viewModel.zone());
        table.setItems(viewModel.sessions());
        FirstArrow.install(table);
        HBox.setHgrow(table, Priority.ALWAYS);
        body.getChildren().setAll(table);
        VBox.setVgrow(body, Priority.ALWAYS);

        insights.setId("insightsList");
        // Room between the sentences and the tab's edges and scroll bar.
        insights.setPadding(new Insets(10, 18, 10, 4));
        Tab checkInsTab = new Tab("Check-ins", new CheckInsView(viewModel.checkIns(), maps));
        checkInsTab.setId("checkInsTabHeader");
        TabPane tabs = new TabPane(new Tab("Sessions", body), new Tab("Charts", Layouts.scrolling(charts)),
                new Tab("What helps", Layouts.scrolling(insights)), checkInsTab);
        tabs.setId("historyTabs");
        TabRoom.install(tabs);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Leaving the check-ins with unsaved corrections asks first; Cancel stays on them.
        tabs.getSelectionModel().selectedItemProperty().addListener((observable, old, tab) -> {
            if (old == checkInsTab && !viewModel.checkIns().mayLeave(() -> tabs.getSelectionModel().select(tab))) {
                tabs.getSelectionModel().select(checkInsTab);
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);

        VerdictBox verdict = new VerdictBox(viewModel.verdictProperty(), viewModel::askSafetyQuestions,
                this::saveReport);
        // The sessions keep room for a few rows: in a short window the page scrolls rather than squeeze them away.
        tabs.setMinHeight(TABS_MIN_HEIGHT);
        VBox page = new VBox(14, header, checkInCard, verdict, filters,
                new ErrorBanner("historyError", viewModel.errorMessageProperty()), status2, tabs);
        page.getStyleClass().add(Styles.PAGE);
        ScrollPane scroll = Layouts.scrolling(page);
        scroll.setId("historyScroll");
        scroll.setFitToHeight(true);
        getChildren().add(scroll);
    }

    private void bind() {
        table.setRowFactory(view -> {
            TableRow<SessionRecord> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.opened().open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                viewModel.opened().open(table.getSelectionModel().getSelectedItem());
            }
        });
        viewModel.opened().detailProperty().addListener((observable, old, detail) -> showDetail(detail));
        // Esc from anywhere in an opened session goes back to the list, asking first when corrections would be lost.
        body.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && viewModel.opened().detailProperty().get() != null) {
                event.consume();
                viewModel.opened().close();
            }
        });
        viewModel.insightsProperty().addListener((observable, old, report) -> {
            if (report != null) {
                charts.show(report);
            }
        });
        viewModel.whatHelps().addListener((ListChangeListener<String>) change -> showWhatHelps());
    }

    private void showWhatHelps() {
        insights.getChildren().setAll(viewModel.whatHelps().stream().map(text -> {
            Label label = new Label("•  " + text);
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            return label;
        }).toList());
    }

    /** Asks who the report is for, then where to save it. */
    private void saveReport() {
        viewModel.askReportPatient(patient -> save(viewModel.reportFileName(), PDF,
                file -> viewModel.exportReport(file, patient)));
    }

    /** Shows an opened session in place of the list; null shows the list. */
    private void showDetail(SessionDetailViewModel detail) {
        if (detail == null) {
            body.getChildren().setAll(table);
            table.requestFocus();
            return;
        }
        OpenedSession opened = viewModel.opened();
        SessionDetailPane pane = new SessionDetailPane(detail, opened::save,
                () -> viewModel.delete(detail.session()), opened::close);
        HBox.setHgrow(pane, Priority.ALWAYS);
        ScrollPane scroll = Layouts.scrolling(pane);
        scroll.setId("detailScroll");
        body.getChildren().setAll(scroll);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        // the keyboard follows into the session, where Tab reaches its fields and Esc goes back
        scroll.requestFocus();
    }

    /** Asks where to save, starting in the documents folder, and hands the chosen file to {@code export}. */
    private void save(String name, FileChooser.ExtensionFilter type, Consumer<Path> export) {
        viewModel.withExportFolder(folder -> chooser.choose(getScene().getWindow(), folder, name, type)
                .ifPresent(export));
    }

    /** Asks before today's check-in or unsaved corrections of an opened session or of a past check-in are lost. */
    @Override
    public boolean mayLeave(Runnable afterSave) {
        return checkIn.mayLeave(afterSave) && peg.mayLeave(afterSave) && viewModel.opened().mayLeave(afterSave)
                && viewModel.checkIns().mayLeave(afterSave);
    }

    /** Opens today's check-in, as the Routines page's "Daily check-in" does. */
    public void openCheckIn() {
        checkInCard.setExpanded(true);
    }

    @Override
    public void activate() {
        viewModel.activate();
        checkIn.load();
        peg.load();
    }

    @Override
    public void deactivate() {
        viewModel.deactivate();
    }
}
