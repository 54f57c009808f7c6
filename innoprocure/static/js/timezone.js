// Progressive enhancement: show event times in the browser's own time zone when the visitor has not chosen one.
// The page marks the "show times in" form with data-detect-zone="<zone shown>" while no zone is chosen. If the
// browser's zone differs and we offer it, we remember it in the visitor_tz cookie (as the form would) and load the
// page again, once, so every time on it is in that zone. Without cookies the zone is only preselected in the form;
// without this file the form works the same.
(function () {
  "use strict";
  var form = document.querySelector("form[data-detect-zone]");
  if (!form || !window.Intl || !Intl.DateTimeFormat) { return; }
  var select = form.querySelector("select[name=tz]");
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!select || !zone || zone === form.getAttribute("data-detect-zone")) { return; }
  var offered = false;
  for (var i = 0; i < select.options.length; i++) {
    if (select.options[i].value === zone) { offered = true; break; }
  }
  // IANA names are letters, digits and / _ + - only: safe in a cookie as they are (the server does not decode).
  if (!offered || !/^[A-Za-z0-9\/_+-]+$/.test(zone)) { return; }
  select.value = zone;
  var tried = false;
  try { tried = window.sessionStorage.getItem("visitor_tz_tried") === zone; } catch (e) { tried = true; }
  if (tried || !navigator.cookieEnabled) { return; }
  try { window.sessionStorage.setItem("visitor_tz_tried", zone); } catch (e) { return; }
  document.cookie = "visitor_tz=" + zone + "; path=/; max-age=31536000; samesite=lax" +
    (location.protocol === "https:" ? "; secure" : "");
  if (document.cookie.indexOf("visitor_tz=") !== -1) { location.reload(); }
})();
