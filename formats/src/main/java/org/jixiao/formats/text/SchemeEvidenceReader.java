package org.jixiao.formats.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.evaluation.Category;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.choice.SchemeEvidence;

/**
 * What a table says about its scheme, collected from the rows of the table once it has been read: the execution
 * row's 分值, first-level subtotals printed as labels (产出指标（50分）), footnotes stating the weights
 * ("分值：原则上预算执行率10分，产出指标总分50分…") and the title. Kept apart from {@link TableReader}: it reads
 * the same rows for another purpose, and changes to how tables are read need not touch it.
 */
final class SchemeEvidenceReader {
    /** A first level with its points in brackets, as a label: 产出指标(50分), 效益指标（30）. Keys are NFKC-folded. */
    private static final Pattern GROUP_LABEL = Pattern.compile("^((?:服务对象)?(?:产出|效益|满意度)(?:指标|目标)?)\\((\\d+(?:\\.\\d+)?)分?\\)$");
    private static final Pattern FOOTNOTE_GROUP = Pattern.compile("((?:服务对象)?(?:产出|效益|满意度)(?:指标|目标)?)(?:总分|分值)?(?:为)?(\\d+(?:\\.\\d+)?)分");
    private static final Pattern FOOTNOTE_EXECUTION = Pattern.compile("(?:预算资金执行率|预算执行率|资金执行率|执行率)(?:为)?(\\d+(?:\\.\\d+)?)分");

    private SchemeEvidenceReader() {
    }

    static List<SchemeEvidence> collect(List<Row> rows, SelfEvaluation evaluation) {
        List<SchemeEvidence> evidence = new ArrayList<>();
        BigDecimal executionWeight = evaluation.funding().weight();
        if (executionWeight != null) {
            FundingRow total = evaluation.funding().totalRow();
            evidence.add(SchemeEvidence.executionWeight(SchemeEvidence.Source.TABLE, executionWeight, total == null ? 0 : total.line()));
        }
        Set<Category> subtotals = EnumSet.noneOf(Category.class);
        boolean titled = false;
        for (Row row : rows) {
            if (row.isBlank()) {
                continue;
            }
            String joined = row.joinedKey();
            if (!titled && Vocabulary.isTitle(joined) && joined.length() <= 40) {
                evidence.add(SchemeEvidence.title(joined, row.line()));
                titled = true;
            }
            if (isFootnote(joined)) {
                footnote(joined, row.line(), evidence);
                continue;
            }
            for (int i = 0; i < row.size(); i++) {
                String key = row.key(i);
                if (!mayBeGroupLabel(key)) {
                    continue; // most cells: no regular expression for them
                }
                Matcher m = GROUP_LABEL.matcher(key);
                if (m.matches()) {
                    Category c = Category.ofLevel1(m.group(1));
                    if (c != Category.OTHER && subtotals.add(c)) {
                        evidence.add(SchemeEvidence.groupPoints(SchemeEvidence.Source.TABLE, c, new BigDecimal(m.group(2)), m.group(1), row.line()));
                    }
                }
            }
        }
        return evidence;
    }

    private static boolean mayBeGroupLabel(String key) {
        return key.length() >= 5 && key.charAt(key.length() - 1) == ')'
                && (key.startsWith("产出") || key.startsWith("效益") || key.startsWith("满意") || key.startsWith("服务"));
    }

    /** A statement of the weights: several "N分" in one row that speaks of 分值 or of defaults. */
    private static boolean isFootnote(String joined) {
        return (joined.contains("原则上") || joined.contains("分值统一") || joined.contains("分值:") || joined.contains("一级指标分值"))
                && FOOTNOTE_GROUP.matcher(joined).find();
    }

    private static void footnote(String joined, int line, List<SchemeEvidence> out) {
        Matcher e = FOOTNOTE_EXECUTION.matcher(joined);
        if (e.find()) {
            out.add(SchemeEvidence.executionWeight(SchemeEvidence.Source.FOOTNOTE, new BigDecimal(e.group(1)), line));
        }
        Set<Category> seen = EnumSet.noneOf(Category.class);
        Matcher g = FOOTNOTE_GROUP.matcher(joined);
        while (g.find()) {
            Category c = Category.ofLevel1(g.group(1));
            if (c != Category.OTHER && seen.add(c)) {
                out.add(SchemeEvidence.groupPoints(SchemeEvidence.Source.FOOTNOTE, c, new BigDecimal(g.group(2)), g.group(1), line));
            }
        }
    }
}
