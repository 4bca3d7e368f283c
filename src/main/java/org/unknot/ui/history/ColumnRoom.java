package org.unknot.ui.history;

import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.unknot.ui.common.TextScale;

/**
 * Keeps History's session columns readable at any text size: their widths, set for the normal size, grow with the
 * text, and when the table has no room for all of them at that size the last ones give way (done / planned first,
 * then status), so no column squeezes its text into "…". The shown columns never take more than the table's width:
 * in a narrow table at large text the wrapping ones (when, routine) share the room pain leaves them, so the table
 * never scrolls sideways.
 */
final class ColumnRoom {

    // The columns' own padding and the vertical scroll bar.
    private static final double CHROME = 24;
    private static final int ALWAYS = 3;
    private static final int PAIN = 2;

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
        double[] width = new double[columns.size()];
        double[] wish = new double[columns.size()];
        double needed = 0;
        int shown = 0;
        for (int i = 0; i < columns.size(); i++) {
            width[i] = min[i] * factor;
            wish[i] = pref[i] * factor;
            needed += width[i];
            // the first three (when, routine, pain) always show; the rest only while they fit
            if (i < ALWAYS || needed <= room) {
                shown = i + 1;
            }
        }
        share(width, wish, shown, room);
        for (int i = 0; i < columns.size(); i++) {
            // the minimum first when growing, the preference first when shrinking, so min <= pref all along
            columns.get(i).setMinWidth(Math.min(width[i], columns.get(i).getMinWidth()));
            columns.get(i).setPrefWidth(wish[i]);
            columns.get(i).setMinWidth(width[i]);
            columns.get(i).setVisible(i < shown);
        }
    }

    /**
     * Makes the shown columns' widths add up to the room at most: while their minimums fit, each gives up part of
     * what it wishes beyond its minimum; when even those do not (large text in a narrow table) the wrapping ones
     * (when, routine) share what pain, which does not wrap, leaves them.
     */
    private static void share(double[] width, double[] wish, int shown, double room) {
        double least = 0;
        double wished = 0;
        for (int i = 0; i < shown; i++) {
            least += width[i];
            wished += wish[i];
        }
        if (wished > room && least <= room) {
            double part = (room - least) / (wished - least);
            for (int i = 0; i < shown; i++) {
                wish[i] = width[i] + (wish[i] - width[i]) * part;
            }
        } else if (least > room) {
            // in the share each wishes for: the routine's long words get more than the day and time, which wrap short
            double wrapping = wished - wish[PAIN];
            double part = Math.max(0, room - width[PAIN]) / wrapping;
            for (int i = 0; i < shown; i++) {
                if (i != PAIN) {
                    width[i] = wish[i] * part;
                }
                wish[i] = width[i];
            }
        }
    }
}
