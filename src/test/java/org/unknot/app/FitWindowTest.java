package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unknot.domain.Area;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Step;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.StopReason;
import org.unknot.domain.TextSize;
import org.unknot.domain.Tool;
import org.unknot.files.StarterRoutines;
import org.unknot.store.PainEntry;
import org.unknot.store.Storage;
import org.unknot.domain.SessionRecord;
import org.unknot.ui.common.TextScale;

/**
 * Every page at the window a 1024×768 screen gives (922×692) and at the minimum window: no label, button, cell or
 * column title is cut, the sidebar gives way to icons, and the library's buttons stay inside the window.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class FitWindowTest {

    private static final Instant NOW = AppWindow.NOW;
    private static final double[][] SMALL_WINDOWS = {{922, 692}, {WindowSize.MINIMUM.width(), WindowSize.MINIMUM.height()}};
    private static final Routine LONG_NAME = new Routine("Neck and shoulders at the desk, slowly and gently", "",
            PerformedBy.SELF, List.of(Step.of(Tool.HANDHELD_MASSAGER, Area.SHOULDERS, 90)));

    @RegisterExtension
    final AppWindow window = new AppWindow();

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window.seed(StarterRoutines::load, storage -> {
            storage.settings().acknowledgeSafety(NOW);
            record(storage, LONG_NAME, 1, SessionStatus.STOPPED, Optional.of(StopReason.PAIN_WORSE), 4, 7);
            record(storage, LONG_NAME, 2, SessionStatus.COMPLETED, Optional.empty(), 6, 4);
            record(storage, LONG_NAME, 3, SessionStatus.STOPPED, Optional.of(StopReason.OUT_OF_TIME), 5, 5);
            storage.pain().checkIn(LocalDate.of(2026, 11, 21), new PainEntry(PainKind.CHECK_IN, NOW.minusSeconds(
                    86_400), new PainScore(6), Set.of(Area.NECK, Area.LOWER_BACK), "Stiff after the drive"));
        }).start(stage);
    }

    private static void record(Storage storage, Routine routine, int daysAgo, SessionStatus status,
                               Optional<StopReason> reason, int before, int after) {
        Instant when = NOW.minus(Duration.ofDays(daysAgo)).plusSeconds(daysAgo * 4000L);
        long id = storage.sessions().start(Optional.empty(), routine, when);
        storage.sessions().recordStep(id, 0, StepOutcome.COMPLETED, 60, 0);
        storage.sessions().finish(id, status, reason, when.plusSeconds(60));
        storage.pain().rateSession(id, new PainEntry(PainKind.BEFORE, when, new PainScore(before), Set.of(), ""));
        storage.pain().rateSession(id, new PainEntry(PainKind.AFTER, when, new PainScore(after), Set.of(), ""));
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());
    }

    private List<String> cutIn(FxRobot robot, String id) {
        AtomicReference<List<String>> cut = new AtomicReference<>();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            // what was shown last is laid out before its text is read
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            cut.set(CutText.in(robot.lookup(id).query()));
        });
        return cut.get();
    }

    private void openLibrary(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("#routineList").tryQuery().isPresent()
                && !robot.lookup("#routineList").queryListView().getItems().isEmpty());
    }

    private void openHistory(FxRobot robot) throws Exception {
        openLibrary(robot);
        robot.clickOn("#navHistory");
        Waits.until(() -> robot.lookup("#sessionTable").<TableView<SessionRecord>>query().getItems().size() == 3);
    }

    private void insideTheWindow(FxRobot robot, double[] window, String... ids) {
        double sceneWidth = stage.getScene().getWidth();
        for (String id : ids) {
            Node node = robot.lookup(id).query();
            Bounds bounds = node.localToScene(node.getBoundsInLocal());
            assertTrue(bounds.getMaxX() <= sceneWidth, id + " ends at " + bounds.getMaxX() + " in a window "
                    + sceneWidth + " wide at " + size(window));
            assertTrue(bounds.getMinX() >= 0, id + " begins left of the window, at " + bounds.getMinX());
        }
    }

    private static String size(double[] window) {
        return (int) window[0] + "×" + (int) window[1];
    }

    @Test
    void theLibraryKeepsStartAndExportInsideTheWindowAndCutsNoLabel(FxRobot robot) throws Exception {
        openLibrary(robot);
        robot.clickOn("Low-back relief");
        for (double[] window : SMALL_WINDOWS) {
            resize(robot, window[0], window[1]);
            insideTheWindow(robot, window, "#startButton", "#exportButton", "#editButton", "#checkInButton");
            assertEquals(List.of(), cutIn(robot, "#routinesPage"), "at " + size(window));
        }
    }

    private void textSize(FxRobot robot, int percent) {
        robot.interact(() -> TextScale.apply((Parent) TextScale.scaledRoot(stage.getScene()), new TextSize(percent)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void atTwiceTheTextSizeInTheMinimumWindowTheLibraryKeepsStartAndTheSidebarInsideTheWindow(FxRobot robot)
            throws Exception {
        openLibrary(robot);
        robot.clickOn("Low-back relief");
        double[] window = {WindowSize.MINIMUM.width(), WindowSize.MINIMUM.height()};
        resize(robot, window[0], window[1]);
        textSize(robot, 200);

        insideTheWindow(robot, window, "#nav", "#startButton", "#checkInButton", "#newButton", "#deleteButton",
                "#exportButton");
        assertEquals(List.of(), cutIn(robot, "#routinesPage"), "at 200 % in " + size(window));
        Labeled start = robot.lookup("#startButton").queryLabeled();
        assertTrue(start.isVisible());
        assertEquals("Start", start.getText(), "an icon alone still says its name to a screen reader");
        assertTrue(start.getTooltip() != null && !start.getTooltip().getText().isEmpty());
        Labeled rename = robot.lookup("#renameButton").queryLabeled();
        assertEquals(ContentDisplay.GRAPHIC_ONLY, rename.getContentDisplay(), "the rarely used give way first");
        assertEquals("Rename", rename.getTooltip().getText());

        textSize(robot, 100);
        resize(robot, 1100, 760);
        assertEquals(ContentDisplay.LEFT, rename.getContentDisplay(), "with room the words come back");
        assertNull(rename.getTooltip(), "the words are there: no tooltip repeats them");
    }

    @Test
    void atOneAndAHalfTimesTheTextSizeTheCheckInsTabKeepsTheListAndEveryScoreButtonInsideTheWindow(FxRobot robot)
            throws Exception {
        openHistory(robot);
        double[] window = {922, 692};
        resize(robot, window[0], window[1]);
        textSize(robot, 150);
        robot.interact(() -> robot.lookup("#historyTabs").queryAs(TabPane.class).getSelectionModel().select(3));
        ListView<?> list = robot.lookup("#checkInList").queryListView();
        Waits.until(() -> list.getItems().size() == 1);
        robot.interact(() -> list.getSelectionModel().select(0));
        Waits.until(() -> robot.lookup("#checkInEditor").query().isVisible());

        insideTheWindow(robot, window, "#checkInList", "#pastCheckIn-0", "#pastCheckIn-10", "#pastCheckInNote",
                "#savePastCheckInButton", "#deleteCheckInButton");
        assertEquals(List.of(), cutIn(robot, "#checkInsTab"), "at 150 % in " + size(window));
    }

    @Test
    void inTheMinimumWindowTheEditorShowsThreeStepCardsWholeAndTheStepsFieldsBelowThem(FxRobot robot)
            throws Exception {
        openLibrary(robot);
        robot.clickOn("Low-back relief");
        robot.clickOn("#editButton");
        Waits.until(() -> robot.lookup("#stepList").tryQuery().isPresent());
        resize(robot, WindowSize.MINIMUM.width(), WindowSize.MINIMUM.height());

        Node list = robot.lookup("#stepList").query();
        Bounds room = list.localToScene(list.getLayoutBounds());
        long whole = robot.lookup("#stepList .list-cell").queryAll().stream()
                .filter(cell -> cell.isVisible() && !((javafx.scene.control.ListCell<?>) cell).isEmpty())
                .map(cell -> cell.localToScene(cell.getLayoutBounds()))
                .filter(card -> card.getMinY() >= room.getMinY() - 1 && card.getMaxY() <= room.getMaxY() + 1)
                .count();
        assertTrue(whole >= 3, whole + " whole step cards in a list " + room.getHeight() + " high");
        Node fields = robot.lookup("#stepFields").query();
        assertTrue(fields.localToScene(fields.getLayoutBounds()).getMinY() >= room.getMaxY(),
                "the step's fields are below the steps, which have the page's width");
        assertEquals(List.of(), cutIn(robot, "#editorPage"));

        textSize(robot, 200);
        double[] window = {WindowSize.MINIMUM.width(), WindowSize.MINIMUM.height()};
        insideTheWindow(robot, window, "#editorBackButton", "#saveRoutineButton", "#totalLabel", "#performedPartner",
                "#descriptionField", "#add-rest", "#deleteStepButton", "#areaChoice");
        assertEquals(List.of(), cutIn(robot, "#editorPage"), "at 200 %");
    }

    @Test
    void inOneColumnTheEditorsPageScrollsToTheStepsFieldsAtTheirFullHeight(FxRobot robot) throws Exception {
        openLibrary(robot);
        robot.clickOn("Low-back relief");
        robot.clickOn("#editButton");
        Waits.until(() -> robot.lookup("#stepList").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#stepList").queryListView().getSelectionModel().select(1));
        // 922×692 at 150 % first: the window a 1024×768 screen gives
        for (double[] window : new double[][] {{922, 692, 150}, {1100, 760, 150}, {760, 540, 100}, {760, 540, 200}}) {
            resize(robot, window[0], window[1]);
            textSize(robot, (int) window[2]);
            String at = " at " + (int) window[2] + " % in " + size(window);
            assertTrue(robot.lookup(".one-column").tryQuery().isPresent(), "one column" + at);
            stepFieldsWholeAtThePagesEnd(robot, at);
        }
    }

    private void stepFieldsWholeAtThePagesEnd(FxRobot robot, String at) {
        ScrollPane page = robot.lookup("#editorScroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            page.setVvalue(page.getVmax());
            stage.getScene().getRoot().layout();
        });
        Node time = robot.lookup("#secondsField").query();
        if (at.contains("150 % in 922")) {
            wholeInSight(time, "at the page's end the step's time field" + at);
        }
        Region fields = robot.lookup("#stepEditor").queryAs(Region.class);
        assertTrue(fields.getHeight() >= fields.prefHeight(fields.getWidth()) - 1,
                "the step's fields take their full height: " + fields.getHeight() + at);
        Node toolHeading = robot.lookup("#stepEditor").lookup((Node node) -> node instanceof Labeled label
                && "Tool".equals(label.getText())).query();
        for (Node node : List.of(toolHeading, time)) {
            robot.interact(() -> {
                // up to it: the page scrolls, nothing inside it
                Bounds content = page.getContent().getLayoutBounds();
                double top = page.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                page.setVvalue(page.getVmax() * (top - 8)
                        / (content.getHeight() - page.getViewportBounds().getHeight()));
                stage.getScene().getRoot().layout();
            });
            wholeInSight(node, "scrolled to it, the step's " + (node == time ? "time field" : "Tool heading") + at);
        }
        Node description = robot.lookup("#descriptionField").query();
        double gap = page.localToScene(page.getViewportBounds()).getMaxX()
                - description.localToScene(description.getLayoutBounds()).getMaxX();
        assertTrue(gap >= 12, "the description ends " + gap + " px from the page's scroll bar" + at);
    }

    /** Inside the window and inside every scroll area around it, not clipped by one. */
    private void wholeInSight(Node node, String what) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        String where = " (" + (int) bounds.getMinY() + " to " + (int) bounds.getMaxY() + ")";
        assertTrue(bounds.getMinY() >= 0 && bounds.getMaxY() <= stage.getScene().getHeight(),
                what + " is inside the window" + where);
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane scroll) {
                Bounds view = scroll.localToScene(scroll.getLayoutBounds());
                assertTrue(bounds.getMinY() >= view.getMinY() - 0.5 && bounds.getMaxY() <= view.getMaxY() + 0.5,
                        what + " is whole inside #" + scroll.getId() + " (" + (int) view.getMinY() + " to "
                                + (int) view.getMaxY() + ")" + where);
            }
        }
    }

    @Test
    void theSidebarShowsOnlyIconsWithTheirNamesInTooltipsBelowItsWidthAndWordsAbove(FxRobot robot) throws Exception {
        openLibrary(robot);
        resize(robot, 922, 692);
        Labeled history = robot.lookup("#navHistory").queryLabeled();
        assertEquals(ContentDisplay.GRAPHIC_ONLY, history.getContentDisplay());
        assertEquals("History", history.getTooltip().getText());
        assertEquals("Unknot", robot.lookup("#brand").queryLabeled().getTooltip().getText());

        resize(robot, 1100, 760);
        assertEquals(ContentDisplay.LEFT, history.getContentDisplay());
        assertNull(history.getTooltip(), "the words are there: no tooltip repeats them");
        assertEquals(List.of(), cutIn(robot, "#nav"));
    }

    @Test
    void historyShowsEverySessionWholeWithItsSignedChangeAndStopReason(FxRobot robot) throws Exception {
        openHistory(robot);
        for (double[] window : SMALL_WINDOWS) {
            resize(robot, window[0], window[1]);
            assertEquals(List.of(), cutIn(robot, "#historyPage"), "at " + size(window));
            insideTheWindow(robot, window, "#reportButton", "#statusFilter", "#toDate");
        }
        assertTrue(robot.lookup("Stopped: pain got worse").tryQuery().isPresent(), "the status says why");
        assertTrue(robot.lookup("4 → 7").tryQuery().isPresent());
        assertTrue(robot.lookup("  +3").tryQuery().isPresent(), "the pain went up by 3");
        assertTrue(robot.lookup("  −2").tryQuery().isPresent(), "the pain went down by 2, with a real minus");
        assertTrue(robot.lookup("  ±0").tryQuery().isPresent());
    }

    @Test
    void atALargerTextSizeHistorysColumnsGrowAndTheLastOnesGiveWayRatherThanCutText(FxRobot robot) throws Exception {
        openHistory(robot);
        resize(robot, 922, 692);
        TableView<?> table = robot.lookup("#sessionTable").queryAs(TableView.class);
        TableColumn<?, ?> time = table.getColumns().get(4);
        assertTrue(time.isVisible(), "at 100 % every column fits");

        robot.interact(() -> TextScale.apply((Parent) TextScale.scaledRoot(stage.getScene()), new TextSize(150)));
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(time.isVisible(), "done / planned gives way first");
        assertTrue(table.getColumns().get(3).isVisible(), "the status still fits");
        assertEquals(List.of(), cutIn(robot, "#historyPage"), "at 150 %");

        robot.interact(() -> TextScale.apply((Parent) TextScale.scaledRoot(stage.getScene()), TextSize.NORMAL));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(time.isVisible(), "back at 100 % it shows again");
    }

    @Test
    void anOpenedSessionShowsItsStepsWholeAtTheMinimumWindow(FxRobot robot) throws Exception {
        openHistory(robot);
        resize(robot, WindowSize.MINIMUM.width(), WindowSize.MINIMUM.height());
        robot.doubleClickOn(robot.lookup("#sessionTable .table-row-cell").<Node>query());
        Waits.until(() -> robot.lookup("#detailScroll").tryQuery().isPresent());

        assertEquals(List.of(), cutIn(robot, "#detailScroll"));
    }

    @Test
    void theCheckInButtonKeepsItsWordsAfterSaving(FxRobot robot) throws Exception {
        openHistory(robot);
        resize(robot, WindowSize.MINIMUM.width(), WindowSize.MINIMUM.height());
        robot.clickOn("#checkInCard");
        robot.clickOn("#checkIn-3");
        robot.clickOn("#saveCheckInButton");
        Waits.until(() -> !robot.lookup("#checkInStatus").queryLabeled().getText().isEmpty());

        assertEquals(List.of(), cutIn(robot, "#checkInCard"));
    }

    @Test
    void theEditorShowsEachStepsTimeAndItsHeaderAtTheMinimumWindow(FxRobot robot) throws Exception {
        openLibrary(robot);
        robot.clickOn("Low-back relief");
        robot.clickOn("#editButton");
        Waits.until(() -> robot.lookup("#stepList").tryQuery().isPresent());
        robot.clickOn("#add-foam-roller");
        // a time that is not one: its message shows when the field is left
        robot.interact(() -> {
            TextField seconds = robot.lookup("#secondsField").queryAs(TextField.class);
            seconds.requestFocus();
            seconds.setText("1:7x");
            robot.lookup("#nameField").query().requestFocus();
        });
        Waits.until(() -> robot.lookup("#secondsProblem").query().isVisible());
        for (double[] window : SMALL_WINDOWS) {
            resize(robot, window[0], window[1]);
            assertEquals(List.of(), cutIn(robot, "#editorPage"), "at " + size(window));
            insideTheWindow(robot, window, "#saveRoutineButton", "#totalLabel", "#deleteStepButton");
        }
        assertTrue(robot.lookup(node -> node instanceof Labeled label && label.getText() != null
                && label.getText().endsWith("1 min each side")).tryQuery().isPresent(), "a card shows its step's time");
    }

    /** How far the page reaches past the window's right edge, which would make it scroll sideways. */
    private double sidewaysOverflow(FxRobot robot, String scrollId) {
        AtomicReference<Double> over = new AtomicReference<>();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            javafx.scene.control.ScrollPane scroll = robot.lookup(scrollId).queryAs(javafx.scene.control.ScrollPane.class);
            Node content = scroll.getContent();
            over.set(content.getLayoutBounds().getWidth()
                    - scroll.getViewportBounds().getWidth());
        });
        return over.get();
    }

    /** How far the sessions' columns reach past the table's width (which scrolls it sideways), 0 when they fit. */
    private double sidewaysInTheTable(FxRobot robot) {
        AtomicReference<Double> over = new AtomicReference<>();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            TableView<?> table = robot.lookup("#sessionTable").queryAs(TableView.class);
            boolean bar = table.lookupAll(".scroll-bar").stream()
                    .anyMatch(node -> node instanceof javafx.scene.control.ScrollBar scrollBar
                            && scrollBar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                            && scrollBar.isVisible());
            double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
            double past = columns - table.getWidth();
            over.set(bar || past > 0.5 ? Math.max(1, past) : 0.0);
        });
        return over.get();
    }

    /** The tab headers that do not show whole in the tab bar: cut at its edge, or put into its overflow menu. */
    private List<String> cutTabHeaders(FxRobot robot) {
        AtomicReference<List<String>> cut = new AtomicReference<>();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            TabPane tabs = robot.lookup("#historyTabs").queryAs(TabPane.class);
            Bounds bar = tabs.localToScene(tabs.getLayoutBounds());
            List<String> found = new java.util.ArrayList<>(CutText.in(tabs.lookup(".tab-header-area")));
            for (Node header : tabs.lookupAll(".tab-header-area .tab")) {
                Bounds bounds = header.localToScene(header.getLayoutBounds());
                Node label = header.lookup(".tab-label");
                String text = label instanceof Labeled labeled ? labeled.getText() : String.valueOf(label);
                if (!header.isVisible() || bounds.getMaxX() > bar.getMaxX() + 0.5) {
                    found.add("'" + text + "' ends at " + bounds.getMaxX() + " in a tab bar ending at "
                            + bar.getMaxX());
                }
            }
            Node overflow = tabs.lookup(".control-buttons-tab");
            if (overflow != null && overflow.isVisible()) {
                found.add("the tab bar's overflow menu shows");
            }
            cut.set(found);
        });
        return cut.get();
    }

    @Test
    void atOneAndAHalfAndTwiceTheTextSizeHistoryFitsTheMinimumWindowWithoutScrollingSideways(FxRobot robot)
            throws Exception {
        openHistory(robot);
        double[] window = {WindowSize.MINIMUM.width(), WindowSize.MINIMUM.height()};
        resize(robot, window[0], window[1]);
        for (int percent : new int[] {150, 200}) {
            textSize(robot, percent);
            TabPane tabs = robot.lookup("#historyTabs").queryAs(TabPane.class);
            for (int tab = 0; tab < 4; tab++) {
                int t = tab;
                robot.interact(() -> tabs.getSelectionModel().select(t));
                assertTrue(sidewaysOverflow(robot, "#historyScroll") <= 0.5, "tab " + tab + " at " + percent
                        + " % reaches " + sidewaysOverflow(robot, "#historyScroll") + " px past the window");
            }
            robot.interact(() -> tabs.getSelectionModel().select(0));
            insideTheWindow(robot, window, "#reportButton", "#exportCsvButton", "#toDate", "#routineFilter",
                    "#statusFilter", "#toolFilter", "#checkInCard");
            assertEquals(0, sidewaysInTheTable(robot), "the sessions' columns take more than the table's width at "
                    + percent + " %");
            assertEquals(List.of(), cutTabHeaders(robot), "at " + percent + " % in " + size(window));
            assertEquals(List.of(), cutIn(robot, "#historyPage"), "at " + percent + " % in " + size(window));
        }
        resize(robot, 922, 692);
        assertEquals(0, sidewaysInTheTable(robot), "the sessions' columns take more than the table's width in 922×692");
        assertEquals(List.of(), cutTabHeaders(robot), "at 200 % in 922×692");
        assertEquals(List.of(), cutIn(robot, "#historyPage"), "at 200 % in 922×692");
        Labeled report = robot.lookup("#reportButton").queryLabeled();
        assertEquals("Report for my doctor (PDF)", report.getText(), "an icon alone still says its name");
    }

    @Test
    void atTwiceTheTextSizeInTheMinimumWindowTheReadyScreenWrapsItsLinesAndScoresInsideTheWindow(FxRobot robot)
            throws Exception {
        openLibrary(robot);
        robot.clickOn("Low-back relief");
        robot.clickOn("#startButton");
        Waits.until(() -> robot.lookup("#readyPane").tryQuery().isPresent());
        double[] window = {WindowSize.MINIMUM.width(), WindowSize.MINIMUM.height()};
        resize(robot, window[0], window[1]);
        textSize(robot, 200);

        assertEquals(List.of(), cutIn(robot, "#readyPane"), "at 200 % in " + size(window));
        insideTheWindow(robot, window, "#painBefore0", "#painBefore6", "#painBefore10", "#backButton",
                "#startSessionButton", "#readyEquipment");
        assertEquals("Start   (Space)", robot.lookup("#startSessionButton").queryLabeled().getText());
    }

    @Test
    void atTwiceTheTextSizeAnOpenedSessionWrapsItsStepsInsideTheWindow(FxRobot robot) throws Exception {
        openHistory(robot);
        double[] window = {WindowSize.MINIMUM.width(), WindowSize.MINIMUM.height()};
        resize(robot, window[0], window[1]);
        robot.doubleClickOn(robot.lookup("#sessionTable .table-row-cell").<Node>query());
        Waits.until(() -> robot.lookup("#detailScroll").tryQuery().isPresent());
        textSize(robot, 200);

        assertEquals(List.of(), cutIn(robot, "#detailScroll"), "at 200 % in " + size(window));
        insideTheWindow(robot, window, "#playedSteps .list-cell", "#detailAfter-10", "#deleteSessionButton");
    }
}
