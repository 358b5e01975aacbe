import json
import threading
import unittest

from httpx_sse import connect_sse

from harness import client, emulator, session

WEATHER = {"type": "function", "name": "get_weather",
           "description": "Look up current weather for a city.",
           "parameters": {"type": "object", "properties": {"location": {"type": "string"}},
                          "required": ["location"]}}


class ToolCallTest(unittest.TestCase):
    def test_tool_call_round_trip(self):
        with emulator("--pace-ms", "1") as (api, key), client(api, key) as c, client(api, key) as side:
            sid = session(c, tools=[WEATHER])
            results = []

            def answer(data):
                args = json.loads(data["arguments"])
                r = side.post(f"/v1/sessions/{sid}/tool_results",
                              json={"tool_call_id": data["tool_call_id"],
                                    "output": json.dumps({"city": args["location"], "temperature_c": 14})})
                results.append(r.status_code)

            threads = []
            with connect_sse(c, "POST", f"/v1/sessions/{sid}/messages",
                             json={"message": "What is the weather in Paris?"}) as es:
                events = []
                for e in es.iter_sse():
                    events.append(e)
                    if e.event == "tool_call.requested":
                        t = threading.Thread(target=answer, args=(json.loads(e.data),))
                        t.start()
                        threads.append(t)
            for t in threads:
                t.join()
            self.assertEqual(results, [204])
            self.assertEqual(events[-1].event, "message.completed")
            result = next(json.loads(e.data) for e in events if e.event == "tool_result")
            self.assertEqual(json.loads(result["content"]), {"city": "Paris", "temperature_c": 14})


if __name__ == "__main__":
    unittest.main()
