package org.unknot.ui.history;

import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.unknot.ui.common.TextScale;

/**
 * Keeps History's session columns readable at any text size: their widths, set for the normal size, grow with the
 * text, and when the table has no room for all of them at that size the last ones give way (done / planned first,
 * then status), so no column squeezes its text into "…" or pushes the table into a sideways scroll.
 */
final class ColumnRoom {

    // The columns' own padding and the vertical scroll bar.
    private static final double CHROME = 24;

    private final TableView<?> table;
    private final List<? extends TableColumn<?, ?>> columns;
    private final double[] min;
    private final double[] pref;

    /** {@code columns} in the order they give way last to first: the first ones always stay. */
    ColumnRoom(TableView<?> table, List<? extends TableColumn<?, ?>> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
        this.min = new double[columns.size()];
        this.pref = new double[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            min[i] = columns.get(i).getMinWidth();
            pref[i] = columns.get(i).getPrefWidth();
        }
    }

    void fit() {
        if (table.getScene() == null || table.getWidth() <= 0) {
            return;
        }
        double factor = TextScale.factor(table.getScene());
        double room = table.getWidth() - CHROME;
        double needed = 0;
        for (int i = 0; i < columns.size(); i++) {
            needed += min[i] * factor;
            // the first three (when, routine, pain) always show; the rest only while they fit
            boolean shown = i < 3 || needed <= room;
            columns.get(i).setMinWidth(min[i] * factor);
            columns.get(i).setPrefWidth(pref[i] * factor);
            columns.get(i).setVisible(shown);
        }
    }
}
