package org.unknot.ui.player;

import javafx.css.PseudoClass;
import org.unknot.domain.Tool;

/** Style-class names of the player's own parts, defined in the player's block of unknot.css. */
final class PlayerStyles {

    static final String KEYS_HINT = "player-keys";
    static final String KEY_CAP = "player-key-cap";
    static final String TOOL_CHIP = "player-chip";
    static final String PAUSED_OVERLAY = "player-paused";
    static final String PAUSED_TEXT = "player-paused-text";
    static final String SWITCH_CARD = "player-switch";
    static final String SWITCH_TEXT = "player-switch-text";
    static final String CARD_DETAIL = "player-card-detail";
    static final String PAIN_SCALE = "player-pain-scale";

    private PlayerStyles() {
    }

    /** ":tool-cold-ball", ":tool-rest"…: the player's colour band follows the tool of the step. */
    static PseudoClass toolClass(Tool tool) {
        return PseudoClass.getPseudoClass("tool-" + tool.id());
    }
}
