package org.waymark.export.internal;

import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * The PDF renderer's messages in Waymark's log (logger {@code com.openhtmltopdf}) instead of its own console output.
 * Its INFO is a running commentary (timings, fonts loaded), so it is logged at DEBUG; warnings stay warnings.
 */
public final class RendererLog implements XRLogger {

    private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

    private RendererLog() {
    }

    public static void install() {
        if (!(XRLog.getLoggerImpl() instanceof RendererLog)) {
            XRLog.setLoggerImpl(new RendererLog());
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            log.error("{}: {}", where, message, error);
        } else if (value >= Level.WARNING.intValue()) {
            log.warn("{}: {}", where, message, error);
        } else if (value >= Level.INFO.intValue()) {
            log.debug("{}: {}", where, message, error);
        } else {
            log.trace("{}: {}", where, message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are set in Waymark's logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        int value = diagnostic.getLevel().intValue();
        return value >= Level.WARNING.intValue() ? log.isWarnEnabled()
                : value >= Level.INFO.intValue() ? log.isDebugEnabled() : log.isTraceEnabled();
    }
}
