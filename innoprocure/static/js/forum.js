// Progressive enhancement: what somebody types in a forum form is kept in this browser (localStorage) while they
// type, so a reload, a crash or a lost connection loses nothing. The server keeps a draft too when a submission is
// refused. The saved text is offered back only into an empty field and is cleared once the form is sent.
(function () {
  "use strict";
  var storage;
  try { storage = window.localStorage; storage.setItem("forum-test", "1"); storage.removeItem("forum-test"); } catch (error) { return; }
  var forms = document.querySelectorAll("form[data-draft-key]");
  Array.prototype.forEach.call(forms, function (form) {
    var key = "forum-draft:" + form.getAttribute("data-draft-key");
    var fields = form.querySelectorAll("[data-draft]");
    var status = document.createElement("p");
    status.className = "forum-draft-status";
    status.setAttribute("aria-live", "polite");
    var saved = {};
    try { saved = JSON.parse(storage.getItem(key) || "{}"); } catch (error) { saved = {}; }
    var restored = false;
    Array.prototype.forEach.call(fields, function (field) {
      var name = field.getAttribute("data-draft");
      if (!field.value && saved[name]) { field.value = saved[name]; restored = true; }
    });
    if (restored) { status.textContent = form.getAttribute("data-draft-restored") || "Your unsent text is restored from this browser."; }
    var actions = form.querySelector(".form-actions");
    if (actions) { actions.parentNode.insertBefore(status, actions); }
    var timer;
    form.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var data = {};
        Array.prototype.forEach.call(fields, function (field) { data[field.getAttribute("data-draft")] = field.value; });
        storage.setItem(key, JSON.stringify(data));
      }, 500);
    });
    form.addEventListener("submit", function () { storage.removeItem(key); });
  });
})();
