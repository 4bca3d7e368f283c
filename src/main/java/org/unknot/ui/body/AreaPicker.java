package org.unknot.ui.body;

import javafx.geometry.Pos;
import javafx.scene.layout.FlowPane;
import org.unknot.files.BodyMap;
import org.unknot.ui.editor.BodyMapView;

/**
 * Where it hurts, chosen on the body map as the editor draws it, several areas at once, with the area buttons beside
 * it (or below it, in a narrow column) as the keyboard's way. Both show one {@link AreaChoice} and only ask it to
 * toggle. The map is compact, so the picker fits the after-session page and the check-in card in a small window;
 * until the map is read (or if it cannot be) the buttons are there alone.
 */
public final class AreaPicker extends FlowPane {

    /** The map's size here: small beside the buttons, still large enough for every region to be clicked. */
    static final double MAP_WIDTH = 200;
    static final double MAP_HEIGHT = 236;
    /** The buttons' row width: beside the map where there is room (a card, a page), below it in a narrow column. */
    static final double BUTTONS_WIDTH = 400;

    private final AreaChoice choice;
    private final AreaToggles buttons;

    /**
     * @param idPrefix the buttons' ids are this and the area's id ("checkInArea-lower-back"); the map's is this and
     *                 "map"
     */
    public AreaPicker(AreaChoice choice, BodyMapSource maps, String idPrefix) {
        super(16, 12);
        this.choice = choice;
        setAlignment(Pos.CENTER_LEFT);
        buttons = new AreaToggles(choice, idPrefix);
        buttons.setPrefWrapLength(BUTTONS_WIDTH);
        getChildren().add(buttons);
        maps.whenLoaded(map -> getChildren().add(0, map(map, idPrefix)));
    }

    /** Whether Tab reaches the area buttons; the player keeps its keys to itself and says no. */
    public void setButtonsFocusTraversable(boolean reachable) {
        buttons.getChildren().forEach(button -> button.setFocusTraversable(reachable));
    }

    private BodyMapView map(BodyMap map, String idPrefix) {
        BodyMapView view = new BodyMapView(map, choice.chosen(), choice::toggle);
        view.setId(idPrefix + "map");
        view.setPrefSize(MAP_WIDTH, MAP_HEIGHT);
        view.setMinSize(MAP_WIDTH, MAP_HEIGHT);
        view.setMaxSize(MAP_WIDTH, MAP_HEIGHT);
        view.setAccessibleText("Body map: click where it hurts; the buttons beside it do the same");
        return view;
    }
}
