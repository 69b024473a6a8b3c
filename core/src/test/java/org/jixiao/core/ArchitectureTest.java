package org.jixiao.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * core is plain Java: the language of the domain and its rules, with no framework, no file format and no database
 * in it, and dependencies that point one way — evaluation ← scoring ← checks.
 */
@AnalyzeClasses(packages = "org.jixiao.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule core_uses_no_spring_no_poi_no_jdbc_and_no_picocli = noClasses()
            .that().resideInAPackage("org.jixiao.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.poi..", "java.sql..", "javax.sql..", "picocli..",
                    "jakarta.persistence..", "org.hibernate..", "org.openjdk.jmh..")
            .because("core is plain Java; frameworks, spreadsheets and databases live in formats, cli and server");

    @ArchTest
    static final ArchRule core_does_not_know_the_modules_built_on_it = noClasses()
            .that().resideInAPackage("org.jixiao.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.jixiao.formats..", "org.jixiao.cli..", "org.jixiao.server..", "org.jixiao.bench..")
            .because("dependencies point one way: server → formats → core; cli → formats → core");

    @ArchTest
    static final ArchRule the_form_does_not_know_how_it_is_scored_or_checked = noClasses()
            .that().resideInAPackage("org.jixiao.core.evaluation..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jixiao.core.scoring..", "org.jixiao.core.checks..")
            .because("a self-evaluation holds what the unit printed; derived figures live in scoring's ScoreSheet");

    @ArchTest
    static final ArchRule scoring_does_not_depend_on_checks = noClasses()
            .that().resideInAPackage("org.jixiao.core.scoring..")
            .should().dependOnClassesThat().resideInAPackage("org.jixiao.core.checks..")
            .because("checks read score sheets; scoring never reads findings");
}
