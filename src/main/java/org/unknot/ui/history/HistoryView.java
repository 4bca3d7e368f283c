package org.unknot.ui.history;

import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.unknot.domain.SessionRecord;
import org.unknot.ui.common.Activatable;
import org.unknot.ui.common.EmptyState;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.PageHeader;
import org.unknot.ui.common.Styles;

/** The history page: the sessions played, with pain before and after. */
public final class HistoryView extends VBox implements Activatable {

    private final HistoryViewModel viewModel;
    private final ListView<SessionRecord> list = new ListView<>();

    public HistoryView(HistoryViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        bind();
    }

    private void createView() {
        getStyleClass().add(Styles.PAGE);
        setId("historyPage");
        list.setId("sessionList");
        list.getStyleClass().add(Styles.CARD_LIST);
        list.setCellFactory(view -> new SessionCell());
        list.setPlaceholder(new EmptyState(MaterialDesignC.CHART_LINE, "No sessions yet",
                "Each routine you follow is kept here with your pain before and after, so that over the weeks "
                        + "you can see what helps."));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(new PageHeader("History", "Your sessions and pain ratings, newest first."),
                new ErrorBanner("historyError", viewModel.errorMessageProperty()), list);
    }

    private void bind() {
        list.setItems(viewModel.sessions());
    }

    @Override
    public void activate() {
        viewModel.load();
    }
}
