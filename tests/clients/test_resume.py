import json
import unittest

import httpx
from httpx_sse import connect_sse

from harness import client, emulator, session


class ResumeTest(unittest.TestCase):
    def test_resume_after_a_cut_loses_and_repeats_nothing(self):
        flags = ("--pace-ms", "1", "--fault-cut-after", "900", "--fault-cut-count", "1",
                 "--fault-path", "/messages")
        with emulator(*flags) as (api, key), client(api, key) as c:
            sid = session(c)
            seen = []
            rid = None
            try:
                with connect_sse(c, "POST", f"/v1/sessions/{sid}/messages",
                                 json={"message": "resume me"}) as es:
                    rid = es.response.headers["X-Response-Id"]
                    for e in es.iter_sse():
                        seen.append(e)
            except httpx.HTTPError:
                pass  # the cut
            self.assertIsNotNone(rid)
            self.assertTrue(seen, "some events arrive before the cut")
            self.assertNotEqual(seen[-1].event, "message.completed")
            last = seen[-1].id
            with connect_sse(c, "GET", f"/v1/sessions/{sid}/responses/{rid}/events",
                             headers={"Last-Event-ID": last}) as es:
                seen.extend(es.iter_sse())
            ids = [int(e.id) for e in seen]
            self.assertEqual(ids, list(range(len(ids))))
            self.assertEqual(seen[-1].event, "message.completed")
            # The same turn, read whole from the buffer, is exactly what we pieced together.
            with connect_sse(c, "GET", f"/v1/sessions/{sid}/responses/{rid}/events") as es:
                whole = [(e.id, e.event, e.data) for e in es.iter_sse()]
            self.assertEqual(whole, [(e.id, e.event, e.data) for e in seen])


if __name__ == "__main__":
    unittest.main()
