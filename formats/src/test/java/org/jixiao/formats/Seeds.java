package org.jixiao.formats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the sample disclosures are: ../shared/seeds beside the repository. */
public final class Seeds {
    private Seeds() {
    }

    public static Path dir() {
        String shared = System.getProperty("jixiao.shared");
        if (shared != null && Files.isDirectory(Paths.get(shared, "seeds"))) {
            return Paths.get(shared, "seeds");
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/seeds");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("../shared/seeds not found beside the repository (set -Djixiao.shared)");
    }

    public static Path file(String name) {
        return dir().resolve(name);
    }
}
