package org.unknot.ui.safety;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unknot.domain.RedFlag;
import org.unknot.ui.common.ErrorBanner;
import org.unknot.ui.common.Layouts;
import org.unknot.ui.common.PageHeader;
import org.unknot.ui.common.Styles;

/**
 * The red-flag check as a mode of the main window: one yes/no pair per question (Tab between them, Space or Enter
 * to choose), what to do as soon as a "yes" is chosen, Save and Not now (Esc).
 */
public final class RedFlagCheckView extends VBox {

    private static final double WIDTH = 900;

    private final RedFlagCheckViewModel viewModel;
    private final Map<RedFlag, ToggleButton> yesButtons = new EnumMap<>(RedFlag.class);
    private final Map<RedFlag, ToggleButton> noButtons = new EnumMap<>(RedFlag.class);
    private final VBox advice = new VBox(8);
    private final Button save = new Button("Save answers");
    private final Button notNow = new Button("Not now");

    public RedFlagCheckView(RedFlagCheckViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        bind();
    }

    private void createView() {
        setId("redFlagCheck");
        getStyleClass().addAll(Styles.PAGE, "red-flag-check");
        setAlignment(Pos.TOP_CENTER);

        VBox questions = new VBox(10);
        for (RedFlag flag : RedFlag.values()) {
            questions.getChildren().add(question(flag));
        }
        questions.setMaxWidth(WIDTH);
        VBox centred = new VBox(questions);
        centred.setAlignment(Pos.TOP_CENTER);

        PageHeader header = new PageHeader("A few safety questions", viewModel.intro());
        header.setMaxWidth(WIDTH);
        // The intro wraps rather than ending in "…": after a stop for worse pain it says what to do.
        header.setMinHeight(Region.USE_PREF_SIZE);
        advice.setId("redFlagAdvice");
        advice.getStyleClass().add(Styles.DANGER_BOX);
        advice.setMaxWidth(WIDTH);
        advice.setMinHeight(Region.USE_PREF_SIZE);
        advice.visibleProperty().bind(Bindings.isNotEmpty(viewModel.advice()));
        advice.managedProperty().bind(advice.visibleProperty());

        save.setId("saveRedFlagsButton");
        save.setDefaultButton(true);
        save.getStyleClass().addAll("accent", Styles.BIG_BUTTON);
        notNow.setId("notNowRedFlagsButton");
        notNow.setCancelButton(true);
        notNow.getStyleClass().add(Styles.BIG_BUTTON);
        Label toSave = new Label("Answer every question to save.");
        toSave.setId("redFlagsToSave");
        toSave.getStyleClass().add(Styles.MUTED);
        toSave.setMinWidth(Region.USE_PREF_SIZE);
        toSave.visibleProperty().bind(Bindings.size(viewModel.answers()).lessThan(RedFlag.values().length));
        HBox right = new HBox(16, toSave, save);
        right.setAlignment(Pos.CENTER_RIGHT);
        HBox actions = Layouts.actionBar(notNow, right);
        actions.setMaxWidth(WIDTH);
        ErrorBanner error = new ErrorBanner("redFlagError", viewModel.errorMessageProperty());
        error.setMaxWidth(WIDTH);

        getChildren().addAll(header, Layouts.scrolling(centred), advice, error, actions);
    }

    private HBox question(RedFlag flag) {
        Label text = new Label(flag.question());
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        ToggleGroup pair = new ToggleGroup();
        ToggleButton yes = answerButton("Yes", "redFlag-" + flag.id() + "-yes", pair);
        ToggleButton no = answerButton("No", "redFlag-" + flag.id() + "-no", pair);
        yes.setOnAction(event -> answer(flag, true));
        no.setOnAction(event -> answer(flag, false));
        yesButtons.put(flag, yes);
        noButtons.put(flag, no);
        HBox row = new HBox(16, text, yes, no);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("red-flag-question");
        return row;
    }

    private static ToggleButton answerButton(String label, String id, ToggleGroup group) {
        ToggleButton button = new ToggleButton(label);
        button.setId(id);
        button.setToggleGroup(group);
        button.getStyleClass().add("answer-button");
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private void bind() {
        viewModel.answers().addListener((MapChangeListener<RedFlag, Boolean>) change -> show(change.getKey()));
        viewModel.advice().addListener((ListChangeListener<String>) change -> showAdvice());
        save.disableProperty().bind(viewModel.canSaveProperty().not());
        save.visibleProperty().bind(viewModel.savedProperty().not());
        notNow.textProperty().bind(Bindings.when(viewModel.savedProperty()).then("Done").otherwise("Not now"));
        notNow.disableProperty().bind(viewModel.savingProperty());
        save.setOnAction(event -> viewModel.save());
        notNow.setOnAction(event -> viewModel.close());
        for (RedFlag flag : RedFlag.values()) {
            show(flag);
        }
        showAdvice();
    }

    /** A click may unselect the chosen button; what shows is always the view model's answer. */
    private void answer(RedFlag flag, boolean yes) {
        viewModel.answer(flag, yes);
        show(flag);
    }

    private void show(RedFlag flag) {
        Boolean answer = viewModel.answers().get(flag);
        yesButtons.get(flag).setSelected(Boolean.TRUE.equals(answer));
        noButtons.get(flag).setSelected(Boolean.FALSE.equals(answer));
    }

    private void showAdvice() {
        advice.getChildren().clear();
        for (String sentence : viewModel.advice()) {
            Label line = new Label(sentence);
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.getStyleClass().add("red-flag-advice");
            advice.getChildren().add(line);
        }
    }

    /** Puts the keyboard on the first question; call once the view is in the window. */
    public void focusFirstQuestion() {
        // the questions join the scene with the scroll pane's skin, made by the first CSS pass
        applyCss();
        yesButtons.get(RedFlag.values()[0]).requestFocus();
    }
}
