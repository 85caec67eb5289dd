/* The arrival checklist works without this file; with it, a button prints the checklist. */
(function () {
  "use strict";

  function init() {
    var button = document.querySelector("[data-print]");
    if (!button || !window.print) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
