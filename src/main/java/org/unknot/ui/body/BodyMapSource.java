package org.unknot.ui.body;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unknot.files.BodyMap;
import org.unknot.ui.common.BackgroundRunner;

/**
 * The body map for the area pickers, read once in the background when {@link #load()} is called (the app calls it
 * after the first page has loaded) and handed to each picker on the FX thread. Until then, or if it cannot be read,
 * the pickers show their area buttons alone.
 */
public final class BodyMapSource {

    /** Never any map: the pickers keep to their buttons. */
    public static final BodyMapSource NONE = new BodyMapSource(null, null);

    private static final Logger LOG = LoggerFactory.getLogger(BodyMapSource.class);

    private final BackgroundRunner runner;
    private final Callable<BodyMap> read;
    private final List<Consumer<BodyMap>> waiting = new ArrayList<>();
    private BodyMap map;
    private boolean asked;

    /** @param read reads the map; called once, on the background thread */
    public BodyMapSource(BackgroundRunner runner, Callable<BodyMap> read) {
        this.runner = runner;
        this.read = read;
    }

    /** Starts reading the map; later calls do nothing. */
    public void load() {
        if (asked || runner == null) {
            return;
        }
        asked = true;
        runner.run(read, loaded -> {
            map = loaded;
            waiting.forEach(use -> use.accept(loaded));
            waiting.clear();
        }, failure -> {
            LOG.warn("The body map could not be read; areas are chosen with their buttons", failure);
            waiting.clear();
        });
    }

    /** Hands the map to {@code use} now if it is read, or once it is; never if it cannot be. On the FX thread. */
    public void whenLoaded(Consumer<BodyMap> use) {
        if (map != null) {
            use.accept(map);
        } else if (runner != null) {
            waiting.add(use);
        }
    }
}
