// Progressive enhancement: preselect the browser's own time zone in the "show times in" form.
// The visitor still confirms with the button, and the page works the same without this file.
(function () {
  "use strict";
  var select = document.querySelector("select[data-preselect-browser-zone]");
  if (!select || !window.Intl || !Intl.DateTimeFormat) { return; }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone) { return; }
  for (var i = 0; i < select.options.length; i++) {
    if (select.options[i].value === zone) { select.value = zone; break; }
  }
})();
