"""Time the site's time axis in a real Chromium: how long it takes to draw N events.

    python -m benchmarks.axis_render                       # 1,000 and 10,000 events
    python -m benchmarks.axis_render 500 50000             # other sizes
    python -m benchmarks.axis_render --vis PATH/TO/package # also vis-timeline, for comparison

The events are the synthetic timeline of `benchmarks.site_build`. Each run opens a page with
only the axis (no MkDocs theme) and reports the median of five draws: the first draw of the
whole timeline (data already loaded, layout forced), and a redraw after zooming in 2x.
`--vis` takes an unpacked `npm pack vis-timeline` folder and draws the same events with
its standalone build, the library the axis was measured against (see docs/site.md).
Needs Playwright and Chromium (TIMELINE_CHROMIUM or /usr/bin/chromium).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import os
import statistics
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from benchmarks.site_build import synthetic_events_yaml
from timeline.generate import DATA_SCRIPT, axis_script, script, stylesheet
from timeline.store import parse_timeline

OWN_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="assets/timeline.css"></head><body><article class="md-typeset">
<div class="tl-timeaxis" data-src="assets/timeline-data.js" data-root="" hidden>
<div class="tl-axis-bar"></div><div class="tl-axis-view" tabindex="0"></div></div>
</article><script src="assets/timeline-data.js"></script>
<script src="assets/timeline.js"></script></body></html>"""

VIS_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="vis.css"></head><body><div id="vis" style="width:1000px"></div>
<script src="assets/timeline-data.js"></script><script src="vis.js"></script></body></html>"""

OWN_DRAW = """() => {
  const el = document.querySelector('.tl-timeaxis');
  const times = [], zooms = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const axis = new window.timelineAxis.Axis(el, window.timelineAxisData);
    axis.draw();
    el.getBoundingClientRect();
    const t1 = performance.now();
    axis.zoom(0.5); axis.draw(); el.getBoundingClientRect();
    zooms.push(performance.now() - t1);
    times.push(t1 - t0);
  }
  return [times, zooms, el.querySelectorAll('a.tl-mark, rect.tl-density').length];
}"""

VIS_DRAW = """() => {
  const data = window.timelineAxisData, times = [], zooms = [];
  const items = data.events.map((e, i) => ({id: i, content: e[4],
    start: new Date(e[1] * 86400000), end: e[2] - e[1] > 1 ? new Date(e[2] * 86400000) : undefined,
    type: e[2] - e[1] > 1 ? 'range' : 'box'}));
  let timeline = null;
  for (let i = 0; i < 5; i++) {
    if (timeline) timeline.destroy();
    const host = document.getElementById('vis');
    const t0 = performance.now();
    timeline = new vis.Timeline(host, new vis.DataSet(items), {height: '260px'});
    timeline.redraw(); host.getBoundingClientRect();
    const t1 = performance.now();
    const w = timeline.getWindow();
    const mid = (w.start.valueOf() + w.end.valueOf()) / 2, half = (w.end - w.start) / 4;
    timeline.setWindow(mid - half, mid + half, {animation: false});
    timeline.redraw(); host.getBoundingClientRect();
    zooms.push(performance.now() - t1);
    times.push(t1 - t0);
  }
  return [times, zooms, document.querySelectorAll('.vis-item').length];
}"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def _served(folder: Path) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _write_site(folder: Path, n: int, vis: Path | None) -> None:
    timeline, problems = parse_timeline(synthetic_events_yaml(n))
    assert timeline is not None and not problems
    (folder / "assets").mkdir(parents=True)
    (folder / DATA_SCRIPT).write_text(axis_script(timeline), encoding="utf-8")
    (folder / "assets" / "timeline.js").write_text(script(), encoding="utf-8")
    (folder / "assets" / "timeline.css").write_text(stylesheet(), encoding="utf-8")
    (folder / "own.html").write_text(OWN_PAGE, encoding="utf-8")
    if vis is not None:
        build = vis / "standalone" / "umd" / "vis-timeline-graph2d.min.js"
        (folder / "vis.js").write_bytes(build.read_bytes())
        css = vis / "styles" / "vis-timeline-graph2d.min.css"
        (folder / "vis.css").write_bytes(css.read_bytes())
        (folder / "vis.html").write_text(VIS_PAGE, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--vis", type=Path, help="an unpacked vis-timeline npm package")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("TIMELINE_CHROMIUM", "/usr/bin/chromium")
    print(f"{'axis':>14} {'events':>7} {'draw ms':>8} {'zoom ms':>8} {'marks':>6} {'data KB':>8}")
    with sync_playwright() as p, tempfile.TemporaryDirectory() as tmp:
        browser = p.chromium.launch(executable_path=chromium, args=["--headless", "--no-sandbox"])
        page = browser.new_page(viewport={"width": 1100, "height": 800})
        for n in args.sizes:
            folder = Path(tmp) / f"n{n}"
            _write_site(folder, n, args.vis)
            size = (folder / DATA_SCRIPT).stat().st_size / 1000
            runs = [("timeline.js", "own.html", OWN_DRAW)]
            if args.vis is not None:
                runs.append(("vis-timeline", "vis.html", VIS_DRAW))
            with _served(folder) as url:
                for name, html, draw in runs:
                    page.goto(url + html)
                    page.wait_for_load_state("load")
                    times, zooms, marks = page.evaluate(draw)
                    print(
                        f"{name:>14} {n:>7} {statistics.median(times):>8.1f} "
                        f"{statistics.median(zooms):>8.1f} {marks:>6} {size:>8.0f}",
                        flush=True,
                    )
        browser.close()


if __name__ == "__main__":
    main()
