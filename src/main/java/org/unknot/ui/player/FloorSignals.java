package org.unknot.ui.player;

import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.unknot.session.Segment;
import org.unknot.session.SessionSnapshot;
import org.unknot.session.SessionState;

/**
 * What the player says to someone across the room besides the digits: the card that tells them to switch sides, and
 * the window title that shows the time left when the player is behind another window. Read from the engine's
 * snapshot, like the rest of the screen, so the card lasts a span of session time, paused time not counted.
 */
public final class FloorSignals {

    /** The window's title when no session runs. */
    public static final String APP_TITLE = "Unknot";
    /** How long the switch card covers the screen after the second side begins. */
    static final long SWITCH_SHOWN_NANOS = 5_000_000_000L;

    private final ReadOnlyStringWrapper switchTo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(APP_TITLE);

    /**
     * @param active      true while a session is under way (running, paused, or asking why it stops)
     * @param remaining   the time left as shown, "04:59"
     * @param stepCounter "Step 2 of 5"
     */
    void show(SessionSnapshot snapshot, boolean active, String remaining, String stepCounter) {
        switchTo.set(active ? switchCard(snapshot) : "");
        if (!active) {
            windowTitle.set(APP_TITLE);
        } else {
            String state = snapshot.state() == SessionState.PAUSED ? "Paused  ·  " : "";
            windowTitle.set(state + remaining + "  ·  " + stepCounter + "  —  " + APP_TITLE);
        }
    }

    private static String switchCard(SessionSnapshot snapshot) {
        Optional<Segment> segment = snapshot.segment();
        long position = snapshot.phaseLength() - snapshot.remaining();
        if (snapshot.countingDown() || segment.isEmpty() || position >= SWITCH_SHOWN_NANOS) {
            return "";
        }
        return SegmentText.switchTo(segment.get());
    }

    /** "Switch to the right side" for the first seconds of a second side; empty otherwise. */
    public ReadOnlyStringProperty switchToProperty() {
        return switchTo.getReadOnlyProperty();
    }

    /** "04:59  ·  Step 2 of 5  —  Unknot" while a session is under way, "Unknot" otherwise. */
    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }
}
