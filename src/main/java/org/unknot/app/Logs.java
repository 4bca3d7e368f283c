package org.unknot.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/** Sends the app's log to a rolling file in the data folder's {@code logs/}, once that folder is known. */
final class Logs {

    private Logs() {
    }

    static void writeTo(Path folder) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        context.putProperty("UNKNOT_LOG_DIR", folder.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(Logs.class.getResource("logback-app.xml"));
        } catch (JoranException e) {
            // the app runs on without a log file rather than not at all
        }
    }
}
