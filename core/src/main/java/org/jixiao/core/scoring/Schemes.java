package org.jixiao.core.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.text.Messages;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schemes jixiao knows: the built-in ones ({@code national-2020}, the default, and {@code suzhou-2023}) plus
 * any scheme file added. A scheme file is JSON with the fields of {@link Scheme}.
 */
public final class Schemes {
    public static final String DEFAULT_ID = "national-2020";
    private static final List<String> BUILT_IN = List.of("national-2020", "suzhou-2023", "mof-legacy", "exec20",
            "sichuan-integrated-2023", "department-common");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Schemes BUILT_IN_SCHEMES = loadBuiltIn();

    private final Map<String, Scheme> byId;
    private final Map<String, Scorer> scorers = new java.util.concurrent.ConcurrentHashMap<>();

    private Schemes(Map<String, Scheme> byId) {
        this.byId = byId;
    }

    /** The built-in schemes. */
    public static Schemes builtIn() {
        return BUILT_IN_SCHEMES;
    }

    /** The built-in schemes plus those in the given files (a file's scheme replaces a built-in one of the same id). */
    public static Schemes withFiles(List<Path> files) {
        Map<String, Scheme> all = new LinkedHashMap<>(BUILT_IN_SCHEMES.byId);
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                Scheme s = read(in, file.toString());
                all.put(s.id(), s);
            } catch (IOException e) {
                throw new UncheckedIOException(Messages.CORE.bothEnglishFirst("scheme.unreadable", file), e);
            }
        }
        return new Schemes(all);
    }

    /** Reads and validates one scheme file. */
    public static Scheme read(InputStream in, String source) {
        Scheme s;
        try {
            s = JSON.readValue(in, Scheme.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(Messages.CORE.bothEnglishFirst("scheme.invalid", source) + ": " + e.getOriginalMessage(), e);
        }
        validate(s, source);
        return s;
    }

    private static void validate(Scheme s, String source) {
        SchemeValidation.validate(s, source);
    }

    private static Schemes loadBuiltIn() {
        Map<String, Scheme> all = new LinkedHashMap<>();
        for (String id : BUILT_IN) {
            String resource = "schemes/" + id + ".json";
            try (InputStream in = Schemes.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("built-in scheme missing from the build: " + resource);
                }
                all.put(id, read(in, resource));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Schemes(all);
    }

    public Optional<Scheme> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Scheme get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                Messages.CORE.bothEnglishFirst("scheme.unknown", id) + "; known: " + String.join(", ", byId.keySet())));
    }

    public Scheme defaultScheme() {
        return get(DEFAULT_ID);
    }

    /** The scheme for a printed layout ("national", "suzhou"), the default when none claims it. */
    public Scheme forLayout(String layout) {
        for (Scheme s : byId.values()) {
            if (s.layouts().contains(layout)) {
                return s;
            }
        }
        return defaultScheme();
    }

    /** A cached scorer for the scheme. */
    public Scorer scorer(Scheme scheme) {
        return scorers.computeIfAbsent(scheme.id() + "@" + scheme.version(), k -> new Scorer(scheme));
    }

    /** A cached scorer of forms being filled under the scheme ({@link Scorer#forFormsBeingFilled}). */
    public Scorer formScorer(Scheme scheme) {
        return scorers.computeIfAbsent(scheme.id() + "@" + scheme.version() + "#form", k -> Scorer.forFormsBeingFilled(scheme));
    }

    public List<Scheme> all() {
        return List.copyOf(byId.values());
    }
}
