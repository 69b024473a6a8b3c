// Draws the bar charts whose data the page carries in <script type="application/json" id="chart-data">.
// The server writes that JSON with th:text, which escapes it as HTML text; a script element's text is not
// unescaped by the browser, so it is unescaped here before it is parsed.
(function () {
  'use strict';

  function unescapeHtml(text) {
    return new DOMParser().parseFromString(text, 'text/html').documentElement.textContent;
  }

  function option(chart) {
    var counts = chart.series.every(function (s) {
      return s.data.every(function (d) { return d === null || Number.isInteger(d); });
    });
    return {
      animation: false,
      title: { text: chart.title, textStyle: { fontSize: 13, fontWeight: 'normal' } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: chart.series.length > 1 ? { top: 0, right: 0 } : undefined,
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: chart.categories, axisLabel: { interval: 0, width: 140, overflow: 'truncate' } },
      yAxis: { type: 'value', minInterval: counts ? 1 : 0 },
      series: chart.series.map(function (s) {
        return {
          name: s.name, type: 'bar', data: s.data, stack: chart.stacked ? 'all' : undefined,
          label: { show: !chart.stacked, position: 'top' }, barMaxWidth: 48
        };
      })
    };
  }

  function draw() {
    var data = document.getElementById('chart-data');
    if (!data || typeof echarts === 'undefined') {
      return;
    }
    var charts = JSON.parse(unescapeHtml(data.textContent));
    var drawn = [];
    data.parentElement.hidden = false;
    charts.forEach(function (chart) {
      var place = document.getElementById(chart.id);
      if (place) {
        var c = echarts.init(place);
        c.setOption(option(chart));
        drawn.push(c);
      }
    });
    if (drawn.length) {
      document.querySelectorAll('[data-chart-fallback]').forEach(function (f) { f.hidden = true; });
    }
    window.addEventListener('resize', function () {
      drawn.forEach(function (c) { c.resize(); });
    });
  }

  document.addEventListener('DOMContentLoaded', draw);
}());
