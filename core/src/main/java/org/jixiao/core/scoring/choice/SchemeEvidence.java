package org.jixiao.core.scoring.choice;

import java.math.BigDecimal;
import java.util.Locale;
import org.jixiao.core.evaluation.Category;
import org.jixiao.core.text.Messages;

/**
 * One thing a table says about the scheme it was filled under: the weight its execution row prints, a first-level
 * subtotal (产出指标（50分）), a footnote stating the weights, a title naming a form, its layout.
 *
 * @param kind     what is stated
 * @param source   where: printed in the table itself, or in a footnote ("原则上" defaults), or the layout
 * @param category the first level a group's points belong to; null for the other kinds
 * @param figure   the points stated; null for a title or a layout
 * @param text     the title or layout as read; the figure's label otherwise
 * @param line     the source line, 0 when not read from text
 */
public record SchemeEvidence(Kind kind, Source source, Category category, BigDecimal figure, String text, int line) {

    public enum Kind {
        /** the execution row's 分值 (10, 20) */
        EXECUTION_WEIGHT,
        /** a first level's points (产出指标（50分）, 产出指标总分50分) */
        GROUP_POINTS,
        /** a title naming a form (部门预算项目支出绩效自评表) */
        TITLE,
        /** the printed layout (national, suzhou, department) */
        LAYOUT
    }

    /** Ranked: a figure printed in the table outranks a footnote's default, which outranks the layout alone. */
    public enum Source {
        TABLE, FOOTNOTE, LAYOUT
    }

    public static SchemeEvidence executionWeight(Source source, BigDecimal figure, int line) {
        return new SchemeEvidence(Kind.EXECUTION_WEIGHT, source, null, figure, null, line);
    }

    public static SchemeEvidence groupPoints(Source source, Category category, BigDecimal figure, String label, int line) {
        return new SchemeEvidence(Kind.GROUP_POINTS, source, category, figure, label, line);
    }

    public static SchemeEvidence title(String title, int line) {
        return new SchemeEvidence(Kind.TITLE, Source.TABLE, null, null, title, line);
    }

    public static SchemeEvidence layout(String layout) {
        return new SchemeEvidence(Kind.LAYOUT, Source.LAYOUT, null, null, layout, 0);
    }

    /** As the choice names it: "资金行分值 20", "表注：产出指标 50 分". */
    public String describe(Locale locale) {
        String figureText = figure == null ? "" : figure.stripTrailingZeros().toPlainString();
        String footnote = source == Source.FOOTNOTE ? ".footnote" : "";
        return switch (kind) {
            case EXECUTION_WEIGHT -> source == Source.TABLE
                    ? Messages.CORE.get(locale, "choice.execution_weight", figureText)
                    : Messages.CORE.get(locale, "choice.execution_points" + footnote, figureText);
            case GROUP_POINTS -> source == Source.TABLE
                    ? Messages.CORE.get(locale, "choice.group_subtotal", text, figureText)
                    : Messages.CORE.get(locale, "choice.group_points" + footnote, text, figureText);
            case TITLE -> Messages.CORE.get(locale, "choice.title", text);
            case LAYOUT -> Messages.CORE.get(locale, "choice.layout", text);
        };
    }
}
