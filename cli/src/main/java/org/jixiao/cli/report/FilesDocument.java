package org.jixiao.cli.report;

import java.io.OutputStream;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * One JSON document {@code {"files": [...]}} written file by file, so a long batch streams: {@link #file} for each,
 * then {@link #close} ends it. Numbers are plain decimals; the caller owns the output, which closing leaves open.
 *
 * @param <F> what one file's entry is written from
 */
public final class FilesDocument<F> implements AutoCloseable {
    private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private final JsonGenerator g;
    private final BiConsumer<JsonGenerator, F> writer;

    private FilesDocument(JsonGenerator g, BiConsumer<JsonGenerator, F> writer) {
        this.g = g;
        this.writer = writer;
    }

    static <F> FilesDocument<F> open(OutputStream out, BiConsumer<JsonGenerator, F> writer) {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.writeStartObject();
        g.writeName("files");
        g.writeStartArray();
        return new FilesDocument<>(g, writer);
    }

    public void file(F f) {
        writer.accept(g, f);
    }

    @Override
    public void close() {
        g.writeEndArray();
        g.writeEndObject();
        g.close();
    }
}
