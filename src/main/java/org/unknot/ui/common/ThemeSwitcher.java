package org.unknot.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import org.unknot.domain.Theme;

/** Applies the light or dark base theme; the app's own sheet follows it through looked-up colours. */
public final class ThemeSwitcher {

    public static final String APP_STYLESHEET = "/org/unknot/ui/theme/unknot.css";

    private ThemeSwitcher() {
    }

    public static void apply(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static String appStylesheet() {
        return ThemeSwitcher.class.getResource(APP_STYLESHEET).toExternalForm();
    }
}
