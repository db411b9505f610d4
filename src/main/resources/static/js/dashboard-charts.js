// SPDX-License-Identifier: EUPL-1.2
// Draws the dashboard's charts from the data tables beside them (progressive enhancement: without
// JavaScript, or without Chart.js, the canvases stay hidden and the tables carry the figures).
// Each canvas names its table (data-table) and the table columns it draws (data-columns); a cell
// gives its number in data-value and the series takes the name of its column header.
(function () {
  'use strict';
  var COLOURS = ['#1d5b79', '#b5562b', '#4d7c2a', '#7a3b8f', '#8a6d00'];

  function series(table, column, index) {
    var header = table.querySelector('thead th[data-column="' + column + '"]');
    var values = Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (row) {
      var cell = row.querySelector('td[data-column="' + column + '"]');
      var raw = cell ? cell.getAttribute('data-value') : null;
      return raw === null || raw === '' ? null : Number(raw);
    });
    var colour = COLOURS[index % COLOURS.length];
    return { label: header ? header.textContent.trim() : column, data: values,
      backgroundColor: colour, borderColor: colour };
  }

  function draw(canvas) {
    var table = document.getElementById(canvas.getAttribute('data-table'));
    if (!table) {
      return;
    }
    var labels = Array.prototype.map.call(table.querySelectorAll('tbody th[scope="row"]'),
      function (th) { return th.textContent.trim(); });
    var columns = canvas.getAttribute('data-columns').split(' ');
    var max = canvas.getAttribute('data-max');
    canvas.hidden = false;
    new window.Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: columns.map(function (c, i) { return series(table, c, i); }) },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, max: max ? Number(max) : undefined,
          ticks: { precision: max ? undefined : 0 } } }
      }
    });
    canvas.setAttribute('data-drawn', 'true');
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof window.Chart !== 'function') {
      return;
    }
    window.Chart.defaults.color = '#1f1f1f';
    document.querySelectorAll('canvas[data-table]').forEach(draw);
  });
})();
