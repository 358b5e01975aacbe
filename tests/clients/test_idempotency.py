import unittest
import uuid

import httpx
from httpx_sse import connect_sse

from harness import client, emulator, session


class IdempotencyTest(unittest.TestCase):
    def test_retry_after_a_reset_before_headers_yields_one_turn(self):
        flags = ("--pace-ms", "1", "--fault-reset-before-headers", "1", "--fault-path", "/messages")
        with emulator(*flags) as (api, key), client(api, key) as c:
            sid = session(c)
            before = c.get("/_emulator/stats").json()["turns_started"]
            headers = {"Idempotency-Key": str(uuid.uuid4())}
            body = {"message": "exactly once"}
            with self.assertRaises(httpx.HTTPError):
                with c.stream("POST", f"/v1/sessions/{sid}/messages", json=body, headers=headers) as r:
                    r.read()
            with connect_sse(c, "POST", f"/v1/sessions/{sid}/messages", json=body, headers=headers) as es:
                events = list(es.iter_sse())
            self.assertEqual(events[0].id, "0")
            self.assertEqual(events[-1].event, "message.completed")
            self.assertEqual(c.get("/_emulator/stats").json()["turns_started"], before + 1)
            other = c.post(f"/v1/sessions/{sid}/messages", json={"message": "different"}, headers=headers)
            self.assertEqual(other.status_code, 422)


if __name__ == "__main__":
    unittest.main()
