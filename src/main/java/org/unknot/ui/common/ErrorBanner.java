package org.unknot.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** A plain-sentence error shown above a page's content, and hidden while there is none. */
public final class ErrorBanner extends Label {

    public ErrorBanner(String id, ObservableStringValue message) {
        setId(id);
        getStyleClass().add(Styles.DANGER_BOX);
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        textProperty().bind(message);
        visibleProperty().bind(textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
