package org.unknot.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of Unknot, as pom.xml states it: the build writes it into {@code version.properties} beside this class,
 * so it is the same in the jar, the installed app, {@code mvn javafx:run} and the tests.
 */
public final class AppVersion {

    private static final String FILE = "version.properties";

    private AppVersion() {
    }

    /** For example {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing: the build packs it beside AppVersion");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
