#!/usr/bin/env python3
"""Build the second synthetic ContentLint evaluation set (syn2).

Reads marked sources from src/<site>/..., writes clean sites to sites/<site>/...,
and writes gold.jsonl, gold-consent.jsonl, negatives.jsonl and page-kinds.jsonl.
Then re-reads every recorded span from the generated files and checks it.

Markers (never spanning lines, may nest):
  {{PHI001|text}}          PHI occurrence; label kind inferred from the rule
  {{PHI001:signature|text}} PHI occurrence with an explicit label kind
  {{NEG:kind|text}}        hard negative
  {{!CON001}}              alone on a line: page-level consent finding; line removed

Exit codes: 0 ok, 1 self-check failed, 2 bad marker / bad input.
Python 3 standard library only.
"""
import json
import os
import re
import shutil
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(ROOT, "src")
OUT = os.path.join(ROOT, "sites")

SCANNED_EXT = (".md", ".markdown", ".mdx", ".html", ".htm")
MIN_CHARS, MAX_CHARS = 600, 2200

# Files written with CRLF line ends, or with a UTF-8 byte-order mark (site-relative paths).
CRLF_FILES = {
    ("harrow-vale-hearing", "content/stories/first-concert-in-years.md"),
    ("keystone-spine-physio", "contact.html"),
}
BOM_FILES = {
    ("keystone-spine-physio", "news/clinic-turns-ten.html"),
}

PAGE_KINDS = {
    "brightline-orthodontics": {
        "src/index.md": "service",
        "src/_includes/header.html": "chrome",
        "src/_includes/footer.html": "chrome",
        "src/about/team.md": "staff",
        "src/treatments/braces.md": "service",
        "src/treatments/clear-aligners.md": "service",
        "src/smiles/index.md": "story",
        "src/smiles/senior-year-smile.md": "story",
        "src/smiles/adult-braces-at-52.md": "story",
        "src/smiles/jaw-surgery-case.md": "story",
        "src/blog/retainer-care.md": "article",
        "src/blog/famous-braces.md": "article",
        "src/news/braces-off-party.md": "news",
        "src/news/orthodontic-health-month.md": "news",
        "src/insurance.md": "policy",
        "src/privacy.md": "policy",
        "src/contact.md": "contact",
    },
    "harrow-vale-hearing": {
        "content/_index.md": "service",
        "content/about/team.md": "staff",
        "content/services/hearing-aids.md": "service",
        "content/services/tinnitus-care.md": "service",
        "content/stories/_index.md": "story",
        "content/stories/first-concert-in-years.md": "story",
        "content/stories/cochlear-implant-activation.md": "story",
        "content/stories/ninety-four-and-listening.md": "story",
        "content/es/_index.md": "service",
        "content/es/testimonios.md": "story",
        "content/blog/famous-ears.md": "article",
        "content/news/walk-for-hearing.md": "news",
        "content/insurance.md": "policy",
        "content/privacy.md": "policy",
        "content/contact.md": "contact",
        "layouts/partials/header.html": "chrome",
        "layouts/partials/footer.html": "chrome",
    },
    "keystone-spine-physio": {
        "index.html": "service",
        "team/index.html": "staff",
        "services/chiropractic.html": "service",
        "services/physiotherapy.html": "service",
        "patient-stories/index.html": "story",
        "patient-stories/marathon-comeback.html": "story",
        "patient-stories/desk-worker-back.html": "story",
        "reviews.html": "story",
        "news/clinic-turns-ten.html": "news",
        "news/new-treatment-room.html": "news",
        "blog/posture-myths.html": "article",
        "insurance.html": "policy",
        "privacy.html": "policy",
        "contact.html": "contact",
        "new-patient-forms.html": "other",
        "404.html": "chrome",
    },
}

PAGE_KIND_SET = {"story", "staff", "article", "news", "policy", "contact", "service", "chrome", "other"}
PHI_KIND_SET = {"full-name", "first-name", "surname-with-title", "signature", "relative", "initials",
                "place", "date", "age", "contact", "id", "photo", "other"}
NEG_KIND_SET = {
    "heading", "label", "list-item", "insurer", "plan-name", "brand", "product", "device", "degree",
    "field-of-study", "university", "team", "event", "public-figure", "cited-author", "staff-name",
    "staff-hometown", "staff-training-city", "staff-family", "licence-number", "staff-photo",
    "venue", "event-date", "policy-date", "study-period", "observance", "logo", "icon", "favicon",
    "office-photo", "product-photo", "practice-address", "practice-phone", "practice-email",
    "practice-name", "org-name", "place-name", "form-placeholder", "german-noun", "post-date",
    "statistic", "nav", "clinical-photo", "copyright", "org-phone", "spanish-noun",
}

OPEN_RE = re.compile(r"\{\{(PHI\d{3}(?::[a-z-]+)?|NEG:[a-z-]+)\|")
CON_RE = re.compile(r"^\s*\{\{!(CON\d{3})\}\}\s*$")


class MarkerError(Exception):
    pass


def default_kind(rule, text):
    n = int(rule[3:])
    if n == 1:
        return "full-name"
    if n == 2:
        return "place"
    if n == 3:
        return "age" if re.search(r"\b(age|aged|years?)\b", text, re.I) else "date"
    if n in (4, 5, 6):
        return "contact"
    if n == 17:
        return "photo"
    if 7 <= n <= 13 or n == 18:
        return "id"
    return "other"


def u16len(s):
    return len(s.encode("utf-16-le")) // 2


def parse_line(line, where):
    """Return (clean_text, spans); spans = list of dicts with start/end (python indices) and label info."""
    out = []
    clean_len = 0
    stack = []  # entries: None for literal '{{', or dict for an open marker
    spans = []
    i = 0
    while i < len(line):
        m = OPEN_RE.match(line, i)
        if m:
            tag = m.group(1)
            if tag.startswith("NEG:"):
                entry = {"type": "NEG", "kind": tag[4:]}
            else:
                rule, _, kind = tag.partition(":")
                entry = {"type": "PHI", "rule": rule, "kind": kind or None}
            entry["start"] = clean_len
            stack.append(entry)
            i = m.end()
            continue
        if line.startswith("{{!", i):
            raise MarkerError(f"{where}: consent marker must stand alone on its line")
        if line.startswith("{{", i):
            stack.append(None)
            out.append("{{")
            clean_len += 2
            i += 2
            continue
        if line.startswith("}}", i) and stack:
            entry = stack.pop()
            if entry is None:
                out.append("}}")
                clean_len += 2
            else:
                entry["end"] = clean_len
                if entry["end"] == entry["start"]:
                    raise MarkerError(f"{where}: empty marker")
                spans.append(entry)
            i += 2
            continue
        out.append(line[i])
        clean_len += 1
        i += 1
    if any(e is not None for e in stack):
        raise MarkerError(f"{where}: unterminated marker")
    clean = "".join(out)
    for s in spans:
        s["text"] = clean[s["start"]:s["end"]]
        if s["type"] == "PHI" and not s["kind"]:
            s["kind"] = default_kind(s["rule"], s["text"])
    return clean, spans


def build():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    gold, consent, negs, kinds = [], [], [], []
    for site in sorted(os.listdir(SRC)):
        site_src = os.path.join(SRC, site)
        if not os.path.isdir(site_src):
            continue
        for dirpath, _dirs, files in os.walk(site_src):
            for fn in sorted(files):
                src_path = os.path.join(dirpath, fn)
                rel = os.path.relpath(src_path, site_src).replace(os.sep, "/")
                with open(src_path, encoding="utf-8") as h:
                    text = h.read()
                if text.startswith("\ufeff"):
                    raise MarkerError(f"{site}/{rel}: write BOMs via BOM_FILES, not in src")
                src_lines = text.replace("\r\n", "\n").split("\n")
                out_lines = []
                file_cons = []
                for ln_src, line in enumerate(src_lines, 1):
                    where = f"{site}/{rel}:{ln_src}"
                    cm = CON_RE.match(line)
                    if cm:
                        file_cons.append(cm.group(1))
                        continue
                    clean, spans = parse_line(line, where)
                    out_lines.append(clean)
                    ln = len(out_lines)
                    for s in spans:
                        sc = u16len(clean[:s["start"]]) + 1
                        ec = sc + u16len(s["text"])
                        row = {"site": site, "file": rel, "line": ln, "start_col": sc, "end_col": ec}
                        if s["type"] == "PHI":
                            row.update(rule=s["rule"], kind=s["kind"])
                            gold.append((row, s["text"]))
                        else:
                            row.update(kind=s["kind"])
                            negs.append((row, s["text"]))
                for c in file_cons:
                    consent.append({"site": site, "file": rel, "rule": c})
                nl = "\r\n" if (site, rel) in CRLF_FILES else "\n"
                data = nl.join(out_lines)
                if (site, rel) in BOM_FILES:
                    data = "\ufeff" + data
                dst = os.path.join(OUT, site, *rel.split("/"))
                os.makedirs(os.path.dirname(dst), exist_ok=True)
                with open(dst, "w", encoding="utf-8", newline="") as h:
                    h.write(data)
                if rel.lower().endswith(SCANNED_EXT):
                    pk = PAGE_KINDS.get(site, {}).get(rel)
                    kinds.append({"site": site, "file": rel, "page_kind": pk})
    return gold, consent, negs, kinds


def read_lines(site, rel, cache={}):
    key = (site, rel)
    if key not in cache:
        with open(os.path.join(OUT, site, *rel.split("/")), encoding="utf-8", newline="") as h:
            t = h.read()
        cache[key] = (t, t.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return cache[key]


def span_text(line, sc, ec):
    u = line.encode("utf-16-le")
    return u[2 * (sc - 1):2 * (ec - 1)].decode("utf-16-le")


def self_check(gold, consent, negs, kinds):
    errors = []
    # 1. every span reads back
    for row, text in gold + negs:
        _, lines = read_lines(row["site"], row["file"])
        if row["line"] > len(lines):
            errors.append(f"line out of range: {row}")
            continue
        line = lines[row["line"] - 1]
        if row["line"] == 1 and line.startswith("\ufeff"):
            errors.append(f"label on BOM line: {row}")
        got = span_text(line, row["start_col"], row["end_col"])
        if got != text:
            errors.append(f"span mismatch {row}: expected {text!r}, got {got!r}")
        if not text.strip() or text != text.strip():
            errors.append(f"span has outer whitespace: {row}")
    # 2. kinds
    for row, _ in gold:
        if row["kind"] not in PHI_KIND_SET:
            errors.append(f"bad PHI kind {row}")
        if not re.fullmatch(r"PHI0(0[1-9]|1[0-8])", row["rule"]):
            errors.append(f"bad rule {row}")
    for row, _ in negs:
        if row["kind"] not in NEG_KIND_SET:
            errors.append(f"bad NEG kind {row}")
    # 3. page kinds and sizes, no leftover markers
    for k in kinds:
        if k["page_kind"] not in PAGE_KIND_SET:
            errors.append(f"missing/bad page kind for {k['site']}/{k['file']}")
    for site, table in PAGE_KINDS.items():
        present = {(k["site"], k["file"]) for k in kinds}
        for f in table:
            if (site, f) not in present:
                errors.append(f"PAGE_KINDS lists a missing file {site}/{f}")
    for k in kinds:
        t, _ = read_lines(k["site"], k["file"])
        n = len(t.lstrip("\ufeff"))
        if not MIN_CHARS <= n <= MAX_CHARS:
            errors.append(f"{k['site']}/{k['file']}: {n} characters, outside {MIN_CHARS}-{MAX_CHARS}")
        if re.search(r"\{\{(PHI\d|NEG:|!CON)", t):
            errors.append(f"{k['site']}/{k['file']}: leftover marker")
    # 4. no PHI overlaps a negative
    by_line = defaultdict(list)
    for row, _ in gold:
        by_line[(row["site"], row["file"], row["line"])].append(row)
    for row, _ in negs:
        for g in by_line.get((row["site"], row["file"], row["line"]), []):
            if g["start_col"] < row["end_col"] and row["start_col"] < g["end_col"]:
                errors.append(f"negative overlaps PHI: {row} / {g}")
    # 5. labelled PHI text must not recur unlabelled in the same file (whole-word, case-sensitive)
    per_file = defaultdict(list)
    for row, text in gold:
        per_file[(row["site"], row["file"])].append((row, text))
    for (site, rel), items in per_file.items():
        _, lines = read_lines(site, rel)
        for row, text in items:
            if row["rule"] == "PHI017":
                continue
            pat = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
            for ln, line in enumerate(lines, 1):
                for m in pat.finditer(line):
                    sc = u16len(line[:m.start()]) + 1
                    ec = sc + u16len(text)
                    ok = any(r["line"] == ln and r["rule"] != "PHI017" and r["start_col"] <= sc and ec <= r["end_col"]
                             for r, _ in items)
                    if not ok:
                        errors.append(f"{site}/{rel}:{ln}:{sc}: {text!r} occurs unlabelled")
    # 6. consent agrees with LABELING.md: CON001 iff a story page or any PHI on the page
    phi_files = {(r["site"], r["file"]) for r, _ in gold}
    kind_of = {(k["site"], k["file"]): k["page_kind"] for k in kinds}
    con_files = Counter((c["site"], c["file"]) for c in consent)
    for key, n in con_files.items():
        if n > 1:
            errors.append(f"duplicate consent marker in {key}")
    for key, pk in kind_of.items():
        need = pk == "story" or key in phi_files
        if need and key not in con_files:
            errors.append(f"{key}: needs CON001 (story or PHI) but has none")
        if not need and key in con_files:
            errors.append(f"{key}: has CON001 but is neither a story nor has PHI")
    for c in consent:
        if c["rule"] != "CON001":
            errors.append(f"unexpected consent rule {c}")
    return errors


def main():
    try:
        gold, consent, negs, kinds = build()
    except MarkerError as ex:
        print(f"bad marker: {ex}", file=sys.stderr)
        return 2
    key = lambda r: (r["site"], r["file"], r.get("line", 0), r.get("start_col", 0), r.get("end_col", 0))
    order = lambda rows: sorted(rows, key=lambda rt: key(rt[0]))
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as h:
        for row, _ in order(gold):
            h.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "negatives.jsonl"), "w", encoding="utf-8") as h:
        for row, _ in order(negs):
            h.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "gold-consent.jsonl"), "w", encoding="utf-8") as h:
        for row in sorted(consent, key=key):
            h.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "page-kinds.jsonl"), "w", encoding="utf-8") as h:
        for row in sorted(kinds, key=key):
            h.write(json.dumps(row, ensure_ascii=False) + "\n")

    errors = self_check(gold, consent, negs, kinds)
    files_per_site = Counter(k["site"] for k in kinds)
    print(f"files: {len(kinds)} " + ", ".join(f"{s}={n}" for s, n in sorted(files_per_site.items())))
    print(f"PHI labels: {len(gold)}  hard negatives: {len(negs)}  consent: {len(consent)}")
    print("per rule:     " + ", ".join(f"{r}={n}" for r, n in sorted(Counter(r['rule'] for r, _ in gold).items())))
    print("per PHI kind: " + ", ".join(f"{r}={n}" for r, n in sorted(Counter(r['kind'] for r, _ in gold).items())))
    print("per NEG kind: " + ", ".join(f"{r}={n}" for r, n in sorted(Counter(r['kind'] for r, _ in negs).items())))
    print("page kinds:   " + ", ".join(f"{r}={n}" for r, n in sorted(Counter(k['page_kind'] for k in kinds).items())))
    if errors:
        for e in errors:
            print("ERROR: " + e, file=sys.stderr)
        print(f"{len(errors)} self-check error(s)", file=sys.stderr)
        return 1
    print("self-check ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
