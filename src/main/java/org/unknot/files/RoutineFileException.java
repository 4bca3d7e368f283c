package org.unknot.files;

import java.util.List;

/** A routine file that was refused, with every reason as a plain sentence naming the file and the field. */
public class RoutineFileException extends Exception {

    private final List<String> problems;

    public RoutineFileException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
