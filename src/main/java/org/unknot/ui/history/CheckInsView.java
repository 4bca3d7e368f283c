package org.unknot.ui.history;

import java.util.Locale;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unknot.domain.Area;
import org.unknot.domain.CheckInRecord;
import org.unknot.ui.body.AreaPicker;
import org.unknot.ui.body.BodyMapSource;
import org.unknot.ui.common.Formats;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.FirstArrow;
import org.unknot.ui.common.Layouts;
import org.unknot.ui.common.Styles;
import org.unknot.ui.common.ValidationMarks;

/** History's "Check-ins" tab: the list of the range's check-ins, and the selected one to correct or delete. */
final class CheckInsView extends HBox {

    private final CheckInsViewModel viewModel;
    private final CheckInForm form;
    private final ListView<CheckInRecord> list = new ListView<>();
    private final VBox editor = new VBox(10);
    private final BodyMapSource maps;
    /** A row's padding and the list's scroll bar, around its text. */
    private static final double AROUND_TEXT = 40;

    CheckInsView(CheckInsViewModel viewModel, BodyMapSource maps) {
        super(12);
        this.viewModel = viewModel;
        this.maps = maps;
        this.form = viewModel.form();
        createView();
        bind();
    }

    private void createView() {
        setId("checkInsTab");
        setPadding(new Insets(8, 0, 0, 0));
        list.setId("checkInList");
        Label empty = new Label("No check-ins in this range. A daily check-in, saved above, is listed here.");
        empty.setWrapText(true);
        empty.setMinHeight(Region.USE_PREF_SIZE);
        empty.setPadding(new Insets(16));
        list.setPlaceholder(empty);
        list.setItems(viewModel.checkIns());
        list.setCellFactory(view -> new CheckInCell());
        // narrow, the day above the pain, so the editor beside it has room for the eleven score buttons at 1024×768;
        // its width is in unknot.css, in em, so it follows the text size
        FirstArrow.install(list);

        Label day = new Label();
        day.setId("checkInDay");
        day.getStyleClass().add(Styles.SECTION_TITLE);
        day.textProperty().bind(form.shownProperty().map(shown -> "Check-in of " + Formats.day(shown.day()))
                .orElse(""));
        TextField note = new TextField();
        note.setId("pastCheckInNote");
        note.setPromptText("A note (optional)");
        note.textProperty().bindBidirectional(form.noteProperty());
        ValidationMarks.show(note, form.noteProblemProperty());
        Button save = new Button("Save changes");
        save.setId("savePastCheckInButton");
        save.getStyleClass().add("accent");
        save.setOnAction(event -> viewModel.save());
        Button delete = new Button("Delete check-in");
        delete.setId("deleteCheckInButton");
        delete.setOnAction(event -> viewModel.delete());
        FlowPane actions = new FlowPane(10, 8, save, delete);
        ScoreButtons scores = new ScoreButtons(form.scoreProperty(), form.scoreProperty()::set, "pastCheckIn-", true);
        AreaPicker areas = new AreaPicker(form.areaChoice(), maps, "pastCheckInArea-");
        FlareSwitch flare = new FlareSwitch("pastFlareSwitch", form.flareProperty());
        editor.setId("checkInEditor");
        AsNeededToggle asNeededToggle = new AsNeededToggle(form.asNeeded(), "pastCheckInAsNeeded-",
                "Took an as-needed pain medicine that day?");
        editor.getChildren().addAll(day, muted("Pain that day"), scores, flare, muted("Where it hurt"), areas,
                asNeededToggle, muted("Note"), note, actions);
        if (!viewModel.writeAccess().allowed()) {
            // shown as it is: nothing can be corrected or deleted while the file cannot be written
            scores.setDisable(true);
            areas.setDisable(true);
            flare.setDisable(true);
            asNeededToggle.setDisable(true);
            note.setEditable(false);
            save.setDisable(true);
            delete.setDisable(true);
            Label readOnly = muted("Check-ins cannot be changed now: " + viewModel.writeAccess().reason());
            readOnly.setId("checkInsReadOnly");
            readOnly.setWrapText(true);
            editor.getChildren().add(1, readOnly);
        }
        editor.visibleProperty().bind(form.shownProperty().isNotNull());
        editor.managedProperty().bind(editor.visibleProperty());
        editor.setMinWidth(0);
        editor.setPrefWidth(420);

        Label message = new Label();
        message.setId("checkInsMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(viewModel.messageProperty());
        Button undo = new Button("Undo");
        undo.setId("undoCheckInDeleteButton");
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.visibleProperty().bind(viewModel.deletedProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(event -> viewModel.undoDelete());
        HBox status = new HBox(10, message, undo);
        status.setAlignment(Pos.CENTER_LEFT);
        Label hint = muted("Choose a check-in to change its pain, areas or note, or to delete it.");
        hint.setId("checkInsHint");
        hint.setWrapText(true);
        hint.visibleProperty().bind(form.shownProperty().isNull());
        hint.managedProperty().bind(hint.visibleProperty());
        Label asNeeded = muted("");
        asNeeded.setId("asNeededLine");
        asNeeded.setWrapText(true);
        asNeeded.setMinHeight(Region.USE_PREF_SIZE);
        asNeeded.textProperty().bind(viewModel.asNeededLineProperty());
        asNeeded.visibleProperty().bind(asNeeded.textProperty().isNotEmpty());
        asNeeded.managedProperty().bind(asNeeded.visibleProperty());
        VBox side = new VBox(12, hint, asNeeded, status, new ErrorBanner("checkInsError", viewModel.errorMessageProperty()), editor);
        side.setMinWidth(0);
        side.setPrefWidth(440);
        ScrollPane sideScroll = Layouts.scrolling(side);
        HBox.setHgrow(sideScroll, Priority.ALWAYS);
        getChildren().addAll(list, sideScroll);
    }

    private void bind() {
        // The list only asks; what is selected follows the form, which may have asked first and been told to stay.
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, item) -> {
            if (item != null) {
                viewModel.select(item);
                showSelection();
            }
        });
        form.shownProperty().addListener((observable, old, shown) -> showSelection());
        viewModel.checkIns().addListener((ListChangeListener<CheckInRecord>) change -> showSelection());
    }

    /** Selects in the list the check-in the form shows, if it is listed. */
    private void showSelection() {
        CheckInRecord shown = form.shownProperty().get();
        int index = shown == null ? -1 : list.getItems().indexOf(shown);
        if (index < 0) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedIndex() != index) {
            list.getSelectionModel().clearAndSelect(index);
        }
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }

    /**
     * A check-in as a list row: the day and the pain, then where it hurt and the note. The text is a wrapping label as
     * the cell's graphic, as wide as the list, so the row is as tall as its lines at any text size.
     */
    private static final class CheckInCell extends ListCell<CheckInRecord> {

        private final Label text = new Label();

        CheckInCell() {
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.setMinWidth(0);
            // lets the text wrap to the list's width rather than widen the row
            setPrefWidth(0);
            listViewProperty().addListener((observable, old, list) -> {
                text.prefWidthProperty().unbind();
                if (list != null) {
                    text.prefWidthProperty().bind(list.widthProperty().subtract(AROUND_TEXT));
                }
            });
        }

        @Override
        protected void updateItem(CheckInRecord item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            text.setText(empty || item == null ? null : text(item));
            setGraphic(empty || item == null ? null : text);
        }

        /** As tall as the text's lines at the width it wraps to, which the list may not have had when it first asked. */
        @Override
        protected double computePrefHeight(double width) {
            return getGraphic() == null || text.getPrefWidth() <= 0 ? super.computePrefHeight(width)
                    : snappedTopInset() + text.prefHeight(text.getPrefWidth()) + snappedBottomInset();
        }
    }

    static String text(CheckInRecord checkIn) {
        String areas = checkIn.areas().stream().sorted().map(Area::label).collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder(Formats.day(checkIn.day())).append("\npain ")
                .append(checkIn.pain().value()).append("/10");
        if (checkIn.flare()) {
            // kept on one line in the narrow list
            text.append(" · flare\u00a0day");
        }
        if (!areas.isEmpty()) {
            text.append(" · ").append(areas);
        }
        // a line of its own, short enough not to wrap in the narrow list
        checkIn.asNeeded().ifPresent(answer -> text.append("\nas-needed: ")
                .append(answer.label().toLowerCase(Locale.ROOT)));
        if (!checkIn.note().isEmpty()) {
            text.append("\n“").append(checkIn.note()).append("”");
        }
        return text.toString();
    }
}
