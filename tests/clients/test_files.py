import hashlib
import unittest

from harness import client, emulator, session


class FilesTest(unittest.TestCase):
    def test_list_download_and_range(self):
        with emulator("--pace-ms", "1") as (api, key), client(api, key) as c:
            sid = session(c)
            with c.stream("POST", f"/v1/sessions/{sid}/messages",
                          json={"message": "[[file=output/data.bin:2MB]] [[file=readme.md]] go"}) as r:
                for line in r.iter_lines():
                    if "message.completed" in line:
                        break
            root = c.get(f"/v1/sessions/{sid}/files").json()
            self.assertEqual(sorted(f["name"] for f in root), ["output", "readme.md"])
            output = c.get(f"/v1/sessions/{sid}/files", params={"path": "output"}).json()
            entry = next(f for f in output if f["name"] == "data.bin")
            self.assertEqual(entry["size"], 2 * 1024 * 1024)
            digest = hashlib.sha256()
            with c.stream("GET", f"/v1/sessions/{sid}/files/output/{entry['name']}") as r:
                self.assertEqual(r.headers["content-length"], str(entry["size"]))
                for chunk in r.iter_bytes():
                    digest.update(chunk)
            whole = c.get(f"/v1/sessions/{sid}/files/output/data.bin").content
            self.assertEqual(digest.hexdigest(), hashlib.sha256(whole).hexdigest())
            part = c.get(f"/v1/sessions/{sid}/files/output/data.bin", headers={"Range": "bytes=1000-1999"})
            self.assertEqual(part.status_code, 206)
            self.assertEqual(part.content, whole[1000:2000])


if __name__ == "__main__":
    unittest.main()
