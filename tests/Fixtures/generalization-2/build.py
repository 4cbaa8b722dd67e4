#!/usr/bin/env python3
"""Build the second synthetic ContentLint evaluation set (syn2).

The generator, marker syntax and self-check are the first set's (../generalization/build.py); this file holds only
what is this set's own: its size limits, its CRLF and BOM files and the page kind of every scanned file.

Exit codes: 0 ok, 1 self-check failed, 2 bad marker / bad input.
Python 3 standard library only.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("first_set_build", os.path.join(HERE, "..", "generalization", "build.py"))
generator = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(generator)

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

generator.ROOT = HERE
generator.SRC = os.path.join(HERE, "src")
generator.OUT = os.path.join(HERE, "sites")
generator.MIN_CHARS, generator.MAX_CHARS = MIN_CHARS, MAX_CHARS
generator.CRLF_FILES = CRLF_FILES
generator.BOM_FILES = BOM_FILES
generator.PAGE_KINDS = PAGE_KINDS

if __name__ == "__main__":
    sys.exit(generator.main())
