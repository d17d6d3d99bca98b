#!/usr/bin/env python3
"""Drives the StanceGraph benchmark; see bench/run.sh. All figures of one report come from one run."""
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PORT = 18090
URL = f"http://127.0.0.1:{PORT}/graphql"
QUERIES = {
    "typename": "{ __typename }",
    "single country": '{ country(code: "KZ") { stance { position quotes(first: 5) { nodes { quote article { title publisher { name } } } } } } }',
    "all countries (headline)": "{ countries { code name stance { position summary quotes(first: 5) { nodes { quote certainty article { title publisher { name } } } } } } }",
}
WARMUP_SECONDS = 25  # per query: 3 x 25 s of warm-up before any measurement (the JIT needs it)


def post(query, timeout=60):
    body = json.dumps({"query": query}).encode()
    req = urllib.request.Request(URL, body, {"Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return json.load(r)


def start(jar, env_extra=None, log_name="server.log"):
    env = dict(os.environ, **(env_extra or {}))
    log = open(OUT / log_name, "w")
    t0 = time.monotonic()
    proc = subprocess.Popen(["java", f"-Dquarkus.http.port={PORT}", "-jar", str(jar)], stdout=log, stderr=subprocess.STDOUT, env=env)
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited, see {OUT / log_name}")
        try:
            post("{ __typename }", timeout=2)
            return proc, (time.monotonic() - t0) * 1000
        except Exception:
            time.sleep(0.02)


def stop(proc):
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()


def heap_after_gc_mb(pid):
    subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True)
    info = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True).stdout
    m = re.search(r"used (\d+)K", info)
    return int(m.group(1)) / 1024 if m else float("nan")


def statements(query):
    def prepared():
        with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/q/metrics", timeout=10) as r:
            text = r.read().decode()
        m = re.search(r'hibernate_statements_total\{[^}]*status="prepared"[^}]*\} ([0-9.]+)', text)
        return float(m.group(1))
    before = prepared()  # the first execution after loading: the read cache is empty
    post(query)
    return int(prepared() - before)


def wrk(name, seconds):
    script = OUT / f"{re.sub('[^a-z]+', '-', name)}.lua"
    script.write_text('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
                      f"wrk.body = {json.dumps(json.dumps({'query': QUERIES[name]}))}\n")
    out = subprocess.run(["wrk", "-t2", "-c16", f"-d{seconds}s", "--latency", "-s", str(script), URL],
                         capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([0-9.]+)", out).group(1))
    lat = {p: to_ms(v) for p, v in re.findall(r"^\s+(50|99)%\s+([0-9.]+\w+)", out, re.M)}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": rps, "p50": lat["50"], "p99": lat["99"], "non2xx": int(errors.group(1)) if errors else 0}


def to_ms(v):
    n, unit = re.match(r"([0-9.]+)(\w+)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def corpus(n):
    if n == 5:
        return ROOT / "seeds"
    d = OUT / f"corpus-{n}"
    if not d.exists() or len(list(d.iterdir())) != n:
        cp = (ROOT / "target" / "test-cp.txt").read_text().strip()
        subprocess.run(["java", "-cp", f"{ROOT}/target/test-classes:{ROOT}/target/classes:{cp}",
                        "io.stancegraph.bench.CorpusGenerator", str(n), str(d), "2026"], check=True, cwd=ROOT)
    return d


def main():
    sizes = [int(x) for x in sys.argv[1].split(",")] if len(sys.argv) > 1 else [5, 1000, 10000]
    seconds = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    OUT.mkdir(parents=True, exist_ok=True)
    app = ROOT / "target" / "quarkus-app" / "quarkus-run.jar"
    empty = ROOT / "bench" / "empty-app" / "target" / "quarkus-app" / "quarkus-run.jar"

    # 1. startup to first answered query at N = 5, against the empty app, median of 3 runs each
    empty_ms, app_ms = [], []
    for _ in range(3):
        p, ms = start(empty, log_name="empty.log"); empty_ms.append(ms); stop(p)
        p, ms = start(app, {"STANCEGRAPH_SEEDS_DIR": str(corpus(5))}); app_ms.append(ms); stop(p)
    startup = {"app": statistics.median(app_ms), "empty": statistics.median(empty_ms)}

    # 2. analysis alone on one thread (plain Java, no storage) on the largest generated corpus
    analysis = analysis_rate(corpus(max(sizes)))

    rows = []
    for n, cache in [(n, c) for n in sizes for c in (True, False)]:
        d = corpus(n)
        env = {"STANCEGRAPH_SEEDS_DIR": str(d), "STANCEGRAPH_API_RESPONSE_CACHE": str(cache).lower()}
        proc, first_ms = start(app, env, log_name=f"server-{n}.log")
        log = (OUT / f"server-{n}.log").read_text()
        ready = re.search(r"corpus ready from .*?: (\d+) articles .*? (\d+) ms", log)
        articles, ingest_ms = int(ready.group(1)), int(ready.group(2))
        heap = heap_after_gc_mb(proc.pid)
        stmts = {name: statements(q) for name, q in QUERIES.items()}
        for name in QUERIES:
            wrk(name, WARMUP_SECONDS)
        results = {name: wrk(name, seconds) for name in QUERIES}
        stop(proc)
        rows.append({"n": n, "cache": cache, "articles": articles, "first_ms": first_ms, "ingest_ms": ingest_ms, "heap": heap,
                     "stmts": stmts, "wrk": results})
        print(json.dumps(rows[-1]), flush=True)
    write(rows, startup, seconds, analysis)


def analysis_rate(d):
    cp = (ROOT / "target" / "test-cp.txt").read_text().strip()
    out = subprocess.run(["java", "-cp", f"{ROOT}/target/test-classes:{ROOT}/target/classes:{cp}",
                          "io.stancegraph.bench.AnalysisThroughput", str(d)], check=True, cwd=ROOT, capture_output=True, text=True).stdout
    m = re.search(r"analysis: (\d+) articles in ([0-9.]+) s on 1 thread\(s\): (\d+) articles/s", out)
    return {"articles": int(m.group(1)), "seconds": float(m.group(2)), "rate": int(m.group(3))}


def write(rows, startup, seconds, analysis):
    lines = ["# StanceGraph benchmark results", "",
             f"Measured {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on this machine ({os.cpu_count()} cores), JVM mode, "
             f"embedded H2, one run of `bench/run.sh` (wrk: 2 threads, 16 connections, {seconds} s per query after "
             f"{3 * WARMUP_SECONDS} s of warm-up). Ratios compare figures of the same run.", "",
             "## Startup to first answered query (N = 5)", "",
             "| App | ms (median of 3) |", "|---|---|",
             f"| empty Quarkus app, same extensions | {startup['empty']:.0f} |",
             f"| StanceGraph, seeds loaded | {startup['app']:.0f} |",
             f"| **ratio** (target <= 1.3) | **{startup['app'] / startup['empty']:.2f}** |", "",
             "## Analysis alone", "",
             f"{analysis['articles']} generated articles analysed on one thread (event detected first, after a warm-up of 200): "
             f"**{analysis['rate']} articles/s per core** (target >= 200).", "",
             "## Ingestion, memory, SQL", "",
             "| N | articles | start to first query (ms) | ingestion (ms, analysis included) | articles/s | heap after GC (MB) | SQL per single-country query | SQL per headline query |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        if not r["cache"]:
            continue
        lines.append(f"| {r['n']} | {r['articles']} | {r['first_ms']:.0f} | {r['ingest_ms']} | "
                     f"{r['articles'] / max(r['ingest_ms'], 1) * 1000:.0f} | {r['heap']:.0f} | "
                     f"{r['stmts']['single country']} | {r['stmts']['all countries (headline)']} |")
    lines += ["", "## Throughput and latency at concurrency 16", "",
              "With the response cache (the default) a repeated query is answered from memory until the corpus changes;",
              "with it off (`stancegraph.api.response-cache=false`) every request runs through the GraphQL engine, the",
              "resolvers and their read-result cache. Ratios are to `{ __typename }` on the same server in the same run.", "",
              "| N | response cache | query | req/s | ratio to typename | p50 ms | p99 ms | p50 ratio | non-2xx |",
              "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        base = r["wrk"]["typename"]
        for name, w in r["wrk"].items():
            lines.append(f"| {r['n']} | {'on' if r['cache'] else 'off'} | {name} | {w['rps']:.0f} | {w['rps'] / base['rps']:.2f} | "
                         f"{w['p50']:.2f} | {w['p99']:.2f} | {w['p50'] / base['p50']:.1f} | {w['non2xx']} |")
    lines += ["", "Targets: ingestion >= 300 articles/s at N = 10,000; single-country query >= 0.5 and headline query >= 0.2 of",
              "`{ __typename }` throughput at N = 10,000. Rerun with `bench/run.sh` (sizes and seconds per query are optional",
              "arguments, e.g. `bench/run.sh 5,1000 10`). Raw per-size figures are printed as JSON lines while it runs.", ""]
    (ROOT / "bench" / "RESULTS.md").write_text("\n".join(lines))
    print((ROOT / "bench" / "RESULTS.md").read_text())


if __name__ == "__main__":
    main()
