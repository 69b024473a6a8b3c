package org.jixiao.formats.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.declaration.DeclaredFunding;
import org.jixiao.core.text.Text;
import org.jixiao.formats.text.DisclosureReader;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.formats.text.ReadTable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The corpus declarations (绩效目标申报表) as golden tests of what `check-goals` checks: each excerpt's 年度目标 and
 * 中期目标 as the careful reader has them ({@code goals}), and its funding ({@code funding}: total, fiscal, other), read
 * into the core's Declaration. The figures may only rise; the misses are printed.
 */
class CorpusDeclarationsTest {
    // the floors: raise them when the reader reads more, never lower them
    private static final int GOALS_RIGHT = 9;
    private static final int FUNDING_RIGHT = 5;

    private int goals;
    private int goalsRight;
    private int funding;
    private int fundingRight;
    private final List<String> misses = new ArrayList<>();

    @Test
    void the_declarations_of_the_corpus_read_their_goals_and_funding() throws IOException {
        DisclosureReader reader = new DisclosureReader();
        for (CorpusExcerpt x : CorpusExcerpt.all()) {
            if (!x.kind().equals("declaration")) {
                continue;
            }
            ReadResult read = reader.read(x.text());
            Declaration d = read.tables().isEmpty() ? null : read.tables().get(0).declaration();
            JsonNode g = x.expected().get("goals");
            if (g != null && !g.isNull()) {
                goal(x.id() + " annual", g.get("annual"), d == null ? "" : d.goals().annual());
                goal(x.id() + " midterm", g.get("midterm"), d == null ? "" : d.goals().midterm());
            }
            JsonNode f = x.expected().get("funding");
            if (f != null && !f.isNull()) {
                DeclaredFunding read0 = d == null ? DeclaredFunding.none() : d.annualFunding();
                funding++;
                if (same(f.get("total"), read0.total()) && same(f.get("fiscal"), read0.fiscal()) && same(f.get("other"), read0.other())) {
                    fundingRight++;
                } else {
                    misses.add(x.id() + " funding " + read0 + " instead of " + f.get("total") + " / " + f.get("fiscal") + " / " + f.get("other"));
                }
            }
            // every table of a declaration file is checked as one: none without its reading
            for (ReadTable t : read.tables()) {
                assertThat(t.declaration()).isNotNull();
            }
        }
        System.out.printf("declarations: goals %d / %d, funding %d / %d%n", goalsRight, goals, fundingRight, funding);
        misses.forEach(m -> System.out.println("      " + m));
        assertThat(goalsRight).as("goals read as the careful reader has them").isGreaterThanOrEqualTo(GOALS_RIGHT);
        assertThat(fundingRight).as("funding read as the careful reader has it").isGreaterThanOrEqualTo(FUNDING_RIGHT);
    }

    /** A goal the reading gives (or says is not printed) counts; the text is compared as a key. */
    private void goal(String what, JsonNode expected, String read) {
        String want = expected == null || expected.isNull() ? "" : Text.key(expected.asText());
        if (want.isEmpty()) {
            return; // not printed: a goal read anyway is not counted against the reader (the text may be cut off)
        }
        goals++;
        if (Text.key(read).equals(want)) {
            goalsRight++;
        } else {
            misses.add(what + ": \"" + read + "\" instead of \"" + expected.asText() + "\"");
        }
    }

    private static boolean same(JsonNode expected, BigDecimal read) {
        if (expected == null || expected.isNull()) {
            return read == null;
        }
        return read != null && expected.decimalValue().compareTo(read) == 0;
    }
}
