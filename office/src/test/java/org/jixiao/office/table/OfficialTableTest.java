package org.jixiao.office.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.formats.text.DisclosureReader;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.office.SameEvaluation;
import org.jixiao.office.SeedTables;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class OfficialTableTest {

    @TestFactory
    Stream<DynamicTest> the_official_form_of_every_seed_reads_back_as_the_same_evaluation() throws IOException {
        return SeedTables.all().stream().map(e -> DynamicTest.dynamicTest(e.header().project(), () -> {
            OfficialTable table = OfficialTables.of(e);
            ReadResult back = new DisclosureReader().read(table.asText(), "grid");
            assertThat(back.allProblems()).as(table.asText()).isEmpty();
            assertThat(back.tables()).hasSize(1);
            SelfEvaluation read = back.tables().get(0).evaluation();
            assertThat(SameEvaluation.differences(e, read)).as(table.asText()).isEmpty();
        }));
    }
}
