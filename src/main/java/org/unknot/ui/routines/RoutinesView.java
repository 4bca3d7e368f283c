package org.unknot.ui.routines;

import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.unknot.store.RoutineSummary;
import org.unknot.ui.common.Activatable;
import org.unknot.ui.common.EmptyState;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.PageHeader;
import org.unknot.ui.common.Styles;

/** The routine library page. */
public final class RoutinesView extends VBox implements Activatable {

    private final RoutinesViewModel viewModel;
    private final ListView<RoutineSummary> list = new ListView<>();

    public RoutinesView(RoutinesViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        bind();
    }

    private void createView() {
        getStyleClass().add(Styles.PAGE);
        setId("routinesPage");
        list.setId("routineList");
        list.getStyleClass().add(Styles.CARD_LIST);
        list.setCellFactory(view -> new RoutineCell());
        list.setPlaceholder(new EmptyState(MaterialDesignF.FORMAT_LIST_BULLETED, "No routines yet",
                "A routine is a list of timed steps with your foam roller, massager or cold ball."));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(new PageHeader("Routines", "Choose a routine to follow on the mat, or build your own."),
                new ErrorBanner("routinesError", viewModel.errorMessageProperty()), list);
    }

    private void bind() {
        list.setItems(viewModel.routines());
    }

    @Override
    public void activate() {
        viewModel.load();
    }
}
