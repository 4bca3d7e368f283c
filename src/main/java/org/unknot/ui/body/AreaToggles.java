package org.unknot.ui.body;

import javafx.collections.SetChangeListener;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import org.unknot.domain.Area;

/**
 * Where it hurts, as a toggle button per area: the keyboard's way to the choice the body map shows. A click asks the
 * choice to toggle, and the buttons always show the choice.
 */
final class AreaToggles extends FlowPane {

    AreaToggles(AreaChoice choice, String idPrefix) {
        super(6, 6);
        for (Area area : Area.values()) {
            ToggleButton button = new ToggleButton(area.label());
            button.setId(idPrefix + area.id());
            // the button's own flip is undone at once: the choice, not the click, says whether it is chosen
            button.setOnAction(event -> {
                choice.toggle(area);
                button.setSelected(choice.chosen().contains(area));
            });
            button.setSelected(choice.chosen().contains(area));
            choice.chosen().addListener((SetChangeListener<Area>) change ->
                    button.setSelected(choice.chosen().contains(area)));
            getChildren().add(button);
        }
    }
}
