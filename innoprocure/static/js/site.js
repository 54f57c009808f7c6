// Progressive enhancement only: every page works without this file.
// Filter forms are applied with their button, never on change: a page reload while someone is still choosing
// would be an unexpected change of context (WCAG 3.2.2).
(function () {
  "use strict";
  // Move focus to the error summary so screen-reader and keyboard users hear what went wrong.
  var summary = document.getElementById("form-errors");
  if (summary) { summary.focus(); }
})();
