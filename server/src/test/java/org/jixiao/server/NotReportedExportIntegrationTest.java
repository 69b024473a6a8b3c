package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.core.evaluation.ActualStatus;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.Schemes;
import org.jixiao.core.scoring.ScoreSheet;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.office.TableFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;

/** An indicator marked not reported in the web application: its workbook reads back as the score command reads it. */
class NotReportedExportIntegrationTest extends IntegrationTestBase {
    @TempDir
    Path temp;

    @Test
    void an_exported_workbook_with_a_row_not_reported_reads_back_with_no_weight_no_score_and_the_apis_total() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        String json = mvc.perform(put("/api/evaluations/{id}/actuals", id).with(as("yn-filler")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"actuals\":[{\"index\":1,\"status\":\"NOT_REPORTED\",\"reason\":\"年中调整，不再考核\"}]}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        BigDecimal apiTotal = new BigDecimal(JsonPath.read(json, "$.score.total").toString());
        byte[] xlsx = mvc.perform(get("/api/evaluations/{id}/export", id).param("format", "xlsx").with(as("yn-filler")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Path file = temp.resolve("exported.xlsx");
        Files.write(file, xlsx);

        ReadResult back = new TableFiles().read(file);
        assertThat(back.allProblems()).isEmpty();
        SelfEvaluation read = back.tables().get(0).evaluation();
        assertThat(read.indicators().get(1).actual().status()).isEqualTo(ActualStatus.NOT_REPORTED);
        // what ./jixiao score --json prints: the published-table scorer under the layout's scheme
        Schemes schemes = Schemes.builtIn();
        ScoreSheet sheet = schemes.scorer(schemes.forLayout(read.layout())).score(read);
        assertThat(sheet.indicators().get(1).weight()).isNull();
        assertThat(sheet.indicators().get(1).score()).isNull();
        assertThat(sheet.total()).isEqualByComparingTo(apiTotal);
    }
}
