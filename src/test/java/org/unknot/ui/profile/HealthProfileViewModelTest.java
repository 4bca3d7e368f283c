package org.unknot.ui.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.Area;
import org.unknot.domain.HealthCondition;
import org.unknot.domain.HealthProfile;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.TempStorage;

class HealthProfileViewModelTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private final QueuedRunner runner = new QueuedRunner();

    private HealthProfile stored() {
        return temp.storage().healthProfile().read();
    }

    @Test
    void inSettingsEachChangeIsSavedAtOnce() {
        HealthProfileViewModel settings = new HealthProfileViewModel(temp.storage().healthProfile(), runner, true);
        settings.load();
        runner.drain();

        settings.setChecked(HealthCondition.RAYNAUD_COLD_URTICARIA, true);
        runner.drain();
        assertEquals(new HealthProfile(Set.of(HealthCondition.RAYNAUD_COLD_URTICARIA), Set.of()), stored());
        assertEquals("Saved. The safety rules now follow your profile.", settings.statusProperty().get());

        settings.setChecked(HealthCondition.RAYNAUD_COLD_URTICARIA, false);
        runner.drain();
        assertEquals(HealthProfile.NONE, stored());
    }

    @Test
    void anInjuryWithoutItsAreaSaysSoAtTheFieldAndIsNotSavedUntilAnAreaIsChosen() {
        HealthProfileViewModel settings = new HealthProfileViewModel(temp.storage().healthProfile(), runner, true);
        settings.setChecked(HealthCondition.PREGNANCY, true);
        settings.setChecked(HealthCondition.RECENT_SURGERY_INJURY, true);
        runner.drain();
        assertEquals(HealthProfileViewModel.CHOOSE_AREA, settings.areaProblemProperty().get());
        assertEquals(new HealthProfile(Set.of(HealthCondition.PREGNANCY), Set.of()), stored());

        settings.setArea(Area.LOWER_BACK, true);
        runner.drain();
        assertEquals("", settings.areaProblemProperty().get());
        assertEquals(new HealthProfile(Set.of(HealthCondition.PREGNANCY, HealthCondition.RECENT_SURGERY_INJURY),
                Set.of(Area.LOWER_BACK)), stored());

        settings.setChecked(HealthCondition.RECENT_SURGERY_INJURY, false);
        runner.drain();
        assertEquals(new HealthProfile(Set.of(HealthCondition.PREGNANCY), Set.of()), stored());
        assertEquals("", settings.areaProblemProperty().get());
    }

    @Test
    void loadingShowsTheSavedProfile() {
        temp.storage().healthProfile().save(new HealthProfile(Set.of(HealthCondition.RECENT_SURGERY_INJURY),
                Set.of(Area.NECK)));
        HealthProfileViewModel settings = new HealthProfileViewModel(temp.storage().healthProfile(), runner, true);
        settings.load();
        runner.drain();
        assertTrue(settings.checkedProperty(HealthCondition.RECENT_SURGERY_INJURY).get());
        assertTrue(settings.areaProperty(Area.NECK).get());
        assertFalse(settings.areaProperty(Area.FEET).get());
        assertFalse(settings.checkedProperty(HealthCondition.PREGNANCY).get());
    }

    @Test
    void theOfferSavesNothingBeforeSaveAndIsNotMadeAgain() {
        AtomicInteger wentOn = new AtomicInteger();
        HealthProfileOffer offer = new HealthProfileOffer(temp.storage().healthProfile(), runner,
                wentOn::incrementAndGet);
        offer.form().setChecked(HealthCondition.OSTEOPOROSIS, true);
        runner.drain();
        assertEquals(HealthProfile.NONE, stored());
        assertFalse(temp.storage().healthProfile().offered());

        offer.save();
        runner.drain();
        assertEquals(new HealthProfile(Set.of(HealthCondition.OSTEOPOROSIS), Set.of()), stored());
        assertTrue(temp.storage().healthProfile().offered());
        assertEquals(1, wentOn.get());
    }

    @Test
    void theOfferWaitsForTheInjuryArea() {
        AtomicInteger wentOn = new AtomicInteger();
        HealthProfileOffer offer = new HealthProfileOffer(temp.storage().healthProfile(), runner,
                wentOn::incrementAndGet);
        offer.form().setChecked(HealthCondition.RECENT_SURGERY_INJURY, true);
        offer.save();
        runner.drain();
        assertEquals(0, wentOn.get());
        assertFalse(temp.storage().healthProfile().offered());
        assertEquals(HealthProfileViewModel.CHOOSE_AREA, offer.form().areaProblemProperty().get());
    }

    @Test
    void skippingKeepsNothingAndIsRemembered() {
        AtomicInteger wentOn = new AtomicInteger();
        HealthProfileOffer offer = new HealthProfileOffer(temp.storage().healthProfile(), runner,
                wentOn::incrementAndGet);
        offer.form().setChecked(HealthCondition.OSTEOPOROSIS, true);
        offer.skip();
        runner.drain();
        assertEquals(HealthProfile.NONE, stored());
        assertTrue(temp.storage().healthProfile().offered());
        assertEquals(1, wentOn.get());
    }
}
