"""A small fault-injecting TCP proxy for tests and benchmarks: latency, bandwidth, drops, resets, hangs.

It listens on loopback and forwards to one target. Faults apply per direction ("up" is client to server,
"down" is server to client) and can be changed while connections are open. Delays use an Event so that
closing the proxy interrupts them at once.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from dataclasses import dataclass, field

CHUNK = 4096


@dataclass
class Faults:
    one_way_delay_s: float = 0.0  # added to every chunk in each direction (RTT = 2 x this)
    bandwidth_bps: float | None = None  # per direction; None = unlimited
    drop_up_after: int | None = None  # close both sides once this many bytes went up
    drop_down_after: int | None = None  # ... or down
    reset: bool = False  # new data is answered with a TCP reset
    hang: bool = False  # stop forwarding, keep sockets open


@dataclass
class Counters:
    bytes_up: int = 0
    bytes_down: int = 0
    connections: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


class FaultProxy:
    def __init__(self, target_host: str, target_port: int, faults: Faults | None = None) -> None:
        self.target = (target_host, target_port)
        self.faults = faults or Faults()
        self.counters = Counters()
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port: int = self._listener.getsockname()[1]
        self._sockets: list[socket.socket] = []
        self._accept_thread = threading.Thread(target=self._accept_loop, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> FaultProxy:
        self._accept_thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
        for sock in list(self._sockets):
            _quiet_close(sock)
        self._accept_thread.join(timeout=5)

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                _quiet_close(client)
                continue
            with self.counters.lock:
                self.counters.connections += 1
            self._sockets += [client, upstream]
            for src, dst, direction in ((client, upstream, "up"), (upstream, client, "down")):
                threading.Thread(target=self._pump, args=(src, dst, direction), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, direction: str) -> None:
        sent = 0
        try:
            while not self._stop.is_set():
                data = src.recv(CHUNK)
                if not data:
                    dst.shutdown(socket.SHUT_WR)
                    return
                f = self.faults
                if f.reset:
                    _reset(src)
                    _reset(dst)
                    return
                while f.hang and not self._stop.is_set():
                    self._stop.wait(0.05)
                limit = f.drop_up_after if direction == "up" else f.drop_down_after
                if limit is not None and sent + len(data) > limit:
                    data = data[: max(0, limit - sent)]
                    if data:
                        dst.sendall(data)
                        self._count(direction, len(data))
                    _quiet_close(src)
                    _quiet_close(dst)
                    return
                delay = f.one_way_delay_s + (len(data) * 8 / f.bandwidth_bps if f.bandwidth_bps else 0.0)
                if delay and self._stop.wait(delay):
                    return
                dst.sendall(data)
                sent += len(data)
                self._count(direction, len(data))
        except OSError:
            _quiet_close(src)
            _quiet_close(dst)

    def _count(self, direction: str, n: int) -> None:
        with self.counters.lock:
            if direction == "up":
                self.counters.bytes_up += n
            else:
                self.counters.bytes_down += n


def _reset(sock: socket.socket) -> None:
    """Close with SO_LINGER 0, so the peer sees a connection reset rather than an orderly close."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    _quiet_close(sock)


def _quiet_close(sock: socket.socket) -> None:
    """Shut down before closing: a close alone does not wake a thread blocked in recv on the socket."""
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
