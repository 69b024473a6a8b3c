package org.jixiao.server.common;

import java.util.Locale;
import org.springframework.http.MediaType;

/** What an export is written as. */
public enum ExportFormat {
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    PDF("pdf", MediaType.APPLICATION_PDF);

    private final String extension;
    private final MediaType mediaType;

    ExportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** "xlsx" or "pdf", any case; anything else is not found rather than a server error. */
    public static ExportFormat of(String name) {
        for (ExportFormat f : values()) {
            if (f.extension.equals(name == null ? "" : name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new ExchangeException("export.unknownFormat");
    }
}
