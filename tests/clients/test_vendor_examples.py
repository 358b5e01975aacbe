"""Runs the vendor's own Python examples, unchanged, against the emulator.

The examples are read from the API reference pages beside this repository
(../shared/api-reference, or $POKEE_API_REFERENCE) at test time: none of their code is
copied into this project, except where a stored page lost its indentation and cannot run as
it is: then the copy beside this file (vendor_*.py) has the indentation restored and nothing
else changed, which this test proves (the page and the copy are equal once whitespace is
ignored) before running the copy. Every example must run; none is skipped.
"""
import glob
import os
import re
import subprocess
import sys
import tempfile
import unittest

from harness import emulator

REFERENCE = os.environ.get("POKEE_API_REFERENCE") or os.path.join(
    os.path.dirname(__file__), "..", "..", "..", "shared", "api-reference")

# page prefix, example name, where its code starts, where it ends (after the start), and
# what a run that does what the page says prints (or leaves behind).
# The last field names the restored copy for a page whose stored indentation is gone.
EXAMPLES = [
    ("000_", "streaming", "import json\n", "On this page", "[done] usage:", None),
    ("001_", "stateless tool loop", "Stateless:\n\n", "Session:\n\nimport", "cloudy", None),
    ("001_", "session tools", "Session:\n\nimport", "On this page", "[done]", None),
    ("002_", "presentation", "import os, time, httpx", "Why this works", ".pptx", None),
    ("003_", "long-running task", "import os, time, httpx", "Why this works", "report.md",
     "vendor_long_running_task.py"),
    ("004_", "cancel", "import os, httpx, threading, time", "Pairs well with", "got cancellation terminal",
     "vendor_cancel.py"),
]


def without_whitespace(text):
    return re.sub(r"\s+", "", text)


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
            for prefix, name, start, end, expected, restored in EXAMPLES:
                with self.subTest(example=name):
                    code = extract(prefix, start, end)
                    self.assertIsNotNone(code, f"could not find the {name} example")
                    try:
                        compile(code, name, "exec")
                    except SyntaxError as e:
                        self.assertIsNotNone(restored, f"{name} does not compile ({e.msg}) and has no restored copy")
                        with open(os.path.join(os.path.dirname(__file__), restored), encoding="utf-8") as f:
                            copy = f.read()
                        self.assertEqual(without_whitespace(copy), without_whitespace(code),
                                         f"{restored} differs from the page in more than whitespace")
                        print(f"{name}: the stored page lost its indentation; running {restored}")
                        code = copy
                    with tempfile.TemporaryDirectory() as cwd:
                        env = dict(os.environ, POKEE_API=api, POKEE_KEY=key)
                        run = subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env,
                                             capture_output=True, text=True, timeout=180)
                        self.assertEqual(run.returncode, 0, run.stderr[-2000:])
                        produced = run.stdout + " ".join(os.listdir(cwd))
                        self.assertIn(expected, produced)
                        ran += 1
        print(f"ran {ran} vendor examples")
        self.assertEqual(ran, len(EXAMPLES))


if __name__ == "__main__":
    if not os.path.isdir(REFERENCE):
        print(f"skipped: no API reference at {REFERENCE}")
        sys.exit(77)  # ctest reports it as skipped, not passed
    unittest.main(verbosity=2)
