package org.unknot.ui.profile;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.Icons;
import org.unknot.ui.common.Layouts;
import org.unknot.ui.common.PageHeader;
import org.unknot.ui.common.Styles;

/** The page after the first-run safety screen that offers the health profile once, with Save and Skip. */
public final class HealthProfileOfferView extends VBox {

    private static final double WIDTH = 760;

    private final Button save = new Button("Save");

    public HealthProfileOfferView(HealthProfileOffer offer) {
        setId("healthProfileOffer");
        getStyleClass().add(Styles.PAGE);
        setAlignment(Pos.TOP_CENTER);
        VBox content = new VBox(16, new PageHeader("Your health profile",
                "One minute, once: you can change it any time in Settings.").wrappingTitle(),
                HealthProfileSection.intro(), new HealthProfileForm(offer.form()));
        content.setMaxWidth(WIDTH);
        VBox column = new VBox(content);
        column.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroll = Layouts.scrolling(column);

        save.setId("saveProfileButton");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setGraphic(Icons.icon(MaterialDesignC.CHECK, 18));
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.disableProperty().bind(offer.busyProperty().or(offer.form().savingProperty()));
        save.setOnAction(event -> offer.save());
        Button skip = new Button("Skip");
        skip.setId("skipProfileButton");
        skip.setMinWidth(Region.USE_PREF_SIZE);
        skip.disableProperty().bind(save.disableProperty());
        skip.setOnAction(event -> offer.skip());
        HBox actions = new HBox(12, skip, save);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setMaxWidth(WIDTH);
        getChildren().addAll(scroll, new ErrorBanner("healthProfileOfferError", offer.form().errorMessageProperty()),
                actions);
    }

    /** Puts the keyboard on Save, so that Enter saves. */
    public void focusSave() {
        save.requestFocus();
    }
}
