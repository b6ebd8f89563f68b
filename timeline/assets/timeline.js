/* The timeline's behaviour on top of complete, static pages (each part is optional):
   - the zoomable time axis (SVG drawn here from assets/timeline-data.js, no library);
   - filters: tag chips on a period page, and `?tag=` / `?source=` in the URL, which filter
     the cards and the axis across the whole timeline and follow links between pages;
   - sharing: a card named in the URL's #fragment is scrolled to and highlighted, and each
     card's "Copy link" button copies its stable link;
   - `?embed`: the page without Material's navigation chrome, for an <iframe>.
   Works with Material's instant navigation: it re-runs on every page Material swaps in.
   All text from events.yaml is escaped before it reaches markup. */
(function () {
  "use strict";

  var DAY = 86400000;
  var KEPT_PARAMS = ["tag", "source", "embed"];

  function params() {
    return new URLSearchParams(window.location.search);
  }

  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  /* The query this page keeps on its links: the filters and the embed flag. */
  function keptQuery() {
    var p = params();
    var out = new URLSearchParams();
    KEPT_PARAMS.forEach(function (name) {
      if (p.has(name)) out.set(name, p.get(name));
    });
    var text = out.toString();
    return text ? "?" + text : "";
  }

  function withQuery(href, query) {
    if (!query) return href;
    var hash = "";
    var at = href.indexOf("#");
    if (at >= 0) { hash = href.slice(at); href = href.slice(0, at); }
    if (href.indexOf("?") >= 0) return href + hash;
    return href + query + hash;
  }

  /* ---- embed ------------------------------------------------------------------------ */

  function setUpEmbed() {
    var embedded = params().has("embed");
    document.documentElement.classList.toggle("tl-embed", embedded);
  }

  /* Links inside the content keep the filters and the embed flag (relative links only). */
  function carryQuery() {
    var query = keptQuery();
    if (!query) return;
    document.querySelectorAll(".md-content a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (!href || /^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(href)) return;
      if (a.classList.contains("tl-urlfilter-clear")) return;
      a.setAttribute("href", withQuery(href, query));
    });
  }

  /* ---- filters ---------------------------------------------------------------------- */

  var names = { tags: {}, sources: {} };

  function filterOf() {
    var p = params();
    return { tag: p.get("tag") || "", source: p.get("source") || "" };
  }

  function cardMatches(card, filter) {
    if (filter.tag && (card.dataset.tags || "").split(" ").indexOf(filter.tag) < 0) return false;
    if (filter.source && (card.dataset.sources || "").split(" ").indexOf(filter.source) < 0) {
      return false;
    }
    return true;
  }

  function applyFilter(filter) {
    var cards = document.querySelectorAll(".tl-event");
    cards.forEach(function (card) { card.hidden = !cardMatches(card, filter); });
    // A year or month heading whose cards are all hidden is hidden too; so is an era header.
    document.querySelectorAll(".tl-section, .tl-era").forEach(function (heading) {
      var any = false;
      for (var el = heading.nextElementSibling; el && !el.classList.contains("tl-section");
           el = el.nextElementSibling) {
        if (el.classList.contains("tl-era") && heading.classList.contains("tl-era")) break;
        if (el.classList.contains("tl-event") && !el.hidden) { any = true; break; }
      }
      heading.hidden = !any;
    });
    document.querySelectorAll("button.tl-chip").forEach(function (chip) {
      chip.setAttribute("aria-pressed", String(chip.dataset.tag === filter.tag));
    });
    document.querySelectorAll("select.tl-source-select").forEach(function (select) {
      pickSource(select, filter.source);
    });
    showFilterNote(filter);
    document.querySelectorAll(".tl-timeaxis").forEach(function (el) {
      if (el.timelineAxis) el.timelineAxis.setFilter(filter);
    });
    if (filter.source) withSources();
  }

  function showFilterNote(filter) {
    var note = document.querySelector(".tl-urlfilter");
    if (!note) return;
    var parts = [];
    if (filter.tag) {
      parts.push(note.dataset.tagText.replace("{tag}", names.tags[filter.tag] || filter.tag));
    }
    if (filter.source) {
      parts.push(note.dataset.sourceText.replace("{source}", sourceName(filter.source)));
    }
    note.querySelector(".tl-urlfilter-text").textContent = parts.join(" · ");
    var clear = note.querySelector(".tl-urlfilter-clear");
    var rest = new URLSearchParams();
    if (params().has("embed")) rest.set("embed", params().get("embed"));
    clear.setAttribute("href", window.location.pathname + (rest.toString() ? "?" + rest : ""));
    note.hidden = parts.length === 0;
  }

  function setFilterInUrl(filter) {
    var p = params();
    ["tag", "source"].forEach(function (name) {
      if (filter[name]) p.set(name, filter[name]); else p.delete(name);
    });
    var query = p.toString();
    var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
    window.history.replaceState(window.history.state, "", url);
  }

  function sourceName(id) {
    // The axis data's name, else the name a card on this page shows for it (a big
    // timeline's data names its sources only once a source filter loads them).
    if (names.sources[id]) return names.sources[id];
    var shown = document.querySelectorAll(".tl-outlet[data-source]");
    for (var i = 0; i < shown.length; i++) {
      if (shown[i].dataset.source === id) return shown[i].textContent.trim() || id;
    }
    return id;
  }

  function pickSource(select, source) {
    // A source the page does not cite (a filter carried from another page) gets its option,
    // so the picker always says what is filtered.
    var found = false;
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === source) found = true;
    }
    if (!found && source) {
      var option = document.createElement("option");
      option.value = source;
      option.textContent = sourceName(source);
      select.appendChild(option);
    }
    select.value = source;
  }

  function fillSourcePicker() {
    // One choice per source the page's cards cite, by name (once the axis data has named
    // them), with its number of cards; "All sources" stays first.
    var select = document.querySelector("select.tl-source-select");
    if (!select) return;
    var counts = {};
    document.querySelectorAll(".tl-event").forEach(function (card) {
      (card.dataset.sources || "").split(" ").forEach(function (id) {
        if (id) counts[id] = (counts[id] || 0) + 1;
      });
    });
    var label = sourceName;
    var ids = Object.keys(counts).sort(function (a, b) {
      var x = label(a).toLowerCase(), y = label(b).toLowerCase();
      return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
    });
    while (select.options.length > 1) select.remove(1);
    ids.forEach(function (id) {
      var option = document.createElement("option");
      option.value = id;
      option.textContent = label(id) + " (" + counts[id] + ")";
      select.appendChild(option);
    });
    pickSource(select, filterOf().source);
  }

  function setUpSourcePicker() {
    var pick = document.querySelector(".tl-source-pick");
    if (!pick || pick.dataset.ready) return;
    pick.dataset.ready = "1";
    var select = pick.querySelector("select.tl-source-select");
    fillSourcePicker();
    select.addEventListener("change", function () {
      var filter = filterOf();
      filter.source = select.value;
      setFilterInUrl(filter);
      applyFilter(filter);
      carryQuery();
    });
    pick.hidden = false;
  }

  function setUpFilter() {
    setUpSourcePicker();
    var bar = document.querySelector(".tl-filter");
    if (bar && !bar.dataset.ready) {
      bar.dataset.ready = "1";
      bar.querySelectorAll("button.tl-chip").forEach(function (chip) {
        chip.addEventListener("click", function () {
          var pressed = chip.getAttribute("aria-pressed") === "true";
          var filter = filterOf();
          filter.tag = pressed ? "" : chip.dataset.tag;
          setFilterInUrl(filter);
          applyFilter(filter);
          carryQuery();
        });
      });
      bar.hidden = false;
    }
    var filter = filterOf();
    if (filter.tag || filter.source) applyFilter(filter);
  }

  /* ---- sharing ---------------------------------------------------------------------- */

  function targetCard() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return null;
    var el = document.getElementById(id);
    return el ? el.closest(".tl-event") : null;
  }

  function highlightTarget(scroll) {
    document.querySelectorAll(".tl-event.tl-target").forEach(function (card) {
      card.classList.remove("tl-target");
    });
    var card = targetCard();
    if (!card) return;
    card.hidden = false;
    card.classList.add("tl-target");
    if (scroll) card.querySelector(".tl-title").scrollIntoView({ block: "start" });
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand("copy");
      document.body.removeChild(area);
      if (ok) resolve(); else reject(new Error("copy refused"));
    });
  }

  function setUpCopyButtons() {
    document.querySelectorAll("button.tl-copy").forEach(function (button) {
      if (button.dataset.ready) return;
      button.dataset.ready = "1";
      var label = button.dataset.label;
      button.textContent = label;
      button.addEventListener("click", function () {
        // The stable link: this page and the card's anchor, without filters or embed flag.
        var link = window.location.origin + window.location.pathname + "#" +
          encodeURIComponent(button.dataset.anchor);
        button.dataset.link = link;
        copyText(link).then(function () {
          button.textContent = button.dataset.done;
          button.classList.add("tl-copied");
          window.setTimeout(function () {
            button.textContent = label;
            button.classList.remove("tl-copied");
          }, 2000);
        }, function () {
          window.prompt(label, link);
        });
      });
      button.hidden = false;
    });
  }

  /* ---- the axis --------------------------------------------------------------------- */

  var dataPromise = null;

  function loadData(src) {
    if (window.timelineAxisData) return Promise.resolve(window.timelineAxisData);
    if (dataPromise) return dataPromise;
    dataPromise = new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = function () {
        if (window.timelineAxisData) resolve(window.timelineAxisData);
        else reject(new Error("no axis data"));
      };
      script.onerror = function () { dataPromise = null; reject(new Error("no axis data")); };
      document.head.appendChild(script);
    });
    return dataPromise;
  }

  // A big timeline's events come in parts (`timeline-axis/<n>.js` beside the data file),
  // each loaded once, when a view first needs it.
  var partPromises = {};

  function loadPart(src, n) {
    var loaded = window.timelineAxisParts || {};
    if (loaded[n]) return Promise.resolve(loaded[n]);
    if (!partPromises[n]) {
      partPromises[n] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = src.replace(/[^\/]*$/, "") + "timeline-axis/" + n + ".js";
        script.onload = function () {
          var rows = (window.timelineAxisParts || {})[n];
          if (rows) { resolve(rows); return; }
          delete partPromises[n];
          reject(new Error("no axis part " + n));
        };
        script.onerror = function () {
          delete partPromises[n];
          reject(new Error("no axis part " + n));
        };
        document.head.appendChild(script);
      });
    }
    return partPromises[n];
  }

  function indexNames(data) {
    data.tags.forEach(function (t) { names.tags[t[0]] = t[1]; });
    (data.sources || []).forEach(function (s) { names.sources[s[0]] = s[1]; });
  }

  // A big timeline's sources (`timeline-axis/sources.js`) come only when a source filter
  // needs them; then every axis learns them and filters again.
  var sourcesPromise = null;

  function withSources() {
    var data = window.timelineAxisData;
    var first = document.querySelector(".tl-timeaxis");
    if (!data || data.sources || !first) return Promise.resolve();
    if (!sourcesPromise) {
      sourcesPromise = new Promise(function (resolve) {
        var script = document.createElement("script");
        script.src = first.dataset.src.replace(/[^\/]*$/, "") + "timeline-axis/sources.js";
        script.onload = function () {
          if (window.timelineAxisSources) {
            data.sources = window.timelineAxisSources;
            indexNames(data);
            document.querySelectorAll(".tl-timeaxis").forEach(function (el) {
              if (el.timelineAxis) el.timelineAxis.learnSources(data);
            });
            var filter = filterOf();
            showFilterNote(filter);
            fillSourcePicker();
            document.querySelectorAll(".tl-timeaxis").forEach(function (el) {
              if (el.timelineAxis) el.timelineAxis.setFilter(filter);
            });
          }
          resolve();
        };
        script.onerror = function () { sourcesPromise = null; resolve(); };
        document.head.appendChild(script);
      });
    }
    return sourcesPromise;
  }

  var lang = document.documentElement.lang || undefined;
  var formats = {};
  function formatter(key, options) {
    if (!formats[key]) {
      options.timeZone = "UTC";
      try { formats[key] = new Intl.DateTimeFormat(lang, options); }
      catch (e) { formats[key] = new Intl.DateTimeFormat(undefined, options); }
    }
    return formats[key];
  }

  function dateOf(day) { return new Date(day * DAY); }

  function dayOf(year, month, date) {
    var d = new Date(0);
    d.setUTCFullYear(year, month, date);
    d.setUTCHours(0, 0, 0, 0);
    return Math.round(d.getTime() / DAY);
  }

  /* Tick steps, finest first: [unit, count]. */
  var STEPS = [["day", 1], ["day", 7], ["month", 1], ["month", 3], ["year", 1], ["year", 5],
    ["year", 10], ["year", 50], ["year", 100], ["year", 500], ["year", 1000]];

  function ticks(from, to, width) {
    var span = to - from;
    var step = STEPS[STEPS.length - 1];
    for (var i = 0; i < STEPS.length; i++) {
      var approx = STEPS[i][0] === "day" ? STEPS[i][1] : STEPS[i][0] === "month"
        ? STEPS[i][1] * 30.4 : STEPS[i][1] * 365.25;
      if (width * approx / span >= 64) { step = STEPS[i]; break; }
    }
    var start = dateOf(Math.floor(from));
    var y = start.getUTCFullYear(), m = start.getUTCMonth(), d = start.getUTCDate();
    var out = [];
    if (step[0] === "year") { y = Math.floor(y / step[1]) * step[1]; m = 0; d = 1; }
    else if (step[0] === "month") { m = Math.floor(m / step[1]) * step[1]; d = 1; }
    for (var n = 0; n < 400; n++) {
      var day = dayOf(y, m, d);
      if (day > to) break;
      if (day >= from) out.push({ day: day, label: tickLabel(step, day) });
      if (step[0] === "year") y += step[1];
      else if (step[0] === "month") m += step[1];
      else d += step[1];
    }
    return out;
  }

  function tickLabel(step, day) {
    var date = dateOf(day);
    if (step[0] === "year") return String(date.getUTCFullYear());
    if (step[0] === "month") {
      if (date.getUTCMonth() === 0) return String(date.getUTCFullYear());
      return formatter("month", { month: "short" }).format(date);
    }
    return formatter("day", { day: "numeric", month: "short" }).format(date);
  }

  function describe(event) {
    var start = dateOf(event[1]);
    var precision = event[3];
    var options = precision === 3 ? { year: "numeric", month: "long", day: "numeric" }
      : precision === 2 ? { year: "numeric", month: "long" } : { year: "numeric" };
    return formatter("p" + precision, options).format(start) + ": " + event[4];
  }

  var MAX_MARKS = 800;      // more events in view than this are drawn as a density strip
  var LANE_HEIGHT = 22;
  var MIN_SPAN = 4;         // days: the closest zoom
  var PLOT_TOP = 22;        // room for era names

  function Axis(el, data) {
    this.el = el;
    this.data = data;
    this.view = el.querySelector(".tl-axis-view");
    this.root = el.dataset.root || "";
    this.src = el.dataset.src || "";
    this.filter = filterOf();
    this.loaded = {};
    var lo = Infinity, hi = -Infinity;
    if (data.parts) {
      data.parts.forEach(function (p) { if (p[0] < lo) lo = p[0]; if (p[1] > hi) hi = p[1]; });
    } else {
      data.events.forEach(function (e) { if (e[1] < lo) lo = e[1]; if (e[2] > hi) hi = e[2]; });
    }
    if (lo === Infinity) { lo = 0; hi = 365; }
    var pad = Math.max(15, (hi - lo) * 0.03);
    this.extent = [lo - pad, hi + pad];
    this.maxSpan = Math.max(this.extent[1] - this.extent[0], 366);
    this.tagIndex = {};
    this.sourceIndex = {};
    var self = this;
    data.tags.forEach(function (t, i) { self.tagIndex[t[0]] = i; });
    this.learnSources(data);
    this.home = el.dataset.from ? [Number(el.dataset.from), Number(el.dataset.to)] : this.extent;
    this.setView(this.home[0], this.home[1]);
    this.bind();
  }

  Axis.prototype.learnSources = function (data) {
    var self = this;
    (data.sources || []).forEach(function (s, i) { self.sourceIndex[s[0]] = i; });
  };

  Axis.prototype.setFilter = function (filter) {
    this.filter = filter;
    this.draw();
  };

  Axis.prototype.matches = function (event) {
    var f = this.filter;
    if (f.tag && event[7].indexOf(this.tagIndex[f.tag]) < 0) return false;
    if (f.source && event[8].indexOf(this.sourceIndex[f.source]) < 0) return false;
    return true;
  };

  Axis.prototype.setView = function (from, to) {
    var span = Math.min(Math.max(to - from, MIN_SPAN), this.maxSpan);
    var mid = (from + to) / 2;
    from = mid - span / 2;
    to = mid + span / 2;
    var slack = span * 0.5;
    if (from < this.extent[0] - slack) { from = this.extent[0] - slack; to = from + span; }
    if (to > this.extent[1] + slack) { to = this.extent[1] + slack; from = to - span; }
    this.from = from;
    this.to = to;
    this.schedule();
  };

  Axis.prototype.zoom = function (factor, atFraction) {
    var at = atFraction === undefined ? 0.5 : atFraction;
    var pivot = this.from + (this.to - this.from) * at;
    var span = (this.to - this.from) * factor;
    this.setView(pivot - span * at, pivot + span * (1 - at));
  };

  Axis.prototype.pan = function (fraction) {
    var shift = (this.to - this.from) * fraction;
    this.setView(this.from + shift, this.to + shift);
  };

  Axis.prototype.schedule = function () {
    var self = this;
    if (this.pending) return;
    this.pending = true;
    window.requestAnimationFrame(function () { self.pending = false; self.draw(); });
  };

  Axis.prototype.href = function (event) {
    return withQuery(this.root + this.data.pages[event[5]], keptQuery()) + "#" + event[0];
  };

  Axis.prototype.draw = function () {
    var width = Math.max(this.view.clientWidth, 200);
    var from = this.from, to = this.to;
    var scale = width / (to - from);
    var x = function (day) { return (day - from) * scale; };
    var lanes = width < 500 ? 4 : 6;
    var plotBottom = PLOT_TOP + lanes * LANE_HEIGHT + 6;
    var height = plotBottom + 22;
    var parts = [];
    parts.push('<svg class="tl-axis-svg" width="' + width + '" height="' + height +
      '" viewBox="0 0 ' + width + " " + height + '" role="presentation">');
    // Era bands, behind everything.
    this.data.eras.forEach(function (era, i) {
      if (era[2] < from || era[1] > to) return;
      var x0 = Math.max(0, x(era[1])), x1 = Math.min(width, x(era[2]));
      // The name is cut to its band (the whole name is in the band's tooltip).
      var fits = Math.floor((x1 - x0 - 8) / 6.5);
      var name = era[0].length <= fits ? era[0] : fits >= 4 ? era[0].slice(0, fits - 1) + "…" : "";
      parts.push('<g class="tl-era-band tl-era-' + (i % 2) + '"><rect x="' + x0.toFixed(1) +
        '" y="0" width="' + Math.max(1, x1 - x0).toFixed(1) + '" height="' + plotBottom +
        '"></rect><text x="' + (x0 + 4).toFixed(1) + '" y="14">' + esc(name) +
        "</text><title>" + esc(era[0]) + "</title></g>");
    });
    // Ticks and their labels.
    parts.push('<line class="tl-axis-line" x1="0" x2="' + width + '" y1="' + plotBottom +
      '" y2="' + plotBottom + '"></line>');
    ticks(from, to, width).forEach(function (t) {
      var tx = x(t.day).toFixed(1);
      parts.push('<line class="tl-tick" x1="' + tx + '" x2="' + tx + '" y1="' + plotBottom +
        '" y2="' + (plotBottom + 5) + '"></line>');
      // A label cut by either edge would read as another date ("24" for 2024): left out.
      var half = t.label.length * 3.4;
      if (x(t.day) - half < 0 || x(t.day) + half > width) return;
      parts.push('<text class="tl-tick-label" x="' + tx + '" y="' + (plotBottom + 17) + '">' +
        esc(t.label) + "</text>");
    });
    // The events in view (and matching the filter).
    var visible = [];
    var events = this.eventsFor(from, to);
    var count;
    if (events === null) {
      // More events than marks can show, and not loaded: the histogram of all of them.
      var h = this.data.histogram;
      var days = [], counts = [];
      count = 0;
      for (var k = 0; k < h.counts.length; k++) {
        var day = h.from + k * h.step;
        if (!h.counts[k] || day + h.step <= from || day > to) continue;
        days.push([null, day]);
        counts.push(h.counts[k]);
        count += h.counts[k];
      }
      this.drawDensity(parts, days, x, width, plotBottom, counts);
    } else {
      for (var i = 0; i < events.length; i++) {
        var e = events[i];
        if (e[2] >= from && e[1] <= to && this.matches(e)) visible.push(e);
      }
      count = visible.length;
      if (visible.length > MAX_MARKS) {
        this.drawDensity(parts, visible, x, width, plotBottom);
      } else {
        this.drawMarks(parts, visible, x, width, lanes);
      }
    }
    parts.push("</svg>");
    this.view.innerHTML = parts.join("");
    this.view.setAttribute("data-count", String(count));
    this.view.setAttribute("data-view", Math.round(from) + " " + Math.round(to));
  };

  Axis.prototype.drawMarks = function (parts, visible, x, width, lanes) {
    // The last lane holds the marks that found no room for their label.
    var labelled = lanes - 1;
    var laneEnds = [];
    for (var l = 0; l < labelled; l++) laneEnds.push(-Infinity);
    // Key events first, so they get a lane and a label when space is short.
    var order = visible.slice().sort(function (a, b) { return b[6] - a[6] || a[1] - b[1]; });
    var placed = [];
    order.forEach(function (e) {
      var x0 = x(e[1]), x1 = x(e[2]);
      var point = x1 - x0 < 8;
      var r = 3 + e[6];
      var a = point ? (x0 + x1) / 2 - r : x0;
      var b = point ? (x0 + x1) / 2 + r : x1;
      var labelWidth = Math.min(e[4].length * 6.2, 220) + 6;
      // The label goes right of the mark, or left of it near the right edge.
      var side = b + labelWidth <= width || a - labelWidth < 0 ? "right" : "left";
      var from = side === "right" ? a : a - labelWidth;
      var to = side === "right" ? b + labelWidth : b;
      var lane = -1;
      for (var k = 0; k < laneEnds.length; k++) {
        if (laneEnds[k] <= from) { lane = k; break; }
      }
      if (lane >= 0) laneEnds[lane] = to + 6;
      placed.push({ e: e, lane: lane < 0 ? labelled : lane, a: a, b: b, point: point, r: r,
        side: side, label: lane >= 0, labelWidth: labelWidth });
    });
    placed.sort(function (p, q) { return p.e[1] - q.e[1] || p.lane - q.lane; });
    var self = this;
    placed.forEach(function (p) {
      var e = p.e;
      var y = PLOT_TOP + p.lane * LANE_HEIGHT + LANE_HEIGHT / 2;
      var name = describe(e);
      var mark;
      if (p.point) {
        mark = '<circle class="tl-mark-shape" cx="' + ((p.a + p.b) / 2).toFixed(1) + '" cy="' +
          y + '" r="' + p.r + '"></circle>';
      } else {
        var h = 6 + e[6] * 2;
        mark = '<rect class="tl-mark-shape" x="' + p.a.toFixed(1) + '" y="' + (y - h / 2) +
          '" width="' + (p.b - p.a).toFixed(1) + '" height="' + h + '" rx="3"></rect>';
      }
      var text = "";
      if (p.label) {
        var max = Math.floor((p.labelWidth - 6) / 6.2);
        var title = e[4].length > max ? e[4].slice(0, Math.max(1, max - 1)) + "…" : e[4];
        var right = p.side === "right";
        var tx = right ? p.b + 4 : p.a - 4;
        text = '<text class="tl-mark-label" x="' + tx.toFixed(1) + '" y="' + (y + 4) + '"' +
          (right ? "" : ' text-anchor="end"') + ">" + esc(title) + "</text>";
      }
      parts.push('<a class="tl-mark tl-w' + e[6] + '" href="' + esc(self.href(e)) +
        '" data-id="' + esc(e[0]) + '" aria-label="' + esc(name) + '"><title>' + esc(name) +
        "</title>" + mark + text + "</a>");
    });
  };

  Axis.prototype.eventsFor = function (from, to) {
    // Every event when the data holds them all; else those of the parts the view overlaps,
    // or null (draw the histogram) while the view holds more events than marks can show
    // and no filter asks for them, or while its parts are still loading.
    if (!this.data.parts) return this.data.events;
    var h = this.data.histogram;
    var estimate = 0;
    for (var k = 0; k < h.counts.length; k++) {
      var day = h.from + k * h.step;
      if (day + h.step > from && day <= to) estimate += h.counts[k];
    }
    var filtered = this.filter.tag || this.filter.source;
    if (!filtered && estimate > MAX_MARKS) return null;
    var self = this;
    var wanted = [];
    this.data.parts.forEach(function (p, n) { if (p[1] >= from && p[0] <= to) wanted.push(n); });
    var missing = wanted.filter(function (n) { return !self.loaded[n]; });
    if (missing.length) {
      Promise.all(missing.map(function (n) {
        return loadPart(self.src, n).then(function (rows) { self.loaded[n] = rows; });
      })).then(function () { self.schedule(); }, function () { /* the histogram stays */ });
      return null;
    }
    var events = [];
    wanted.forEach(function (n) { events = events.concat(self.loaded[n]); });
    return events;
  };

  Axis.prototype.drawDensity = function (parts, visible, x, width, plotBottom, counts) {
    // Too many events to tell apart: bars of events per few pixels; a click zooms in there.
    // `counts` weighs each entry of `visible` (the histogram's bars), else each is one event.
    var size = 6;
    var buckets = new Array(Math.ceil(width / size) + 1).fill(0);
    visible.forEach(function (e, i) {
      var b = Math.floor(Math.max(0, Math.min(width, x(e[1]))) / size);
      buckets[b] += counts ? counts[i] : 1;
    });
    var top = Math.max.apply(null, buckets);
    var room = plotBottom - PLOT_TOP - 4;
    for (var b = 0; b < buckets.length; b++) {
      if (!buckets[b]) continue;
      var h = Math.max(2, room * Math.sqrt(buckets[b] / top));
      parts.push('<rect class="tl-density" data-bucket="' + b + '" x="' + b * size +
        '" y="' + (plotBottom - h) + '" width="' + (size - 1) + '" height="' + h.toFixed(1) +
        '"></rect>');
    }
  };

  Axis.prototype.bind = function () {
    var self = this;
    this.el.querySelectorAll("[data-zoom]").forEach(function (button) {
      button.addEventListener("click", function () {
        var action = button.dataset.zoom;
        if (action === "in") self.zoom(0.5);
        else if (action === "out") self.zoom(2);
        else self.setView(self.extent[0], self.extent[1]);
      });
    });
    this.view.addEventListener("keydown", function (event) {
      if (event.target !== self.view) return;
      var key = event.key;
      if (key === "ArrowLeft") self.pan(-0.2);
      else if (key === "ArrowRight") self.pan(0.2);
      else if (key === "+" || key === "=" || key === "ArrowUp") self.zoom(0.5);
      else if (key === "-" || key === "_" || key === "ArrowDown") self.zoom(2);
      else if (key === "Home" || key === "0") self.setView(self.home[0], self.home[1]);
      else return;
      event.preventDefault();
    });
    this.view.addEventListener("wheel", function (event) {
      if (!event.ctrlKey && Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        self.pan(event.deltaX / self.view.clientWidth);
      } else {
        var rect = self.view.getBoundingClientRect();
        self.zoom(Math.pow(1.0015, event.deltaY), (event.clientX - rect.left) / rect.width);
      }
      event.preventDefault();
    }, { passive: false });
    // Drag to pan, two fingers to zoom; a click on a density bar zooms in on it.
    var pointers = {};
    var moved = 0;
    this.view.addEventListener("pointerdown", function (event) {
      pointers[event.pointerId] = { x: event.clientX };
      moved = 0;
    });
    this.view.addEventListener("pointermove", function (event) {
      var p = pointers[event.pointerId];
      if (!p) return;
      var ids = Object.keys(pointers);
      var width = self.view.clientWidth;
      if (ids.length === 1) {
        var dx = event.clientX - p.x;
        moved += Math.abs(dx);
        if (moved > 4 && !self.view.hasPointerCapture(event.pointerId)) {
          self.view.setPointerCapture(event.pointerId);
        }
        self.pan(-dx / width);
      } else if (ids.length === 2) {
        var other = pointers[ids[0] === String(event.pointerId) ? ids[1] : ids[0]];
        var before = Math.abs(p.x - other.x), after = Math.abs(event.clientX - other.x);
        if (before > 10 && after > 10) self.zoom(before / after);
        moved += 10;
      }
      p.x = event.clientX;
    });
    var release = function (event) { delete pointers[event.pointerId]; };
    this.view.addEventListener("pointerup", release);
    this.view.addEventListener("pointercancel", release);
    this.view.addEventListener("click", function (event) {
      if (moved > 4) { event.preventDefault(); return; }
      var bar = event.target.closest && event.target.closest(".tl-density");
      if (bar) {
        var rect = self.view.getBoundingClientRect();
        self.zoom(0.1, (event.clientX - rect.left) / rect.width);
      }
    });
    window.addEventListener("resize", function () { self.schedule(); });
  };

  function setUpAxes() {
    var axes = document.querySelectorAll(".tl-timeaxis");
    if (!axes.length) return Promise.resolve();
    return loadData(axes[0].dataset.src).then(function (data) {
      indexNames(data);
      fillSourcePicker();
      axes.forEach(function (el) {
        if (el.timelineAxis) return;
        el.hidden = false;
        el.timelineAxis = new Axis(el, data);
        el.timelineAxis.draw();
      });
      showFilterNote(filterOf());
      if (filterOf().source) return withSources();
    }, function () { /* no data: the page stays complete without its axis */ });
  }

  /* ---- start ------------------------------------------------------------------------ */

  function setUp() {
    setUpEmbed();
    setUpFilter();
    setUpCopyButtons();
    carryQuery();
    highlightTarget(false);
    setUpAxes().then(function () {
      // The axis pushed the cards down: bring the shared card back into view.
      if (targetCard()) highlightTarget(true);
      document.documentElement.dataset.tlReady = "1";
    });
  }

  window.timelineAxis = { Axis: Axis, ticks: ticks };
  window.addEventListener("hashchange", function () { highlightTarget(true); });
  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
