package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The server's features (each a package under org.jixiao.server: evaluation, workflow, org, recheck …) depend on
 * each other one way only, checked by Spring Modulith; a new cycle fails the build. The module documentation is
 * generated from the same model into target/spring-modulith-docs; docs/modules holds the copy the README points at.
 */
class ModulesTest {
    private static final ApplicationModules MODULES = ApplicationModules.of(JixiaoServerApplication.class);
    private static final Path GENERATED = Path.of("target", "spring-modulith-docs");
    private static final Path COMMITTED = Path.of("..", "docs", "modules");

    @Test
    void the_features_of_the_server_depend_on_each_other_one_way_only() {
        MODULES.verify();
    }

    @Test
    void the_module_documentation_in_docs_is_the_one_the_code_gives() throws IOException {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        Path all = GENERATED.resolve("components.puml");
        assertThat(all).exists();
        // the same relations, in whatever order the documenter lists them
        assertThat(lines(COMMITTED.resolve("components.puml")))
                .as("docs/modules is out of date: cp server/target/spring-modulith-docs/*.puml docs/modules/")
                .isEqualTo(lines(all));
    }

    private static java.util.List<String> lines(Path file) throws IOException {
        return java.nio.file.Files.readAllLines(file).stream().map(String::strip).sorted().toList();
    }
}
