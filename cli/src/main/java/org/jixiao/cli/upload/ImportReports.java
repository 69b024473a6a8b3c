package org.jixiao.cli.upload;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.jixiao.cli.CliMessages;
import org.jixiao.core.text.Messages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The server's import reports (its {@code BulkImportApiController.Report}: counts, then {@code reports} of
 * {@code name, outcome, tables[index, project, year, outcome, evaluationId, changes, score, findings],
 * notes[line, zh, en]}), one per batch, summed into one, and printed file by file in Chinese or English.
 */
public final class ImportReports {
    private static final List<String> COUNTS = List.of("files", "created", "updated", "unchanged", "locked", "failed");

    private final JsonMapper json = JsonMapper.builder().build();
    private final ObjectNode all = json.createObjectNode();
    private final Locale locale;

    public ImportReports(String language) {
        this.locale = "en".equals(language) ? Messages.EN : Messages.ZH;
        COUNTS.forEach(c -> all.put(c, 0L));
        all.putArray("reports");
    }

    /** Adds one batch's report, printing its files unless only the JSON is wanted; false when it is no report. */
    public boolean add(String body, PrintStream out) {
        JsonNode report;
        try {
            report = json.readTree(body);
        } catch (RuntimeException e) {
            return false;
        }
        if (!report.path("reports").isArray()) {
            return false;
        }
        COUNTS.forEach(c -> all.put(c, all.path(c).asLong() + report.path(c).asLong()));
        for (JsonNode file : report.path("reports")) {
            ((ArrayNode) all.path("reports")).add(file);
            if (out != null) {
                printFile(file, out);
            }
        }
        return true;
    }

    /** A file that never reached the server (unreadable, or its batch refused), reported as the server would. */
    public void failed(String name, String zh, String en, PrintStream out) {
        ObjectNode file = json.createObjectNode().put("name", name).put("outcome", "FAILED");
        file.putArray("tables");
        file.putArray("notes").addObject().put("line", 0).put("zh", zh).put("en", en);
        ((ArrayNode) all.path("reports")).add(file);
        all.put("files", all.path("files").asLong() + 1);
        all.put("failed", all.path("failed").asLong() + 1);
        if (out != null) {
            printFile(file, out);
        }
    }

    public long failedFiles() {
        return all.path("failed").asLong();
    }

    public String json() {
        return json.writeValueAsString(all);
    }

    public void printSummary(PrintStream out) {
        long[] n = COUNTS.stream().mapToLong(c -> all.path(c).asLong()).toArray();
        out.println(t("import.summary", n[0], n[1], n[2], n[3], n[4], n[5]));
    }

    private void printFile(JsonNode file, PrintStream out) {
        boolean failed = "FAILED".equals(file.path("outcome").asString());
        out.println(t(failed ? "import.file_failed" : "import.file_imported", file.path("name").asString()));
        for (JsonNode t : file.path("tables")) {
            out.println("  " + table(t));
        }
        for (JsonNode note : file.path("notes")) {
            out.println("  " + note(note));
        }
    }

    private String table(JsonNode t) {
        String year = t.path("year").isNumber() ? " " + t.path("year").asInt() : "";
        String id = t.path("evaluationId").isNumber() ? " #" + t.path("evaluationId").asLong() : "";
        String outcome = switch (t.path("outcome").asString()) {
            case "CREATED" -> t("import.created", id);
            case "UPDATED" -> t("import.updated", id, t.path("changes").asInt());
            case "UNCHANGED" -> t("import.unchanged", id);
            case "LOCKED" -> t("import.locked", id);
            default -> t.path("outcome").asString();
        };
        return t("import.table", t.path("index").asInt(), t.path("project").asString(""), year, outcome) + scored(t);
    }

    /** The total, grade and findings the server assessed the table at as kept; nothing from a server that gives none. */
    private String scored(JsonNode t) {
        JsonNode score = t.path("score");
        if (!score.path("total").isNumber()) {
            return "";
        }
        String grade = score.path("grade").isString() ? " " + score.path("grade").asString() : "";
        long errors = 0;
        for (JsonNode f : t.path("findings")) {
            errors += "ERROR".equals(f.path("severity").asString()) ? 1 : 0;
        }
        return t("import.scored", score.path("total").decimalValue().toPlainString(), grade, t.path("findings").size(), errors);
    }

    /** As the server's {@code ImportReport.Note.text}: the row first unless the message names it already. */
    private String note(JsonNode n) {
        int line = n.path("line").asInt();
        String text = n.path(Messages.english(locale) ? "en" : "zh").asString("");
        String row = t("import.row", line);
        return line > 0 && !text.contains(row) ? t("import.at_row", row, text) : text;
    }

    private String t(String key, Object... args) {
        return CliMessages.MESSAGES.get(locale, key, args);
    }
}
