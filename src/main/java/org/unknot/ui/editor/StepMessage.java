package org.unknot.ui.editor;

/** A problem or a safety finding of one step, as shown on its card and in its editor. */
public record StepMessage(String text, boolean blocking) {
}
