package org.unknot.ui.common;

/** Style-class names used by the views and defined in the theme sheets. */
public final class Styles {

    public static final String PAGE = "page";
    public static final String PAGE_TITLE = "page-title";
    public static final String PAGE_SUBTITLE = "page-subtitle";
    public static final String NAV = "nav";
    public static final String NAV_BUTTON = "nav-button";
    public static final String BRAND = "brand";
    public static final String EMPTY_STATE = "empty-state";
    public static final String EMPTY_TITLE = "empty-title";
    public static final String EMPTY_TEXT = "empty-text";
    public static final String CARD_LIST = "card-list";
    public static final String ROUTINE_NAME = "routine-name";
    public static final String ROUTINE_DETAIL = "routine-detail";
    public static final String TOOL_ICON = "tool-icon";
    public static final String TOOL_BADGE = "tool-badge";
    public static final String SECTION_TITLE = "section-title";
    public static final String DANGER_BOX = "danger-box";
    public static final String NOTE_BOX = "note-box";
    public static final String MUTED = "muted";
    public static final String WARNING_BOX = "warning-box";
    public static final String PAIN_BUTTON = "pain-button";
    public static final String PLAYER = "player";
    public static final String PLAYER_TIME = "player-time";
    public static final String PLAYER_AREA = "player-area";
    public static final String PLAYER_TOOL = "player-tool";
    public static final String PLAYER_CUE = "player-cue";
    public static final String PLAYER_HOW_TO = "player-how-to";
    public static final String PLAYER_NEXT = "player-next";
    public static final String PLAYER_BUTTON = "player-button";
    public static final String PLAYER_STATUS = "player-status";
    public static final String FLASH = "flash";
    public static final String OVERLAY = "overlay";
    public static final String OVERLAY_CARD = "overlay-card";
    public static final String BIG_BUTTON = "big-button";

    private Styles() {
    }
}
