package org.unknot.ui.routines;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.unknot.store.RoutineSummary;
import org.unknot.ui.common.Activatable;
import org.unknot.ui.common.EmptyState;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.Icons;
import org.unknot.ui.common.PageHeader;
import org.unknot.ui.common.Styles;

/** The routine library page. */
public final class RoutinesView extends VBox implements Activatable {

    private final RoutinesViewModel viewModel;
    private final ListView<RoutineSummary> list = new ListView<>();
    private final Button start = new Button("Start");

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
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                viewModel.start();
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.start();
                event.consume();
            }
        });
        start.setId("startButton");
        start.getStyleClass().add("accent");
        start.setGraphic(Icons.icon(MaterialDesignP.PLAY, 20));
        start.setOnAction(event -> viewModel.start());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, new PageHeader("Routines", "Choose a routine and press Start to follow it on the "
                + "mat."), spacer, start);
        header.setAlignment(Pos.BOTTOM_LEFT);
        getChildren().addAll(header,
                new ErrorBanner("routinesError", viewModel.errorMessageProperty()), list);
    }

    private void bind() {
        list.setItems(viewModel.routines());
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, routine) ->
                viewModel.selectedProperty().set(routine));
        viewModel.selectedProperty().addListener((observable, old, routine) -> {
            if (list.getSelectionModel().getSelectedItem() != routine) {
                list.getSelectionModel().select(routine);
            }
        });
        start.disableProperty().bind(viewModel.canStartProperty().not());
        start.setTooltip(new Tooltip("Open the player ready on the selected routine (or double-click it)"));
    }

    @Override
    public void activate() {
        viewModel.load();
    }
}
