#!/usr/bin/env python3
"""Fails when a translation is unfinished or the sources hold strings the .ts files lack.

Usage: check_translations.py LUPDATE SOURCE_ROOT TS_DIR

Runs lupdate over the sources into copies of the committed .ts files (never touching them)
and compares: every message of the refreshed copy must already be in the committed file
(else a string was added or changed in the code without `update_translations`), and no
message of a language file may be unfinished or empty. Plural messages must fill every form.
"""
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def messages(ts_path):
    """{(context, source, comment): translation element} of a .ts file."""
    out = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            key = (name, m.findtext("source"), m.findtext("comment") or "")
            out[key] = m
    return out


def unfinished(ts_path):
    bad = []
    for (context, source, _), m in messages(ts_path).items():
        t = m.find("translation")
        if t is None or t.get("type") in ("unfinished", "obsolete", "vanished"):
            if t is not None and t.get("type") in ("obsolete", "vanished"):
                continue  # kept from an older source; lupdate -no-obsolete drops it
            bad.append((context, source, "unfinished"))
            continue
        if m.get("numerus") == "yes":
            forms = [f.text for f in t.findall("numerusform")]
            if not forms or any(not f for f in forms):
                bad.append((context, source, "a plural form is empty"))
        elif not (t.text or "").strip():
            bad.append((context, source, "empty"))
    return bad


def forbidden_words(ts_dir):
    """{ts file name: [words]} from GLOSSARY.md's "Forbidden in FILE: a, b, c" lines."""
    glossary = ts_dir / "GLOSSARY.md"
    out = {}
    if glossary.exists():
        for line in glossary.read_text(encoding="utf-8").splitlines():
            if line.startswith("Forbidden in ") and ":" in line:
                name, words = line[len("Forbidden in "):].split(":", 1)
                out[name.strip()] = [w.strip() for w in words.split(",") if w.strip()]
    return out


def uses_forbidden(ts_path, words):
    """(context, source, word) for each translation that holds a forbidden word."""
    # The words are written as the .ts file holds them (&amp; for &); compare the raw text, in
    # any case: German compounds hold a word capitalised at their start ("Systemvorgabe").
    import re
    bad = []
    raw = ts_path.read_text(encoding="utf-8")
    for m in re.finditer(r"<message[^>]*>(.*?)</message>", raw, re.S):
        body = m.group(1)
        source = re.search(r"<source>(.*?)</source>", body, re.S)
        translation = re.search(r"<translation[^>]*>(.*?)</translation>", body, re.S)
        if not translation:
            continue
        for word in words:
            if word.casefold() in translation.group(1).casefold():
                bad.append(("", source.group(1) if source else "?", word))
    return bad


def main():
    lupdate, source_root, ts_dir = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    ts_files = sorted(ts_dir.glob("*.ts"))
    if not ts_files:
        print(f"no .ts files in {ts_dir}")
        return 1
    failures = 0
    forbidden = forbidden_words(ts_dir)
    for ts in ts_files:
        for _, source, word in uses_forbidden(ts, forbidden.get(ts.name, [])):
            print(f"{ts.name}: \"{source}\" uses \"{word}\", which translations/GLOSSARY.md forbids")
            failures += 1
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files:
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            args = [lupdate, "-silent", "-locations", "none", "-no-obsolete", "-extensions", "cpp,h",
                    str(source_root / "app"), str(source_root / "ui")]
            if ts.stem.endswith("_en"):
                args.append("-pluralonly")
            subprocess.run(args + ["-ts", str(copy)], check=True)
            committed, refreshed = messages(ts), messages(copy)
            missing = [k for k in refreshed if k not in committed]
            for context, source, _ in missing[:20]:
                print(f"{ts.name}: not in the file (run the update_translations target): {context}: {source!r}")
            if missing:
                print(f"{ts.name}: {len(missing)} source string(s) missing")
                failures += 1
            bad = unfinished(ts)
            for context, source, why in bad[:20]:
                print(f"{ts.name}: {why}: {context}: {source!r}")
            if bad:
                print(f"{ts.name}: {len(bad)} message(s) not translated")
                failures += 1
            if not missing and not bad:
                print(f"{ts.name}: {len(committed)} message(s), all translated and current")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
