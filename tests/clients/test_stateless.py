import json
import unittest

from harness import client, emulator

TOOLS = [{"type": "function", "name": "get_weather", "description": "Weather for a city.",
          "parameters": {"type": "object", "properties": {"location": {"type": "string"}},
                         "required": ["location"]}}]


class StatelessTest(unittest.TestCase):
    def test_function_call_loop(self):
        with emulator() as (api, key), client(api, key) as c:
            history = [{"role": "user", "content": "What is the weather in Paris?"}]
            rounds = 0
            while True:
                rounds += 1
                resp = c.post("/v1/responses", json={"input": history, "tools": TOOLS}).json()
                calls = [x for x in resp["output"] if x["type"] == "function_call"]
                if not calls:
                    text = "".join(p["text"] for x in resp["output"] if x["type"] == "message"
                                   for p in x["content"] if p["type"] == "output_text")
                    break
                for call in calls:
                    history.append(call)
                    args = json.loads(call["arguments"])
                    self.assertEqual(args, {"location": "Paris"})
                    history.append({"type": "function_call_output", "call_id": call["call_id"],
                                    "output": json.dumps({"temperature_c": 14})})
            self.assertEqual(rounds, 2)
            self.assertIn("temperature_c", text)

    def test_documented_errors(self):
        with emulator() as (api, key), client(api, key) as c:
            self.assertEqual(c.post("/v1/responses", json={"input": "x", "stream": True}).status_code, 400)
            self.assertEqual(c.post("/v1/responses", json={"input": "x", "max_output_tokens": 32001}).status_code, 400)
            r = c.post("/v1/responses", json={"input": "x", "tool_choice": "maybe"})
            self.assertEqual(r.status_code, 400)
            self.assertIn("message", r.json()["error"])


if __name__ == "__main__":
    unittest.main()
