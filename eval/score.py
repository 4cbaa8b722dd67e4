#!/usr/bin/env python3
"""Scores a contentlint build against labelled sites: the real-site generalization set in this folder, or any set in
the development corpus's format (site folders plus gold.jsonl and gold-consent.jsonl).

    python3 eval/score.py --tool "dotnet /tmp/cl/contentlint.dll" [--mirror /work/.mirror] [--work /tmp/eval]
    python3 eval/score.py --tool contentlint --corpus ../shared/corpus          # a corpus-format set

The real sites are brought in at their pinned commit from GitHub (this needs the network, so it is not part of CI)
or from bare mirrors (`--mirror ROOT`, holding ROOT/<owner>+<name>/repo). Only aggregate figures are printed: per
rule, per page kind and per label kind. The labelled text itself is never printed (it may be a patient's).
Matching follows the corpus README: same file and rule, same line, overlapping columns, each label matched once;
"any PHI" ignores which PHI rule matched. CON results are compared by file and rule.
"""
import argparse
import collections
import json
import os
import shlex
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2026-12-07"


def read_jsonl(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def materialize(repo, commit, mirror_root, work):
    """The repository's files at COMMIT in WORK/<owner+name>, a fresh git repository of its own."""
    name = repo.replace("/", "+")
    target = os.path.join(work, name)
    shutil.rmtree(target, ignore_errors=True)
    os.makedirs(target)
    source = os.path.join(mirror_root, name, "repo") if mirror_root else None
    if source is None or not os.path.isdir(source):
        source = os.path.join(work, name + ".git")
        if not os.path.isdir(source):
            subprocess.run(["git", "clone", "--bare", "--filter=blob:limit=1m", f"https://github.com/{repo}", source],
                           check=True)
    # One file at a time: mirrors may lack their largest blobs, which no scanned page is.
    names = subprocess.run(["git", "-C", source, "ls-tree", "-r", "-z", "--name-only", commit],
                           check=True, capture_output=True).stdout.decode("utf-8").split("\0")
    for path in filter(None, names):
        blob = subprocess.run(["git", "-C", source, "show", f"{commit}:{path}"], capture_output=True)
        if blob.returncode == 0:
            full = os.path.join(target, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "wb") as handle:
                handle.write(blob.stdout)
    subprocess.run(["git", "init", "-q", target], check=True)
    return target


def scan(tool, site):
    sarif = os.path.join(os.path.dirname(site), os.path.basename(site) + ".sarif")
    if os.path.exists(sarif):
        os.remove(sarif)  # a stale report must never pass for this run's
    command = shlex.split(tool) + ["scan", site, "--format", "summary", "--fail-on", "never", "--today", TODAY,
                                   "--sarif", sarif]
    done = subprocess.run(command, cwd=site, capture_output=True)
    if done.returncode not in (0, 1) or not os.path.isfile(sarif):
        sys.exit(f"{tool} failed on {site} (exit {done.returncode}): {done.stderr.decode(errors='replace')[:500]}")
    with open(sarif, encoding="utf-8") as handle:
        runs = json.load(handle)["runs"]
    results = []
    for run in runs:
        for result in run.get("results", []):
            if result.get("level") == "note" and result["ruleId"].startswith("PHI"):
                continue  # identifiers a valid consent covers are notes, not reports (docs/consent.md)
            location = result["locations"][0]["physicalLocation"]
            region = location.get("region", {})
            start = region.get("startColumn", 1)
            results.append({
                "file": location["artifactLocation"]["uri"],
                "rule": result["ruleId"],
                "line": region.get("startLine", 0),
                "start_col": start,
                "end_col": region.get("endColumn", start + 1),
            })
    return results


def overlaps(finding, label):
    return (finding["file"] == label["file"] and finding["line"] == label["line"]
            and finding["start_col"] < label["end_col"] and label["start_col"] < finding["end_col"])


class Tally:
    def __init__(self):
        self.per_rule = collections.defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
        self.any_phi = [0, 0, 0]
        self.consent = [0, 0, 0]
        self.fp_by_kind = collections.Counter()      # page kind of a false positive (any-PHI sense)
        self.fn_by_label_kind = collections.Counter()
        self.labels_by_kind = collections.Counter()
        self.consent_fp_by_kind = collections.Counter()
        self.story_items = [0, 0, 0]  # PHI001 on files whose page kind is story

    def add(self, labels, consent, kinds, findings):
        """One site: labels (PHI spans), consent (file, rule) pairs, page kinds by file, and the tool's findings."""
        in_scope = [f for f in findings if f["file"] in kinds]
        phi = [f for f in in_scope if f["rule"].startswith("PHI")]
        for label in labels:
            self.labels_by_kind[label.get("kind", "?")] += 1
        # Strict: the rule must match.
        for rule in sorted({x["rule"] for x in labels} | {f["rule"] for f in phi}):
            tp, fp, fn = match([f for f in phi if f["rule"] == rule], [x for x in labels if x["rule"] == rule])
            counts = self.per_rule[rule]
            counts[0] += len(tp)
            counts[1] += len(fp)
            counts[2] += len(fn)
        tp, fp, fn = match(phi, labels)
        self.any_phi[0] += len(tp)
        self.any_phi[1] += len(fp)
        self.any_phi[2] += len(fn)
        for finding in fp:
            self.fp_by_kind[kinds.get(finding["file"], "?")] += 1
        for label in fn:
            self.fn_by_label_kind[label.get("kind", "?")] += 1
        # Names on story files (testimonial pages, review data, testimonial modules): what a story item names.
        story_labels = [x for x in labels if x["rule"] == "PHI001" and kinds.get(x["file"]) == "story"]
        story_findings = [f for f in phi if f["rule"] == "PHI001" and kinds.get(f["file"]) == "story"]
        tp, fp, fn = match(story_findings, story_labels)
        for i, n in enumerate((len(tp), len(fp), len(fn))):
            self.story_items[i] += n
        tp, fp, fn, fp_files = match_consent(consent, [f for f in in_scope if f["rule"].startswith("CON")])
        self.consent[0] += tp
        self.consent[1] += fp
        self.consent[2] += fn
        for file in fp_files:
            self.consent_fp_by_kind[kinds.get(file, "?")] += 1

    def report(self, title):
        lines = [f"### {title}", "", "| rule | labels | found | TP | FP | FN | precision | recall |",
                 "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for rule, (tp, fp, fn) in sorted(self.per_rule.items()):
            lines.append(row(rule, tp, fp, fn))
        lines.append(row("**any PHI**", *self.any_phi))
        tp, fp, fn = self.consent
        f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
        lines.append(row("**consent**", tp, fp, fn) + f" F1 {f1:.2f}")
        if self.story_items != [0, 0, 0]:
            lines.append(row("names on story files (PHI001)", *self.story_items))
        lines += ["", "False positives (any PHI) by page kind: " + counter_text(self.fp_by_kind),
                  "", "Consent false positives by page kind: " + counter_text(self.consent_fp_by_kind),
                  "", "Misses by label kind: " + ", ".join(
                      f"{k} {self.fn_by_label_kind[k]}/{n}" for k, n in sorted(self.labels_by_kind.items())), ""]
        return "\n".join(lines)


def row(name, tp, fp, fn):
    precision = f"{tp / (tp + fp):.2f}" if tp + fp else "–"
    recall = f"{tp / (tp + fn):.2f}" if tp + fn else "–"
    return f"| {name} | {tp + fn} | {tp + fp} | {tp} | {fp} | {fn} | {precision} | {recall} |"


def counter_text(counter):
    return ", ".join(f"{k} {v}" for k, v in counter.most_common()) or "none"


def match_consent(expected, reported):
    """Consent findings against consent labels. A label with a line is one story record of a data or code file and
    takes a finding of its file and rule on that line or the next (a record may open on the line of its list dash);
    a label without one is a page's and takes any left of its file and rule. Returns TP, FP, FN and the files of the
    false positives."""
    left = list(reported)
    tp = fn = 0
    for label in sorted(expected, key=lambda c: "line" not in c):
        hit = next((f for f in left if f["file"] == label["file"] and f["rule"] == label["rule"]
                    and ("line" not in label or f["line"] in (label["line"], label["line"] + 1))), None)
        if hit is None:
            fn += 1
        else:
            tp += 1
            left.remove(hit)
    # A page label without a line is one finding per file and rule, as before: extra findings of it are not counted twice.
    page_labels = {(c["file"], c["rule"]) for c in expected if "line" not in c}
    extra = [f for f in left if (f["file"], f["rule"]) not in page_labels]
    return tp, len(extra), fn, [f["file"] for f in extra]


def match(findings, labels):
    """A maximum one-to-one matching (augmenting paths), so that a finding overlapping two labels never takes the
    only label another finding could match."""
    edges = [[i for i, label in enumerate(labels) if overlaps(f, label)] for f in findings]
    finding_of_label = [-1] * len(labels)

    def augment(f, seen):
        for i in edges[f]:
            if i not in seen:
                seen.add(i)
                if finding_of_label[i] < 0 or augment(finding_of_label[i], seen):
                    finding_of_label[i] = f
                    return True
        return False

    for f in range(len(findings)):
        augment(f, set())
    matched = {f for f in finding_of_label if f >= 0}
    tp = [findings[f] for f in sorted(matched)]
    fp = [f for i, f in enumerate(findings) if i not in matched]
    return tp, fp, [label for i, label in enumerate(labels) if finding_of_label[i] < 0]


def score_real(args, tally):
    for line in open(os.path.join(args.set, "sites.tsv"), encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        repo, commit = line.split("\t")[:2]
        if repo in args.skip_site:
            continue
        label_file = os.path.join(args.set, "labels", repo.replace("/", "+") + ".jsonl")
        if not os.path.isfile(label_file):
            print(f"(no labels yet for {repo})", file=sys.stderr)
            continue
        rows = read_jsonl(label_file)
        kinds = {r["file"]: r["page_kind"] for r in rows if "page_kind" in r}
        labels = [r for r in rows if "line" in r and r.get("rule", "").startswith("PHI")]
        consent = [r for r in rows if r.get("rule", "").startswith("CON")]
        site = materialize(repo, commit, args.mirror, args.work)
        findings = scan(args.tool, site)
        if args.skip_rule:
            labels = [x for x in labels if x["rule"] not in args.skip_rule]
            findings = [f for f in findings if f["rule"] not in args.skip_rule]
        tally.add(labels, consent, kinds, findings)
        if args.per_site:
            one = Tally()
            one.add(labels, consent, kinds, findings)
            tp, fp, fn = one.any_phi
            ctp, cfp, cfn = one.consent
            print(f"{repo}: any PHI {row('', tp, fp, fn).strip('| ').replace(' | ', ' ')}; consent TP {ctp} FP {cfp} FN {cfn}",
                  file=sys.stderr)


def score_corpus(args, tally):
    root = args.corpus
    gold = read_jsonl(os.path.join(root, "gold.jsonl"))
    consent = read_jsonl(os.path.join(root, "gold-consent.jsonl"))
    kinds_file = os.path.join(root, "page-kinds.jsonl")
    page_kinds = read_jsonl(kinds_file) if os.path.isfile(kinds_file) else []
    for site in sorted(os.listdir(os.path.join(root, "sites"))):
        target = os.path.join(args.work, site)
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(os.path.join(root, "sites", site), target)
        subprocess.run(["git", "init", "-q", target], check=True)
        files = {os.path.relpath(os.path.join(d, f), target).replace(os.sep, "/")
                 for d, _, fs in os.walk(target) if "/.git" not in d + "/" for f in fs}
        kinds = {f: "?" for f in files}
        kinds.update({k["file"]: k["page_kind"] for k in page_kinds if k["site"] == site})
        tally.add([g for g in gold if g["site"] == site], [c for c in consent if c["site"] == site], kinds,
                  scan(args.tool, target))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tool", required=True, help="command that runs contentlint")
    parser.add_argument("--mirror", help="folder of bare mirrors (<owner>+<name>/repo) instead of cloning")
    parser.add_argument("--corpus", help="score a corpus-format set (sites/, gold.jsonl) instead of the real sites")
    parser.add_argument("--skip-rule", action="append", default=[],
                        help="leave a rule's labels and findings out (a labelling call the corpus does not make)")
    parser.add_argument("--set", default=HERE, help="folder of another real-site set (sites.tsv, labels/); default: this one")
    parser.add_argument("--work", default="/tmp/contentlint-eval")
    parser.add_argument("--skip-site", action="append", default=[], help="leave a repository (owner/name) out")
    parser.add_argument("--per-site", action="store_true", help="also print each site's any-PHI and consent counts")
    parser.add_argument("--title", default=None)
    args = parser.parse_args()
    # The tool runs inside each site: a relative path in the command means the caller's folder.
    args.tool = " ".join(os.path.abspath(part) if os.path.exists(part) else part for part in shlex.split(args.tool))
    os.makedirs(args.work, exist_ok=True)
    tally = Tally()
    if args.corpus:
        score_corpus(args, tally)
    else:
        score_real(args, tally)
    print(tally.report(args.title or (args.corpus or "real practice sites")))


if __name__ == "__main__":
    main()
