// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // Filter forms marked data-autosubmit apply a change at once; the submit button stays for everyone else.
  document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
    form.addEventListener("change", function () { form.requestSubmit ? form.requestSubmit() : form.submit(); });
  });
  // Move focus to the error summary so screen-reader and keyboard users hear what went wrong.
  var summary = document.getElementById("form-errors");
  if (summary) { summary.focus(); }
})();
