// The timeline: events and fatalities per month or week, stacked by event type (Chart.js).
(function () {
  "use strict";
  var canvas = document.getElementById("events-chart");
  var deadCanvas = document.getElementById("fatalities-chart");
  var status = document.getElementById("timeline-status");
  if (!canvas || typeof Chart === "undefined") { return; }
  var query = canvas.getAttribute("data-query") || "";
  var charts = [];

  function chart(target, labels, series, key) {
    return new Chart(target, {
      type: "bar",
      data: {
        labels: labels,
        datasets: series.map(function (s, i) {
          return { label: s.event_type, data: s[key], backgroundColor: window.tigris.palette[i % window.tigris.palette.length] };
        })
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: "bottom" } }
      }
    });
  }

  function load(interval) {
    status.textContent = "Loading…";
    var url = "/api/timeline?interval=" + interval + (query ? "&" + query : "");
    window.tigris.getJSON(url).then(function (data) {
      charts.forEach(function (c) { c.destroy(); });
      charts = [chart(canvas, data.periods, data.series, "events"), chart(deadCanvas, data.periods, data.series, "fatalities")];
      var total = 0;
      data.series.forEach(function (s) { s.events.forEach(function (n) { total += n; }); });
      status.textContent = total + " dated events in " + data.periods.length + " " + interval + (data.periods.length === 1 ? "" : "s") +
        (data.truncated ? " (the most recent shown)" : "");
      canvas.setAttribute("data-periods", String(data.periods.length));
    }).catch(function (err) { status.textContent = "The timeline could not be loaded: " + err.message; });
  }

  document.querySelectorAll("#interval button").forEach(function (button) {
    button.addEventListener("click", function () {
      document.querySelectorAll("#interval button").forEach(function (b) { b.classList.remove("on"); });
      button.classList.add("on");
      load(button.getAttribute("data-interval"));
    });
  });
  load("month");
})();
