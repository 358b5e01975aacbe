import json
import threading
import unittest

from httpx_sse import connect_sse

from harness import client, emulator, session


class CancelTest(unittest.TestCase):
    def test_cancel_mid_turn_ends_in_message_cancelled(self):
        with emulator() as (api, key), client(api, key) as c, client(api, key) as side:
            sid = session(c)
            ready = threading.Event()
            holder = {}

            def cancel_when_ready():
                ready.wait(10)
                r = side.post(f"/v1/sessions/{sid}/responses/{holder['rid']}/cancel")
                holder["first"] = (r.status_code, r.json())

            t = threading.Thread(target=cancel_when_ready)
            t.start()
            with connect_sse(c, "POST", f"/v1/sessions/{sid}/messages",
                             json={"message": "Write a 5000-word essay on cryptography"}) as es:
                holder["rid"] = es.response.headers["X-Response-Id"]
                ready.set()
                events = [e.event for e in es.iter_sse()]
            t.join()
            self.assertEqual(holder["first"], (202, {"response_id": holder["rid"], "status": "cancelling"}))
            self.assertEqual(events[-1], "message.cancelled")
            self.assertNotIn("message.completed", events)
            again = c.post(f"/v1/sessions/{sid}/responses/{holder['rid']}/cancel")
            self.assertEqual((again.status_code, again.json()["status"]), (200, "already_complete"))
            self.assertFalse(c.get(f"/v1/sessions/{sid}").json()["busy"])


if __name__ == "__main__":
    unittest.main()
