"""Starts the real pokee-emulator for a test: an independent, third-party client's view.

These tests use httpx and httpx-sse (Debian packages), never our C++ code, so they check the
emulator against the contract as any Python client would see it.
"""
import contextlib
import os
import secrets
import subprocess

import httpx


@contextlib.contextmanager
def emulator(*flags):
    binary = os.environ.get("POKEE_EMULATOR_BIN")
    if not binary:
        raise RuntimeError("POKEE_EMULATOR_BIN is not set; run through ctest")
    key = "py-" + secrets.token_hex(12)
    env = dict(os.environ, POKEE_EMULATOR_KEY=key)
    proc = subprocess.Popen([binary, "--port", "0", *flags], stdout=subprocess.PIPE,
                            env=env, text=True)
    try:
        api = proc.stdout.readline().strip()
        if not api.startswith("http://"):
            raise RuntimeError(f"the emulator printed {api!r} instead of its address")
        yield api, key
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def client(api, key, **kwargs):
    return httpx.Client(base_url=api, headers={"Authorization": f"Bearer {key}"},
                        timeout=httpx.Timeout(60.0), **kwargs)


def session(c, **body):
    r = c.post("/v1/sessions", json=body or {"persistent": True})
    r.raise_for_status()
    return r.json()["id"]
