package org.unknot.ui.shell;

import java.util.Map;
import java.util.Optional;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.unknot.ui.common.Searchable;

/**
 * The pages' shortcuts while the main window shows them: Ctrl+1/2/3 go to a page, Ctrl+N makes a routine, Ctrl+E
 * edits the selected one, Ctrl+F searches (the page's own search, else the library's). They bubble up from the
 * focused control, so a control that uses the same keys keeps them.
 */
final class PageKeys implements EventHandler<KeyEvent> {

    private final ShellViewModel viewModel;
    private final Map<Page, Node> pages;
    private final Map<Page, ? extends Node> buttons;

    /** @param buttons each page's navigation button, which takes the keyboard when its page is chosen by key */
    PageKeys(ShellViewModel viewModel, Map<Page, Node> pages, Map<Page, ? extends Node> buttons) {
        this.viewModel = viewModel;
        this.pages = pages;
        this.buttons = buttons;
    }

    @Override
    public void handle(KeyEvent event) {
        if (!event.isShortcutDown() || event.isAltDown() || event.isShiftDown()) {
            return;
        }
        KeyCode code = event.getCode();
        Optional<Page> page = page(code);
        if (page.isPresent()) {
            viewModel.show(page.get());
            // the focus follows, rather than stay on a control of the page that was left (or kept, on Cancel)
            buttons.get(viewModel.pageProperty().get()).requestFocus();
        } else if (code == KeyCode.N) {
            viewModel.newRoutine();
        } else if (code == KeyCode.E) {
            viewModel.editRoutine();
        } else if (code == KeyCode.F) {
            search();
        } else {
            return;
        }
        event.consume();
    }

    private void search() {
        if (!(pages.get(viewModel.pageProperty().get()) instanceof Searchable)) {
            viewModel.show(Page.ROUTINES);
        }
        if (pages.get(viewModel.pageProperty().get()) instanceof Searchable searchable) {
            searchable.focusSearch();
        }
    }

    /** Ctrl+1 is the first page, on the number row or the keypad. */
    private static Optional<Page> page(KeyCode code) {
        if (!code.isDigitKey()) {
            return Optional.empty();
        }
        String name = code.getName();
        int number = Character.getNumericValue(name.charAt(name.length() - 1));
        Page[] all = Page.values();
        return number >= 1 && number <= all.length ? Optional.of(all[number - 1]) : Optional.empty();
    }
}
