"""What one `mkdocs serve` rebuild after an edit costs, measured inside one process.

    python -m benchmarks.serve_rebuild 10000                 # this checkout
    python -m benchmarks.serve_rebuild 10000 --before ../start   # and another, alternating

`site_build.py --serve` times the whole edit -> served path of a real `mkdocs serve`, which
a busy machine stretches; this script runs MkDocs' own `build` as `mkdocs serve` calls it
(the same plugin instance kept, `serve` mode, a fresh config each time) on the synthetic
timeline of `site_build.py`, edits one event's title before each rebuild, and prints the CPU
seconds of the rebuild's thread (what other jobs on the machine inflate least) and its wall
seconds: median and worst of `--edits` rebuilds. With `--before DIR`, each round runs this
checkout and DIR's `timeline` package in turn, each in its own process.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def rebuilds(project: Path, edits: int) -> dict[str, object]:
    """Serve-mode rebuilds of `project` after `edits` edits, in this process."""
    import gc

    import mkdocs.config.base as config_base
    from mkdocs.commands.build import build

    import timeline

    os.chdir(project)
    site = tempfile.mkdtemp(prefix="mkdocs_")
    url = "http://127.0.0.1:8000/"

    def config() -> object:
        loaded = config_base.load_config(config_file="mkdocs.yml", site_dir=site)
        loaded.site_url = url
        return loaded

    first = config()
    first.plugins.on_startup(command="serve", dirty=False)  # type: ignore[attr-defined]
    build(first, serve_url=url)  # type: ignore[arg-type]
    plugin = first.plugins["timeline"]  # type: ignore[attr-defined]
    if hasattr(plugin, "deleting"):  # what this version's on_serve does once
        gc.collect()
        gc.freeze()
    events = project / "events.yaml"
    original = events.read_text(encoding="utf-8")
    cpu, wall = [], []
    try:
        for edit in range(edits):
            text = original.replace("title: Event 0 about", f"title: Edited {edit} about", 1)
            events.write_text(text, encoding="utf-8")
            started, started_cpu = time.perf_counter(), time.thread_time()
            build(config(), serve_url=url)  # type: ignore[arg-type]
            cpu.append(time.thread_time() - started_cpu)
            wall.append(time.perf_counter() - started)
            for thread in getattr(plugin, "deleting", []):
                thread.join()
    finally:
        events.write_text(original, encoding="utf-8")
    return {"code": str(Path(timeline.__file__).parents[1]), "cpu": cpu, "wall": wall}


def _child(project: Path, edits: int, checkout: Path | None) -> dict[str, object]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if checkout is not None:  # its `timeline` comes before an editable install
        env["PYTHONPATH"] = str(checkout.resolve())
    script = str(Path(__file__).resolve())
    done = subprocess.run(
        [sys.executable, script, "--child", str(project), str(edits)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int, nargs="?", default=10000)
    parser.add_argument("--edits", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--before", type=Path, metavar="DIR")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(rebuilds(Path(args.child[0]), int(args.child[1]))))
        return
    from benchmarks.site_build import MKDOCS_YML, synthetic_events_yaml

    codes: list[tuple[str, Path | None]] = [("after" if args.before else "this", None)]
    if args.before:
        codes.insert(0, ("before", args.before))
    print(f"{'code':>8} {'events':>7} {'cpu s median':>12} {'cpu s max':>9} "
          f"{'wall s median':>13} {'wall s max':>10}  package")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "project"
        (project / "docs").mkdir(parents=True)
        (project / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
        (project / "events.yaml").write_text(synthetic_events_yaml(args.size), encoding="utf-8")
        for _ in range(args.rounds):
            for name, checkout in codes:
                found = _child(project, args.edits, checkout)
                cpu, wall = found["cpu"], found["wall"]
                assert isinstance(cpu, list) and isinstance(wall, list)
                print(
                    f"{name:>8} {args.size:>7} {statistics.median(cpu):>12.2f} {max(cpu):>9.2f} "
                    f"{statistics.median(wall):>13.2f} {max(wall):>10.2f}  {found['code']}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
