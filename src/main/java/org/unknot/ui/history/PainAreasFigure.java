package org.unknot.ui.history;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unknot.domain.PainAreas;
import org.unknot.ui.common.Styles;

/**
 * History's "Where it hurt most often": each area named in the period's check-ins and after-session ratings, most
 * often first, as a bar and its count out of the ratings that said where ("23 of 41"). Only the counts.
 */
final class PainAreasFigure extends VBox {

    static final String BAR = "pain-area-bar";
    /** The longest bar (every rating named the area), in em so it follows the text size. */
    private static final double FULL_BAR_EM = 16;

    private final Label about = new Label();
    private final GridPane rows = new GridPane();

    PainAreasFigure() {
        super(8);
        setId("painAreasFigure");
        Label title = new Label("Where it hurt most often");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        about.setId("painAreasAbout");
        about.getStyleClass().add(Styles.MUTED);
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        rows.setId("painAreaRows");
        rows.setHgap(12);
        rows.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        rows.getColumnConstraints().add(names);
        getChildren().addAll(title, about, rows);
    }

    void show(PainAreas areas) {
        about.setText(areas.ratings() == 0
                ? "No check-in or rating after a session in this period said where it hurt. Choose the areas on the"
                + " body map when you rate your pain, and they are counted here."
                : "Out of the " + areas.ratings() + (areas.ratings() == 1 ? " rating" : " ratings") + " that said"
                + " where it hurt: daily check-ins and ratings after a session.");
        rows.getChildren().clear();
        int row = 0;
        for (PainAreas.AreaCount each : areas.ranked()) {
            Label name = new Label(each.area().label());
            Region bar = new Region();
            bar.getStyleClass().add(BAR);
            double share = each.count() / (double) areas.ratings();
            // in em: the style's font size is the text size's, so the bars scale with the labels
            bar.setStyle("-fx-pref-width: " + String.format(Locale.ROOT, "%.2f", share * FULL_BAR_EM)
                    + "em;");
            bar.setMinWidth(2);
            bar.setMaxWidth(Region.USE_PREF_SIZE);
            Label count = new Label(each.count() + " of " + areas.ratings());
            count.setId("painArea-" + each.area().id());
            count.setMinWidth(Region.USE_PREF_SIZE);
            // the count right at the end of its bar
            HBox barAndCount = new HBox(8, bar, count);
            barAndCount.setAlignment(Pos.CENTER_LEFT);
            rows.addRow(row++, name, barAndCount);
        }
    }
}
