package org.unknot.ui.safety;

import org.unknot.domain.RedFlagReason;

/**
 * The one way to bring back the red-flag questions: opens the check over the main window, and returns the user
 * where they were after Save or Not now. View models receive it in their constructor. Call on the FX thread.
 */
@FunctionalInterface
public interface RedFlagPrompt {

    /** Asks nothing: for view models built where the questions cannot be shown. */
    RedFlagPrompt NONE = reason -> { };

    void ask(RedFlagReason reason);
}
