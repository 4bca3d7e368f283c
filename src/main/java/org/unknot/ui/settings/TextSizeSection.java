package org.unknot.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.unknot.domain.TextSize;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.Styles;

/** The Text size part of Settings: a slider in steps of 10 %, the size chosen, and the keys that do the same. */
final class TextSizeSection extends VBox {

    private final TextSizeViewModel viewModel;
    private final Slider slider = new Slider(TextSize.MIN, TextSize.MAX, TextSize.MIN);
    private final Label value = new Label();

    TextSizeSection(TextSizeViewModel viewModel) {
        super(10);
        this.viewModel = viewModel;
        setId("textSizeSection");
        Label heading = new Label("Text size");
        heading.getStyleClass().add(Styles.SECTION_TITLE);

        slider.setId("textSizeSlider");
        slider.setPrefWidth(260);
        slider.setMajorTickUnit(50);
        slider.setMinorTickCount(4);
        slider.setBlockIncrement(TextSize.STEP);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setAccessibleText("Text size");
        value.setId("textSizeValue");
        value.setMinWidth(Label.USE_PREF_SIZE);
        HBox row = new HBox(14, slider, value);
        row.setAlignment(Pos.CENTER_LEFT);

        Label keys = new Label("Anywhere in Unknot: Ctrl + larger, Ctrl − smaller, Ctrl 0 normal size.");
        keys.getStyleClass().add(Styles.MUTED);
        keys.setWrapText(true);
        getChildren().addAll(heading, row, keys, new ErrorBanner("textSizeError", viewModel.errorMessageProperty()));
        bind();
    }

    private void bind() {
        show(viewModel.sizeProperty().get());
        viewModel.sizeProperty().addListener((observable, old, size) -> show(size));
        // Chosen when the user lets go, not at every pixel of a drag; the command ignores the size already in force.
        slider.valueChangingProperty().addListener((observable, was, changing) -> {
            if (!changing) {
                choose();
            }
        });
        slider.valueProperty().addListener((observable, old, now) -> {
            if (!slider.isValueChanging()) {
                choose();
            }
        });
    }

    private void choose() {
        viewModel.choose(TextSize.nearest((int) Math.round(slider.getValue())));
    }

    private void show(TextSize size) {
        slider.setValue(size.percent());
        value.setText(size.label());
    }
}
