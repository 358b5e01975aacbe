#!/usr/bin/env python3
# Carries translations over when code moves between classes: tr() files a string under its
# class (the context), so a string that moved is "unfinished" in its new context after
# update_translations while its old entry was dropped. Given the .ts files as they were before
# (a git revision), every unfinished entry whose source text (and comment) had a translation
# gets that translation back. Strings that are really new stay unfinished.
# Usage: python3 translations/carry-over.py [REVISION]   (default HEAD)
import re, subprocess, sys

rev = sys.argv[1] if len(sys.argv) > 1 else "HEAD"
MESSAGE = re.compile(r'<message( numerus="yes")?>(.*?)</message>', re.S)


def key(body):
    source = re.search(r'<source>(.*?)</source>', body, re.S).group(1)
    comment = re.search(r'<comment>(.*?)</comment>', body, re.S)
    return source, comment.group(1) if comment else None


def translation(body):
    m = re.search(r'<translation(?: type="[^"]*")?>(.*?)</translation>', body, re.S)
    if not m or 'type="unfinished"' in m.group(0) or 'type="vanished"' in m.group(0) or 'type="obsolete"' in m.group(0):
        return None
    return m.group(0)


for ts in ("translations/pokee_de.ts", "translations/pokee_zh_CN.ts", "translations/pokee_en.ts"):
    old = subprocess.run(["git", "show", f"{rev}:{ts}"], capture_output=True, text=True).stdout
    known = {}
    for m in MESSAGE.finditer(old):
        t = translation(m.group(2))
        if t:
            known.setdefault(key(m.group(2)), t)
            known.setdefault((key(m.group(2))[0], None), t)
    text = open(ts, encoding="utf-8").read()
    filled = 0

    def fill(m):
        global filled
        body = m.group(2)
        if 'type="unfinished"' not in body:
            return m.group(0)
        k = key(body)
        t = known.get(k) or known.get((k[0], None))
        if not t:
            return m.group(0)
        filled += 1
        body = re.sub(r'<translation type="unfinished"(?:>.*?</translation>|/>)', lambda _: t, body, flags=re.S)
        return f'<message{m.group(1) or ""}>{body}</message>'

    text = MESSAGE.sub(fill, text)
    open(ts, "w", encoding="utf-8").write(text)
    left = text.count('type="unfinished"')
    print(f"{ts}: {filled} carried over, {left} still unfinished")
