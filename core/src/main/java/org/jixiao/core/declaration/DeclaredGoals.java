package org.jixiao.core.declaration;

/** 年度目标 and, for a project that runs several years, 中期目标; "" where none is written. */
public record DeclaredGoals(String annual, String midterm) {

    public DeclaredGoals {
        annual = annual == null ? "" : annual.strip();
        midterm = midterm == null ? "" : midterm.strip();
    }

    public static DeclaredGoals none() {
        return new DeclaredGoals("", "");
    }

    public DeclaredGoals withAnnual(String newAnnual) {
        return new DeclaredGoals(newAnnual, midterm);
    }
}
