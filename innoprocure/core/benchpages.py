"""The page benchmark behind `manage.py bench_pages` (docs/performance.md).

gunicorn serves the site with production settings, and in turn a bare Django view (core/floor.py); wrk loads each
URL and we print requests per second, p50 and p99 beside the floor. Each page is measured cold (page cache off) and
warm (from the page cache); a last run puts 64 connections on a mix of every URL for a minute and counts errors.
Servers run one after the other, never at once, so each has the machine to itself.
"""

import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess  # starts gunicorn and wrk, fixed arguments
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import redis
from django.conf import settings

WORKERS = 2
CONNECTIONS = 32


@dataclass
class Load:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int  # socket errors and timeouts
    non_2xx: int


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _milliseconds(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def parse_wrk(output):
    percentiles = dict(re.findall(r"^ +(50|99)(?:\.000)?% +(\S+) *$", output, re.M))
    if "Requests/sec" not in output or len(percentiles) != 2:
        raise RuntimeError(f"wrk gave no figures:\n{output}")
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return Load(
        requests_per_second=float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        p50_ms=_milliseconds(percentiles["50"]),
        p99_ms=_milliseconds(percentiles["99"]),
        requests=int(re.search(r"(\d+) requests in", output).group(1)),
        errors=sum(int(n) for n in errors.groups()) if errors else 0,
        non_2xx=int(non_2xx.group(1)) if non_2xx else 0,
    )


def wrk(url, seconds, connections=CONNECTIONS, paths=None):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    with tempfile.TemporaryDirectory() as folder:
        if paths:
            script = Path(folder) / "mix.lua"
            quoted = ", ".join(f'"{path}"' for path in paths)
            script.write_text(
                f"paths = {{{quoted}}}\ni = 0\n"
                "request = function()\n  i = i % #paths + 1\n  return wrk.format('GET', paths[i])\nend\n"
            )
            command += ["-s", str(script)]
        run = subprocess.run([*command, url], capture_output=True, text=True, check=False)  # noqa: S603
        output = run.stdout + run.stderr
    return parse_wrk(output)


class Server:
    """gunicorn with WORKERS sync workers on a free port; `with Server(app, env) as base_url: …`."""

    def __init__(self, app, env=None, log=None):
        self.app, self.env, self.port = app, env or {}, free_port()
        self.log = log or open(os.devnull, "w")  # noqa: SIM115 - closed with the server

    def __enter__(self):
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self.process = subprocess.Popen(  # noqa: S603
            [str(gunicorn), self.app, "--bind", f"127.0.0.1:{self.port}", "--workers", str(WORKERS)],
            cwd=settings.BASE_DIR,
            env={**os.environ, **self.env},
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        base_url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base_url + "/robots.txt" if self.env else base_url, timeout=5)  # noqa: S310
                return base_url
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"gunicorn {self.app} did not start") from None
                time.sleep(0.3)

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)


def production_env(page_cache):
    """Production settings on this machine: no TLS in front, the shared cache in Redis."""
    return {
        "DJANGO_SETTINGS_MODULE": "innoprocure.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "REDIS_URL": os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/14",
        "CACHE_KEY_PREFIX": f"bench-{secrets.token_hex(4)}",
        "PAGE_CACHE_ENABLED": "true" if page_cache else "false",
        "LOG_LEVEL": "WARNING",
        # One load generator on one address stands for many visitors: the API's per-address limit (tested in
        # api/tests) would otherwise answer 429 to most of the benchmark's requests.
        "API_RATE_LIMIT": "100000000/m",
    }


def collect_static():
    """The production settings serve fingerprinted files, listed in a manifest that collectstatic writes."""
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=settings.BASE_DIR,
        env={**os.environ, **production_env(page_cache=False)},
        check=True,
    )


def check_tools():
    problems = []
    if not shutil.which("wrk"):
        problems.append("wrk is not installed (Debian/Ubuntu: apt-get install wrk).")
    redis_url = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/14"
    try:
        redis.Redis.from_url(redis_url).ping()
    except Exception as error:  # any failure means the same: no Redis to measure with
        problems.append(f"Redis does not answer at {redis_url} ({error}); production runs with Redis, so does this.")
    return problems


# --- in-process: CPU time and queries per page ------------------------------------------------------------------


@dataclass
class Rendering:
    median_ms: float
    p90_ms: float
    queries: int


class _QueryCounter:
    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def _percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def render_in_process(path, repeat, profiler=None):
    """CPU milliseconds (this process: Python, templates and SQLite; not a PostgreSQL or Redis server) and queries
    of `repeat` requests for `path` through the test client, after one request that loads what a worker keeps."""
    from django.db import connections
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")  # the production settings' ALLOWED_HOSTS, as in production_env
    first = client.get(path)
    if first.status_code != 200:
        raise RuntimeError(f"{path} answered {first.status_code}")
    counter, times, queries = _QueryCounter(), [], set()
    with connections["default"].execute_wrapper(counter):
        for _ in range(repeat):
            counter.count = 0
            if profiler:
                profiler.enable()
            start = time.process_time()
            response = client.get(path)
            times.append((time.process_time() - start) * 1000)
            if profiler:
                profiler.disable()
            if response.status_code != 200:
                raise RuntimeError(f"{path} answered {response.status_code}")
            queries.add(counter.count)
    return Rendering(statistics.median(times), _percentile(times, 0.9), max(queries))
