package org.jixiao.server.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a node rendered of the 复核 and 概览 pages, the 复核 API and the evaluation list's API, kept while the
 * {@link GlanceRevision} has not moved.
 * A province's finance office opens these pages all day over tens of thousands of tables that change a few times a
 * minute; between changes every request after the first is answered from memory, and the first request after a change
 * (on any node) renders anew, so an answer is never older than the last committed save.
 * <p>
 * The revision is read before the figures are, and the figures are read after it in read-committed transactions, so
 * an answer kept under a revision is at least as new as that revision.
 */
@Component
public class GlanceCache {
    /**
     * What a kept answer depends on beside the data: the view, whose view it is (scope, role, own organisation), the
     * query as asked, the language (null for JSON).
     */
    public record Key(String view, Object viewpoint, Object query, Locale locale) {
    }

    private record Kept(long revision, Object value) {
    }

    private final GlanceRevision revision;
    private final JsonMapper json;
    private final Cache<Key, Kept> kept;

    GlanceCache(GlanceRevision revision, JsonMapper json, @Value("${jixiao.glance-cache.max-megabytes:64}") long maxMegabytes) {
        this.revision = revision;
        this.json = json;
        this.kept = Caffeine.newBuilder()
                .maximumWeight(maxMegabytes * 1024 * 1024)
                .weigher((Key k, Kept v) -> weight(v.value()))
                .build();
    }

    /** The page's markup kept for this key at the current revision, else {@code render}'s, kept for the next request. */
    public String html(Key key, Supplier<String> render) {
        return get(key, render);
    }

    /** The same for an API's answer, kept as the JSON it is written to. */
    public ResponseEntity<byte[]> json(Key key, Supplier<?> answer) {
        byte[] body = get(key, () -> json.writeValueAsBytes(answer.get()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @SuppressWarnings("unchecked") // a key's value is of the one kind its method keeps
    private <T> T get(Key key, Supplier<T> compute) {
        long now = revision.current();
        Kept found = kept.getIfPresent(key);
        if (found != null && found.revision() == now) {
            return (T) found.value();
        }
        T value = compute.get();
        // of two requests that rendered the same key, the one that read the later revision stays
        kept.asMap().merge(key, new Kept(now, value), (old, fresh) -> fresh.revision() >= old.revision() ? fresh : old);
        return value;
    }

    private static int weight(Object value) {
        return value instanceof String s ? 2 * s.length() : ((byte[]) value).length;
    }
}
