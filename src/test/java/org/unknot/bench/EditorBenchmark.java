package org.unknot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.unknot.domain.Area;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;
import org.unknot.store.StoredRoutine;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.editor.EditorViewModel;

/**
 * What one edit costs in a 200-step routine: the new state, the undo history, validation, safety, the total and the
 * equipment list, all recomputed per keystroke. A frame is 16.7 ms; an edit must take a small part of it.
 */
class EditorBenchmark {

    private static Routine twoHundredSteps() {
        List<Step> steps = new ArrayList<>();
        Tool[] tools = {Tool.FOAM_ROLLER, Tool.HANDHELD_MASSAGER, Tool.COLD_BALL, Tool.REST};
        for (int i = 0; i < Routine.MAX_STEPS; i++) {
            Tool tool = tools[i % tools.length];
            steps.add(tool == Tool.REST ? Step.rest(15, "Breathe")
                    : Step.of(tool, Area.values()[i % Area.values().length], 60).withSide(i % 3 == 0 ? Side.EACH
                    : Side.CENTER).withCue("Slow strokes along the muscle"));
        }
        return new Routine("Long", "", PerformedBy.SELF, steps);
    }

    @Test
    void editsStayFarUnderAFrameWithTwoHundredSteps() throws Exception {
        BackgroundRunner inline = new BackgroundRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                // saving is not part of an edit
            }
        };
        EditorViewModel editor = new EditorViewModel(Optional.of(new StoredRoutine(1, twoHundredSteps())), null,
                inline, null, id -> { });
        editor.selectStep(100);
        String[] typed = {""};

        double typing = medianMicros(2000, () -> {
            typed[0] = typed[0].length() > 200 ? "" : typed[0] + "a";
            editor.editSelected(step -> step.withCue(typed[0]), "cue");
        });
        double moving = medianMicros(2000, () -> editor.moveStep(100, 101));
        double undoing = medianMicros(2000, () -> {
            editor.undo();
            editor.redo();
        });

        Bench.report("editor.type_a_letter_200_steps_median", typing, "us");
        Bench.report("editor.move_a_step_200_steps_median", moving, "us");
        Bench.report("editor.undo_and_redo_200_steps_median", undoing, "us");
        assertEquals(Routine.MAX_STEPS, editor.steps().size());
    }

    private static double medianMicros(int runs, Runnable work) {
        for (int i = 0; i < 200; i++) {
            work.run();
        }
        double[] micros = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            micros[i] = (System.nanoTime() - start) / 1e3;
        }
        Arrays.sort(micros);
        return micros[runs / 2];
    }
}
