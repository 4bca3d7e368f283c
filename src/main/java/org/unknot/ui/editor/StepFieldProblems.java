package org.unknot.ui.editor;

import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableValue;
import org.unknot.domain.Problem;

/**
 * The sentence that marks each field of the step editor, or empty: a time that is not one ("Type the time as…", said
 * when the field is left), else the routine's own problem for that field of the selected step ("Step 2: seconds must
 * be between…"). These are the refusals' own sentences; the step's other messages show above its fields.
 */
final class StepFieldProblems {

    static final String NOT_A_TIME = "Type the time as minutes:seconds, like 1:30, or as seconds, like 90.";
    /** The step's fields that show their own problem, and so are left out of the messages above them. */
    static final Set<String> FIELDS = Set.of("seconds", "cue");

    private final ReadOnlyStringWrapper typedTime = new ReadOnlyStringWrapper("");
    private final StringBinding seconds;
    private final StringBinding cue;

    StepFieldProblems(ObservableValue<List<Problem>> problems, ObservableIntegerValue selected) {
        StringBinding domainSeconds = of(problems, selected, "seconds");
        seconds = Bindings.createStringBinding(() -> typedTime.get().isEmpty() ? domainSeconds.get() : typedTime.get(),
                typedTime, domainSeconds);
        cue = of(problems, selected, "cue");
    }

    private static StringBinding of(ObservableValue<List<Problem>> problems, ObservableIntegerValue selected,
                                    String field) {
        return Bindings.createStringBinding(() -> problems.getValue().stream()
                .filter(problem -> problem.step().orElse(-1) == selected.get() && problem.field().equals(field))
                .map(Problem::message).findFirst().orElse(""), problems, selected);
    }

    /** The time field was left holding {@code valid} or not a time. */
    void timeLeft(boolean valid) {
        typedTime.set(valid ? "" : NOT_A_TIME);
    }

    StringBinding seconds() {
        return seconds;
    }

    StringBinding cue() {
        return cue;
    }
}
