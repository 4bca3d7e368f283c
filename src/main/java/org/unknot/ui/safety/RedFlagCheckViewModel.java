package org.unknot.ui.safety;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.unknot.domain.RedFlag;
import org.unknot.domain.RedFlagCheck;
import org.unknot.domain.RedFlagReason;
import org.unknot.domain.RedFlagUrgency;
import org.unknot.store.RedFlagStore;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.ErrorMessages;

/**
 * The red-flag questions as yes/no: any "yes" shows at once what to do and how soon, most urgent first; Save keeps
 * the answers with their date (off the FX thread), Not now leaves without them.
 */
public final class RedFlagCheckViewModel {

    private final RedFlagReason reason;
    private final RedFlagStore store;
    private final BackgroundRunner runner;
    private final Clock clock;
    private final Runnable onDone;
    private final ObservableMap<RedFlag, Boolean> answers = FXCollections.observableMap(new EnumMap<>(RedFlag.class));
    private final ObservableList<String> advice = FXCollections.observableArrayList();
    // Made once: an unmodifiable view listens to its list only weakly, so a view made per call can be collected
    // together with the listeners added to it.
    private final ObservableMap<RedFlag, Boolean> answersView = FXCollections.unmodifiableObservableMap(answers);
    private final ObservableList<String> adviceView = FXCollections.unmodifiableObservableList(advice);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSave;

    public RedFlagCheckViewModel(RedFlagReason reason, RedFlagStore store, BackgroundRunner runner, Clock clock,
                                 Runnable onDone) {
        this.reason = reason;
        this.store = store;
        this.runner = runner;
        this.clock = clock;
        this.onDone = onDone;
        this.canSave = Bindings.createBooleanBinding(() -> answers.size() == RedFlag.values().length, answers)
                .and(saving.not()).and(saved.not());
        answers.addListener((MapChangeListener<RedFlag, Boolean>) change -> advice.setAll(advice(answers)));
    }

    /** What to do for each urgency answered "yes", most urgent first, naming the answers that call for it. */
    static List<String> advice(Map<RedFlag, Boolean> answers) {
        List<String> sentences = new ArrayList<>();
        for (RedFlagUrgency urgency : RedFlagUrgency.values()) {
            String because = answers.entrySet().stream()
                    .filter(answer -> answer.getValue() && answer.getKey().urgency() == urgency)
                    .map(answer -> answer.getKey().line()).collect(Collectors.joining("; "));
            if (!because.isEmpty()) {
                sentences.add(urgency.instruction() + " You answered yes to: " + because + ".");
            }
        }
        return sentences;
    }

    public void answer(RedFlag flag, boolean yes) {
        if (!saved.get()) {
            answers.put(flag, yes);
        }
    }

    /** Keeps the answers; with every answer "no" it returns at once, otherwise it stays to show what to do. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        saving.set(true);
        RedFlagCheck check = new RedFlagCheck(clock.instant(), reason, answers);
        runner.run(() -> store.save(check), id -> {
            saving.set(false);
            saved.set(true);
            errorMessage.set("");
            if (check.yes().isEmpty()) {
                onDone.run();
            }
        }, failure -> {
            saving.set(false);
            errorMessage.set(ErrorMessages.plain(failure));
        });
    }

    /** Not now, or Done after saving: back to where the user was. */
    public void close() {
        if (!saving.get()) {
            onDone.run();
        }
    }

    public String intro() {
        return switch (reason) {
            case MONTHLY -> "Once a month, a few questions about signs that need a doctor rather than massage.";
            case PAIN_WORSE_STOP -> "You stopped because the pain got worse. Please check for signs that need a "
                    + "doctor rather than massage.";
            case WORSENING -> "Your pain has been getting worse. Please stop the routine that hurts, and check for "
                    + "signs that need a doctor rather than massage.";
        };
    }

    public RedFlagReason reason() {
        return reason;
    }

    public ObservableMap<RedFlag, Boolean> answers() {
        return answersView;
    }

    /** The instructions the "yes" answers call for, most urgent first; empty while every answer is "no". */
    public ObservableList<String> advice() {
        return adviceView;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}
