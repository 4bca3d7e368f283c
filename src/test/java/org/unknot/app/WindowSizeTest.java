package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowSizeTest {

    private static Rectangle2D screen(double width, double height) {
        return new Rectangle2D(0, 0, width, height);
    }

    @Test
    void aLargeScreenGetsTheRoomyWindow() {
        assertEquals(new WindowSize(1100, 760), WindowSize.opening(screen(1920, 1050)));
    }

    @Test
    void aSmallScreenGetsNineTenthsOfItsVisibleArea() {
        assertEquals(new WindowSize(922, 692), WindowSize.opening(screen(1024, 768)));
        assertEquals(new WindowSize(1100, 760), WindowSize.opening(screen(1400, 870)));
    }

    @Test
    void aWindowNeverOpensSmallerThanThePagesNeedWhileTheScreenHasRoom() {
        assertEquals(new WindowSize(760, 540), WindowSize.opening(screen(800, 580)));
    }

    @Test
    void aWindowNeverOpensLargerThanTheVisibleAreaOfATinyScreen() {
        assertEquals(new WindowSize(700, 500), WindowSize.opening(screen(700, 500)));
        assertEquals(new WindowSize(700, 500), WindowSize.minimum(screen(700, 500)));
    }

    @Test
    void theMinimumIsWhatThePagesNeedOnAnyUsualScreen() {
        assertEquals(WindowSize.MINIMUM, WindowSize.minimum(screen(1024, 768)));
    }
}
