import json
import re
import unittest

from httpx_sse import connect_sse

from harness import client, emulator, session


class StreamTest(unittest.TestCase):
    def test_a_turn_streams_in_the_documented_format(self):
        with emulator("--pace-ms", "1") as (api, key), client(api, key) as c:
            sid = session(c)
            with connect_sse(c, "POST", f"/v1/sessions/{sid}/messages",
                             json={"message": "Write a short poem about persistent storage."}) as es:
                rid = es.response.headers["X-Response-Id"]
                self.assertRegex(rid, r"^msg_[0-9a-f]{24}$")
                events = list(es.iter_sse())
        self.assertEqual([int(e.id) for e in events], list(range(len(events))))
        for e in events:
            self.assertEqual(json.loads(e.data)["sequence_number"], int(e.id))
        self.assertEqual(events[0].event, "message.created")
        self.assertEqual(json.loads(events[0].data)["id"], rid)
        self.assertEqual(events[-1].event, "message.completed")
        done = json.loads(events[-1].data)
        self.assertEqual(done["id"], rid)
        self.assertGreater(done["usage"]["output_tokens"], 0)
        text = "".join(json.loads(e.data)["content"] for e in events if e.event == "text.delta")
        self.assertIn("persistent storage", text)


if __name__ == "__main__":
    unittest.main()
