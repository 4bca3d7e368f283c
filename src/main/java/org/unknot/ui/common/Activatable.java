package org.unknot.ui.common;

/** A page that loads what it shows each time the user comes to it, and stops its work when the user leaves it. */
public interface Activatable {

    void activate();

    /** Stops loading and removes listeners on long-lived objects; the page may be activated again later. */
    default void deactivate() {
    }
}
