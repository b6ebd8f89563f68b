/* Tag filter for the timeline's period pages: the chips above the cards show only the cards
   with the chosen tag. The page is complete without this script (the bar stays hidden).
   Works with Material's instant navigation: it re-runs on every page Material swaps in. */
(function () {
  "use strict";

  function setUp() {
    var bar = document.querySelector(".tl-filter");
    if (!bar || bar.dataset.ready) return;
    bar.dataset.ready = "1";
    var chips = Array.prototype.slice.call(bar.querySelectorAll("button.tl-chip"));
    var cards = Array.prototype.slice.call(document.querySelectorAll(".tl-event"));
    var sections = Array.prototype.slice.call(document.querySelectorAll(".tl-section"));

    function show(tag) {
      chips.forEach(function (chip) {
        chip.setAttribute("aria-pressed", String(chip.dataset.tag === tag));
      });
      cards.forEach(function (card) {
        var tags = (card.dataset.tags || "").split(" ");
        card.hidden = tag !== "" && tags.indexOf(tag) < 0;
      });
      // A year or month heading whose cards are all hidden is hidden too.
      sections.forEach(function (heading) {
        var any = false;
        for (var el = heading.nextElementSibling; el && !el.classList.contains("tl-section");
             el = el.nextElementSibling) {
          if (el.classList.contains("tl-event") && !el.hidden) { any = true; break; }
        }
        heading.hidden = !any;
      });
    }

    chips.forEach(function (chip) {
      chip.addEventListener("click", function () {
        var pressed = chip.getAttribute("aria-pressed") === "true";
        show(pressed ? "" : chip.dataset.tag);
      });
    });
    bar.hidden = false;
  }

  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
