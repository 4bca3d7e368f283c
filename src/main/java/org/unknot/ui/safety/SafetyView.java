package org.unknot.ui.safety;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.Icons;
import org.unknot.ui.common.Layouts;
import org.unknot.ui.common.PageHeader;
import org.unknot.ui.common.Styles;

/** The first-run safety screen, shown again from Settings. Enter accepts. */
public final class SafetyView extends VBox {

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

        VBox content = new VBox(18,
                new PageHeader("Before you start", "Please read this once. It matters more than any routine."),
                paragraph("Unknot helps you follow and track self-massage. It is not medical advice and does not "
                        + "replace a clinician."),
                section("Do not massage, or ask a clinician first, if you have",
                        "an acute injury, or an inflamed or infected area;",
                        "a blood clot, or you think you may have one;",
                        "a bleeding disorder, or you take blood thinners."),
                section("Do not use cold if you have",
                        "Raynaud's, cold urticaria (hives from cold), or numb skin."),
                dangerBox(),
                paragraph("Stop any step that causes sharp, shooting or growing pain."));
        content.setId("safetyContent");
        content.setMaxWidth(760);

        VBox column = new VBox(content);
        column.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroll = Layouts.scrolling(column);

        acknowledge.setId("acknowledgeButton");
        acknowledge.setDefaultButton(true);
        acknowledge.getStyleClass().add("accent");
        acknowledge.setGraphic(Icons.icon(MaterialDesignS.SHIELD_CHECK_OUTLINE, 20));
        HBox actions = new HBox(acknowledge);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setMaxWidth(760);
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
        return label;
    }

    private static VBox section(String title, String... items) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        VBox box = new VBox(6, heading);
        for (String item : items) {
            box.getChildren().add(paragraph("•  " + item));
        }
        return box;
    }

    private static VBox dangerBox() {
        VBox box = section("Stop and seek care now if you have",
                "numbness between the legs or around the bottom;",
                "new problems controlling your bladder or bowels;",
                "weakness in a leg that is getting worse;",
                "a fever together with back pain;",
                "back pain after a serious fall or accident.");
        box.setId("seekCareNow");
        box.getStyleClass().add(Styles.DANGER_BOX);
        return box;
    }
}
