package org.jixiao.core.declaration;

import java.util.ArrayList;
import java.util.List;

/**
 * An approved version of a declaration's goals: version 1 is finance's final approval (终审), each approved
 * adjustment makes the next. Every version stays readable.
 *
 * @param number      1, 2, …
 * @param declaration the goals and indicators in force from this version on
 * @param removed     the indicators adjustments have deleted up to this version, each with the version that did
 * @param nextKey     the key the next added indicator gets
 */
public record DeclarationVersion(int number, Declaration declaration, List<Removed> removed, int nextKey) {

    /** An indicator an approved adjustment deleted, and the version from which it no longer counts. */
    public record Removed(DeclaredIndicator indicator, int fromVersion) {
    }

    public DeclarationVersion {
        removed = removed == null ? List.of() : List.copyOf(removed);
    }

    /** Version 1: the approved declaration, each indicator keyed by its printed place. */
    public static DeclarationVersion first(Declaration approved) {
        List<DeclaredIndicator> keyed = new ArrayList<>();
        for (int i = 0; i < approved.indicators().size(); i++) {
            keyed.add(approved.indicators().get(i).withKey(i + 1));
        }
        return new DeclarationVersion(1, approved.withIndicators(keyed), List.of(), keyed.size() + 1);
    }
}
