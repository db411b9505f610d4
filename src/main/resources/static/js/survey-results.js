// SPDX-License-Identifier: EUPL-1.2
// Draws the survey results' charts from the data tables beside them (progressive enhancement:
// without JavaScript, or without Chart.js, the canvases stay hidden and the tables carry every
// figure). A canvas names its table (data-table) and the columns it draws (data-columns); a cell
// gives its number in data-value (empty: no figure, a gap); a series takes the name of its column
// header, a category the text of its row header. data-type is "bar" or "line"; data-horizontal
// lays bars along the x axis, data-stacked stacks them, data-max caps the value axis, and
// data-palette="scale" colours the points of a Likert scale from dissatisfied to satisfied.
(function () {
  'use strict';
  var COLOURS = ['#1d5b79', '#b5562b', '#4d7c2a', '#7a3b8f', '#8a6d00', '#3b5bdb', '#6b6b6b'];
  var SCALE = ['#b2182b', '#ef8a62', '#9e9e9e', '#67a9cf', '#2166ac'];
  var DASHES = [[], [6, 4], [2, 3], [10, 4, 2, 4], [4, 2]];

  function label(text) {
    var clean = text.replace(/\s+/g, ' ').trim();
    return clean.length > 28 ? clean.substring(0, 27) + '…' : clean;
  }

  function series(table, column, index, canvas) {
    var header = table.querySelector('thead th[data-column="' + column + '"]');
    var values = Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (row) {
      var cell = row.querySelector('td[data-column="' + column + '"]');
      var raw = cell ? cell.getAttribute('data-value') : null;
      return raw === null || raw === '' ? null : Number(raw);
    });
    var palette = canvas.getAttribute('data-palette') === 'scale' ? SCALE : COLOURS;
    var colour = palette[index % palette.length];
    return { label: header ? label(header.textContent) : column, data: values,
      backgroundColor: colour, borderColor: colour, borderDash: DASHES[index % DASHES.length],
      spanGaps: false, pointRadius: 3 };
  }

  function draw(canvas) {
    var table = document.getElementById(canvas.getAttribute('data-table'));
    if (!table) {
      return;
    }
    var labels = Array.prototype.map.call(table.querySelectorAll('tbody th[scope="row"]'),
      function (th) { return label(th.textContent); });
    var columns = canvas.getAttribute('data-columns').split(' ').filter(Boolean);
    var max = canvas.getAttribute('data-max');
    var horizontal = canvas.getAttribute('data-horizontal') === 'true';
    var stacked = canvas.getAttribute('data-stacked') === 'true';
    var value = { beginAtZero: true, max: max ? Number(max) : undefined, stacked: stacked };
    canvas.hidden = false;
    new window.Chart(canvas, {
      type: canvas.getAttribute('data-type') === 'line' ? 'line' : 'bar',
      data: { labels: labels,
        datasets: columns.map(function (c, i) { return series(table, c, i, canvas); }) },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: horizontal ? 'y' : 'x',
        scales: horizontal
          ? { x: value, y: { stacked: stacked } }
          : { y: value, x: { stacked: stacked } }
      }
    });
    canvas.setAttribute('data-drawn', 'true');
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof window.Chart !== 'function') {
      return;
    }
    window.Chart.defaults.color = '#1f1f1f';
    document.querySelectorAll('#survey-results canvas[data-table]').forEach(draw);
  });
})();
