package org.unknot.ui.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.collections.SetChangeListener;
import org.junit.jupiter.api.Test;
import org.unknot.domain.Area;

/** The picker's view model: one set of areas that the map and the buttons both toggle and both show. */
class AreaChoiceTest {

    private final AreaChoice choice = new AreaChoice();

    @Test
    void toggleChoosesAnAreaAndASecondToggleUnchoosesIt() {
        choice.toggle(Area.LOWER_BACK);
        choice.toggle(Area.NECK);
        assertEquals(Set.of(Area.LOWER_BACK, Area.NECK), choice.get());

        choice.toggle(Area.LOWER_BACK);
        assertEquals(Set.of(Area.NECK), choice.get());
        assertFalse(choice.isEmpty());
    }

    @Test
    void aToggleFromTheMapAndOneFromTheButtonsAreTheSameRequestSoTheyCancelOut() {
        List<String> changes = new ArrayList<>();
        choice.chosen().addListener((SetChangeListener<Area>) change ->
                changes.add((change.wasAdded() ? "+" : "-") + (change.wasAdded() ? change.getElementAdded()
                        : change.getElementRemoved()).id()));
        Runnable fromMap = () -> choice.toggle(Area.CALVES);
        Runnable fromButton = () -> choice.toggle(Area.CALVES);

        fromMap.run();
        fromButton.run();

        assertTrue(choice.isEmpty());
        assertEquals(List.of("+calves", "-calves"), changes);
    }

    @Test
    void settingTheChoiceChangesOnlyTheAreasThatDiffer() {
        choice.set(Set.of(Area.NECK, Area.FEET));
        List<Area> changed = new ArrayList<>();
        choice.chosen().addListener((SetChangeListener<Area>) change ->
                changed.add(change.wasAdded() ? change.getElementAdded() : change.getElementRemoved()));

        choice.set(Set.of(Area.NECK, Area.THIGHS));

        assertEquals(Set.of(Area.NECK, Area.THIGHS), choice.get());
        assertEquals(Set.of(Area.FEET, Area.THIGHS), Set.copyOf(changed));
        assertEquals(2, changed.size(), "the neck stayed chosen throughout");
    }

    @Test
    void theViewsCanReadTheChoiceButOnlyAskToChangeIt() {
        choice.toggle(Area.SHOULDERS);

        assertThrows(UnsupportedOperationException.class, () -> choice.chosen().add(Area.FEET));
        Set<Area> copy = choice.get();
        choice.toggle(Area.FEET);
        assertEquals(Set.of(Area.SHOULDERS), copy, "a value, not a view of the choice");
    }
}
