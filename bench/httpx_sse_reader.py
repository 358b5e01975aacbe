"""Reads a turn's events with httpx-sse, as a Python client would; prints the count."""
import os
import sys

import httpx
from httpx_sse import connect_sse

api, key, sid, rid = os.environ["POKEE_API"], os.environ["POKEE_KEY"], sys.argv[1], sys.argv[2]
with httpx.Client(base_url=api, headers={"Authorization": f"Bearer {key}"}, timeout=None) as c:
    with connect_sse(c, "GET", f"/v1/sessions/{sid}/responses/{rid}/events") as es:
        n = sum(1 for _ in es.iter_sse())
print(n)
