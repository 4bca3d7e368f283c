package org.unknot.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The title and one-line explanation at the top of every page. */
public final class PageHeader extends VBox {

    private final Label heading;

    public PageHeader(String title, String subtitle) {
        heading = new Label(title);
        heading.getStyleClass().add(Styles.PAGE_TITLE);
        // the page's name keeps its width; beside buttons it is the sentence below that wraps
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Label explanation = new Label(subtitle);
        explanation.getStyleClass().add(Styles.PAGE_SUBTITLE);
        explanation.setWrapText(true);
        // a narrow window wraps the sentence instead of ending it in "…"; a scrolling body below takes the height left
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(heading, explanation);
        setSpacing(4);
    }

    /**
     * For a title that may be long (a routine's name) on a page with nothing beside it: the title wraps onto more
     * lines rather than making the page wider than the window at a large text size.
     */
    public PageHeader wrappingTitle() {
        heading.setWrapText(true);
        heading.setMinWidth(Region.USE_COMPUTED_SIZE);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        return this;
    }
}
