package org.jixiao.formats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the test fixtures are: the repository's own {@code testdata/} (the build passes it as
 * {@code -Djixiao.testdata}; run from an IDE, the nearest {@code testdata} folder above the working directory).
 */
public final class Seeds {
    private Seeds() {
    }

    public static Path testdata() {
        String configured = System.getProperty("jixiao.testdata");
        if (configured != null && Files.isDirectory(Paths.get(configured))) {
            return Paths.get(configured);
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("testdata");
            if (Files.isDirectory(candidate.resolve("seeds"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("testdata/ not found in the repository (set -Djixiao.testdata)");
    }

    public static Path dir() {
        return testdata().resolve("seeds");
    }

    public static Path corpus() {
        return testdata().resolve("corpus");
    }

    public static Path file(String name) {
        return dir().resolve(name);
    }
}
