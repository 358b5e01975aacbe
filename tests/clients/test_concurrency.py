import asyncio
import unittest

import httpx
from httpx_sse import aconnect_sse

from harness import emulator

STREAMS = 200


class ConcurrencyTest(unittest.TestCase):
    def test_200_concurrent_streams(self):
        with emulator("--pace-ms", "5") as (api, key):
            asyncio.run(self.run_streams(api, key))

    async def run_streams(self, api, key):
        limits = httpx.Limits(max_connections=STREAMS + 10, max_keepalive_connections=STREAMS + 10)
        async with httpx.AsyncClient(base_url=api, headers={"Authorization": f"Bearer {key}"},
                                     limits=limits, timeout=httpx.Timeout(120.0)) as c:
            sids = [(await c.post("/v1/sessions", json={})).json()["id"] for _ in range(STREAMS)]

            async def one(sid):
                async with aconnect_sse(c, "POST", f"/v1/sessions/{sid}/messages",
                                        json={"message": "[[deltas=40]] together"}) as es:
                    return [e.event async for e in es.aiter_sse()]

            results = await asyncio.gather(*(one(s) for s in sids))
        self.assertEqual(len(results), STREAMS)
        for events in results:
            self.assertEqual(events[-1], "message.completed")
            self.assertEqual(events.count("text.delta"), 40)


if __name__ == "__main__":
    unittest.main()
