package org.unknot.ui.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;

/**
 * A row of buttons that shows their words while they fit and otherwise gives way button by button, in a set order, to
 * the icon alone: the words then move into a tooltip and stay the button's accessible text. It asks for the room of
 * all words and makes do with that of the icons, so a large text size or a narrow window never pushes it out of the
 * window or cuts a word.
 */
public final class WordsOrIcons extends HBox {

    private final List<Button> buttons;
    private final List<Button> givingWay;
    /** The tooltips that say a button's words while it shows only its icon (a button with its own keeps that). */
    private final Map<Button, Tooltip> words = new HashMap<>();

    /**
     * @param buttons   the buttons, left to right; each has an icon as its graphic
     * @param givingWay the order in which they lose their words when the row is short of room
     */
    public WordsOrIcons(double spacing, List<Button> buttons, List<Button> givingWay) {
        super(spacing);
        this.buttons = List.copyOf(buttons);
        this.givingWay = List.copyOf(givingWay);
        getChildren().setAll(this.buttons);
        for (Button button : this.buttons) {
            if (button.getTooltip() == null) {
                words.put(button, new Tooltip(button.getText()));
            }
        }
    }

    @Override
    protected void layoutChildren() {
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        int iconsOnly = 0;
        while (iconsOnly < givingWay.size() && width(iconsOnly) > room) {
            iconsOnly++;
        }
        for (Button button : buttons) {
            int place = givingWay.indexOf(button);
            boolean iconOnly = place >= 0 && place < iconsOnly;
            button.setContentDisplay(iconOnly ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
            if (words.containsKey(button)) {
                button.setTooltip(iconOnly ? words.get(button) : null);
            }
        }
        super.layoutChildren();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + width(0) + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + width(givingWay.size()) + snappedRightInset();
    }

    /** The width of the row when the first {@code iconsOnly} buttons of the giving-way order show their icon alone. */
    private double width(int iconsOnly) {
        double width = getSpacing() * (buttons.size() - 1);
        for (Button button : buttons) {
            int place = givingWay.indexOf(button);
            width += iconWidth(button) + (place >= 0 && place < iconsOnly ? 0 : wordsWidth(button));
            Insets margin = HBox.getMargin(button);
            width += margin == null ? 0 : margin.getLeft() + margin.getRight();
        }
        return Math.ceil(width);
    }

    private static double iconWidth(Button button) {
        Node graphic = button.getGraphic();
        return button.snappedLeftInset() + button.snappedRightInset()
                + (graphic == null ? 0 : graphic.prefWidth(-1));
    }

    /** What the words add to the icon: the gap, the text and the label's padding, plus a pixel against rounding. */
    private static double wordsWidth(Button button) {
        Text words = new Text(button.getText());
        words.setFont(button.getFont());
        Insets padding = button.getLabelPadding();
        return button.getGraphicTextGap() + words.getLayoutBounds().getWidth() + padding.getLeft()
                + padding.getRight() + 2;
    }
}
