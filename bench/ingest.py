#!/usr/bin/env python3
"""Live-corpus figures of one run: bulk load at startup, single ingestion latency, heap and RSS, at each corpus size,
with the heap capped (-Xmx1g by default), and analysis alone on all cores on the same corpus for the bulk load's ratio.
Usage: bench/ingest.py [SIZES] [XMX]; e.g. bench/ingest.py 1000,10000 1g.
Needs the packaged H2 service (./mvnw package -DskipTests) and target/test-cp.txt (bench/run.sh writes it)."""
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402

TOKEN = "bench-token"
SINGLE = 40      # single ingestions per size; the first WARM are not counted
WARM = 10


def generate(n, out, seed):
    cp = (bench.ROOT / "target" / "test-cp.txt").read_text().strip()
    subprocess.run(["java", "-cp", f"{bench.ROOT}/target/test-classes:{bench.ROOT}/target/classes:{cp}",
                    "io.stancegraph.bench.CorpusGenerator", str(n), str(out), str(seed)], check=True, cwd=bench.ROOT,
                   capture_output=True)
    return sorted(out.iterdir())


def start(corpus, xmx, log_name):
    log = open(bench.OUT / log_name, "w")
    proc = subprocess.Popen(["java", f"-Xmx{xmx}", f"-Dquarkus.http.port={bench.PORT}", "-jar",
                             str(bench.ROOT / "target" / "quarkus-app" / "quarkus-run.jar")], stdout=log, stderr=subprocess.STDOUT,
                            env={**__import__("os").environ, "STANCEGRAPH_SEEDS_DIR": str(corpus), "STANCEGRAPH_INGEST_TOKEN": TOKEN})
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited, see {bench.OUT / log_name}")
        try:
            bench.post("{ __typename }", timeout=2)
            return proc
        except Exception:
            time.sleep(0.05)


def ingest(path):
    content = path.read_text(encoding="utf-8")
    body = json.dumps({"query": "mutation($in: IngestArticleInput!) { ingestArticle(input: $in) { id } }",
                       "variables": {"in": {"fileName": "live-" + path.name, "content": content,
                                            "contentType": "HTML" if path.suffix == ".html" else "TEXT"}}}).encode()
    req = urllib.request.Request(bench.URL, body, {"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"})
    t0 = time.monotonic()
    with urllib.request.urlopen(req, timeout=120) as r:
        answer = json.load(r)
    if answer.get("errors"):
        raise RuntimeError(answer["errors"])
    return (time.monotonic() - t0) * 1000


def analysis_rate(corpus, threads):
    """Analysis alone on the same corpus and machine (io.stancegraph.bench.AnalysisThroughput), articles/s."""
    cp = (bench.ROOT / "target" / "test-cp.txt").read_text().strip()
    out = subprocess.run(["java", "-cp", f"{bench.ROOT}/target/test-classes:{bench.ROOT}/target/classes:{cp}",
                          "io.stancegraph.bench.AnalysisThroughput", str(corpus), str(threads)], check=True, cwd=bench.ROOT,
                         capture_output=True, text=True).stdout
    return float(re.search(r"([\d.]+) articles/s", out).group(1))


def rss_mb(pid):
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024


def main():
    sizes = [int(x) for x in sys.argv[1].split(",")] if len(sys.argv) > 1 else [1000, 10000]
    xmx = sys.argv[2] if len(sys.argv) > 2 else "1g"
    bench.OUT.mkdir(parents=True, exist_ok=True)
    extra_dir = bench.OUT / "live-extra"
    extra = sorted(extra_dir.iterdir()) if extra_dir.exists() else generate(SINGLE, extra_dir, 977)
    rows = []
    for n in sizes:
        proc = start(bench.corpus(n), xmx, f"live-{n}.log")
        log = (bench.OUT / f"live-{n}.log").read_text()
        ready = re.search(r"corpus ready from .*?: (\d+) articles .*? (\d+) ms", log)
        recompute = re.search(r"corpus recomputed: .*? in (\d+) ms, (\d+) claim links in (\d+) ms", log)
        times = [ingest(p) for p in extra]
        counted = sorted(times[WARM:])
        row = {"n": n, "xmx": xmx, "articles": int(ready.group(1)), "load_ms": int(ready.group(2)),
               "load_rate": round(int(ready.group(1)) / (int(ready.group(2)) / 1000), 1),
               "recompute_ms": int(recompute.group(1)) + int(recompute.group(3)) if recompute else None,
               "single_p50_ms": round(statistics.median(counted), 1),
               "single_p95_ms": round(counted[int(0.95 * (len(counted) - 1))], 1),
               "heap_after_gc_mb": round(bench.heap_after_gc_mb(proc.pid)), "rss_mb": round(rss_mb(proc.pid))}
        bench.stop(proc)
        row["analysis_only_rate"] = analysis_rate(bench.corpus(n), os.cpu_count())
        row["load_to_analysis"] = round(row["load_rate"] / row["analysis_only_rate"], 2)
        rows.append(row)
        print(json.dumps(row), flush=True)
    if len(rows) > 1:
        print(json.dumps({"single_p50_ratio": round(rows[-1]["single_p50_ms"] / rows[0]["single_p50_ms"], 2)}))


if __name__ == "__main__":
    main()
