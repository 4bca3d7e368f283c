package org.unknot.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds text a person cannot read whole: a label, button or cell whose rendered text is not its text (JavaFX put an
 * ellipsis in, or dropped the lines that did not fit), and wrapping text taller than the cell that holds it. Call on
 * the FX thread after a layout pass. A word too long for its wrapping width is cut too: JavaFX breaks it in two.
 */
final class CutText {

    private CutText() {
    }

    /** One line per cut text under {@code root}, shown or not in a scroll pane's window: "Label 'Done / p…'". */
    static List<String> in(Node root) {
        List<String> cut = new ArrayList<>();
        visit(root, cut);
        return cut;
    }

    private static void visit(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, cut);
        } else if (node instanceof Text text && text.getWrappingWidth() > 0 && node.getParent() != null) {
            check(text, cut);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, cut);
            }
        }
    }

    private static void check(Labeled labeled, List<String> cut) {
        String text = labeled.getText();
        if (text == null || text.isEmpty() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            // the skin's LabeledText; a graphic (an icon is a Text too) is not the label's text
            if (child instanceof Text rendered && "LabeledText".equals(child.getClass().getSimpleName())
                    && child.isVisible() && !text.equals(rendered.getText())) {
                cut.add(labeled.getClass().getSimpleName() + " '" + rendered.getText() + "' of '" + text + "'");
            }
        }
    }

    /** Wrapping text in a cell (History's columns): its lines must fit the height of the cell around it. */
    private static void check(Text text, List<String> cut) {
        Parent holder = text.getParent();
        while (holder != null && !(holder instanceof Labeled)) {
            holder = holder.getParent();
        }
        if (holder == null || text.getText().isEmpty()) {
            return;
        }
        Bounds inHolder = holder.sceneToLocal(text.localToScene(text.getBoundsInLocal()));
        Bounds room = holder.getLayoutBounds();
        // the lines are as wide as the wrapping width at most; the bounds may be wider by the spaces at a line's end,
        // which are not drawn
        double right = inHolder.getMinX() + Math.min(inHolder.getWidth(), text.getWrappingWidth());
        if (inHolder.getMaxY() > room.getMaxY() + 1 || right > room.getMaxX() + 1) {
            cut.add("Text '" + text.getText() + "' " + inHolder + " in " + room);
        }
        for (String word : text.getText().split("\\s+")) {
            Text alone = new Text(word);
            alone.setFont(text.getFont());
            if (alone.getLayoutBounds().getWidth() > text.getWrappingWidth()) {
                cut.add("Text '" + text.getText() + "' breaks '" + word + "' in two");
            }
        }
    }
}
