"""Sanity check for the curated gazetteer (people.json, places.json, organizations.json).

Run:  python3 gazetteer/validate_gazetteer.py
Exit status 1 if any error is found. Checks unique slugs across all files, slug format,
role organization/country references, ISO dates (YYYY, YYYY-MM or YYYY-MM-DD), end >= start,
and that every entity has name, name_ar and at least one Arabic alias."""

import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return json.load(f)


def pdate(d):
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            return datetime.datetime.strptime(d, fmt)
        except ValueError:
            pass
    raise ValueError(d)


def main():
    people, places, orgs = load("people.json"), load("places.json"), load("organizations.json")
    errs, seen = [], {}
    for kind, items in (("person", people), ("place", places), ("organization", orgs)):
        for e in items:
            s = e.get("slug", "")
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", s):
                errs.append(f"bad slug {s!r}")
            if s in seen:
                errs.append(f"duplicate slug {s} ({seen[s]} / {kind})")
            seen[s] = kind
            for k in ("name", "name_ar"):
                if not e.get(k):
                    errs.append(f"{s}: missing {k}")
            if not e.get("aliases_ar"):
                errs.append(f"{s}: no Arabic alias")
            for a in e.get("aliases_ar", []) + e.get("ambiguous_aliases_ar", []):
                if re.search("[\u064b-\u0652]", a):
                    errs.append(f"{s}: diacritics in alias {a}")
    place_slugs = {p["slug"] for p in places}
    countries = {p["slug"] for p in places if p["kind"] == "country"}
    org_slugs = {o["slug"] for o in orgs}
    for p in places:
        if p["kind"] not in ("city", "country", "region"):
            errs.append(f"{p['slug']}: bad kind")
        if p["country"] is not None and p["country"] not in countries:
            errs.append(f"{p['slug']}: unknown country {p['country']}")
        if not (-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180):
            errs.append(f"{p['slug']}: bad coordinates")
    for o in orgs:
        if o["country"] is not None and o["country"] not in place_slugs:
            errs.append(f"{o['slug']}: unknown place {o['country']}")
    for h in people:
        for r in h["roles"]:
            if r["organization"] is not None and r["organization"] not in org_slugs:
                errs.append(f"{h['slug']}: unknown organization {r['organization']}")
            if r["country"] is not None and r["country"] not in countries:
                errs.append(f"{h['slug']}: unknown country {r['country']}")
            try:
                st = pdate(r["start"]) if r["start"] else None
                en = pdate(r["end"]) if r["end"] else None
            except ValueError as x:
                errs.append(f"{h['slug']}: unparseable date {x}")
                continue
            if st and en and en < st:
                errs.append(f"{h['slug']}: role ends before it starts ({r['title']})")
    for x in errs:
        print("ERROR", x)
    print(f"people={len(people)} places={len(places)} organizations={len(orgs)} errors={len(errs)}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
