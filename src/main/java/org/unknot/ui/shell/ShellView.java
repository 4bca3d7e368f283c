package org.unknot.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.unknot.ui.common.Activatable;
import org.unknot.ui.common.Icons;
import org.unknot.ui.common.LeaveGuard;
import org.unknot.ui.common.Styles;

/** The main window's frame: navigation on the left, the current page beside it. */
public final class ShellView extends BorderPane {

    /** Below this window width the sidebar shows only its icons, each with a tooltip, to leave the page room. */
    private static final double COMPACT_BELOW = 1000;
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private final ShellViewModel viewModel;
    private final Map<Page, Node> pages;
    private final Map<Page, ToggleButton> buttons = new EnumMap<>(Page.class);
    private final ToggleGroup navigation = new ToggleGroup();
    private final StackPane pageHolder = new StackPane();
    private final BooleanBinding compact = widthProperty().lessThan(COMPACT_BELOW);

    /**
     * @param pages one view per page; a view that is {@link Activatable} refreshes each time it is shown, one that is
     *              a {@link LeaveGuard} is asked before it is left
     */
    public ShellView(ShellViewModel viewModel, Map<Page, Node> pages) {
        this.viewModel = viewModel;
        this.pages = new EnumMap<>(pages);
        pages.forEach((page, view) -> {
            if (view instanceof LeaveGuard guard) {
                viewModel.guard(page, guard);
            }
        });
        createView();
        bind();
    }

    private void createView() {
        setId("shell");
        ImageView logo = new ImageView(new Image(
                ShellView.class.getResource("/org/unknot/assets/icons/unknot-64.png").toExternalForm(), 32, 32, true,
                true));
        Label brand = new Label("Unknot", logo);
        brand.setId("brand");
        brand.getStyleClass().add(Styles.BRAND);
        showsIconOnlyWhenCompact(brand, "Unknot");
        VBox nav = new VBox(6, brand);
        nav.setId("nav");
        nav.getStyleClass().add(Styles.NAV);
        // :compact on the sidebar and the frame: the sheet narrows the sidebar and the pages' margins
        compact.addListener((observable, was, now) -> {
            nav.pseudoClassStateChanged(COMPACT, now);
            pseudoClassStateChanged(COMPACT, now);
        });
        nav.pseudoClassStateChanged(COMPACT, compact.get());
        pseudoClassStateChanged(COMPACT, compact.get());
        for (Page page : Page.values()) {
            ToggleButton button = new ToggleButton(page.label(), Icons.icon(page.icon(), 22));
            button.setId(page.navId());
            button.getStyleClass().add(Styles.NAV_BUTTON);
            button.setToggleGroup(navigation);
            button.setUserData(page);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMinWidth(Region.USE_PREF_SIZE);
            showsIconOnlyWhenCompact(button, page.label());
            buttons.put(page, button);
            nav.getChildren().add(button);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        nav.getChildren().add(spacer);
        setLeft(nav);

        Label text = new Label();
        text.setId("noticeText");
        text.setWrapText(true);
        text.textProperty().bind(viewModel.noticeProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Button dismiss = new Button("OK");
        dismiss.setId("dismissNoticeButton");
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setOnAction(event -> viewModel.dismissNotice());
        HBox notice = new HBox(16, text, dismiss);
        notice.setId("notice");
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.getStyleClass().add(Styles.NOTE_BOX);
        notice.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox.setMargin(notice, new Insets(16, 40, 0, 40));
        VBox readOnly = readOnlyBanner();
        VBox.setMargin(readOnly, new Insets(16, 40, 0, 40));
        VBox.setVgrow(pageHolder, Priority.ALWAYS);
        // the page gives way to a notice or banner above it (its lists scroll) rather than push the window's edges
        pageHolder.setMinHeight(0);
        setCenter(new VBox(readOnly, notice, pageHolder));
    }

    /** In a narrow window the label keeps only its icon and says its text in a tooltip. */
    private void showsIconOnlyWhenCompact(Labeled labeled, String text) {
        labeled.contentDisplayProperty().bind(Bindings.when(compact).then(ContentDisplay.GRAPHIC_ONLY)
                .otherwise(ContentDisplay.LEFT));
        labeled.tooltipProperty().bind(Bindings.when(compact).then(new Tooltip(text)).otherwise((Tooltip) null));
    }

    /** Adds a banner above the page, below the notice: e.g. the offer of the monthly safety questions. */
    public void addBanner(Node banner) {
        VBox.setMargin(banner, new Insets(16, 40, 0, 40));
        VBox column = (VBox) getCenter();
        column.getChildren().add(column.getChildren().indexOf(pageHolder), banner);
    }

    private VBox readOnlyBanner() {
        Label text = new Label();
        text.setId("readOnlyText");
        text.setWrapText(true);
        text.textProperty().bind(viewModel.readOnlyProperty());
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Button restore = new Button("Restore the newest good backup");
        restore.setId("restoreNewestButton");
        restore.setMinWidth(Region.USE_PREF_SIZE);
        restore.visibleProperty().bind(viewModel.canRestoreNewestProperty());
        restore.managedProperty().bind(restore.visibleProperty());
        restore.setOnAction(event -> viewModel.restoreNewest());
        // the sentence is long: it takes the whole width, the button goes below it
        VBox banner = new VBox(10, text, restore);
        banner.setId("readOnlyBanner");
        banner.setMinHeight(Region.USE_PREF_SIZE);
        banner.getStyleClass().add(Styles.WARNING_BOX);
        banner.visibleProperty().bind(viewModel.readOnlyProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private void bind() {
        navigation.selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected == null) {
                navigation.selectToggle(old);
            } else {
                viewModel.show((Page) selected.getUserData());
                // the page may not have been left (Cancel, or waiting for its save): the sidebar says which is shown
                navigation.selectToggle(buttons.get(viewModel.pageProperty().get()));
            }
        });
        viewModel.pageProperty().addListener((observable, old, page) -> showPage(page));
        PageKeys keys = new PageKeys(viewModel, pages, buttons);
        sceneProperty().addListener((observable, oldScene, newScene) -> {
            if (oldScene != null) {
                oldScene.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
            }
            if (newScene != null) {
                newScene.addEventHandler(KeyEvent.KEY_PRESSED, keys);
            }
        });
    }

    /** Shows the current page and lets it refresh, e.g. when the shell comes back after the safety screen. */
    public void refresh() {
        showPage(viewModel.pageProperty().get());
    }

    private void showPage(Page page) {
        navigation.selectToggle(buttons.get(page));
        Node view = pages.get(page);
        for (Node shown : pageHolder.getChildren()) {
            if (shown != view && shown instanceof Activatable left) {
                left.deactivate();
            }
        }
        pageHolder.getChildren().setAll(view);
        if (view instanceof Activatable activatable) {
            activatable.activate();
        }
    }
}
