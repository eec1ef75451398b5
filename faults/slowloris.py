#!/usr/bin/env python3
"""Slow clients against Cofactor (or the proxy in front of it), on 127.0.0.1 only, for a bounded time.

Opens N connections that send a request's first line and then one header line every INTERVAL seconds,
never finishing the headers (slowloris), and meanwhile asks for a page on a fresh connection every
second. Prints how many slow connections the server closed, and whether fresh clients were served.

    faults/slowloris.py PORT [N=1000] [SECONDS=30] [INTERVAL=5]
"""
import socket
import sys
import time
import urllib.request

port = int(sys.argv[1])
count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 30
interval = float(sys.argv[4]) if len(sys.argv) > 4 else 5

slow = []
for i in range(count):
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    s.sendall(b"GET /articles HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    s.setblocking(False)
    slow.append(s)

closed = set()
served = failed = 0
latencies = []
start = last_drip = time.monotonic()
while time.monotonic() - start < seconds:
    begun = time.monotonic()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/q/health/live", timeout=5) as answer:
            answer.read()
        served += 1
        latencies.append(time.monotonic() - begun)
    except Exception:
        failed += 1
    if time.monotonic() - last_drip >= interval:
        last_drip = time.monotonic()
        for i, s in enumerate(slow):
            if i in closed:
                continue
            try:
                s.sendall(b"X-Drip: %d\r\n" % i)
            except OSError:
                closed.add(i)
    for i, s in enumerate(slow):  # a closed connection reads as end of stream (or reset)
        if i in closed:
            continue
        try:
            if s.recv(4096) == b"":
                closed.add(i)
        except BlockingIOError:
            pass
        except OSError:
            closed.add(i)
    time.sleep(max(0.0, 1 - (time.monotonic() - begun)))

for s in slow:
    s.close()
latencies.sort()
p99 = latencies[int(len(latencies) * 0.99) - 1] * 1000 if latencies else float("nan")
print(f"slow connections={count} closed_by_server={len(closed)} seconds={seconds:.0f} "
      f"fresh_requests_served={served} fresh_requests_failed={failed} fresh_p99_ms={p99:.0f}")
