package org.jixiao.office;

/**
 * Keeps the libraries' own logging off the command line's stderr: POI's Log4j API complains when no Log4j backend
 * is present. Problems reach the user as jixiao's own messages.
 */
public final class QuietLibraries {
    static {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private QuietLibraries() {
    }

    /** Called before the libraries are first used; does its work once. */
    public static void apply() {
        // the static initialiser does it
    }
}
