"""The fault proxy itself: it forwards, delays, throttles, drops, resets and hangs as told."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from tests.faults.tcp_proxy import FaultProxy, Faults


@pytest.fixture
def echo_port() -> Iterator[int]:
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=_echo, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    server.close()
    thread.join(timeout=5)


def _echo(conn: socket.socket) -> None:
    with conn:
        try:
            while data := conn.recv(4096):
                conn.sendall(data)
        except OSError:
            return


def _roundtrip(port: int, payload: bytes, timeout: float = 5.0) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(payload)
        received = b""
        while len(received) < len(payload):
            chunk = sock.recv(65536)
            if not chunk:
                break
            received += chunk
        return received


def test_forwards_both_ways_and_counts_bytes(echo_port: int) -> None:
    with FaultProxy("127.0.0.1", echo_port) as proxy:
        assert _roundtrip(proxy.port, b"hello" * 1000) == b"hello" * 1000
        assert proxy.counters.bytes_up == 5000 and proxy.counters.bytes_down == 5000


def test_latency_and_bandwidth_slow_the_link(echo_port: int) -> None:
    with FaultProxy("127.0.0.1", echo_port, Faults(one_way_delay_s=0.05, bandwidth_bps=400_000)) as proxy:
        start = time.perf_counter()
        assert _roundtrip(proxy.port, b"x" * 10_000) == b"x" * 10_000
        elapsed = time.perf_counter() - start
    # 80 kbit at 400 kbit/s (the echo streams back while the rest still goes up) plus 2 x 50 ms of delay.
    assert elapsed >= 0.28


def test_latency_is_paid_once_per_exchange_not_per_chunk(echo_port: int) -> None:
    """A link is a pipe: 40 KB in 10 chunks at 100 ms one way take about 200 ms, not 10 x 200 ms."""
    with FaultProxy("127.0.0.1", echo_port, Faults(one_way_delay_s=0.1)) as proxy:
        start = time.perf_counter()
        assert _roundtrip(proxy.port, b"p" * 40_960) == b"p" * 40_960
        elapsed = time.perf_counter() - start
    assert 0.19 <= elapsed < 1.0


def test_drop_after_n_bytes_cuts_the_response(echo_port: int) -> None:
    with FaultProxy("127.0.0.1", echo_port, Faults(drop_down_after=1000)) as proxy:
        assert len(_roundtrip(proxy.port, b"y" * 5000)) == 1000


def test_reset_is_seen_as_a_connection_error(echo_port: int) -> None:
    with (
        FaultProxy("127.0.0.1", echo_port, Faults(reset=True)) as proxy,
        pytest.raises(OSError),
        socket.create_connection(("127.0.0.1", proxy.port), timeout=5) as sock,
    ):
        sock.sendall(b"z" * 100)
        for _ in range(50):
            if not sock.recv(100):
                raise ConnectionResetError("closed")


def test_hang_times_out_the_client(echo_port: int) -> None:
    with FaultProxy("127.0.0.1", echo_port, Faults(hang=True)) as proxy, pytest.raises(TimeoutError):
        _roundtrip(proxy.port, b"w" * 10, timeout=0.3)
