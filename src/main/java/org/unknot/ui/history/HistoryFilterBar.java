package org.unknot.ui.history;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SegmentedButton;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Tool;
import org.unknot.ui.common.Days;
import org.unknot.ui.common.ShrinkingFlow;

/**
 * History's filters: the range and the routine, tool and status choices. The controls show the view model's query
 * and options (one way); a change the user makes goes back as a command, which ignores a value that is already so —
 * so showing the query never asks for a load.
 */
final class HistoryFilterBar extends ShrinkingFlow {

    /** Days as 2026-11-22; text that is not a date becomes no date, which the page then asks to fix. */
    static final StringConverter<LocalDate> DAYS = Days.TYPED;

    HistoryFilterBar(HistoryViewModel viewModel) {
        super(8, 8);
        DatePicker from = datePicker("fromDate", viewModel::chooseFrom);
        DatePicker to = datePicker("toDate", viewModel::chooseTo);
        // "All routines" (null) is the empty choice at the top of the names of the routines played.
        ComboBox<String> routine = choice("routineFilter", "All routines", Function.identity(),
                viewModel.routineOptions(), viewModel::chooseRoutine);
        CheckComboBox<Tool> tools = toolChoice(viewModel);
        ComboBox<SessionStatus> status = choice("statusFilter", "Any status", SessionStatus::label,
                viewModel.statusOptions(), viewModel::chooseStatus);
        Consumer<HistoryQuery> show = query -> {
            from.setValue(query.from());
            to.setValue(query.to());
            routine.setValue(query.routine());
            showTools(tools, query.tools());
            status.setValue(query.status());
        };
        show.accept(viewModel.queryProperty().get());
        viewModel.queryProperty().addListener((observable, old, query) -> show.accept(query));
        // Each control keeps the width its longest choice needs; a narrow window or a large text size moves them onto
        // more lines, the two ends of the range too. A long routine name is cut rather than the page made wider.
        routine.setMaxWidth(260);
        routine.setMinWidth(Region.USE_COMPUTED_SIZE);
        HBox start = new HBox(8, label("From"), from);
        HBox end = new HBox(8, label("to"), to);
        start.setAlignment(Pos.CENTER_LEFT);
        end.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(start, end, quickRanges(viewModel), routine, tools, status);
        setAlignment(Pos.CENTER_LEFT);
    }

    /**
     * One button per quick range; the one the view model holds is pressed. A click is a command, after which the
     * buttons show the view model again (a click on the pressed one would otherwise release it).
     */
    private static SegmentedButton quickRanges(HistoryViewModel viewModel) {
        SegmentedButton buttons = new SegmentedButton();
        buttons.setId("quickRanges");
        for (QuickRange range : QuickRange.values()) {
            ToggleButton button = new ToggleButton(range.label());
            button.setId("quickRange-" + range.name());
            button.setUserData(range);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setOnAction(event -> {
                viewModel.chooseQuickRange(range);
                button.setSelected(viewModel.quickRangeProperty().get() == range);
            });
            buttons.getButtons().add(button);
        }
        Consumer<QuickRange> show = chosen -> buttons.getButtons()
                .forEach(button -> button.setSelected(button.getUserData() == chosen));
        show.accept(viewModel.quickRangeProperty().get());
        viewModel.quickRangeProperty().addListener((observable, old, chosen) -> show.accept(chosen));
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        return buttons;
    }

    /**
     * Several tools at once: each box ticked or cleared is a command for that tool alone. The listener is the
     * first on the ticked items, so the query (and the title) is new by the time the box shows its text.
     */
    private static CheckComboBox<Tool> toolChoice(HistoryViewModel viewModel) {
        CheckComboBox<Tool> box = new CheckComboBox<>(viewModel.toolOptions());
        box.setId("toolFilter");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Tool tool) {
                return tool == null ? "" : tool.label();
            }

            @Override
            public Tool fromString(String text) {
                throw new UnsupportedOperationException("the tools are chosen, never typed");
            }
        });
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<Tool>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(tool -> viewModel.chooseTool(tool, false));
                change.getAddedSubList().forEach(tool -> viewModel.chooseTool(tool, true));
            }
        });
        return box;
    }

    /** Ticks the query's tools; the title names them, or says "All tools" when none is ticked. */
    private static void showTools(CheckComboBox<Tool> box, Set<Tool> chosen) {
        for (Tool tool : box.getItems()) {
            if (chosen.contains(tool)) {
                box.getCheckModel().check(tool);
            } else {
                box.getCheckModel().clearCheck(tool);
            }
        }
        box.setTitle(chosen.isEmpty() ? "All tools" : box.getItems().stream().filter(chosen::contains)
                .map(Tool::label).collect(Collectors.joining(", ")));
    }

    private static DatePicker datePicker(String id, Consumer<LocalDate> choose) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(DAYS);
        picker.setPromptText("YYYY-MM-DD");
        picker.getEditor().setPrefColumnCount(8);
        picker.setMinWidth(Region.USE_PREF_SIZE);
        picker.valueProperty().addListener((observable, old, day) -> choose.accept(day));
        return picker;
    }

    private static <T> ComboBox<T> choice(String id, String none, Function<T, String> label, ObservableList<T> options,
                                          Consumer<T> choose) {
        ComboBox<T> box = new ComboBox<>(options);
        box.setId(id);
        box.setPromptText(none);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setCellFactory(list -> cell(none, label));
        box.setButtonCell(cell(none, label));
        box.valueProperty().addListener((observable, old, value) -> choose.accept(value));
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

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
