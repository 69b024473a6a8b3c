package org.jixiao.server.recheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.server.IntegrationTestBase;
import org.jixiao.server.TestDatabase;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.evaluation.Recheck;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.Scope;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 复核 and 概览 sums read from the roll-up equal the same sums over the tables themselves, for every organisation,
 * year and choice of drafts, with and without the split per child — after each way a table's figures move: created,
 * saved, re-checked, taken through the workflow, voided, its organisation moved, and rebuilt at start.
 */
class RecheckRollupIntegrationTest extends IntegrationTestBase {
    @Autowired
    RecheckRepository repository;
    @Autowired
    RecheckRollup rollup;
    @Autowired
    WorkflowService workflow;

    private void assertTheRollUpEqualsTheTables(String when) {
        List<Organisation> all = organisations.findAll(Scope.EVERYTHING);
        Set<Integer> years = new HashSet<>(jdbc.sql("SELECT DISTINCT budget_year FROM evaluation WHERE budget_year IS NOT NULL")
                .query(Integer.class).list());
        List<Integer> choices = new ArrayList<>(years);
        choices.add(null);
        for (Organisation org : all) {
            assertThat(repository.years(Scope.EVERYTHING, org)).as("%s: the years of %s", when, org.name())
                    .isEqualTo(repository.yearsOfTheTables(Scope.EVERYTHING, org));
            for (Integer year : choices) {
                for (boolean drafts : new boolean[] {true, false}) {
                    RecheckConditions where = new RecheckConditions(Scope.EVERYTHING, org, year, drafts);
                    for (boolean perChild : new boolean[] {false, true}) {
                        assertThat(summaries(repository.groups(where, perChild)))
                                .as("%s: %s, year %s, drafts %s, per child %s", when, org.name(), year, drafts, perChild)
                                .isEqualTo(summaries(repository.groupsOfTheTables(where, perChild)));
                    }
                    RecheckQuery q = new RecheckQuery(org.id(), year, null, null, CurrencyUnit.YUAN, 0, 1000, drafts);
                    assertThat(repository.ranked(where, q, 1000, 0).stream().map(RecheckRow::id).toList())
                            .as("%s: the ranking of %s, year %s", when, org.name(), year)
                            .isEqualTo(jdbc.sql("SELECT e.id" + where.fromWhere() + " ORDER BY r.gap DESC NULLS LAST, e.project, e.id")
                                    .query(Long.class).list());
                }
            }
        }
    }

    /** Each part's summary, in 元, keyed by part: what the pages show. */
    private static List<String> summaries(List<SummaryTally.Group> groups) {
        java.util.Map<Long, SummaryTally> parts = new java.util.TreeMap<>(java.util.Comparator.nullsFirst(Long::compare));
        for (SummaryTally.Group g : groups) {
            parts.computeIfAbsent(g.part(), k -> new SummaryTally()).add(g);
        }
        List<String> out = new ArrayList<>();
        parts.forEach((part, tally) -> out.add(part + ": " + tally.summary(CurrencyUnit.YUAN)));
        return out;
    }

    private static SelfEvaluation withFirstActual(SelfEvaluation e, String actual) {
        List<Indicator> is = new ArrayList<>(e.indicators());
        is.set(0, is.get(0).withActual(Actual.reported(actual)));
        return e.withIndicators(is);
    }

    @Test
    void a_roll_up_rebuilt_whole_leaves_the_planner_statistics_that_count_its_rows() {
        assumeTrue(TestDatabase.isPostgres(), "the planner's statistics are PostgreSQL's");
        copyOf(YUNNAN_PASS_RATE, "yn-filler");
        rollup.rebuildWithStatistics();
        long rows = jdbc.sql("SELECT COUNT(*) FROM recheck_contribution").query(Long.class).single();
        double counted = jdbc.sql("SELECT reltuples FROM pg_class WHERE oid = 'recheck_contribution'::regclass")
                .query(Double.class).single();
        assertThat(counted).isEqualTo((double) rows);
    }

    @Test
    void the_roll_up_follows_every_change_of_a_table_and_of_the_tree() {
        assertTheRollUpEqualsTheTables("the demo as loaded");

        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        assertTheRollUpEqualsTheTables("a table created");
        SelfEvaluation form = evaluations.get(id, person("yn-filler")).form();
        evaluations.save(id, 0, withFirstActual(form, "1"), null, person("yn-filler"), AuditSource.SCREEN);
        assertTheRollUpEqualsTheTables("a table saved");

        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        assertTheRollUpEqualsTheTables("a table submitted");
        workflow.act(id, Transition.DEPT_APPROVE, null, null, List.of(), person("yn-reviewer"));
        List<Recheck> none = new ArrayList<>();
        for (int k = 0; k < form.indicators().size(); k++) {
            none.add(Recheck.NONE);
        }
        none.set(0, new Recheck(new java.math.BigDecimal("1"), null, "复核扣分"));
        workflow.act(id, Transition.FINANCE_APPROVE, "复核通过", null, none, person("yn-finance"));
        assertTheRollUpEqualsTheTables("a table re-checked by finance");

        long draft = copyOf(MINHANG_CONSULTING, "mh-filler");
        workflow.act(draft, Transition.VOID, null, null, List.of(), person("mh-filler"));
        assertTheRollUpEqualsTheTables("a draft voided");

        Organisation unit = organisations.findAll(Scope.EVERYTHING).stream().filter(o -> o.name().equals("云南省信息技术发展中心"))
                .findFirst().orElseThrow();
        Organisation parent = organisations.findById(unit.parentId(), Scope.EVERYTHING).orElseThrow();
        Organisation elsewhere = organisations.findAll(Scope.EVERYTHING).stream()
                .filter(o -> o.name().equals("闵行区科学技术委员会")).findFirst().orElseThrow();
        organisations.move(unit, elsewhere);
        assertTheRollUpEqualsTheTables("a unit moved under another department");
        organisations.move(organisations.findById(unit.id(), Scope.EVERYTHING).orElseThrow(), parent);
        assertTheRollUpEqualsTheTables("the unit moved back");

        jdbc.sql("DELETE FROM recheck_contribution WHERE evaluation_id = :id").param("id", id).update();
        rollup.run(null);
        assertTheRollUpEqualsTheTables("rebuilt at start after a contribution went missing");
        assertThat(Arrays.asList(jdbc.sql("SELECT COUNT(*) FROM recheck_contribution").query(Long.class).single()))
                .containsExactly(jdbc.sql("SELECT COUNT(*) FROM evaluation").query(Long.class).single());
    }
}
