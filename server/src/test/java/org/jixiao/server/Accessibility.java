package org.jixiao.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque, MPL-2.0; axe.min.js 4.14.1 vendored under src/test/resources/axe with its licence) run in the page
 * the browser shows: the violations of WCAG 2.1 A and AA, one line each — rule, what it asks, where.
 */
final class Accessibility {
    private static final String AXE = load();

    private Accessibility() {
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WCAG 2.1 AA violations of the page shown now (empty: none). */
    @SuppressWarnings("unchecked")
    static List<String> violations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(AXE + "\n;window.axe = axe;");
        }
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                window.axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                                          resultTypes: ['violations']})
                  .then(function (r) {
                    done(r.violations.map(function (v) {
                      return {id: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map(function (n) {
                        return n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' ');
                      })};
                    }));
                  })
                  .catch(function (e) { done([{id: 'axe-error', help: String(e), nodes: []}]); });
                """);
        List<String> lines = new ArrayList<>();
        for (Object o : (List<Object>) result) {
            Map<String, Object> v = (Map<String, Object>) o;
            lines.add(v.get("id") + " (" + v.get("help") + "): " + v.get("nodes"));
        }
        return lines;
    }
}
