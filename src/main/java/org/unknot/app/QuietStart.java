package org.unknot.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * Logback's first configuration, found through {@code META-INF/services}: nothing is logged until the app knows its
 * data folder ({@link Logs}), and always for the command line, whose output is plain sentences. Set in code, because
 * reading an XML configuration costs the window a tenth of a second or more before its first frame. A
 * {@code logback-test.xml} on the class path (the tests') is left to logback's own reading.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class QuietStart extends ContextAwareBase implements Configurator {

    static final String TEST_CONFIGURATION = "logback-test.xml";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        ClassLoader loader = QuietStart.class.getClassLoader();
        if (loader != null && loader.getResource(TEST_CONFIGURATION) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
