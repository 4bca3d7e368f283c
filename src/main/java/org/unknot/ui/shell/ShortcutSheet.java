package org.unknot.ui.shell;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

    private final Button close = new Button("Close");

    ShortcutSheet(Runnable onClose) {
        setId("shortcutSheet");
        getStyleClass().add("overlay");
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        VBox groups = new VBox(18);
        for (Group group : GROUPS) {
            groups.getChildren().add(group(group));
        }
        close.setId("closeShortcutsButton");
        close.setDefaultButton(true);
        close.setOnAction(event -> onClose.run());
        VBox card = new VBox(18, title, Layouts.scrolling(groups), close);
        card.getStyleClass().addAll("overlay-card", "shortcut-sheet");
        card.setAlignment(Pos.TOP_LEFT);
        card.setMaxWidth(Region.USE_PREF_SIZE);
        // the sheet takes the window's room, no more: its list scrolls at a large text size
        card.maxHeightProperty().bind(heightProperty().multiply(0.9));
        getChildren().add(card);
    }

    void focusClose() {
        close.requestFocus();
    }

    private static Node group(Group group) {
        Label heading = new Label(group.title());
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        GridPane grid = new GridPane();
        grid.setHgap(28);
        grid.setVgap(6);
        int row = 0;
        for (String[] pair : group.keys()) {
            Label key = new Label(pair[0]);
            key.getStyleClass().add("shortcut-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(pair[1]);
            what.setWrapText(true);
            grid.addRow(row++, key, what);
        }
        return new VBox(8, heading, grid);
    }

    private static String[] keys(String keys, String what) {
        return new String[] {keys, what};
    }
}
