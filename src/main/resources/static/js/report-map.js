// SPDX-License-Identifier: EUPL-1.2
// Enhancement only (ADR 0040): maps of facility reports with Leaflet, on the site's own scripts and
// the tile server of the setting civicdesk.petitions.map-tiles. Without JavaScript, or with the map
// off, the page works unchanged: the place is typed into the address and coordinate fields, and
// the reports are read in the table.
//
// [data-map-picker]: a map to pick where a problem is. Clicking the map, dragging the marker, or
// (by keyboard) moving the map with the arrow keys and pressing "use the centre" fills in the
// latitude and longitude fields named by data-lat-field and data-lon-field; typing in those fields
// moves the marker.
//
// [data-report-map]: the reports of the table data-table on a map, one marker each, whose popup
// links to the report's page; the marker's text is the row's text.
(function () {
  'use strict';
  if (typeof L === 'undefined') { return; }

  var TAIWAN = [23.7, 121.0];

  function baseMap(box, element) {
    var map = L.map(element, {
      zoomControl: false,
      keyboard: true,
      scrollWheelZoom: false
    });
    L.control.zoom({
      zoomInTitle: box.getAttribute('data-zoom-in'),
      zoomOutTitle: box.getAttribute('data-zoom-out')
    }).addTo(map);
    map.attributionControl.setPrefix(false);
    L.tileLayer(box.getAttribute('data-tiles'), {
      maxZoom: 19,
      attribution: ''
    }).addTo(map);
    var attribution = box.getAttribute('data-attribution');
    if (attribution) {
      // As text, never as markup: the setting is not trusted to be HTML.
      var span = document.createElement('span');
      span.textContent = attribution;
      map.attributionControl.addAttribution(span.outerHTML);
    }
    return map;
  }

  function number(value) {
    var n = parseFloat(String(value || '').trim());
    return isFinite(n) ? n : null;
  }

  function round(n) {
    return (Math.round(n * 1e6) / 1e6).toFixed(6);
  }

  function picker(box) {
    var lat = document.getElementById(box.getAttribute('data-lat-field'));
    var lon = document.getElementById(box.getAttribute('data-lon-field'));
    var element = box.querySelector('.map');
    if (!lat || !lon || !element) { return; }
    box.hidden = false;
    var map = baseMap(box, element);
    var marker = null;
    var label = box.getAttribute('data-marker-label') || '';

    function place(latlng, fill) {
      if (!marker) {
        marker = L.marker(latlng, { draggable: true, keyboard: true, alt: label, title: label })
          .addTo(map);
        marker.on('dragend', function () { place(marker.getLatLng(), true); });
      } else {
        marker.setLatLng(latlng);
      }
      if (fill) {
        lat.value = round(latlng.lat);
        lon.value = round(latlng.lng);
      }
    }

    var start = [number(lat.value), number(lon.value)];
    if (start[0] !== null && start[1] !== null) {
      map.setView(start, 17);
      place(L.latLng(start[0], start[1]), false);
    } else {
      var centre = (box.getAttribute('data-centre') || '').split(',').map(number);
      map.setView(centre.length === 2 && centre[0] !== null ? centre : TAIWAN,
        number(box.getAttribute('data-zoom')) || 8);
    }
    map.on('click', function (e) { place(e.latlng, true); });

    function typed() {
      var a = number(lat.value);
      var b = number(lon.value);
      if (a !== null && b !== null && Math.abs(a) <= 90 && Math.abs(b) <= 180) {
        place(L.latLng(a, b), false);
        map.panTo([a, b]);
      }
    }
    lat.addEventListener('change', typed);
    lon.addEventListener('change', typed);

    var useCentre = box.querySelector('[data-map-use-centre]');
    if (useCentre) {
      useCentre.addEventListener('click', function () { place(map.getCenter(), true); });
    }
    var here = box.querySelector('[data-map-here]');
    if (here && navigator.geolocation) {
      here.hidden = false;
      here.addEventListener('click', function () {
        navigator.geolocation.getCurrentPosition(function (p) {
          var at = L.latLng(p.coords.latitude, p.coords.longitude);
          map.setView(at, 17);
          place(at, true);
        });
      });
    }
  }

  function reports(box) {
    var table = document.getElementById(box.getAttribute('data-table'));
    var element = box.querySelector('.map');
    if (!table || !element) { return; }
    var rows = table.querySelectorAll('tr[data-lat][data-lon]');
    box.hidden = false;
    var map = baseMap(box, element);
    var bounds = [];
    rows.forEach(function (row) {
      var a = number(row.getAttribute('data-lat'));
      var b = number(row.getAttribute('data-lon'));
      if (a === null || b === null) { return; }
      var text = row.getAttribute('data-label') || '';
      var marker = L.marker([a, b], { keyboard: true, alt: text, title: text }).addTo(map);
      var link = row.querySelector('a[href]');
      if (link) {
        var popup = document.createElement('a');
        popup.href = link.getAttribute('href');
        popup.textContent = text;
        marker.bindPopup(popup);
      }
      bounds.push([a, b]);
    });
    if (bounds.length) {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
    } else {
      map.setView(TAIWAN, 7);
    }
  }

  document.querySelectorAll('[data-map-picker]').forEach(picker);
  document.querySelectorAll('[data-report-map]').forEach(reports);
})();
