#!/usr/bin/env python3
"""Checks the search data: assets/offenses/*.json "search_terms" and tests/search/phrasings.json.

(a) every offense file parses, search_terms (when present) is a list of non-empty strings placed
    right after "synonyms", repeating neither the name nor a synonym, with no statute numbers;
    the fixture parses and each entry is exactly {"q", "lang", "accept"};
(b) every accept id names an offense file;
(c) counts: entries per offense, Spanish entries, entries with a misspelling.

Run: python3 tests/search/check_search_data.py   (exit status 1 on any problem)
"""
import collections
import glob
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
OFFENSES = os.path.join(ROOT, "assets", "offenses")
FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "phrasings.json")

# Misspelled words (or split words) used on purpose in the fixture. Each must appear in some query
# and must not be a word of the content in the query's language (so it really is a misspelling).
TYPOS = [
    "wile", "drivng", "driveing", "alcolimetro", "larcency", "theif", "shop lifting", "shoplifing",
    "assualt", "asault", "assult", "batery", "violance", "domestc", "voilence", "violensia",
    "possesion", "posession", "controled", "pocecion", "marajuana", "cannibus", "trafficing",
    "paraphenalia", "suspened", "lisence", "licensia", "tresspassing", "trespasing", "resiting",
    "resisiting", "vandalizm", "vandelism", "restraning", "protectve", "arsen", "burglery",
    "endangerement", "conpiracy", "threatned", "amenaze", "disordely", "embezzelment", "evadeing",
    "apear", "infomation", "counterfit", "insurence", "harrasment", "sceen", "man slaughter",
    "ilegal", "exposer", "moter", "obstuction", "prostitusion", "recieving", "robery", "stalkin",
    "drinkin", "weopon",
]

STATUTE = re.compile(r"§|\b(?:PC|VC|HSC?|ORC|ARS|USC|RCW|MCL|ILCS|CRS|NRS)\s*\d|\b\d+-\d+-\d+|(?<![$\d.])\b\d{3,}\b(?!\s*(?:mph|g\b))",
                     re.IGNORECASE)

problems = []


def fail(msg):
    problems.append(msg)


def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn").strip()


def words(s):
    return re.findall(r"[a-z0-9]+", fold(s))


def texts(v, lang):
    """Prose in one language from a plain string or {"en","es"} object (or lists of them)."""
    if isinstance(v, str):
        return [v] if lang == "en" else []
    if isinstance(v, dict):
        return [v[lang]] if isinstance(v.get(lang), str) else []
    if isinstance(v, list):
        return [t for x in v for t in texts(x, lang)]
    return []


# (a) offense files
offenses = {}
vocab = {"en": set(), "es": set()}
for path in sorted(glob.glob(os.path.join(OFFENSES, "*.json"))):
    name = os.path.relpath(path, ROOT)
    try:
        d = json.load(open(path, encoding="utf-8"))
    except ValueError as e:
        fail(f"{name}: not valid JSON: {e}")
        continue
    oid = d.get("id")
    offenses[oid] = d
    for lang in ("en", "es"):
        for key in ("name", "plain_english", "elements", "typical_evidence", "weak_points",
                    "collateral_consequences"):
            for t in texts(d.get(key), lang):
                vocab[lang].update(words(t))
    for s in d.get("synonyms", []):
        vocab["en"].update(words(s))
    if "search_terms" not in d:
        continue
    keys = list(d)
    if keys.index("search_terms") != keys.index("synonyms") + 1:
        fail(f"{name}: search_terms is not right after synonyms")
    terms = d["search_terms"]
    if not isinstance(terms, list) or not all(isinstance(t, str) and t.strip() for t in terms):
        fail(f"{name}: search_terms must be a list of non-empty strings")
        continue
    names = list(d["name"].values()) if isinstance(d["name"], dict) else [d["name"]]
    taken = {fold(s) for s in d["synonyms"]} | {fold(n) for n in names} | \
            {fold(re.sub(r"\s*\(.*\)", "", n)) for n in names}
    seen = set()
    for t in terms:
        f = fold(t)
        if f in taken:
            fail(f"{name}: search term {t!r} repeats the name or a synonym")
        if f in seen:
            fail(f"{name}: search term {t!r} twice")
        seen.add(f)
        if STATUTE.search(t) and "911" not in t and "mph" not in t:
            fail(f"{name}: search term {t!r} looks like a statute number")
    if not 10 <= len(terms) <= 50:
        fail(f"{name}: {len(terms)} search terms (expected roughly 10-40)")

# a search term shared by two offenses (case and accents folded)
owners = collections.defaultdict(set)
for oid, d in offenses.items():
    for t in d.get("search_terms", []):
        owners[fold(t)].add(oid)
for t, ids in sorted(owners.items()):
    if len(ids) > 1:
        fail(f"search term {t!r} is in several offenses: {sorted(ids)}")

# (a) fixture, (b) accept ids
try:
    fixture = json.load(open(FIXTURE, encoding="utf-8"))
except ValueError as e:
    print(f"tests/search/phrasings.json: not valid JSON: {e}")
    sys.exit(1)
if not isinstance(fixture, list):
    fail("phrasings.json must be a list")
    fixture = []
seen_q = set()
for i, o in enumerate(fixture):
    where = f"phrasings.json[{i}]"
    if not isinstance(o, dict) or set(o) != {"q", "lang", "accept"}:
        fail(f"{where}: must be exactly {{q, lang, accept}}")
        continue
    if not isinstance(o["q"], str) or not o["q"].strip():
        fail(f"{where}: empty q")
    if o["lang"] not in ("en", "es"):
        fail(f"{where}: lang {o['lang']!r}")
    if not isinstance(o["accept"], list) or not o["accept"]:
        fail(f"{where}: accept must be a non-empty list")
        continue
    for a in o["accept"]:
        if a not in offenses:
            fail(f"{where} ({o['q']!r}): accept id {a!r} is not an offense")
    if len(set(o["accept"])) != len(o["accept"]):
        fail(f"{where} ({o['q']!r}): an accept id twice")
    if o["q"].lower() in seen_q:  # the same words with and without accents are two entries
        fail(f"{where}: query {o['q']!r} twice")
    seen_q.add(o["q"].lower())
    if STATUTE.search(o["q"]):
        fail(f"{where}: query {o['q']!r} looks like it holds a statute number")

# (c) counts
primary = collections.Counter(o["accept"][0] for o in fixture)
anywhere = collections.Counter(a for o in fixture for a in o["accept"])
spanish = [o for o in fixture if o["lang"] == "es"]
spanish_plain = [o for o in spanish if fold(o["q"]) == o["q"].lower()]
typo_hits = collections.defaultdict(list)
for o in fixture:
    fq = " " + " ".join(words(o["q"])) + " "
    for t in TYPOS:
        # a word of the query's own language is no misspelling there ("ilegal" is Spanish)
        if f" {t} " in fq and (" " in t or t not in vocab[o["lang"]]):
            typo_hits[t].append(o)
for t in TYPOS:
    if not typo_hits[t]:
        fail(f"typo {t!r} is in no query, or is a real word of the content in that language")
misspelled = {id(o) for hits in typo_hits.values() for o in hits}

print(f"offense files: {len(offenses)}; with search_terms: "
      f"{sum('search_terms' in d for d in offenses.values())}; "
      f"search terms in all: {sum(len(d.get('search_terms', [])) for d in offenses.values())}")
print(f"fixture entries: {len(fixture)}; Spanish: {len(spanish)} "
      f"({len(spanish) - len(spanish_plain)} with accents, {len(spanish_plain)} without); "
      f"with a misspelling: {len(misspelled)}")
print(f"{'offense':28} {'terms':>5} {'first':>5} {'any':>5}")
for oid in sorted(offenses):
    print(f"{oid:28} {len(offenses[oid].get('search_terms', [])):5} {primary[oid]:5} {anywhere[oid]:5}")
    if primary[oid] < 3:
        fail(f"{oid}: only {primary[oid]} fixture entries name it first")
if len(fixture) < 260:
    fail(f"only {len(fixture)} fixture entries (need 260)")
if len(spanish) < 60:
    fail(f"only {len(spanish)} Spanish entries (need 60)")
if len(misspelled) < 40:
    fail(f"only {len(misspelled)} entries with a misspelling (need 40)")

for p in problems:
    print("PROBLEM:", p)
sys.exit(1 if problems else 0)
