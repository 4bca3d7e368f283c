package org.unknot.ui.history;

import java.util.function.Consumer;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import org.unknot.domain.Area;

/** Where it hurts, as a toggle button per area; a click asks to toggle it, and the buttons always show the set. */
final class AreaToggles extends FlowPane {

    AreaToggles(ObservableSet<Area> chosen, Consumer<Area> toggle, String idPrefix) {
        super(6, 6);
        for (Area area : Area.values()) {
            ToggleButton button = new ToggleButton(area.label());
            button.setId(idPrefix + area.id());
            button.setOnAction(event -> {
                toggle.accept(area);
                button.setSelected(chosen.contains(area));
            });
            button.setSelected(chosen.contains(area));
            chosen.addListener((SetChangeListener<Area>) change -> button.setSelected(chosen.contains(area)));
            getChildren().add(button);
        }
    }
}
