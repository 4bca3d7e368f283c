package org.unknot.ui.editor;

/** A problem or a safety finding of one step, as shown on its card and in its editor; a finding names its source. */
public record StepMessage(String text, String source, boolean blocking) {
}
