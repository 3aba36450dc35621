#!/usr/bin/env bash
# docanalysis serve, warm: latency of one ~5 KB news article (POST /v1/analyse) with 1 and 8 concurrent clients
# (p50 / p99 over many requests, after a warm-up), and a batch of the 1,180-text news corpus (POST
# /v1/analyse/batch) against `docanalysis run` on the same corpus (whole process, cold), same machine, same run.
# The server is the Release build, all four plugins, its request log to a file. Prints a Markdown table.
# Usage: bench/serve-latency.sh [REQUESTS]      (default 1000 a client count; needs ../shared/bench for the corpus)
set -euo pipefail
requests="${1:-1000}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${BENCH_WORK:-/tmp/docanalysis-bench}"
mkdir -p "$work"
dotnet build "$repo/src/DocAnalysis.Cli" -c Release -v quiet --nologo >&2
cli=("dotnet" "$repo/src/DocAnalysis.Cli/bin/Release/net10.0/docanalysis.dll")
news_corpus "$work/news" 1

"${cli[@]}" serve --urls http://127.0.0.1:0 2> "$work/serve.log" &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  grep -q "listening on" "$work/serve.log" 2>/dev/null && break
  sleep 0.1
done
address="$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log" | head -1)"

python3 - "$address" "$work/news" "$requests" "$server" <<'PY'
import http.client, json, os, pathlib, statistics, sys, threading, time, urllib.parse
address, corpus, requests, server = sys.argv[1], pathlib.Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
host = urllib.parse.urlparse(address)
files = sorted(corpus.rglob("*.txt"))
# The article nearest 5 KB, as a user would send one.
article = min(files, key=lambda f: abs(f.stat().st_size - 5000))
body = json.dumps({"id": article.stem, "text": article.read_text(encoding="utf-8"), "metadata": {"published": "2017-04-26"}}).encode()

def client(count, times):
    connection = http.client.HTTPConnection(host.hostname, host.port)
    for _ in range(count):
        started = time.perf_counter()
        connection.request("POST", "/v1/analyse", body, {"Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        assert response.status == 200, response.status
        times.append((time.perf_counter() - started) * 1000)
    connection.close()

def run(clients, count):
    lists = [[] for _ in range(clients)]
    threads = [threading.Thread(target=client, args=(count, lists[i])) for i in range(clients)]
    started = time.perf_counter()
    [t.start() for t in threads]
    [t.join() for t in threads]
    wall = time.perf_counter() - started
    times = sorted(t for l in lists for t in l)
    return statistics.median(times), times[int(len(times) * 0.99) - 1], len(times) / wall

def rss():
    for line in open(f"/proc/{server}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024

run(1, 300)  # warm-up: every analyser compiled by the just-in-time compiler, caches filled
rows = []
for clients in (1, 8):
    p50, p99, rate = run(clients, requests if clients == 1 else requests // 2)
    rows.append((clients, p50, p99, rate))

batch = b"".join(json.dumps({"id": f.relative_to(corpus).with_suffix("").as_posix(), "text": f.read_text(encoding="utf-8")}).encode() + b"\n" for f in files)
connection = http.client.HTTPConnection(host.hostname, host.port, timeout=600)
started = time.perf_counter()
connection.request("POST", "/v1/analyse/batch", batch, {"Content-Type": "application/jsonl"})
response = connection.getresponse()
records = response.read().count(b"\n")
batch_seconds = time.perf_counter() - started

print(f"| article | {article.name}, {len(article.read_bytes()):,} bytes |")
print("|---|---|")
for clients, p50, p99, rate in rows:
    print(f"| {clients} client{'s' if clients > 1 else ''} | p50 {p50:.1f} ms, p99 {p99:.1f} ms, {rate:.0f} requests/s |")
print(f"| batch, {records:,} records, {len(batch) / 1e6:.1f} MB | {batch_seconds:.2f} s warm ({len(batch) / 1e6 / batch_seconds:.1f} MB/s) |")
print(f"| server RSS after | {rss()} MB |")
PY

/usr/bin/time -f "%e" -o "$work/run.time" "${cli[@]}" run "$work/news" --format jsonl > /dev/null 2> /dev/null
echo "| docanalysis run, same corpus, cold whole process | $(cat "$work/run.time") s |"
