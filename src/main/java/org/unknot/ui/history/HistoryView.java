package org.unknot.ui.history;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.unknot.domain.PainScore;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Tool;
import org.unknot.ui.common.Activatable;
import org.unknot.ui.common.Durations;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.Layouts;
import org.unknot.ui.common.PageHeader;
import org.unknot.ui.common.Styles;

/** The history page: today's check-in, the sessions of a range with filters, their charts and insights, exports. */
public final class HistoryView extends VBox implements Activatable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** Days as 2026-11-22; text that is not a date becomes no date, which the page then asks to fix. */
    private static final StringConverter<LocalDate> DAYS = new StringConverter<>() {
        @Override
        public String toString(LocalDate day) {
            return day == null ? "" : day.toString();
        }

        @Override
        public LocalDate fromString(String text) {
            try {
                return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    };

    private final HistoryViewModel viewModel;
    private final TableView<SessionRecord> table = new TableView<>();
    private final HistoryCharts charts = new HistoryCharts();
    private final VBox insights = new VBox(10);
    private final HBox body = new HBox(16);
    private final CheckInViewModel checkIn;
    private final CheckInCard checkInCard;

    public HistoryView(HistoryViewModel viewModel) {
        this.viewModel = viewModel;
        this.checkIn = viewModel.checkIn();
        this.checkInCard = new CheckInCard(checkIn);
        createView();
        bind();
    }

    private void createView() {
        getStyleClass().add(Styles.PAGE);
        setId("historyPage");
        setSpacing(14);

        DatePicker from = new DatePicker();
        from.setId("fromDate");
        from.setConverter(DAYS);
        from.setPromptText("YYYY-MM-DD");
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("toDate");
        to.setConverter(DAYS);
        to.setPromptText("YYYY-MM-DD");
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        ComboBox<String> routine = choice("routineFilter", "All routines", Function.identity());
        // "All routines" is the empty choice at the top of the names of the routines played.
        viewModel.routineNames().addListener((ListChangeListener<String>) change -> {
            String chosen = routine.getValue();
            List<String> items = new ArrayList<>();
            items.add(null);
            items.addAll(viewModel.routineNames());
            routine.getItems().setAll(items);
            routine.setValue(chosen);
        });
        routine.valueProperty().bindBidirectional(viewModel.routineProperty());
        ComboBox<Tool> tool = choice("toolFilter", "All tools", Tool::label);
        tool.getItems().add(null);
        tool.getItems().addAll(Tool.FOAM_ROLLER, Tool.HANDHELD_MASSAGER, Tool.COLD_BALL);
        tool.valueProperty().bindBidirectional(viewModel.toolProperty());
        ComboBox<SessionStatus> status = choice("statusFilter", "Any status", SessionStatus::label);
        status.getItems().add(null);
        status.getItems().addAll(SessionStatus.COMPLETED, SessionStatus.STOPPED, SessionStatus.INTERRUPTED);
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        Button csv = new Button("Export CSV");
        csv.setId("exportCsvButton");
        csv.setOnAction(event -> save("history.csv", "CSV files (*.csv)", "*.csv").ifPresent(viewModel::exportCsv));
        Button report = new Button("Report for my doctor (PDF)");
        report.setId("reportButton");
        report.getStyleClass().add("accent");
        report.setOnAction(event -> save("unknot-report.pdf", "PDF files (*.pdf)", "*.pdf")
                .ifPresent(viewModel::exportReport));
        Button clear = new Button("All sessions");
        clear.setId("clearFiltersButton");
        clear.setOnAction(event -> viewModel.clearFilters());
        from.setPrefWidth(165);
        to.setPrefWidth(165);
        routine.setPrefWidth(190);
        tool.setPrefWidth(150);
        status.setPrefWidth(135);
        HBox filters = new HBox(8, label("From"), from, label("to"), to, routine, tool, status);
        filters.setAlignment(Pos.CENTER_LEFT);
        csv.setMinWidth(Region.USE_PREF_SIZE);
        report.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(12, new PageHeader("History", "Sessions, pain and what helps."),
                gap, csv, report);
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
        HBox status2 = new HBox(10, count, clear, message, undo);
        status2.setAlignment(Pos.CENTER_LEFT);

        table.setId("sessionTable");
        table.setPlaceholder(new Label("No sessions in this range. Each routine you follow is kept here with your "
                + "pain before and after."));
        table.getColumns().setAll(List.of(
                column("When", session -> session.startedAt().atZone(ZoneId.systemDefault()).format(WHEN)),
                column("Routine", SessionRecord::routineName),
                column("Done / planned", session -> Durations.clock(session.doneSeconds()) + " / "
                        + Durations.clock(session.plannedSeconds())),
                column("Status", session -> session.status().label()
                        + session.stopReason().map(reason -> ": " + reason.label().toLowerCase()).orElse("")),
                column("Pain", session -> score(session.painBefore()) + " → " + score(session.painAfter())),
                numberColumn("Change", session -> session.painChange().orElse(null))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        // Room for what is long (when, which routine), little for what is short (pain, change).
        double[] widths = {200, 230, 120, 150, 80, 70};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        table.setItems(viewModel.sessions());
        HBox.setHgrow(table, Priority.ALWAYS);
        body.getChildren().setAll(table);
        VBox.setVgrow(body, Priority.ALWAYS);

        insights.setId("insightsList");
        TabPane tabs = new TabPane(new Tab("Sessions", body), new Tab("Charts", Layouts.scrolling(charts)),
                new Tab("What helps", Layouts.scrolling(insights)));
        tabs.setId("historyTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        getChildren().addAll(header, checkInCard, filters, new ErrorBanner("historyError", viewModel.errorMessageProperty()),
                status2, tabs);
    }

    private void bind() {
        table.setRowFactory(view -> {
            TableRow<SessionRecord> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    showDetail(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                showDetail(table.getSelectionModel().getSelectedItem());
            }
        });
        viewModel.sessions().addListener((ListChangeListener<SessionRecord>) change -> showDetail(null));
        viewModel.reportProperty().addListener((observable, old, report) -> {
            if (report != null) {
                charts.show(viewModel.insightsProperty().get(), report);
                insights.getChildren().setAll(viewModel.insightsProperty().get().sentences().stream().map(text -> {
                    Label label = new Label("•  " + text);
                    label.setWrapText(true);
                    return label;
                }).toList());
            }
        });
    }

    /** Opens a session in place of the list (double-click or Enter); null goes back to the list. */
    public void showDetail(SessionRecord session) {
        if (session == null) {
            body.getChildren().setAll(table);
            return;
        }
        SessionDetailViewModel detail = viewModel.detail(session);
        SessionDetailPane pane = new SessionDetailPane(detail, () -> askDelete(session), () -> showDetail(null));
        HBox.setHgrow(pane, Priority.ALWAYS);
        ScrollPane scroll = Layouts.scrolling(pane);
        scroll.setId("detailScroll");
        body.getChildren().setAll(scroll);
        HBox.setHgrow(body.getChildren().get(0), Priority.ALWAYS);
    }

    private void askDelete(SessionRecord session) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "You can undo this while the History page is open.",
                ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText("Delete the session of " + session.routineName() + "?");
        confirm.initOwner(getScene().getWindow());
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(answer -> viewModel.delete(session));
    }

    private Optional<Path> save(String name, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        File file = chooser.showSaveDialog(getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** Opens today's check-in, as the Routines page's "Daily check-in" does. */
    public void openCheckIn() {
        checkInCard.setExpanded(true);
    }

    @Override
    public void activate() {
        viewModel.load();
        checkIn.load();
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static String score(Optional<PainScore> score) {
        return score.map(value -> Integer.toString(value.value())).orElse("–");
    }

    private static TableColumn<SessionRecord, String> column(String title, Function<SessionRecord, String> value) {
        TableColumn<SessionRecord, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<SessionRecord, Integer> numberColumn(String title,
                                                                   Function<SessionRecord, Integer> value) {
        TableColumn<SessionRecord, Integer> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private static <T> ComboBox<T> choice(String id, String none, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText(none);
        box.setCellFactory(list -> cell(none, label));
        box.setButtonCell(cell(none, label));
        return box;
    }

    private static <T> ListCell<T> cell(String none, Function<T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? none : label.apply(item));
            }
        };
    }
}
