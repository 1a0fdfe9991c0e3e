// The map: governorate boundaries shipped with tigris (no tile server), shaded by the number of
// filtered events, and the filtered events as clustered markers.
(function () {
  "use strict";
  var el = document.getElementById("map");
  var status = document.getElementById("map-status");
  if (!el || typeof L === "undefined") { return; }
  var query = el.getAttribute("data-query") || "";
  var map = L.map(el, { zoomSnap: 0.25, minZoom: 4, maxZoom: 16, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.setView([33.2, 43.7], 6);

  function shade(n, max) {
    if (!n) { return "#f3f1ec"; }
    var t = Math.sqrt(n / max);
    var light = Math.round(88 - t * 48);
    return "hsl(8, 55%, " + light + "%)";
  }

  function popup(p) {
    var box = document.createElement("div");
    var link = document.createElement("a");
    link.href = "/events/" + encodeURIComponent(p.event_id);
    link.textContent = p.sub_event_type;
    box.appendChild(link);
    var line = document.createElement("div");
    line.textContent = (p.date || "undated") + (p.location ? " · " + p.location : "") +
      (p.fatalities ? " · " + p.fatalities + " killed" : "");
    box.appendChild(line);
    return box;
  }

  Promise.all([
    window.tigris.getJSON(el.getAttribute("data-boundaries")),
    window.tigris.getJSON("/api/map" + (query ? "?" + query : ""))
  ]).then(function (results) {
    var shapes = results[0], data = results[1];
    var counts = data.governorates || {};
    var max = 1;
    Object.keys(counts).forEach(function (k) { max = Math.max(max, counts[k].events); });
    var layer = L.geoJSON(shapes, {
      style: function (feature) {
        var c = counts[feature.properties.name];
        return { color: "#6b6257", weight: 1, fillOpacity: 0.85, fillColor: shade(c ? c.events : 0, max) };
      },
      onEachFeature: function (feature, lyr) {
        var c = counts[feature.properties.name];
        var label = document.createElement("div");
        var strong = document.createElement("strong");
        strong.textContent = feature.properties.name;
        label.appendChild(strong);
        label.appendChild(document.createTextNode(c ? " · " + c.events + " events, " + c.fatalities + " killed" : " · no events"));
        lyr.bindTooltip(label, { sticky: true });
      }
    }).addTo(map);
    map.fitBounds(layer.getBounds(), { padding: [10, 10] });
    var cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
    data.points.forEach(function (p) {
      var marker = L.marker([p.lat, p.lon], { title: p.sub_event_type + " " + (p.date || "") });
      marker.bindPopup(function () { return popup(p); });
      cluster.addLayer(marker);
    });
    map.addLayer(cluster);
    el.setAttribute("data-markers", String(data.points.length));
    status.textContent = data.total + " located events" +
      (data.shown < data.total ? " (the latest " + data.shown + " shown)" : "");
  }).catch(function (err) {
    status.textContent = "The map could not be loaded: " + (err && err.message ? err.message : String(err));
    if (window.console) { console.error(err); }
  });
})();
