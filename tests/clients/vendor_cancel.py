import os, httpx, threading, time
API, KEY = os.environ["POKEE_API"], os.environ["POKEE_KEY"]
H = {"Authorization": f"Bearer {KEY}"}
with httpx.Client(base_url=API, headers=H, timeout=None) as c:
    sid = c.post("/v1/sessions", json={"persistent": True}).json()["id"]
    rid_ready = threading.Event()
    rid_holder = {}
    def reader():
        with c.stream("POST", f"/v1/sessions/{sid}/messages",
                      json={"message": "Write a 5000-word essay on cryptography"}) as r:
            # Capture rid as soon as response headers land — well before
            # the first SSE event. This is the canonical pattern.
            rid_holder["rid"] = r.headers["X-Response-Id"]
            rid_ready.set()
            for line in r.iter_lines():
                if line.startswith("event: message.cancelled"):
                    print("got cancellation terminal")
                    return
    t = threading.Thread(target=reader)
    t.start()
    rid_ready.wait(timeout=5)
    rid = rid_holder["rid"]
    print(f"cancelling {rid}")
    time.sleep(5)
    r = c.post(f"/v1/sessions/{sid}/responses/{rid}/cancel")
    print(r.status_code, r.json())
    t.join()
