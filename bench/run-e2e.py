#!/usr/bin/env python3
"""End-to-end benchmark of the installed `contentlint` tool (issue 9). Standard library only.

Generates deterministic sites (bench/SiteGen), packs and installs the tool from this checkout into a work folder,
then times `contentlint scan` as a whole process: median, min and max of --runs runs, peak resident memory of each
run (wait4), and MB/s of content. Variants (the candidate, an optional --baseline tool, the npm peer redact-pii) run
interleaved, so a noisy machine slows them alike and the ratios stay meaningful. See docs/performance.md.

  python3 bench/run-e2e.py                           # 1k, 10k and 50k pages, peer, pathological cases
  python3 bench/run-e2e.py --pages 1000 --runs 3 --no-peer --no-pathological
  python3 bench/run-e2e.py --baseline /path/to/old/contentlint --cases-only
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SITEGEN = REPO / "bench" / "SiteGen"
PEER = REPO / "bench" / "peer"


def sh(*args, cwd=None, quiet=True):
    out = subprocess.DEVNULL if quiet else None
    subprocess.run(args, cwd=cwd, check=True, stdout=out, stderr=out)


def run_once(argv, cwd):
    """Wall time (s), CPU time (s) and peak RSS (MB) of one process, from wait4's rusage of that very child."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(map(str, argv))} exited {proc.returncode}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure(variants, cwd, runs):
    """Runs every variant `runs` times, interleaved; returns {name: [(wall, cpu, rss), ...]}."""
    results = {name: [] for name, _ in variants}
    for _ in range(runs):
        for name, argv in variants:
            results[name].append(run_once(argv, cwd))
    return results


def summary(samples):
    walls = [s[0] for s in samples]
    return {
        "median": statistics.median(walls), "min": min(walls), "max": max(walls),
        "cpu": statistics.median(s[1] for s in samples), "rss": max(s[2] for s in samples),
    }


def content_bytes(folder):
    return sum(p.stat().st_size for p in Path(folder).rglob("*") if p.suffix in (".md", ".html") and ".git" not in p.parts)


def generator(work):
    sh("dotnet", "build", str(SITEGEN), "-c", "Release", "-o", str(work / "sitegen"))
    return [str(work / "sitegen" / "ContentLint.Bench.SiteGen")]


def make_site(gen, folder, *args):
    """Generates once per folder; a git repository so the tool takes it as the repository root."""
    marker = folder / ".generated"
    if marker.exists() and marker.read_text() == " ".join(args):
        return
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    if args[0] == "site":
        sh(*gen, "site", args[1], str(folder))
    else:
        sh(*gen, args[0], args[1], str(folder / args[2]))
    sh("git", "init", "-q", ".", cwd=folder)
    marker.write_text(" ".join(args))


def install_tool(work):
    feed, tools = work / "feed", work / "tools"
    shutil.rmtree(feed, ignore_errors=True)
    shutil.rmtree(tools, ignore_errors=True)
    sh(str(REPO / ".ci" / "pack-tool"), str(feed))
    # A private package cache: the same version number packed again must not be served from the user's cache.
    env = dict(os.environ, NUGET_PACKAGES=str(work / "nuget"))
    shutil.rmtree(work / "nuget", ignore_errors=True)
    subprocess.run(["dotnet", "tool", "install", "ContentLint", "--tool-path", str(tools), "--add-source", str(feed)],
                   check=True, stdout=subprocess.DEVNULL, env=env)
    return str(tools / "contentlint")


def install_peer(work):
    folder = work / "peer"
    if not (folder / "node_modules" / "redact-pii").exists():
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(PEER / "package.json", folder / "package.json")
        sh("npm", "install", "--no-audit", "--no-fund", "--silent", cwd=folder)
    shutil.copy(PEER / "redact-site.js", folder / "redact-site.js")
    return ["node", str(folder / "redact-site.js")]


def row(label, size_mb, stats, base=None):
    ratio = f"{stats['median'] / base['median']:.2f}" if base else "1.00"
    return (f"| {label} | {size_mb:.1f} | {stats['median']:.3f} | {stats['min']:.3f} | {stats['max']:.3f} | "
            f"{size_mb / stats['median']:.1f} | {stats['cpu']:.2f} | {stats['rss']:.0f} | {ratio} |")


HEADER = ("| run | content MB | median s | min s | max s | MB/s | CPU s | peak MB | ratio |\n"
          "|---|---:|---:|---:|---:|---:|---:|---:|---:|")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", default="1000,10000,50000", help="site sizes, comma-separated")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", default="/tmp/contentlint-bench", help="where sites, tools and the peer go")
    parser.add_argument("--tool", help="an installed contentlint to time (default: pack and install this checkout)")
    parser.add_argument("--baseline", help="another contentlint to time side by side (e.g. a build of main)")
    parser.add_argument("--no-peer", action="store_true", help="skip redact-pii")
    parser.add_argument("--no-pathological", action="store_true", help="skip the large and deep single files")
    parser.add_argument("--cases-only", action="store_true", help="only the pathological cases")
    parser.add_argument("--json", help="also write every figure to this file")
    args = parser.parse_args()

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    gen = generator(work)
    tool = args.tool or install_tool(work)
    peer = None if args.no_peer or args.cases_only else install_peer(work)
    print(f"machine: {os.cpu_count()} cores; load {os.getloadavg()[0]:.2f}; tool {tool}")
    figures = {}

    def variants(target):
        scan = [tool, "scan", *target, "--fail-on", "never"]
        found = [("contentlint", scan)]
        if args.baseline:
            found.append(("baseline", [args.baseline, "scan", *target, "--fail-on", "never"]))
        return found

    if not args.cases_only:
        print("\n" + HEADER)
        for pages in [int(p) for p in args.pages.split(",")]:
            site = work / f"site-{pages}"
            make_site(gen, site, "site", str(pages))
            size = content_bytes(site) / 1e6
            runs = variants([])
            if peer:
                runs.append(("redact-pii", [*peer, str(site)]))
            results = {name: summary(samples) for name, samples in measure(runs, site, args.runs).items()}
            figures[f"site-{pages}"] = {"content_mb": size, **results}
            for name, stats in results.items():
                print(row(f"{pages} pages: {name}", size, stats, results["contentlint"]), flush=True)
        sizes = [k for k in figures if k.startswith("site-")]
        if "site-10000" in sizes and "site-50000" in sizes:
            scale = figures["site-50000"]["contentlint"]["median"] / figures["site-10000"]["contentlint"]["median"]
            print(f"\n50k pages / 10k pages: {scale:.2f}x the time (target <= 5.5)")
        for key in sizes:
            if "redact-pii" in figures[key]:
                speedup = figures[key]["redact-pii"]["median"] / figures[key]["contentlint"]["median"]
                print(f"{key}: contentlint is {speedup:.1f}x faster than redact-pii (target >= 3)")

    if not args.no_pathological:
        print("\n" + HEADER)
        cases = [("data-uri", "250", "datauri.md", "250 KB single-line data: URI"),
                 ("markdown", "20", "archive.md", "20 MB Markdown file"),
                 ("markdown", "50", "archive.md", "50 MB Markdown file"),
                 ("deep-html", "10000", "deep.html", "10,000-deep HTML nesting")]
        for kind, size, name, label in cases:
            folder = work / f"case-{kind}-{size}"
            make_site(gen, folder, kind, size, name)
            results = {n: summary(s) for n, s in measure(variants([name]), folder, args.runs).items()}
            figures[f"case-{kind}-{size}"] = results
            for n, stats in results.items():
                print(row(f"{label}: {n}", (folder / name).stat().st_size / 1e6, stats, results["contentlint"]), flush=True)

    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
