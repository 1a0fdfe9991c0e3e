// Shared by every page: send the CSRF token with htmx requests.
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="csrf-token"]');
  var token = meta ? meta.getAttribute("content") : "";
  document.body.addEventListener("htmx:configRequest", function (event) {
    event.detail.headers["X-CSRF-Token"] = token;
  });
  window.tigris = {
    csrfToken: token,
    getJSON: function (url) {
      return fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" }).then(function (r) {
        if (!r.ok) {
          return r.json().then(function (body) {
            var detail = body && body.detail;
            if (Array.isArray(detail)) {
              detail = detail.map(function (d) { return (d.loc || []).slice(-1)[0] + ": " + d.msg; }).join("; ");
            }
            throw new Error(detail || "request failed (" + r.status + ")");
          });
        }
        return r.json();
      });
    },
    palette: ["#b5473a", "#d38b2c", "#3b7dbf", "#4f9a5a", "#8a5cb8", "#6b7280", "#c2417e", "#2a9d8f"]
  };
})();
