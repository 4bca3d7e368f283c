package org.unknot.ui.history;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.unknot.ui.common.TextScale;

/**
 * Keeps History's tab headers whole: when their words at the text size in force do not fit the tab bar's width,
 * the bar turns tight (smaller padding and a slightly smaller size for the headers, see unknot.css), so no header is
 * cut or moved into the bar's overflow menu. Decided from the words and the width only, never from the headers'
 * laid-out widths, so turning tight cannot turn it back.
 */
final class TabRoom {

    static final String TIGHT = "tabs-tight";
    /** Each header's padding, border and gap, and the bar's own padding with a little air, in em of the text size. */
    private static final double EM_PER_TAB = 1.6;
    private static final double EM_BAR = 2;

    private final TabPane tabs;

    private TabRoom(TabPane tabs) {
        this.tabs = tabs;
    }

    static void install(TabPane tabs) {
        TabRoom room = new TabRoom(tabs);
        tabs.widthProperty().addListener(width -> room.fit());
        tabs.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                TextScale.scaledRoot(scene).styleProperty().addListener(style -> room.fit());
                room.fit();
            }
        });
    }

    private void fit() {
        if (tabs.getScene() == null || tabs.getWidth() <= 0) {
            return;
        }
        double pixels = TextScale.NORMAL_PIXELS * TextScale.factor(tabs.getScene());
        Text word = new Text();
        word.setFont(Font.font(pixels));
        double needed = EM_BAR * pixels;
        for (Tab tab : tabs.getTabs()) {
            word.setText(tab.getText());
            needed += word.getLayoutBounds().getWidth() + EM_PER_TAB * pixels;
        }
        boolean tight = needed > tabs.getWidth();
        if (tight && !tabs.getStyleClass().contains(TIGHT)) {
            tabs.getStyleClass().add(TIGHT);
        } else if (!tight) {
            tabs.getStyleClass().remove(TIGHT);
        }
    }
}
