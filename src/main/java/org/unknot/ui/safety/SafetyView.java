package org.unknot.ui.safety;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.Icons;
import org.unknot.ui.common.Layouts;
import org.unknot.ui.common.PageHeader;
import org.unknot.ui.common.Styles;

/**
 * The first-run safety screen, shown again from Settings: one screen, two columns — what to ask a clinician about
 * first, and the red flags that mean seeking care now. Enter accepts.
 */
public final class SafetyView extends VBox {

    private static final double WIDTH = 980;

    private final SafetyViewModel viewModel;
    private final Button acknowledge = new Button("I understand");

    public SafetyView(SafetyViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        bind();
    }

    private void createView() {
        setId("safetyPage");
        getStyleClass().addAll(Styles.PAGE, "safety-page");

        VBox caution = new VBox(14,
                section("Ask a clinician before you massage if you have",
                        "an acute injury, an inflamed or infected area, or an open wound;",
                        "a tumour in the area, or varicose veins there;",
                        "a blood clot, or one calf that is swollen, warm and red;",
                        "a bleeding disorder, or you take blood thinners;",
                        "osteoporosis, a pregnancy, or recent surgery."),
                section("No cold if you have",
                        "Raynaud's, cold urticaria, diabetes, or numb skin or feet."),
                paragraph("Stop any step that causes sharp, shooting or growing pain."));
        caution.setId("safetyCautions");
        VBox danger = dangerBox(viewModel.seekCareLines(), viewModel.seekCareSource());
        HBox columns = new HBox(24, caution, danger);
        for (Region column : List.of(caution, danger)) {
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setMaxWidth(Double.MAX_VALUE);
            column.setPrefWidth(0);
        }

        VBox content = new VBox(16,
                new PageHeader("Before you start", "Please read this once. It matters more than any routine."),
                paragraph("Unknot helps you follow and track self-massage. It is not medical advice and does not "
                        + "replace a clinician. Self-massage works best alongside regular exercise (NICE NG59)."),
                columns);
        content.setId("safetyContent");
        content.setMaxWidth(WIDTH);

        VBox column = new VBox(content);
        column.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroll = Layouts.scrolling(column);
        scroll.setId("safetyScroll");

        acknowledge.setId("acknowledgeButton");
        acknowledge.setDefaultButton(true);
        acknowledge.getStyleClass().add("accent");
        acknowledge.setGraphic(Icons.icon(MaterialDesignS.SHIELD_CHECK_OUTLINE, 20));
        acknowledge.setMinWidth(Region.USE_PREF_SIZE);
        HBox actions = new HBox(acknowledge);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setMaxWidth(WIDTH);
        setAlignment(Pos.TOP_CENTER);

        getChildren().addAll(scroll, new ErrorBanner("safetyError", viewModel.errorMessageProperty()), actions);
    }

    private void bind() {
        acknowledge.disableProperty().bind(viewModel.savingProperty());
        acknowledge.setOnAction(event -> viewModel.acknowledge());
    }

    /** Puts the keyboard on the button, so that Enter accepts even before the user clicks anywhere. */
    public void focusAcknowledge() {
        acknowledge.requestFocus();
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static VBox section(String title, String... items) {
        Label heading = paragraph(title);
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        VBox box = new VBox(4, heading);
        for (String item : items) {
            box.getChildren().add(bullet(item));
        }
        return box;
    }

    /** A list item whose wrapped lines start under its text, not under the bullet. */
    private static HBox bullet(String text) {
        Label mark = new Label("•");
        mark.setMinWidth(Region.USE_PREF_SIZE);
        Label item = paragraph(text);
        item.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(item, Priority.ALWAYS);
        HBox row = new HBox(8, mark, item);
        row.getStyleClass().add("safety-item");
        return row;
    }

    private static VBox dangerBox(List<String> lines, String source) {
        VBox box = section("Stop and seek care now if you have", lines.toArray(String[]::new));
        Label sources = paragraph(source);
        sources.getStyleClass().add(Styles.MUTED);
        box.getChildren().add(sources);
        box.setId("seekCareNow");
        box.getStyleClass().add(Styles.DANGER_BOX);
        return box;
    }
}
