package org.unknot.ui.settings;

import static org.unknot.ui.settings.SettingsParts.muted;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** "About Unknot" at the end of Settings: the version, the data folder and the licences. */
final class AboutSection extends VBox {

    static final String LICENCE = "Apache License 2.0";

    /**
     * @param version    as {@code unknot --version} prints it, without the name
     * @param dataFolder the folder the app opened
     */
    AboutSection(String version, String dataFolder) {
        super(10);
        setId("aboutSection");
        Label versionLine = new Label("Version " + version);
        versionLine.setId("aboutVersion");
        versionLine.setWrapText(true);
        Label folderLine = new Label("Data folder: " + dataFolder);
        folderLine.setId("aboutDataFolder");
        folderLine.setWrapText(true);
        Label licence = muted("Unknot is free software under the " + LICENCE + ".");
        licence.setId("aboutLicence");
        Label fonts = muted("The physician report's fonts keep their own licences: DejaVu Sans (Bitstream Vera "
                + "licence), Droid Sans Fallback (Apache License 2.0) and NanumGothic (SIL Open Font License 1.1).");
        fonts.setId("aboutFonts");
        getChildren().addAll(SettingsParts.heading("About Unknot"), versionLine, folderLine, licence, fonts);
    }
}
