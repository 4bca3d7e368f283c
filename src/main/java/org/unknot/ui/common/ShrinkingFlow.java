package org.unknot.ui.common;

import javafx.scene.Node;
import javafx.scene.layout.FlowPane;

/**
 * A flow that may be as narrow as its widest child at that child's least width. A plain {@link FlowPane} asks for
 * its widest child's preferred width, so a child that prefers one long row but can wrap (the eleven score buttons)
 * or give way (buttons keeping only their icons) would push the page wider than the window instead.
 */
public class ShrinkingFlow extends FlowPane {

    public ShrinkingFlow(double hgap, double vgap, Node... children) {
        super(hgap, vgap, children);
    }

    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node child : getManagedChildren()) {
            widest = Math.max(widest, child.minWidth(-1));
        }
        return snappedLeftInset() + snapSizeX(widest) + snappedRightInset();
    }
}
