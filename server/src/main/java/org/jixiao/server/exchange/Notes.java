package org.jixiao.server.exchange;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The server's own import messages in both languages at once, as the readers' problems come: a report is read in either. */
@Component
class Notes {
    private final MessageSource messages;

    Notes(MessageSource messages) {
        this.messages = messages;
    }

    ImportReport.Note of(int line, String key, Object... args) {
        return new ImportReport.Note(line, messages.getMessage(key, args, Locale.CHINESE),
                messages.getMessage(key, args, Locale.ENGLISH));
    }

    /** A bulk import's limits, for an upload over them. */
    String overLimits() {
        return both("import.overLimits", ImportLimits.MAX_FILES, ImportLimits.megabytes(ImportLimits.MAX_UPLOAD_BYTES));
    }

    String both(String key, Object... args) {
        ImportReport.Note n = of(0, key, args);
        return n.zh() + " / " + n.en();
    }
}
