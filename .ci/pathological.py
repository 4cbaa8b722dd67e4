#!/usr/bin/env python3
"""Bounded-cost check of the installed tool on hostile inputs (docs/limits.md).

Each case is generated here (nothing hostile is committed), scanned by the tool named on the command line in a
folder of its own, and must finish in under 2 s of wall time and 300 MB of peak resident memory, exit with the code
the case expects, and never print the planted value. A case that hangs is killed after 60 s and fails.

    python3 .ci/pathological.py PATH/TO/contentlint [SUBSTRING-OF-CASE-NAME]
"""
import json
import os
import struct
import subprocess
import sys
import tempfile
import time
import zlib

WALL_LIMIT_S = 2.0
RSS_LIMIT_MB = 300
KILL_AFTER_S = 60
SSN = "555-12-3456"  # planted after the hostile part: it must still be found, and never printed


def png_with_text_bomb(inflated_mb):
    """A 1x1 PNG whose zTXt and iTXt chunks inflate to `inflated_mb` MB each (deflate of zeros: ~1 KB per MB)."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    compressor, megabyte_of_zeros = zlib.compressobj(9), bytes(1024 * 1024)
    bomb = b"".join(compressor.compress(megabyte_of_zeros) for _ in range(inflated_mb)) + compressor.flush()
    pixels = zlib.compress(b"\0\0\0\0")
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"zTXt", b"Comment\0\0" + bomb)
            + chunk(b"iTXt", b"Description\0\x01\0\0\0" + bomb)
            + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b""))


def nested_list(depth):
    return "".join("  " * i + "- item\n" for i in range(depth))


# name, files {relative path: bytes, a function making them, or "symlink:TARGET"}, extra arguments, expected exit codes, whether the planted SSN must be found
CASES = [
    ("md: 100,000 unclosed <div>", {"page.md": ("<div>" * 100_000 + f"\n\nMy SSN is {SSN}.\n").encode()}, [], {1}, True),
    ("html: 100,000 <div></x>", {"page.html": ("<div></x>" * 100_000 + f"<p>My SSN is {SSN}.</p>").encode()}, [], {1}, True),
    ("md: 262,144 '[a]('", {"page.md": ("[a](" * 262_144 + f"\n\nMy SSN is {SSN}.\n").encode()}, [], {1}, True),
    ("md: list 3,000 deep", {"page.md": (nested_list(3000) + f"\nMy SSN is {SSN}.\n").encode()}, [], {1}, True),
    ("md: blockquote 100,000 deep", {"page.md": (">" * 100_000 + f" x\n\nMy SSN is {SSN}.\n").encode()}, [], {1}, True),
    ("md: 1 MB of 'Mr. '", {"page.md": ("Mr. " * 262_144 + f"\n\nMy SSN is {SSN}.\n").encode()}, [], {0, 1}, False),
    ("md: 1 MB of 'Mr. ', as SARIF", {"page.md": ("Mr. " * 262_144).encode()}, ["--format", "sarif"], {0, 1}, False),
    ("md: 1 MB of 'Mr. ', as GitHub commands", {"page.md": ("Mr. " * 262_144).encode()}, ["--format", "github"], {0, 1}, False),
    ("md: 1 MB of SSNs (45,000 findings)", {"page.md": ("My SSN is 555-12-3456. " * 45_000).encode()}, [], {1}, False),
    ("md: 1 MB of phone numbers (42,000)", {"page.md": ("Call me at 207-555-0199. " * 42_000).encode()}, [], {1}, False),
    ("md: 1 MB of '*'", {"page.md": ("*" * 1_048_576 + f"\n\nMy SSN is {SSN}.\n").encode()}, [], {1}, True),
    ("html: unclosed comment, 1 MB", {"page.html": ("<p>x</p><!--" + "a" * 1_048_576).encode()}, [], {0, 1}, False),
    ("html: 200,000 unclosed '<a'", {"page.html": ("<a " * 200_000 + f"<p>My SSN is {SSN}.</p>").encode()}, [], {0, 1}, False),
    ("png: zTXt/iTXt inflating to 1 GB", {"photo.png": lambda: png_with_text_bomb(1024)}, [], {0, 1}, False),
    # data files and code (docs/data-and-code.md)
    ("json: 100,000 nested '['", {"data.json": ("[" * 100_000 + f'"My SSN is {SSN}."').encode()}, [], {1}, True),
    ("toml: 100,000 nested '['", {"data.toml": ("a = " + "[" * 100_000 + f'"My SSN is {SSN}."').encode()}, [], {1}, True),
    ("yaml: one anchor, 50,000 aliases", {"data.yml": ("base: &b\n  name: Maren Tove\n  quote: Gentle.\nreviews:\n" + "  - *b\n" * 50_000 + f"note: My SSN is {SSN}.\n").encode()}, [], {1}, True),
    ("csv: 10,000 review rows", {"reviews.csv": ("name,review\n" + "Maren Tove,Gentle care.\n" * 10_000 + f"Ann Lee,My SSN is {SSN}.\n").encode()}, [], {1}, True),
    ("js: 0.5 MB minified line", {"bundle.js": ('var a="x",b={name:"Maren Tove",quote:"Kind."};' * 11_000 + f'var s="My SSN is {SSN}.";').encode()}, [], {1}, True),
    ("mdx: 1,000,000 unclosed '{'", {"page.mdx": ("{" * 1_000_000 + f"\n\nMy SSN is {SSN}.\n").encode()}, [], {1}, True),
    ("mdx: backtick runs of 1 to 89, 250 times", {"page.mdx": ("".join("`" * n + "a" for n in range(1, 90)) * 250 + f"\n\nMy SSN is {SSN}.\n").encode()}, [], {1}, True),
    ("mdx: 250,000 '{a} ' expressions", {"page.mdx": ("{a} " * 250_000 + f"\n\nMy SSN is {SSN}.\n").encode()}, [], {1}, True),
    ("jsx: 100,000 unclosed <div>", {"page.jsx": ("const P = () => (" + "<div>" * 100_000 + f"My SSN is {SSN}.").encode()}, [], {0, 1}, False),
    ("--config /dev/zero", {"page.md": b"Hello.\n"}, ["--config", "/dev/zero"], {2}, False),
    ("--baseline /dev/zero", {"page.md": b"Hello.\n"}, ["--baseline", "/dev/zero"], {2}, False),
    (".contentlint.yml -> /dev/zero", {"page.md": b"Hello.\n", ".contentlint.yml": "symlink:/dev/zero"}, [], {2}, False),
]


def run_case(tool, name, files, args, expected_codes, must_find):
    with tempfile.TemporaryDirectory() as folder:
        for relative, content in files.items():
            path = os.path.join(folder, relative)
            if isinstance(content, str) and content.startswith("symlink:"):
                os.symlink(content[len("symlink:"):], path)
            else:
                with open(path, "wb") as out:
                    out.write(content() if callable(content) else content)
        subprocess.run(["git", "init", "-q", folder], check=True)
        rss_file = os.path.join(folder, ".max-rss-kb")
        report_format = [] if "--format" in args else ["--format", "json"]
        command = ["/usr/bin/time", "-q", "-o", rss_file, "-f", "%M", tool, "scan", *report_format, *args]
        started = time.monotonic()
        process = subprocess.Popen(command, cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            out, err = process.communicate(timeout=KILL_AFTER_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            return [f"killed after {KILL_AFTER_S} s"], KILL_AFTER_S, 0
        wall = time.monotonic() - started
        with open(rss_file, encoding="utf-8") as measured:
            rss_mb = int(measured.read().split()[-1]) / 1024
        problems = []
        if process.returncode not in expected_codes:
            problems.append(f"exit {process.returncode}, expected {sorted(expected_codes)}: {err.decode(errors='replace')[:300]}")
        if wall > WALL_LIMIT_S:
            problems.append(f"took {wall:.2f} s (limit {WALL_LIMIT_S} s)")
        if SSN.encode() in out or SSN.encode() in err:
            problems.append("printed the planted value")
        if must_find:
            report = json.loads(out)
            if not any(d["ruleId"] == "PHI007" for d in report["diagnostics"]):
                problems.append("the SSN planted after the hostile part was not found")
        return problems, wall, rss_mb


def main():
    tool = os.path.abspath(sys.argv[1])
    cases = [case for case in CASES if len(sys.argv) < 3 or sys.argv[2] in case[0]]
    failures = 0
    print(f"{'case':40} {'wall s':>7} {'max RSS MB':>11}  result")
    for name, files, args, codes, must_find in cases:
        problems, wall, rss_mb = run_case(tool, name, files, args, codes, must_find)
        if rss_mb > RSS_LIMIT_MB:
            problems.append(f"peak resident memory {rss_mb:.0f} MB (limit {RSS_LIMIT_MB} MB)")
        print(f"{name:40} {wall:7.2f} {rss_mb:11.0f}  {'ok' if not problems else '; '.join(problems)}")
        failures += bool(problems)
    print(f"{len(cases) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
