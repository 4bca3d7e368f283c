package org.unknot.ui.player;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.unknot.ui.body.AreaPicker;
import org.unknot.ui.body.BodyMapSource;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.Icons;
import org.unknot.ui.common.Layouts;
import org.unknot.ui.common.PageHeader;
import org.unknot.ui.common.Styles;
import org.unknot.ui.common.TabMovesFocus;
import org.unknot.ui.history.PegPane;
import org.unknot.ui.history.PegViewModel;

/**
 * After the session: the pain now as big buttons or digit keys (saved as it is chosen), where it hurts (on the body
 * map or its buttons), a note; Enter
 * saves them, in the note too.
 */
final class AfterSessionPane extends VBox {

    /** The note field, so that the player leaves Enter and digits to it while it has the focus. */
    final TextArea note = new TextArea();

    /** This week's PEG, when asked: while it has the focus its buttons take the keys. */
    private final PegPane weekly;

    AfterSessionPane(AfterSessionViewModel viewModel, PegViewModel peg, BodyMapSource maps) {
        this.weekly = new PegPane(peg);
        setId("afterPane");
        getStyleClass().add(Styles.PAGE);

        Label question = new Label("How is your pain now?  (type a number, then Enter)");
        question.getStyleClass().add(Styles.SECTION_TITLE);
        Label where = new Label("Where does it hurt?  (optional)");
        where.getStyleClass().add(Styles.SECTION_TITLE);
        AreaPicker areas = new AreaPicker(viewModel.areaChoice(), maps, "area-");
        // the player's keys (digits, Enter, Space) stay the player's: Tab goes to the note, as before the map
        areas.setButtonsFocusTraversable(false);
        Label noteTitle = new Label("Note  (optional)");
        noteTitle.getStyleClass().add(Styles.SECTION_TITLE);
        note.setId("noteField");
        TabMovesFocus.install(note);
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setPromptText("Anything worth remembering: what helped, what did not. Enter saves.");
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER_BOX);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        VBox content = new VBox(22,
                new PageHeader(viewModel.headlineProperty().get(), viewModel.summaryProperty().get()),
                new VBox(10, question, new PainScale(viewModel.rating(), "painAfter")),
                new VBox(10, where, areas),
                new VBox(10, noteTitle, note, problem), weekly);
        // clear of the scroll bar, as on Settings
        content.setPadding(new Insets(0, 20, 0, 0));
        ScrollPane scroll = Layouts.scrolling(content);

        Button skip = new Button("Skip");
        skip.setId("skipRatingButton");
        skip.setFocusTraversable(false);
        skip.setOnAction(event -> viewModel.skip());
        Button save = new Button("Save   (Enter)");
        save.setId("saveRatingButton");
        save.getStyleClass().addAll("accent", Styles.BIG_BUTTON);
        save.setGraphic(Icons.icon(MaterialDesignC.CHECK, 26));
        save.setFocusTraversable(false);
        save.disableProperty().bind(viewModel.canSaveProperty().not());
        save.setOnAction(event -> viewModel.save());
        HBox actions = Layouts.actionBar(skip, save);

        getChildren().addAll(scroll, new ErrorBanner("afterError", viewModel.errorMessageProperty()), actions);
    }

    /** Whether typing goes to a field of the page (the note, this week's PEG) rather than to the player's keys. */
    boolean takesKeys() {
        return note.isFocused() || weekly.isFocusWithin();
    }
}
