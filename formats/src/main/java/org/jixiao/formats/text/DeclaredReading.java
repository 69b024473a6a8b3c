package org.jixiao.formats.text;

import org.jixiao.core.declaration.DeclaredFunding;

/**
 * What a table prints that only a declaration (绩效目标申报表) has a place for, as read by {@link DeclarationFields};
 * "" and null where the table does not print it.
 *
 * @param annualGoal  年度目标
 * @param midtermGoal 中期目标
 * @param firstYear   the project period's first year
 * @param lastYear    its last year
 * @param funding     the year's funding printed label by value (none where it is printed as rows of a block)
 */
public record DeclaredReading(String annualGoal, String midtermGoal, Integer firstYear, Integer lastYear, DeclaredFunding funding) {
    public DeclaredReading {
        annualGoal = annualGoal == null ? "" : annualGoal;
        midtermGoal = midtermGoal == null ? "" : midtermGoal;
        funding = funding == null ? DeclaredFunding.none() : funding;
    }

    public static DeclaredReading none() {
        return new DeclaredReading("", "", null, null, DeclaredFunding.none());
    }
}
