package org.jixiao.cli.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The minified ECharts bundle from its webjar on the class path, to be inlined so the report needs no network when
 * it is opened. The version is read from the webjar itself, so upgrading it is a change to the pom only.
 */
final class EChartsScript {
    private static final String WEBJAR = "META-INF/maven/org.webjars.npm/echarts/pom.properties";

    private EChartsScript() {
    }

    static String minified() {
        String version = version();
        String path = "META-INF/resources/webjars/echarts/" + version + "/dist/echarts.min.js";
        String script = new String(read(path), StandardCharsets.UTF_8);
        // Inside a script element only "</script" ends it early; the bundle has none today, and must not later.
        return script.replace("</script", "<\\/script");
    }

    static String version() {
        Properties p = new Properties();
        try (InputStream in = open(WEBJAR)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static byte[] read(String path) {
        try (InputStream in = open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String path) throws IOException {
        InputStream in = EChartsScript.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException("ECharts is missing from the class path: " + path);
        }
        return in;
    }
}
