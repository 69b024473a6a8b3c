package org.jixiao.server.exchange;

/**
 * How much one bulk import may bring. A department's year of tables as .xlsx is a few MB; the caps leave room for
 * scanned-size PDFs while a 500 MB upload or a zip bomb is refused before it costs memory or disk.
 */
public final class ImportLimits {
    /** One upload (all its files, or one .zip); the multipart limits of application.properties say the same. */
    public static final long MAX_UPLOAD_BYTES = 64L * 1024 * 1024;
    /** Files in one batch, counting the entries of every .zip. */
    public static final int MAX_FILES = 500;
    /** What the entries of the .zip files of one batch may unpack to, together. */
    public static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;
    /** Uncompressed to compressed size of an entry: text compresses about 10:1, a zip bomb 1000:1 and more. */
    public static final long MAX_RATIO = 100;
    /** Below this, an entry is not held to the ratio: tiny files of repeated text compress well and harm nothing. */
    public static final long RATIO_FREE_BYTES = 1024L * 1024;

    private ImportLimits() {
    }

    public static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
