package org.jixiao.server.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A bar chart as the page's script draws it with ECharts: the figures and the words, already translated, so the
 * script holds no text and no arithmetic. The same figures stand in a table on the page for readers without
 * script.
 *
 * @param id         the id of the element the chart is drawn in
 * @param categories the bars' labels along the axis
 * @param stacked    whether the series stack (parts of one whole) or stand side by side
 */
public record BarChart(String id, String title, List<String> categories, List<Series> series, boolean stacked) {

    public BarChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** One colour of bars; numbers are plain decimals (already rounded), null where there is no figure. */
    public record Series(String name, List<? extends Number> data) {
        public Series {
            data = Collections.unmodifiableList(new ArrayList<>(data));
        }
    }
}
