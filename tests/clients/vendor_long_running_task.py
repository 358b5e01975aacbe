import os, time, httpx
API = os.environ["POKEE_API"]
KEY = os.environ["POKEE_KEY"]
H = {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}
with httpx.Client(base_url=API, headers=H, timeout=httpx.Timeout(None)) as c:
    # 1. Persistent session — won't auto-destroy after idle
    sid = c.post("/v1/sessions",
                 json={"persistent": True, "ttl": 14400}).json()["id"]
    # 2. Kick off the long-running task. You can stream and consume,
    # or fire-and-forget — the agent keeps running either way.
    with c.stream("POST", f"/v1/sessions/{sid}/messages",
                  json={"message": "Build a 10-page market research report on Q3 NVIDIA performance and write it to /opt/sandbox/workspace/report.md"}) as r:
        for line in r.iter_lines():
            if "message.completed" in line or "message.error" in line:
                break
    # 3. (Or, if you disconnected) poll until the agent finishes the turn.
    while True:
        s = c.get(f"/v1/sessions/{sid}").json()
        if not s["busy"]:
            break
        # The agent (or any tool it invokes) can write progress hints
        # into session.metadata. Read whatever keys your workflow uses.
        print(f" metadata: {s['metadata']}")
        time.sleep(15)
    # 4. Download the result
    files = c.get(f"/v1/sessions/{sid}/files").json()
    report = next(f for f in files if f["name"] == "report.md")
    with c.stream("GET", f"/v1/sessions/{sid}/files/{report['name']}") as r, \
         open(report["name"], "wb") as out:
        for chunk in r.iter_bytes():
            out.write(chunk)
