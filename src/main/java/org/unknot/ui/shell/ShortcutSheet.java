package org.unknot.ui.shell;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.unknot.ui.common.Layouts;
import org.unknot.ui.common.Styles;

/** The keyboard shortcuts, over whatever the window shows, until closed (Esc, Enter, F1 or the button). */
final class ShortcutSheet extends StackPane {

    private record Group(String title, List<String[]> keys) {
    }

    private static final List<Group> GROUPS = List.of(
            new Group("Everywhere", List.of(
                    keys("Ctrl+1 / 2 / 3", "Routines, History, Settings"),
                    keys("Ctrl+N", "New routine"),
                    keys("Ctrl+E", "Edit the selected routine"),
                    keys("Ctrl+F", "Search the routines"),
                    keys("Ctrl +  /  Ctrl −", "Larger or smaller text"),
                    keys("Ctrl+0", "Normal text size"),
                    keys("Tab  /  Shift+Tab", "Next or previous control"),
                    keys("Esc", "Back, or close a question"),
                    keys("F1  or  ?", "These shortcuts"))),
            new Group("Routines and History", List.of(
                    keys("↑  ↓", "Choose a routine or session"),
                    keys("Enter", "Start the routine, open the session"))),
            new Group("Routine editor", List.of(
                    keys("Ctrl+S", "Save"),
                    keys("Ctrl+Z  /  Ctrl+Y", "Undo, redo"),
                    keys("Alt+↑  Alt+↓", "Move the step up or down"),
                    keys("Delete", "Remove the step"))),
            new Group("Player", List.of(
                    keys("Space", "Pause or go on"),
                    keys("←  →", "Previous or next step"),
                    keys("+", "Add 30 seconds"),
                    keys("0 – 9", "Rate the pain"),
                    keys("Esc", "Stop"),
                    keys("F11", "Full screen"))));

    private static final double COLUMN_GAP = 48;

    private final Button close = new Button("Close");

    ShortcutSheet(Runnable onClose) {
        setId("shortcutSheet");
        getStyleClass().add("overlay");
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        // two columns side by side when the window has the room, one under the other when not
        GridPane left = column(GROUPS.subList(0, 2));
        GridPane right = column(GROUPS.subList(2, 4));
        FlowPane columns = new FlowPane(COLUMN_GAP, 14, left, right);
        columns.prefWrapLengthProperty().bind(Bindings.createDoubleBinding(
                () -> left.prefWidth(-1) + COLUMN_GAP + right.prefWidth(-1),
                left.layoutBoundsProperty(), right.layoutBoundsProperty()));
        close.setId("closeShortcutsButton");
        close.setDefaultButton(true);
        close.setOnAction(event -> onClose.run());
        VBox card = new VBox(18, title, Layouts.scrolling(columns), close);
        card.getStyleClass().addAll("overlay-card", "shortcut-sheet");
        card.setAlignment(Pos.TOP_LEFT);
        // as large as its columns, and within the window: the columns wrap, then scroll, at a large text size
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setPadding(new Insets(24));
        getChildren().add(card);
    }

    private static GridPane column(List<Group> groups) {
        GridPane grid = new GridPane();
        grid.setHgap(28);
        grid.setVgap(6);
        int row = 0;
        for (Group group : groups) {
            Label heading = new Label(group.title());
            heading.getStyleClass().add(Styles.SECTION_TITLE);
            heading.setPadding(new Insets(row == 0 ? 0 : 14, 0, 2, 0));
            grid.add(heading, 0, row++, 2, 1);
            for (String[] pair : group.keys()) {
                Label key = new Label(pair[0]);
                key.getStyleClass().add("shortcut-key");
                key.setMinWidth(Region.USE_PREF_SIZE);
                Label what = new Label(pair[1]);
                what.setWrapText(true);
                grid.addRow(row++, key, what);
            }
        }
        return grid;
    }

    void focusClose() {
        close.requestFocus();
    }

    private static String[] keys(String keys, String what) {
        return new String[] {keys, what};
    }
}
