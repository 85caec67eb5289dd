/* Progressive enhancement only: every page works without this file. */
(function () {
  "use strict";

  // A menu button for small screens: it opens the languages, the search and the main menu.
  // Without JavaScript the "Menu" link opens them instead (#site-menu:target, header.css).
  function setUpMenuToggle() {
    var menu = document.getElementById("site-menu");
    var link = document.querySelector(".menu-link");
    if (!menu || !window.matchMedia) {
      return;
    }
    var smallScreen = window.matchMedia("(max-width: 47.99rem)");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "menu-toggle";
    button.setAttribute("aria-controls", menu.id);
    button.setAttribute("aria-expanded", "false");
    button.textContent = menu.getAttribute("data-toggle-label") || "Menu";
    menu.parentNode.insertBefore(button, menu);
    if (link) {
      link.remove();
    }

    function setOpen(open) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
      menu.classList.toggle("is-open", open);
    }

    button.addEventListener("click", function () {
      setOpen(button.getAttribute("aria-expanded") !== "true");
    });

    menu.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && smallScreen.matches && button.getAttribute("aria-expanded") === "true") {
        setOpen(false);
        button.focus();
      }
    });
  }

  // Move focus to a form's error summary so screen-reader and keyboard users find it.
  function focusErrorSummary() {
    var summary = document.querySelector(".error-summary");
    if (summary) {
      summary.focus();
    }
  }

  // Pages with a form come from the shared page cache with an empty token: fetch this
  // visitor's. Without JavaScript the server shows the form again with a token of its own.
  function fillFormTokens() {
    var fields = document.querySelectorAll("[data-form-token]");
    if (!fields.length || !window.fetch) {
      return;
    }
    fetch("/csrf-token/", { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (data) {
        for (var i = 0; data && i < fields.length; i++) {
          if (!fields[i].value) {
            fields[i].value = data.token;
          }
        }
      })
      .catch(function () {});
  }

  function init() {
    setUpMenuToggle();
    fillFormTokens();
    focusErrorSummary();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
