package org.unknot.files;

import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.unknot.domain.Routine;

/**
 * Where imported routines are saved. The routine store implements it in the layers that may see both (the command
 * line, the app), so that reading files never depends on the database.
 */
public interface RoutineSink {

    /** The name itself if no routine has it (ignoring case), else "Name (2)", "Name (3)" … */
    String freeName(String name);

    /**
     * Saves a new routine, all of it or nothing, and returns its id. A failure is a runtime exception whose message is
     * a plain sentence for the user.
     */
    long add(Routine routine);

    /** A sink from two method references, typically {@code RoutineSink.of(store::freeName, store::add)}. */
    static RoutineSink of(UnaryOperator<String> freeName, ToLongFunction<Routine> add) {
        return new RoutineSink() {
            @Override
            public String freeName(String name) {
                return freeName.apply(name);
            }

            @Override
            public long add(Routine routine) {
                return add.applyAsLong(routine);
            }
        };
    }
}
