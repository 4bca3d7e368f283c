package org.unknot.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page shown is left only when its guard lets it: at once, after its save, or never (Cancel). */
class ShellViewModelTest {

    private final ShellViewModel shell = new ShellViewModel();
    /** The saves the guarded page was asked to finish before it is left. */
    private final List<Runnable> pendingSaves = new ArrayList<>();

    private void onHistoryWhoseGuardAnswers(boolean leaveNow) {
        shell.show(Page.HISTORY);
        shell.guard(Page.HISTORY, afterSave -> {
            pendingSaves.add(afterSave);
            return leaveNow;
        });
    }

    @Test
    void aPageWithoutAGuardIsLeftAtOnce() {
        shell.show(Page.SETTINGS);

        assertEquals(Page.SETTINGS, shell.pageProperty().get());
    }

    @Test
    void aGuardThatKeepsItsPageKeepsTheShellOnIt() {
        onHistoryWhoseGuardAnswers(false);

        shell.show(Page.ROUTINES);

        assertEquals(Page.HISTORY, shell.pageProperty().get());
        assertEquals(1, pendingSaves.size(), "the guard was asked");
    }

    @Test
    void aGuardThatSavesFirstLeavesOnceSaved() {
        onHistoryWhoseGuardAnswers(false);

        shell.show(Page.ROUTINES);
        pendingSaves.get(0).run();

        assertEquals(Page.ROUTINES, shell.pageProperty().get());
    }

    @Test
    void aGuardThatDropsTheChangesLeavesAtOnce() {
        onHistoryWhoseGuardAnswers(true);

        shell.show(Page.SETTINGS);

        assertEquals(Page.SETTINGS, shell.pageProperty().get());
    }

    @Test
    void goingToThePageShownAsksNothing() {
        onHistoryWhoseGuardAnswers(false);

        shell.show(Page.HISTORY);

        assertTrue(pendingSaves.isEmpty());
    }

    @Test
    void theEditorOrThePlayerOpenOnlyWhenThePageShownMayBeLeft() {
        onHistoryWhoseGuardAnswers(false);
        List<String> opened = new ArrayList<>();

        shell.leaveThen(() -> opened.add("editor"));

        assertEquals(List.of(), opened);
        assertFalse(shell.mayLeave(() -> { }));
        pendingSaves.get(0).run();
        assertEquals(List.of("editor"), opened);
    }
}
