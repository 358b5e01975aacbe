#!/usr/bin/env python3
"""Runs every benchmark and writes bench/RESULTS.md (see bench/README.md).

Usage (inside the build environment): bench/run.py BUILD_DIR [--quick] [--events N]
          [--rounds N] [--output FILE]

Each benchmark program runs ROUNDS times (3; --quick: 1 and a smaller turn); each figure is
reported as the median with the min and max of its runs. The end-to-end cases read one
completed turn beside the peers a user would pick instead, in the same run: curl (bytes to a
file, no parsing) and Python httpx-sse, both from pokee-emulator and from nginx serving the same
bytes as a static file. Ratios are taken round by round against curl of the same round.
"""
import argparse
import datetime
import os
import platform
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


class Figures:
    """name -> list of values, with a unit, a target text and a note."""

    def __init__(self):
        self.values, self.units, self.targets, self.order = {}, {}, {}, []

    def add(self, name, value, unit, target=""):
        if name not in self.values:
            self.values[name], self.units[name], self.targets[name] = [], unit, target
            self.order.append(name)
        self.values[name].append(value)

    def row(self, name):
        v = sorted(self.values[name])
        unit = self.units[name]
        fmt = (lambda x: f"{x:,.0f}") if max(abs(x) for x in v) >= 100 else (lambda x: f"{x:.2f}")
        return (f"| {name} | **{fmt(statistics.median(v))}** {unit} | {fmt(v[0])} – {fmt(v[-1])} | {len(v)} "
                f"| {self.targets[name]} |")


def run(cmd, env=None, timeout=1800):
    """Runs cmd, returns its stdout (stderr passes through)."""
    return subprocess.run(cmd, env=env, check=True, stdout=subprocess.PIPE, timeout=timeout, text=True).stdout


def timed(cmd, env=None, stdout_path="/tmp/bench.out"):
    """Wall time in seconds and peak RSS in MB of one command, its output to a file.

    The peak comes from GNU time, not from this script's own wait4(): a child forked (or
    vforked) from this Python process and then exec'd keeps the larger of its own peak and
    the parent's resident size at exec in ru_maxrss (Linux's exec_mmap folds the old mm's
    high-water mark in), and this script holds a million events' worth of output at times.
    That once made `pokee events --raw` look like 354 MB; GNU time is a 1 MB process.
    """
    rss_path = stdout_path + ".rss"
    start = time.monotonic()
    with open(stdout_path, "wb") as out:
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss_path, *map(str, cmd)], env=env, stdout=out)
    wall = time.monotonic() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} exited {proc.returncode}")
    return wall, int(Path(rss_path).read_text().split()[-1]) / 1024.0


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def parse(pattern, text, what):
    m = re.search(pattern, text, re.M)
    if not m:
        raise RuntimeError(f"{what}: no line matches {pattern!r} in:\n{text}")
    return [float(g.replace(",", "")) for g in m.groups()]


def bench_programs(b, f, rounds, quick, display):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # The chat pane's streaming figures under a real X server (Xvfb, the xcb platform): what
    # a user's frames cost, not the offscreen platform's.
    xenv = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=display)
    for _ in range(rounds):
        out = run([b / "bench-sse-parser"], env)
        small = parse(r"^small text\.delta events\s+[\d.]+ MB/s\s+(\d+) events/s", out, "parser")[0]
        f.add("SseParser, small events, 16 KiB feeds", small / 1e6, "M events/s", ">= 10")
        copied = parse(r"^copied small events\s+[\d.]+ MB/s\s+(\d+) events/s", out, "parser")[0]
        f.add("SseParser, small events, copied out (feed)", copied / 1e6, "M events/s")
        big = re.findall(r"^1 MiB data events\s+([\d.]+) MB/s", out, re.M)
        if big:
            f.add("SseParser, 1 MiB events", max(float(x) for x in big) / 1e3, "GB/s", ">= 5")
        out = run([b / "bench-journal"], env)
        for batch in ("256", "16", "1"):
            v = parse(rf"^batches of {batch}\s+(\d+) events/s", out, "journal")[0]
            f.add(f"Journal appends, batches of {batch}", v, "events/s", ">= 200,000" if batch == "256" else "")
        out = run([b / "bench-gui"], xenv)
        f.add("Chat: deltas/s applied, 50,000 offered (Xvfb)", parse(r"= (\d+) deltas/s", out, "gui")[0], "deltas/s")
        f.add("Chat: longest GUI-thread stall while streaming", parse(r"longest GUI-thread stall (\d+) ms", out, "gui")[0],
              "ms", "<= 16")
        f.add("Chat: last delta on screen after it arrived", parse(r"last delta on screen (\d+) ms", out, "gui")[0],
              "ms", "<= 50")
        f.add("Chat: open a 10,000-message (5 MB) session", parse(r"shown in (\d+) ms", out, "gui")[0], "ms", "<= 200")
        s, l, r = parse(r"([\d.]+) us at a 10 KB transcript, ([\d.]+) us at a 5 MB one \(([\d.]+)x\)", out, "gui")
        f.add("Chat: one delta at a 5 MB vs a 10 KB transcript", r, "x", "<= 1.2")
        out = run([b / "bench-mcp"], env)
        f.add("MCP: echo round trip, bare process", parse(r"bare process \(JSON lines\)\s+([\d.]+) us", out, "mcp")[0], "us")
        f.add("MCP: added by McpClient", parse(r"McpClient\s+[\d.]+ us\s+\(\+([\d.-]+) us\)", out, "mcp")[0], "us")
        f.add("MCP: added by McpRouter (a rule's call)", parse(r"McpRouter \(a rule's call\)\s+[\d.]+ us\s+\(\+([\d.-]+) us\)", out, "mcp")[0], "us")
        f.add("MCP: calls/s, 200 in flight", parse(r"200 in flight: (\d+) calls/s", out, "mcp")[0], "calls/s")
        h, hs = parse(r"Streamable HTTP\s+([\d.]+) us; 50 in flight: (\d+) calls/s", out, "mcp")
        f.add("MCP: echo round trip over Streamable HTTP", h, "us")
        f.add("MCP: calls/s over Streamable HTTP, 50 in flight", hs, "calls/s")
        # 100,000 messages of ~1 GB (answers of 1,400 words); --quick: the same count at 154 MB.
        out = run([b / "bench-search"], dict(env, ANSWER_WORDS="140" if quick else "1400"))
        size = parse(r"messages\) in [\d.]+ s, (\d+) MB", out, "search")[0]
        f.add(f"Search: index an existing journal (100,000 messages, {size:,.0f} MB)", parse(r"in ([\d.]+) s, peak memory", out, "search")[0], "s")
        f.add("Search: peak memory while indexing it", parse(r"peak memory \+([\d.]+) MB", out, "search")[0], "MB")
        fi, med, p95 = parse(r"first ([\d.]+) ms, median ([\d.]+) ms, p95 ([\d.]+) ms", out, "search")
        f.add("Search: first query", fi, "ms", "<= 50")
        f.add("Search: p95 of 100 queries", p95, "ms", "<= 30")
        f.add("Search: best match first, median of 20", parse(r"best match first: median ([\d.]+) ms", out, "search")[0], "ms")
        out = run([b / "bench-palette"], xenv)
        f.add("Palette: first open over 1,000 sessions (loads the module)", parse(r"first open ([\d.]+) ms", out, "palette")[0], "ms", "<= 50")
        med, p95 = parse(r"open median ([\d.]+) ms, p95 ([\d.]+) ms", out, "palette")
        f.add("Palette: open over 1,000 sessions, p95 of 20", p95, "ms", "<= 50")
        f.add("Palette: a typed letter to the list painted, median", parse(r"letter typed to list painted median ([\d.]+) ms", out, "palette")[0], "ms")
        before, loaded = parse(r"RSS ([\d.]+) MB before the first open, ([\d.]+) MB after it", out, "palette")
        f.add("Palette: memory the module adds once opened", loaded - before, "MB")
        out = run([b / "bench-many-views"], xenv)
        f.add("Many views: longest stall, 4 views x 20,000 deltas/s", parse(r"longest GUI-thread stall (\d+) ms", out, "views")[0],
              "ms", "<= 16")
        own, shared = parse(r"one more window: ([\d.]+) MB on a 50-turn session of its own, ([\d.]+) MB on a session", out, "views")
        f.add("Many views: one more window (its own 50-turn session)", own, "MB")
        f.add("Many views: one more window (a session shown already)", shared, "MB")
        one, three, _ = parse(r"1 profile live ([\d.]+) MB, 3 profiles live ([\d.]+) MB \(\+([\d.]+)", out, "views")
        f.add("Many views: idle RSS, 1 profile live", one, "MB")
        f.add("Many views: idle RSS, 3 profiles live", three, "MB")
        if not quick:
            out = run([b / "bench-session-list"], env)
            first, med, worst = parse(r"the first time \(from the journal\) (\d+) ms; back and forth after that median (\d+) ms, "
                                      r"worst (\d+) ms", out, "session list")
            f.add("Sessions: switch, first time", first, "ms", "<= 200")
            f.add("Sessions: switch back and forth, median", med, "ms", "<= 200")
            stalls = [float(x) for x in re.findall(r"busy rows, longest GUI-thread stall (\d+) ms", out)]
            if stalls:
                f.add("Sessions: longest stall with 50 busy among 1,002", max(stalls), "ms", "<= 16")
            out = run([b / "bench-files"], env, timeout=3600)
            for m in re.finditer(r"curl\s+([\d.]+) s .*?FileDownload\s+([\d.]+) s .*?pokee get\s+([\d.]+) s", out):
                c, d, g = map(float, m.groups())
                f.add("Download 1 GiB: FileDownload vs curl", d / c, "x")
                f.add("Download 1 GiB: pokee get vs curl", g / c, "x")


def bench_end_to_end(b, f, rounds, events):
    key = f"bench-{os.getpid()}"
    work = Path(tempfile.mkdtemp(prefix="pokee-bench-"))
    procs = []
    try:
        emu = subprocess.Popen([b / "pokee-emulator", "--port", "0", "--key", key, "--keepalive-s", "0"],
                               stdout=subprocess.PIPE, text=True)
        procs.append(emu)
        api = emu.stdout.readline().strip()
        env = dict(os.environ, POKEE_API=api, POKEE_KEY=key, HOME=str(work))
        sid = run([b / "pokee", "sessions", "create"], env).strip().splitlines()[0]
        lines = run([b / "pokee", "send", sid, f"[[deltas={events}]] [[pace=0]] [[thinking=off]] bench", "--json"], env)
        import json
        rid = json.loads(lines.strip().splitlines()[-1])["data"]["id"]
        path = f"/v1/sessions/{sid}/responses/{rid}/events"
        # The same bytes as a static file behind nginx (sendfile: the fastest server there is).
        static = work / "www" / path.lstrip("/")
        static.parent.mkdir(parents=True)
        subprocess.run(["curl", "-sN", "-H", f"Authorization: Bearer {key}", "-o", str(static), api + path], check=True)
        size_mb = static.stat().st_size / 1e6
        port = free_port()
        conf = work / "nginx.conf"
        conf.write_text(f"""daemon off; master_process off; worker_processes 1; user root;
pid {work}/nginx.pid; error_log {work}/nginx.err;
events {{ worker_connections 64; }}
http {{ access_log off; sendfile on; default_type text/event-stream;
  server {{ listen 127.0.0.1:{port}; root {work}/www; }} }}
""")
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        procs.append(subprocess.Popen([nginx, "-c", str(conf), "-p", str(work)]))
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.05)
        servers = {"emulator": api, "nginx": f"http://127.0.0.1:{port}"}
        httpx = HERE / "httpx_sse_reader.py"
        for _ in range(rounds):
            for server, base in servers.items():
                senv = dict(env, POKEE_API=base)
                curl, curl_rss = timed(["curl", "-sN", "-H", f"Authorization: Bearer {key}", base + path], senv)
                pokee, rss = timed([str(b / "pokee"), "events", sid, rid, "--raw"], senv)
                got = sum(1 for _ in open("/tmp/bench.out", "rb"))
                if got < events:
                    raise RuntimeError(f"pokee events printed {got} lines from {server}, expected >= {events}")
                py, _ = timed([sys.executable, str(httpx), sid, rid], senv)
                f.add(f"curl, {events:,}-event turn ({size_mb:.0f} MB) from {server}", curl, "s")
                f.add(f"pokee events --raw from {server}", pokee, "s")
                f.add(f"pokee events --raw from {server}, vs curl", pokee / curl, "x",
                      "<= 1.5" if server == "emulator" else "<= 4")
                f.add(f"pokee events --raw from {server}, peak RSS", rss, "MB", "<= 30")
                f.add(f"curl from {server}, peak RSS", curl_rss, "MB")
                f.add(f"httpx-sse from {server}", py, "s")
                f.add(f"httpx-sse from {server}, vs curl", py / curl, "x")
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(work, ignore_errors=True)


def start_xvfb():
    """A private X server for the GUI figures; returns (process, DISPLAY)."""
    display = ":%d" % (90 + os.getpid() % 9)
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x860x24", "-nolisten", "tcp"],
                            stderr=subprocess.DEVNULL)
    sock = Path(f"/tmp/.X11-unix/X{display[1:]}")
    for _ in range(100):
        if sock.exists():
            break
        time.sleep(0.05)
    return xvfb, display


def measure_desktop_idle(bin_dir, display, command=None):
    """One start of the app in bin_dir (or of `command`) under a real X server (Xvfb, the xcb
    platform): the time from spawn to its first painted window, and its memory once idle.
    Returns (first paint ms, RSS MB, PSS MB, anonymous MB)."""
    home = tempfile.mkdtemp(prefix="pokee-bench-home-")
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=home,
               XDG_RUNTIME_DIR=tempfile.mkdtemp(prefix="pokee-bench-run-"))
    env.pop("POKEE_API", None)
    env.pop("POKEE_KEY", None)
    env["POKEE_BENCH_FIRST_PAINT"] = "1"
    spawned = time.monotonic()
    command = command or [bin_dir / "pokee-desktop", "--new-instance", "--emulator", bin_dir / "pokee-emulator"]
    app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    paint = 0.0
    for line in app.stderr:
        if "first paint" in line:
            paint = (time.monotonic() - spawned) * 1000
            break
    time.sleep(4)  # the first poll answered, idle
    rss = 0
    for line in open(f"/proc/{app.pid}/status"):
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) / 1024.0
    # RSS counts every library page the app touched, shared with other programs or not;
    # PSS divides shared pages among their users, and anonymous memory is the app's own.
    rollup = {}
    for line in open(f"/proc/{app.pid}/smaps_rollup"):
        parts = line.split()
        if len(parts) == 3 and parts[2] == "kB":
            rollup[parts[0].rstrip(":")] = int(parts[1]) / 1024.0
    app.terminate()
    app.wait(10)
    shutil.rmtree(home, ignore_errors=True)
    return paint, rss, rollup.get("Pss", 0), rollup.get("Anonymous", 0)


def bench_desktop_idle(b, f, rounds, display, baseline=None, baseline_name=""):
    """The app's start and idle memory; with a baseline (an earlier commit's build, ./dev bench
    --baseline), that app too, the two alternating so that both meet the same machine."""
    def add(figures, suffix):
        paint, rss, pss, anon = figures
        f.add("Desktop app start to first painted window (Xvfb, local demo)" + suffix, paint, "ms",
              "" if suffix else "<= 120")
        f.add("Desktop app idle RSS (Xvfb, local demo, nothing open)" + suffix, rss, "MB", "" if suffix else "<= 45")
        f.add("Desktop app idle PSS (shared pages divided among their users)" + suffix, pss, "MB")
        f.add("Desktop app idle anonymous memory (heap, stacks: its own)" + suffix, anon, "MB")

    for i in range(rounds):  # this build starts first in round 0: its rows come first
        if baseline and i % 2 == 1:
            add(measure_desktop_idle(baseline, display), f", at {baseline_name} (baseline)")
        add(measure_desktop_idle(b, display), "")
        if baseline and i % 2 == 0:
            add(measure_desktop_idle(baseline, display), f", at {baseline_name} (baseline)")
    # The floor: a window with the app's libraries and none of the app (bench/IdleFloorBench.cpp).
    for i in range(rounds):
        for args, what in (([], "an empty window"), (["--text"], "a window with a menu bar, a list and text")):
            paint, rss, _, _ = measure_desktop_idle(b, display, [b / "bench-idle-floor"] + args)
            f.add(f"Floor, {what} (the app's libraries): first paint", paint, "ms")
            f.add(f"Floor, {what} (the app's libraries): idle RSS", rss, "MB")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--events", type=int)
    ap.add_argument("--rounds", type=int)
    ap.add_argument("--output", default=str(HERE / "RESULTS.md"))
    ap.add_argument("--baseline", help="bin folder of an earlier build, measured beside this one (idle figures)")
    ap.add_argument("--baseline-name", default="baseline")
    a = ap.parse_args()
    b = Path(a.build).resolve() / "bin"
    rounds = a.rounds or (1 if a.quick else 3)
    events = a.events or (200_000 if a.quick else 1_000_000)
    started = time.monotonic()
    f = Figures()
    print(f"bench: {rounds} round(s), {events:,}-event turn{' (quick)' if a.quick else ''}", file=sys.stderr)
    xvfb, display = start_xvfb()
    try:
        bench_programs(b, f, rounds, a.quick, display)
        bench_end_to_end(b, f, rounds, events)
        bench_desktop_idle(b, f, rounds, display, Path(a.baseline).resolve() if a.baseline else None,
                           a.baseline_name)
    finally:
        xvfb.terminate()
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    mem = next((int(l.split()[1]) // 1024 // 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
    lines = [
        "# Benchmark results",
        "",
        f"Written by `./dev bench{' --quick' if a.quick else ''}` (bench/run.py); how each figure is measured: "
        "[README.md](README.md).",
        "",
        f"- Date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"- Commit: {os.environ.get('POKEE_COMMIT', 'unknown')}",
        f"- Machine: {os.cpu_count()} cores, {cpu}, {mem} GiB, {platform.platform()}",
        f"- Rounds: {rounds}; end-to-end turn: {events:,} events; took {time.monotonic() - started:.0f} s",
    ] + ([f"- Baseline: the app at {a.baseline_name}, built and measured in this run, alternating with this "
          "commit's (rows marked baseline)"] if a.baseline else []) + [
        "",
        "| figure | median | min – max | runs | target |",
        "| --- | --- | --- | --- | --- |",
    ] + [f.row(n) for n in f.order] + [""]
    Path(a.output).write_text("\n".join(lines))
    print("\n".join(lines))
    print(f"bench: wrote {a.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
