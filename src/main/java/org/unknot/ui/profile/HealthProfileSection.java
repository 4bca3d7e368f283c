package org.unknot.ui.profile;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.Styles;

/** Settings' "Health profile": every item optional, each change saved at once. */
public final class HealthProfileSection extends VBox {

    public HealthProfileSection(HealthProfileViewModel viewModel) {
        super(10);
        setId("healthProfileSection");
        Label heading = new Label("Health profile");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        Label status = new Label();
        status.setId("healthProfileStatus");
        status.getStyleClass().add(Styles.MUTED);
        status.textProperty().bind(viewModel.statusProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        getChildren().addAll(heading, intro(), new ErrorBanner("healthProfileError", viewModel.errorMessageProperty()),
                new HealthProfileForm(viewModel), status);
    }

    /** What the profile does and does not do, in the words of the first-run offer too. */
    static Label intro() {
        Label intro = new Label("Optional, and kept only on this computer. Tick what applies to you: Unknot then "
                + "warns about or blocks the steps that are not right for you, each with its source. Nothing is "
                + "diagnosed; the profile only narrows what the app suggests.");
        intro.getStyleClass().add(Styles.MUTED);
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        return intro;
    }
}
