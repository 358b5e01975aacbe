"""Runs the vendor's own Python examples, unchanged, against the emulator.

The examples are read from the API reference pages beside this repository
(../shared/api-reference, or $POKEE_API_REFERENCE) at test time: none of their code is
copied into this project. A page whose stored copy lost its indentation cannot run as it
is; that example is skipped with the reason.
"""
import glob
import os
import subprocess
import sys
import tempfile
import unittest

from harness import emulator

REFERENCE = os.environ.get("POKEE_API_REFERENCE") or os.path.join(
    os.path.dirname(__file__), "..", "..", "..", "shared", "api-reference")

# page prefix, example name, where its code starts, where it ends (after the start), and
# what a run that does what the page says prints (or leaves behind).
EXAMPLES = [
    ("000_", "streaming", "import json\n", "On this page", "[done] usage:"),
    ("001_", "stateless tool loop", "Stateless:\n\n", "Session:\n\nimport", "cloudy"),
    ("001_", "session tools", "Session:\n\nimport", "On this page", "[done]"),
    ("002_", "presentation", "import os, time, httpx", "Why this works", ".pptx"),
    ("003_", "long-running task", "import os, time, httpx", "Why this works", "report.md"),
    ("004_", "cancel", "import os, httpx, threading, time", "Pairs well with", "got cancellation terminal"),
]


def extract(prefix, start, end):
    pages = glob.glob(os.path.join(REFERENCE, prefix + "*.txt"))
    if not pages:
        return None
    text = open(pages[0], encoding="utf-8").read()
    a = text.find(start)
    if a < 0:
        return None
    if start.endswith("\n\n") or start.startswith("Session:"):
        a = text.index("import", a)
    b = text.find(end, a + len(start))
    return text[a:b if b >= 0 else len(text)]


class VendorExamplesTest(unittest.TestCase):
    def test_examples(self):
        if not os.path.isdir(REFERENCE):
            self.skipTest(f"no API reference at {REFERENCE}")
        ran = 0
        with emulator() as (api, key):
            for prefix, name, start, end, expected in EXAMPLES:
                with self.subTest(example=name):
                    code = extract(prefix, start, end)
                    self.assertIsNotNone(code, f"could not find the {name} example")
                    try:
                        compile(code, name, "exec")
                    except SyntaxError as e:
                        print(f"skipped {name}: the stored page lost its indentation ({e.msg})")
                        continue
                    with tempfile.TemporaryDirectory() as cwd:
                        env = dict(os.environ, POKEE_API=api, POKEE_KEY=key)
                        run = subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env,
                                             capture_output=True, text=True, timeout=180)
                        self.assertEqual(run.returncode, 0, run.stderr[-2000:])
                        produced = run.stdout + " ".join(os.listdir(cwd))
                        self.assertIn(expected, produced)
                        ran += 1
        print(f"ran {ran} vendor examples unchanged")
        self.assertGreater(ran, 0)


if __name__ == "__main__":
    if not os.path.isdir(REFERENCE):
        print(f"skipped: no API reference at {REFERENCE}")
        sys.exit(77)  # ctest reports it as skipped, not passed
    unittest.main(verbosity=2)
