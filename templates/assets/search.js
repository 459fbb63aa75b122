// The search page's only script: starts the Pagefind UI on the index that
// `npm run build` writes to /pagefind/. Result URLs are made from where this
// page is served, so search works under any sub-path.
(function () {
  "use strict";
  var box = document.getElementById("search");
  var ui = document.querySelector('script[src$="pagefind-ui.js"]');
  var unavailable = document.querySelector(".search-unavailable");
  function showUnavailable() {
    if (unavailable) unavailable.hidden = false;
  }
  if (!box || !ui || typeof window.PagefindUI !== "function" || location.protocol === "file:") {
    showUnavailable();
    return;
  }
  // This page is <site>/search/; the site's root is one folder up.
  var siteRoot = new URL("../", location.href).pathname;
  var bundlePath = new URL("./", ui.src).pathname;
  function start(parts) {
    new window.PagefindUI({
      element: "#search",
      baseUrl: siteRoot,
      bundlePath: bundlePath,
      // A large site's index comes in parts, each its own bundle (src/publish/search.ts).
      mergeIndex: parts.map(function (part) {
        return { bundlePath: bundlePath + part, baseUrl: siteRoot };
      }),
      showImages: false,
      showSubResults: false,
      resetStyles: false,
    });
  }
  fetch(bundlePath + "parts.json")
    .then(function (response) {
      return response.ok ? response.json() : { parts: [] };
    })
    .then(
      function (list) {
        start(Array.isArray(list.parts) ? list.parts : []);
      },
      function () {
        start([]);
      },
    );
  // Pagefind names its box only with a title attribute, which not every
  // assistive technology reads; give it a real accessible name, in the
  // site's language, which the page gives as data-label.
  function label() {
    var input = box.querySelector("input");
    if (!input) return false;
    input.setAttribute("aria-label", box.getAttribute("data-label"));
    return true;
  }
  if (!label()) {
    var observer = new MutationObserver(function () {
      if (label()) observer.disconnect();
    });
    observer.observe(box, { childList: true, subtree: true });
  }
})();
