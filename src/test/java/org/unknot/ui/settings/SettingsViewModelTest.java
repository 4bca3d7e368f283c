package org.unknot.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Theme;
import org.unknot.store.DataFolder;
import org.unknot.store.Storage;
import org.unknot.ui.common.ImmediateRunner;

class SettingsViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Storage storage;
    private final List<Theme> applied = new ArrayList<>();
    private final AtomicInteger safetyShown = new AtomicInteger();

    @BeforeEach
    void open() {
        storage = Storage.open(new DataFolder(folder), CLOCK, List::of);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private SettingsViewModel viewModel() {
        return new SettingsViewModel(storage.settings(), new ImmediateRunner(), storage.settings().theme(),
                applied::add, folder.toString(), safetyShown::incrementAndGet);
    }

    @Test
    void choosingDarkAppliesItAtOnceAndRemembersIt() {
        SettingsViewModel viewModel = viewModel();

        viewModel.themeProperty().set(Theme.DARK);

        assertEquals(List.of(Theme.DARK), applied);
        assertEquals(Theme.DARK, storage.settings().theme());
    }

    @Test
    void showsWhenTheSafetyInformationWasRead() {
        storage.settings().acknowledgeSafety(OffsetDateTime.parse("2026-11-20T09:30:00Z").toInstant());
        SettingsViewModel viewModel = viewModel();

        viewModel.load();

        assertEquals("You read it on 20 November 2026.", viewModel.safetyStatusProperty().get());
    }

    @Test
    void offersTheSafetyScreenAgainAndNamesTheDataFolder() {
        SettingsViewModel viewModel = viewModel();

        viewModel.showSafety();

        assertEquals(1, safetyShown.get());
        assertEquals(folder.toString(), viewModel.dataFolderProperty().get());
    }
}
