package org.unknot.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.ui.common.QueuedRunner;

class DataFolderViewModelTest {

    @TempDir
    Path folder;
    private final QueuedRunner runner = new QueuedRunner();
    private final List<Path> opened = new ArrayList<>();
    private final List<String> copied = new ArrayList<>();

    private DataFolderViewModel viewModel() {
        return new DataFolderViewModel(folder, runner, opened::add, copied::add);
    }

    @Test
    void openingTheFolderHappensInTheBackgroundOnceAtATime() {
        DataFolderViewModel viewModel = viewModel();

        viewModel.openFolder();
        viewModel.openFolder();

        assertTrue(opened.isEmpty(), "nothing is opened on the calling thread");
        assertTrue(viewModel.openingProperty().get());
        assertEquals(1, runner.drain(), "a second click while the first is on its way does nothing");
        assertEquals(List.of(folder), opened);
        assertFalse(viewModel.openingProperty().get());
        assertEquals("", viewModel.errorMessageProperty().get());
    }

    @Test
    void aFolderThatCannotBeOpenedIsSaidInOneSentenceThatOffersTheCopy() {
        DataFolderViewModel viewModel = new DataFolderViewModel(folder, runner, path -> {
            throw new IOException("xdg-open: not found");
        }, copied::add);

        viewModel.openFolder();
        runner.drain();

        assertEquals("Unknot could not open the folder on this computer; use \u201cCopy path\u201d and paste the path "
                + "into your file manager.", viewModel.errorMessageProperty().get());
        assertFalse(viewModel.openingProperty().get(), "the button can be tried again");
    }

    @Test
    void copyingThePathPutsItOnTheClipboardAndSaysSo() {
        DataFolderViewModel viewModel = viewModel();

        viewModel.copyPath();

        assertEquals(List.of(folder.toString()), copied);
        assertEquals(folder.toString(), viewModel.path());
        assertEquals("The path is copied; paste it into your file manager or a message.",
                viewModel.messageProperty().get());
        assertEquals(0, runner.drain());
    }
}
