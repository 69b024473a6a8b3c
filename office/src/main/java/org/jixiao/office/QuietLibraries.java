package org.jixiao.office;

import com.openhtmltopdf.util.XRLog;

/**
 * Keeps the libraries' own logging off the command line's stderr: POI's Log4j API complains when no Log4j backend
 * is present, and the PDF renderer logs every step at INFO. Problems reach the user as jixiao's own messages.
 */
public final class QuietLibraries {
    static {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        XRLog.setLoggingEnabled(false);
    }

    private QuietLibraries() {
    }

    /** Called before the libraries are first used; does its work once. */
    public static void apply() {
        // the static initialiser does it
    }
}
