package org.jixiao.cli.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.Header;

/** The re-check of a batch summed up: over all, per file (in the order read) and per department (by name). */
public final class AuditSummary {
    /** The key of tables that name neither a department nor a unit. */
    public static final String UNNAMED = "";
    private final CurrencyUnit unit;
    private final Tally overall;
    private final Map<String, Tally> byFile = new LinkedHashMap<>();
    private final Map<String, Tally> byDepartment = new TreeMap<>();
    private int files;
    private int filesNotRead;

    public AuditSummary(CurrencyUnit unit) {
        this.unit = unit;
        this.overall = new Tally(unit);
    }

    public void add(FileReport f) {
        files++;
        if (!f.isRead()) {
            filesNotRead++;
        }
        Tally file = byFile.computeIfAbsent(f.path(), p -> new Tally(unit));
        for (ScoredTable t : f.tables()) {
            overall.add(t);
            file.add(t);
            byDepartment.computeIfAbsent(department(t.evaluation().header()), d -> new Tally(unit)).add(t);
        }
    }

    /** 主管部门 as printed; the 实施单位 where a table names no department. */
    static String department(Header h) {
        if (h.department() != null && !h.department().isBlank()) {
            return h.department().strip();
        }
        return h.unit() != null && !h.unit().isBlank() ? h.unit().strip() : UNNAMED;
    }

    public CurrencyUnit unit() {
        return unit;
    }

    public Tally overall() {
        return overall;
    }

    public Map<String, Tally> byFile() {
        return Collections.unmodifiableMap(byFile);
    }

    public Map<String, Tally> byDepartment() {
        return Collections.unmodifiableMap(byDepartment);
    }

    public int files() {
        return files;
    }

    /** Files that could not be read whole (empty, binary, missing, or a table with a part not read). */
    public int filesNotRead() {
        return filesNotRead;
    }
}
