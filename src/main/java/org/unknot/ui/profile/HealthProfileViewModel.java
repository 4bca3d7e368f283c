package org.unknot.ui.profile;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.unknot.domain.Area;
import org.unknot.domain.HealthCondition;
import org.unknot.domain.HealthProfile;
import org.unknot.store.HealthProfileStore;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.ErrorMessages;
import org.unknot.ui.common.LatestLoader;

/**
 * The health profile as the user ticks it. In Settings each change is saved at once, as every setting there is; on
 * the first-run offer nothing is saved before Save. A recent surgery or injury needs its area: until one is chosen
 * the field says so, and that item alone is not saved.
 */
public final class HealthProfileViewModel {

    static final String CHOOSE_AREA = "Choose where the surgery or injury was.";

    private enum Load { PROFILE }

    private final HealthProfileStore store;
    private final BackgroundRunner runner;
    private final boolean saveEachChange;
    private final LatestLoader<Load, HealthProfile> loader;
    private final Map<HealthCondition, ReadOnlyBooleanWrapper> conditions = new EnumMap<>(HealthCondition.class);
    private final Map<Area, ReadOnlyBooleanWrapper> areas = new EnumMap<>(Area.class);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final StringBinding areaProblem;

    /** @param saveEachChange true in Settings: every change is saved at once, in one transaction each */
    public HealthProfileViewModel(HealthProfileStore store, BackgroundRunner runner, boolean saveEachChange) {
        this.store = store;
        this.runner = runner;
        this.saveEachChange = saveEachChange;
        for (HealthCondition condition : HealthCondition.values()) {
            conditions.put(condition, new ReadOnlyBooleanWrapper(false));
        }
        for (Area area : Area.values()) {
            areas.put(area, new ReadOnlyBooleanWrapper(false));
        }
        ReadOnlyBooleanWrapper injured = conditions.get(HealthCondition.RECENT_SURGERY_INJURY);
        areaProblem = Bindings.createStringBinding(() -> injured.get() && chosenAreas().isEmpty() ? CHOOSE_AREA : "",
                Stream.concat(Stream.of(injured), areas.values().stream()).toArray(Observable[]::new));
        this.loader = new LatestLoader<>(runner, load -> store.read(), this::show,
                failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    /** Reads the saved profile off the FX thread; the page does this each time it is shown. */
    public void load() {
        loader.reload(Load.PROFILE);
    }

    public void deactivate() {
        loader.cancel();
    }

    public void setChecked(HealthCondition condition, boolean on) {
        if (conditions.get(condition).get() != on) {
            conditions.get(condition).set(on);
            changed();
        }
    }

    public void setArea(Area area, boolean on) {
        if (areas.get(area).get() != on) {
            areas.get(area).set(on);
            changed();
        }
    }

    /** Saves the whole profile; with an injury but no area chosen it only shows why. */
    public void save(Runnable then) {
        if (!areaProblem.get().isEmpty()) {
            return;
        }
        write(profile(), then);
    }

    /** The profile as ticked; an injury without its area is left out, as it cannot be saved yet. */
    HealthProfile profile() {
        Set<HealthCondition> ticked = EnumSet.noneOf(HealthCondition.class);
        conditions.forEach((condition, on) -> {
            if (on.get()) {
                ticked.add(condition);
            }
        });
        Set<Area> chosen = chosenAreas();
        if (!ticked.contains(HealthCondition.RECENT_SURGERY_INJURY) || chosen.isEmpty()) {
            ticked.remove(HealthCondition.RECENT_SURGERY_INJURY);
            chosen = Set.of();
        }
        return new HealthProfile(ticked, chosen);
    }

    private void changed() {
        status.set("");
        if (saveEachChange) {
            write(profile(), () -> status.set("Saved. The safety rules now follow your profile."));
        }
    }

    private void write(HealthProfile profile, Runnable then) {
        saving.set(true);
        runner.run(() -> {
            store.save(profile);
            return profile;
        }, saved -> {
            saving.set(false);
            errorMessage.set("");
            then.run();
        }, failure -> {
            saving.set(false);
            errorMessage.set(ErrorMessages.plain(failure));
        });
    }

    private void show(HealthProfile profile) {
        errorMessage.set("");
        conditions.forEach((condition, on) -> on.set(profile.has(condition)));
        areas.forEach((area, on) -> on.set(profile.injuryAreas().contains(area)));
    }

    private Set<Area> chosenAreas() {
        Set<Area> chosen = EnumSet.noneOf(Area.class);
        areas.forEach((area, on) -> {
            if (on.get()) {
                chosen.add(area);
            }
        });
        return chosen;
    }

    public ReadOnlyBooleanProperty checkedProperty(HealthCondition condition) {
        return conditions.get(condition).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty areaProperty(Area area) {
        return areas.get(area).getReadOnlyProperty();
    }

    /** "Choose where the surgery or injury was." while the injury is ticked without an area; empty otherwise. */
    public StringBinding areaProblemProperty() {
        return areaProblem;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
