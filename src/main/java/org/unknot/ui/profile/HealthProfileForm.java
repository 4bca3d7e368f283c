package org.unknot.ui.profile;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;
import org.unknot.domain.Area;
import org.unknot.domain.HealthCondition;
import org.unknot.ui.common.Styles;
import org.unknot.ui.common.ValidationMarks;

/**
 * The health profile's items: a switch for each condition with one plain line under it; the recent surgery or injury
 * reveals its areas. One way: the switches show the view model's state, a flip goes to its command.
 */
public final class HealthProfileForm extends VBox {

    static final String ITEM = "health-item";
    static final String AREAS = "injury-areas";

    public HealthProfileForm(HealthProfileViewModel viewModel) {
        super(12);
        setId("healthProfileForm");
        for (HealthCondition condition : HealthCondition.values()) {
            ToggleSwitch toggle = new ToggleSwitch(condition.label());
            toggle.setId("condition-" + condition.id());
            toggle.setSelected(viewModel.checkedProperty(condition).get());
            viewModel.checkedProperty(condition).addListener((observable, old, on) -> toggle.setSelected(on));
            toggle.selectedProperty().addListener((observable, old, on) -> viewModel.setChecked(condition, on));
            Label line = new Label(condition.explanation());
            line.getStyleClass().add(Styles.MUTED);
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            VBox item = new VBox(2, toggle, line);
            item.getStyleClass().add(ITEM);
            getChildren().add(item);
            if (condition == HealthCondition.RECENT_SURGERY_INJURY) {
                item.getChildren().add(areas(viewModel));
            }
        }
    }

    private static VBox areas(HealthProfileViewModel viewModel) {
        FlowPane buttons = new FlowPane(8, 8);
        buttons.setId("injuryAreas");
        for (Area area : Area.values()) {
            ToggleButton button = new ToggleButton(area.label());
            button.setId("injury-" + area.id());
            button.setSelected(viewModel.areaProperty(area).get());
            viewModel.areaProperty(area).addListener((observable, old, on) -> button.setSelected(on));
            button.selectedProperty().addListener((observable, old, on) -> viewModel.setArea(area, on));
            buttons.getChildren().add(button);
        }
        Label problem = new Label();
        problem.setId("injuryAreaProblem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.areaProblemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        ValidationMarks.show((ToggleButton) buttons.getChildren().get(0), viewModel.areaProblemProperty());
        Label question = new Label("Where?");
        VBox box = new VBox(8, question, buttons, problem);
        box.getStyleClass().add(AREAS);
        box.visibleProperty().bind(viewModel.checkedProperty(HealthCondition.RECENT_SURGERY_INJURY));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
