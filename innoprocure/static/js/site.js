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
  // When the window becomes wide, the panel opens (its toggle is hidden there), and folds again when it narrows.
  if (!window.matchMedia) { return; }
  var narrow = window.matchMedia("(max-width: 48rem)");
  function fold(folded) {
    var drawers = document.querySelectorAll("details[data-filters-drawer]");
    for (var i = 0; i < drawers.length; i += 1) { drawers[i].open = !folded; }
  }
  if (narrow.matches) { fold(true); }
  var changed = function (event) { fold(event.matches); };
  if (narrow.addEventListener) { narrow.addEventListener("change", changed); } else if (narrow.addListener) { narrow.addListener(changed); }
})();


(function () {
  "use strict";
  // On a narrow screen the main navigation folds behind a "Menu" button, so that the page itself starts on the first
  // screen; wide, the button is hidden and the sections show. Without JavaScript the list simply stays open.
  var nav = document.querySelector("[data-main-nav]");
  if (!nav || !window.matchMedia) { return; }
  var toggle = nav.querySelector(".main-nav__toggle");
  var narrow = window.matchMedia("(max-width: 48rem)");
  function show(open) {
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    nav.classList.toggle("main-nav--folded", !open);
  }
  function fit(isNarrow) {
    toggle.hidden = !isNarrow;
    show(!isNarrow);
  }
  toggle.addEventListener("click", function () { show(toggle.getAttribute("aria-expanded") !== "true"); });
  fit(narrow.matches);
  var changed = function (event) { fit(event.matches); };
  if (narrow.addEventListener) { narrow.addEventListener("change", changed); } else if (narrow.addListener) { narrow.addListener(changed); }
})();
