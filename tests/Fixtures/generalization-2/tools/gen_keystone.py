#!/usr/bin/env python3
"""Writes the marked plain-HTML sources of src/keystone-spine-physio from page bodies below.
Every page gets the same marked header/nav/footer chrome. Re-run after editing a body."""
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "keystone-spine-physio")

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} | Keystone Spine &amp; Physio</title>
<link rel="icon" href="{{{{NEG:favicon|/assets/favicon.png}}}}">
<link rel="stylesheet" href="/assets/styles.css">
</head>
<body>
<header class="masthead">
<a href="/index.html"><img src="{{{{NEG:logo|/assets/keystone-logo.png}}}}" alt="{{{{NEG:practice-name|Keystone Spine &amp; Physio}}}}" width="200"></a>
<nav>
<a href="/services/chiropractic.html">{{{{NEG:nav|Chiropractic}}}}</a>
<a href="/services/physiotherapy.html">{{{{NEG:nav|Physical Therapy}}}}</a>
<a href="/team/index.html">{{{{NEG:nav|Our Team}}}}</a>
<a href="/patient-stories/index.html">{{{{NEG:nav|Patient Stories}}}}</a>
<a href="/reviews.html">{{{{NEG:nav|Reviews}}}}</a>
<a href="/contact.html">{{{{NEG:nav|Contact}}}}</a>
</nav>
</header>
<main>
"""

FOOT = """</main>
<footer>
<p>{{NEG:practice-name|Keystone Spine & Physio}} &middot; {{NEG:practice-address|2207 Quarry Hill Road, Ellison Springs, PA 17590}}</p>
<p>{{NEG:practice-phone|(717) 555-0188}} &middot; <a href="mailto:desk@keystonespine.example">{{NEG:practice-email|desk@keystonespine.example}}</a></p>
<p><a href="/privacy.html">{{NEG:nav|Privacy}}</a> &middot; <a href="/insurance.html">{{NEG:nav|Insurance}}</a> &middot; {{NEG:copyright|&copy; 2026 Keystone Spine and Physio LLC}}</p>
</footer>
</body>
</html>
"""

PAGES = {}

def page(path, title, body, lang="en", tabs=False, con=False):
    text = HEAD.format(lang=lang, title=title) + body.strip("\n") + "\n" + FOOT
    if tabs:
        text = "\n".join(("\t" + l) if l.startswith("<") and not l.startswith(("<!DOCTYPE", "<html", "</html", "<head", "</head", "<body", "</body")) else l
                         for l in text.split("\n"))
    if con:
        text += "{{!CON001}}\n"
    PAGES[path] = text

exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "keystone_bodies.py"), encoding="utf-8").read())

for path, text in PAGES.items():
    dst = os.path.join(ROOT, *path.split("/"))
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    with open(dst, "w", encoding="utf-8") as h:
        h.write(text)
print(f"wrote {len(PAGES)} pages")
