package org.jixiao.core.declaration;

import org.jixiao.core.checks.Place;

/**
 * What a declaration check looks at.
 *
 * @param declaration the declaration checked
 * @param lastYear    the same project's declaration of the year before, or null where there is none
 * @param rules       the region's options
 */
public record DeclarationContext(Declaration declaration, Declaration lastYear, DeclarationRules rules) {

    public DeclarationContext {
        rules = rules == null ? DeclarationRules.defaults() : rules;
    }

    public static DeclarationContext of(Declaration declaration) {
        return new DeclarationContext(declaration, null, DeclarationRules.defaults());
    }

    public Place placeOf(int indicatorIndex) {
        return Place.indicator(declaration.indicators().get(indicatorIndex).name(), indicatorIndex, 0);
    }
}
