package org.jixiao.server.system;

import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Charts as the JSON a page carries in {@code <script type="application/json">} (written with th:text, so
 * Thymeleaf escapes it like any text and the page's script unescapes it): the CSP allows no inline script, so
 * data travels as data.
 */
@Component("chartJson")
public class ChartJson {
    private final JsonMapper json;

    ChartJson(JsonMapper json) {
        this.json = json;
    }

    public String of(List<BarChart> charts) {
        return json.writeValueAsString(charts);
    }
}
