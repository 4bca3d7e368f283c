package org.unknot.ui.body;

import java.util.EnumSet;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.unknot.domain.Area;

/**
 * Where it hurts: the areas chosen, several at once, after a session or at a check-in. The body map and the area
 * buttons both show {@link #chosen()} and both only ask {@link #toggle}, so they can never disagree.
 */
public final class AreaChoice {

    private final ObservableSet<Area> chosen = FXCollections.observableSet(EnumSet.noneOf(Area.class));
    private final ObservableSet<Area> shown = FXCollections.unmodifiableObservableSet(chosen);

    /** Chooses the area if it was not chosen, and unchooses it if it was. */
    public void toggle(Area area) {
        if (!chosen.remove(area)) {
            chosen.add(area);
        }
    }

    /** Makes the choice {@code areas}, changing only the areas that differ. */
    public void set(Set<Area> areas) {
        chosen.retainAll(areas);
        chosen.addAll(areas);
    }

    /** The areas chosen now, as a value. */
    public Set<Area> get() {
        return Set.copyOf(chosen);
    }

    public boolean isEmpty() {
        return chosen.isEmpty();
    }

    /** The areas chosen, read-only; it changes as they are toggled. */
    public ObservableSet<Area> chosen() {
        return shown;
    }
}
