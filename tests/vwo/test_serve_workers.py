"""`vwo serve --workers 2`: connections are spread over the processes, not taken by one.

Each worker listens on a socket of its own (SO_REUSEPORT) and the supervisor on none, so
the kernel deals out new connections by a hash of their addresses. With uvicorn's one
shared socket, which worker took a connection was a race the first to wake often won for
all of them: in the process benchmark one worker used 4.6 s of CPU and the other 0.2 s."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.vwo.test_processes import free_port

pytestmark = pytest.mark.slow

SRC = str(Path(__file__).resolve().parents[2] / "src")


def holders(port: int, state: str) -> set[int]:
    """The processes holding sockets on local ``port`` in ``state`` ("0A" listening, "01"
    established: the server side of a connection), from Linux's connection table."""
    inodes = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if int(fields[1].split(":")[1], 16) == port and fields[3] == state:
            inodes.add(f"socket:[{fields[9]}]")
    owners = set()
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            links = {os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")}
        except OSError:
            continue
        if links & inodes:
            owners.add(int(pid))
    return owners


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads Linux's connection table")
def test_connections_opened_at_once_reach_both_workers(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": SRC, "VWO_DATABASE_URL": f"sqlite:///{tmp_path}/vwo.sqlite",
           "VWO_SECRET_KEY": "k" * 40}
    env.pop("PICCOLO_CONF", None)
    server = subprocess.Popen([sys.executable, "-m", "vwo.cli", "serve", "--port", str(port), "--workers", "2"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        listening: set[int] = set()
        deadline = time.monotonic() + 120
        while len(listening) < 2:  # both workers have bound their socket
            assert time.monotonic() < deadline and server.poll() is None, "the workers did not start"
            time.sleep(0.5)
            listening = holders(port, "0A")
        clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(16)]
        try:
            for client in clients:
                client.sendall(b"GET /health/live HTTP/1.1\r\nHost: t\r\n\r\n")
            for client in clients:
                assert client.recv(64).startswith(b"HTTP/1.1 200")
            assert holders(port, "01") == listening  # each worker holds some of the 16
        finally:
            for client in clients:
                client.close()
        assert httpx.get(f"http://127.0.0.1:{port}/health/live", timeout=10).status_code == 200
    finally:
        server.terminate()
        server.wait(timeout=60)

