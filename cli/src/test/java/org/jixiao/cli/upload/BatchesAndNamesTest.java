package org.jixiao.cli.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchesAndNamesTest {
    @Test
    void a_file_name_with_a_quote_or_line_break_cannot_end_its_header_early() {
        assertThat(MultipartBody.quoted("报告\"a\"\r\nX.txt")).isEqualTo("报告%22a%22%0D%0AX.txt");
    }

    @Test
    void a_file_larger_than_a_batch_goes_alone_and_the_server_decides() {
        Map<Path, Long> sizes = Map.of(Path.of("a"), 10L, Path.of("big"), 5000L, Path.of("c"), 10L);
        List<List<Path>> batches = new Batches(4000, 500).split(List.of(Path.of("a"), Path.of("big"), Path.of("c")), sizes::get);
        assertThat(batches).containsExactly(List.of(Path.of("a")), List.of(Path.of("big")), List.of(Path.of("c")));
    }
}
