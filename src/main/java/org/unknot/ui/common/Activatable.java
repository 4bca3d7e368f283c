package org.unknot.ui.common;

/** A page that refreshes what it shows each time the user comes to it. */
public interface Activatable {
    void activate();
}
