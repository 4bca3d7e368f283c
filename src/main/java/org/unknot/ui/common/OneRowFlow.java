package org.unknot.ui.common;

import javafx.scene.Node;

/**
 * A row of like buttons (the eleven pain scores) that asks for one line and, when narrower than that (a large text
 * size, a narrow window), wraps onto more lines instead of cutting a button.
 */
public class OneRowFlow extends ShrinkingFlow {

    public OneRowFlow(double hgap, double vgap) {
        super(hgap, vgap);
    }

    /** One row when there is room: every child side by side. */
    @Override
    protected double computePrefWidth(double height) {
        double width = snappedLeftInset() + snappedRightInset() + getHgap() * Math.max(0, getManagedChildren().size() - 1);
        for (Node child : getManagedChildren()) {
            width += snapSizeX(child.prefWidth(-1));
        }
        return width;
    }

    @Override
    protected double computePrefHeight(double width) {
        return super.computePrefHeight(width < 0 ? computePrefWidth(-1) : width);
    }
}
