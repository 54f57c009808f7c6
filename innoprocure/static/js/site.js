// Progressive enhancement only: every page works without this file.
// Filter forms are applied with their button, never on change: a page reload while someone is still choosing
// would be an unexpected change of context (WCAG 3.2.2).
(function () {
  "use strict";
  // Move focus to the error summary so screen-reader and keyboard users hear what went wrong.
  var summary = document.getElementById("form-errors");
  if (summary) { summary.focus(); }
})();

(function () {
  "use strict";
  // On a narrow screen the filter panel starts folded, so that the results are the first thing below the search box.
  if (!window.matchMedia || !window.matchMedia("(max-width: 48rem)").matches) { return; }
  var drawers = document.querySelectorAll("details[data-filters-drawer]");
  for (var i = 0; i < drawers.length; i += 1) { drawers[i].open = false; }
})();

