// Actor page: events with each counterpart by month, and the monthly cooperation-vs-conflict score
// (months where the sign flips are drawn larger).
(function () {
  "use strict";
  var countsCanvas = document.getElementById("dyad-counts");
  var scoresCanvas = document.getElementById("dyad-scores");
  if (!countsCanvas || typeof Chart === "undefined") { return; }
  var id = countsCanvas.getAttribute("data-actor");
  window.tigris.getJSON("/api/actors/" + encodeURIComponent(id)).then(function (actor) {
    var monthSet = {};
    actor.dyads.forEach(function (d) { d.months.forEach(function (m) { monthSet[m.month] = true; }); });
    var months = Object.keys(monthSet).sort();
    function series(d, key) {
      var byMonth = {};
      d.months.forEach(function (m) { byMonth[m.month] = m; });
      return months.map(function (m) { return byMonth[m] ? byMonth[m][key] : (key === "score" ? null : 0); });
    }
    function flips(d) {
      var set = {};
      d.flips.forEach(function (m) { set[m] = true; });
      return months.map(function (m) { return set[m] ? 7 : 3; });
    }
    var palette = window.tigris.palette;
    new Chart(countsCanvas, {
      type: "bar",
      data: { labels: months, datasets: actor.dyads.map(function (d, i) {
        return { label: d.counterpart, data: series(d, "events"), backgroundColor: palette[i % palette.length] };
      }) },
      options: { animation: false, maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: "bottom" } } }
    });
    new Chart(scoresCanvas, {
      type: "line",
      data: { labels: months, datasets: actor.dyads.map(function (d, i) {
        return { label: d.counterpart, data: series(d, "score"), borderColor: palette[i % palette.length],
          backgroundColor: palette[i % palette.length], spanGaps: true, pointRadius: flips(d), stepped: false };
      }) },
      options: { animation: false, maintainAspectRatio: false,
        scales: { y: { ticks: { precision: 0 } } },
        plugins: { legend: { position: "bottom" } } }
    });
  }).catch(function () { /* the tables above still show the dyads */ });
})();
