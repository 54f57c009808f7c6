// Resource Centre search, enhanced: filters, sorting, paging and new searches update the results in place and
// the address bar (back and forward work). Without this file every form and link works as a normal page load.
(function () {
  "use strict";
  var root = document.querySelector("[data-search-root]");
  if (!root || !window.fetch || !window.DOMParser || !window.URLSearchParams || !window.URL || !history.pushState) {
    return; // the buttons apply filters and sorting with a page load
  }

  // Filters and sorting apply as soon as they change, in place: no page load, focus stays on the checkbox or
  // select, and the new count is announced (a reload while someone is still choosing would be a change of
  // context, WCAG 3.2.2; this is a change of content). The buttons stay for keyboard habits.
  root.addEventListener("change", function (event) {
    var form = event.target.form;
    if (form && form.hasAttribute("data-search-autosubmit") && form.requestSubmit) {
      form.requestSubmit();
    }
  });
  var announcer = document.querySelector("[data-search-announce]");
  var current = 0;

  function load(url, push) {
    var request = ++current;
    var focusedId = document.activeElement && document.activeElement.id;
    root.setAttribute("aria-busy", "true");
    fetch(url, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.text();
      })
      .then(function (html) {
        if (request !== current) { return; } // a newer request is on its way
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.querySelector("[data-search-root]");
        if (!fresh) { throw new Error("no results region"); }
        root.innerHTML = fresh.innerHTML;
        document.title = page.title;
        if (push) { history.pushState({ search: true }, "", url); }
        shown = window.location.href.split("#")[0];
        var count = root.querySelector("[role=status]");
        if (announcer && count) { announcer.textContent = count.textContent.trim(); }
        var focus = focusedId && document.getElementById(focusedId);
        if (focus) { focus.focus(); }
        root.removeAttribute("aria-busy");
      })
      .catch(function () { window.location.href = url; });
  }

  function sameListing(url) {
    return url.origin === window.location.origin && url.pathname === window.location.pathname;
  }

  root.addEventListener("submit", function (event) {
    var form = event.target;
    if ((form.getAttribute("method") || "get").toLowerCase() !== "get") { return; }
    var url = new URL(form.action, window.location.href);
    url.search = new URLSearchParams(new FormData(form)).toString();
    if (!sameListing(url)) { return; }
    event.preventDefault();
    load(url.href, true);
  });

  root.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href]");
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    if (link.getAttribute("href").charAt(0) === "#") { return; } // a jump within the page, e.g. to the results
    var url = new URL(link.getAttribute("href"), window.location.href);
    if (!sameListing(url)) { return; }
    event.preventDefault();
    load(url.href, true);
  });

  // Back and forward load the results of that address; a jump within the page (#search-results) fires popstate too
  // and must leave the page alone.
  var shown = window.location.href.split("#")[0];
  window.addEventListener("popstate", function () {
    var address = window.location.href.split("#")[0];
    if (address === shown) { return; }
    shown = address;
    load(window.location.href, false);
  });
})();
