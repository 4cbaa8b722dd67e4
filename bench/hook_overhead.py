#!/usr/bin/env python3
"""Hook overhead: time `git commit` of 5 staged content files in a repository of 2,000 files, with and without the
ContentLint pre-commit hook, interleaved so machine noise hits both sides alike. Prints medians, min and max.

usage: bench/hook_overhead.py CONTENTLINT_BINARY [--files 2000] [--staged 5] [--runs 11]
"""
import argparse, os, random, shutil, statistics, subprocess, tempfile, time

WORDS = ("our clinic team physical therapy recovery exercise posture shoulder knee strength balance walking "
         "appointment schedule insurance parking stretch hydration sleep nutrition program class week morning").split()


def page(rng, index):
    body = "\n\n".join(" ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 90))).capitalize() + "."
                       for _ in range(rng.randint(3, 8)))
    if index % 3 == 0:
        return f"<!doctype html>\n<html><head><title>Page {index}</title></head>\n<body><h1>Page {index}</h1>\n<p>{body}</p>\n</body></html>\n"
    return f"---\ntitle: Page {index}\ndate: 2026-01-{index % 28 + 1:02d}\n---\n# Page {index}\n\n{body}\n"


def git(repo, *args, env=None):
    subprocess.run(["git", *args], cwd=repo, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("tool")
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--staged", type=int, default=5)
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    rng = random.Random(42)
    root = tempfile.mkdtemp(prefix="contentlint-hookbench-")
    env = dict(os.environ, HOME=os.path.join(root, "home"), GIT_CONFIG_NOSYSTEM="1")
    env = {k: v for k, v in env.items() if not k.startswith("GIT_") or k == "GIT_CONFIG_NOSYSTEM"}
    os.makedirs(env["HOME"])
    repo = os.path.join(root, "repo")
    try:
        os.makedirs(repo)
        git(repo, "init", "-q", "-b", "main", env=env)
        git(repo, "config", "user.email", "bench@example.org", env=env)
        git(repo, "config", "user.name", "Bench", env=env)
        paths = []
        for i in range(args.files):
            ext = ".html" if i % 3 == 0 else ".md"
            rel = os.path.join("content", f"section{i % 40:02d}", f"page{i:05d}{ext}")
            os.makedirs(os.path.join(repo, os.path.dirname(rel)), exist_ok=True)
            with open(os.path.join(repo, rel), "w", encoding="utf-8") as f:
                f.write(page(rng, i))
            paths.append(rel)
        git(repo, "add", ".", env=env)
        git(repo, "commit", "-q", "--no-verify", "-m", "site", env=env)
        subprocess.run([args.tool, "hook", "install"], cwd=repo, check=True, env=env, stdout=subprocess.DEVNULL)
        timings = {"with hook": [], "without hook": []}
        for run in range(args.runs + 1):  # the first round warms caches and is dropped
            for label in (["with hook", "without hook"] if run % 2 == 0 else ["without hook", "with hook"]):
                for rel in rng.sample(paths, args.staged):
                    with open(os.path.join(repo, rel), "a", encoding="utf-8") as f:
                        f.write(f"\nUpdated opening hours, round {run}.\n")
                    git(repo, "add", rel, env=env)
                command = ["git", "commit", "-q", "-m", f"{label} {run}"] + (["--no-verify"] if label == "without hook" else [])
                start = time.perf_counter()
                result = subprocess.run(command, cwd=repo, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                elapsed = (time.perf_counter() - start) * 1000
                if result.returncode != 0:
                    raise SystemExit(f"commit failed ({label}): {result.stderr}")
                if run > 0:
                    timings[label].append(elapsed)
        print(f"repository: {args.files} files; {args.staged} content files staged per commit; {args.runs} runs each (interleaved, after 1 warm-up)")
        for label, values in timings.items():
            print(f"  git commit {label:12}: median {statistics.median(values):7.1f} ms  (min {min(values):.1f}, max {max(values):.1f})")
        overhead = statistics.median(timings["with hook"]) - statistics.median(timings["without hook"])
        print(f"  hook overhead (median with - median without): {overhead:.1f} ms; ratio {statistics.median(timings['with hook']) / statistics.median(timings['without hook']):.1f}x")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
