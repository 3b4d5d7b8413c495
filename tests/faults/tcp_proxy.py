"""A small fault-injecting TCP proxy for tests and benchmarks: latency, bandwidth, drops, resets, hangs.

It listens on loopback and forwards to one target. Faults apply per direction ("up" is client to server,
"down" is server to client) and can be changed while connections are open. Delays use an Event so that
closing the proxy interrupts them at once.
"""

from __future__ import annotations

import contextlib
import queue
import random
import socket
import struct
import threading
import time
from dataclasses import dataclass, field

CHUNK = 4096
_SHUTDOWN = "shutdown"  # the sender closed its side: pass the end of stream on, in order
_CLOSE = "close"  # a drop: close both sides once what came before is delivered
_Slot = tuple[float, bytes | None, str]  # (deliver at, data, then)


@dataclass
class Faults:
    one_way_delay_s: float = 0.0  # each direction's latency, paid once per exchange (RTT = 2 x this)
    bandwidth_bps: float | None = None  # per direction; None = unlimited
    drop_up_after: int | None = None  # close both sides once this many bytes went up
    drop_down_after: int | None = None  # ... or down
    reset: bool = False  # new data is answered with a TCP reset
    hang: bool = False  # stop forwarding, keep sockets open
    jitter_s: float = 0.0  # each chunk's delay varies uniformly by +- this much (never below zero)
    cut_chance: float = 0.0  # lossy link: each chunk may reset its connection with this probability
    seed: int = 0  # jitter and cuts draw from a Random(seed): the same run misbehaves the same way


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
        self._rng = random.Random(self.faults.seed)
        self._rng_lock = threading.Lock()
        self.cuts = 0  # connections reset by cut_chance or cut_all

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

    def cut_all(self) -> int:
        """Reset every open connection now (a link that drops); returns how many were open."""
        open_now = [s for s in list(self._sockets) if s.fileno() != -1]
        for sock in open_now:
            _reset(sock)
        self._sockets = [s for s in self._sockets if s.fileno() != -1]
        with self.counters.lock:
            self.cuts += len(open_now) // 2
        return len(open_now) // 2

    def _draw(self) -> tuple[float, float]:
        with self._rng_lock:
            return self._rng.random(), self._rng.uniform(-1.0, 1.0)

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
                lane: queue.Queue[_Slot] = queue.Queue()
                threading.Thread(target=self._read, args=(src, dst, direction, lane), daemon=True).start()
                threading.Thread(target=self._deliver, args=(src, dst, direction, lane), daemon=True).start()

    def _read(
        self, src: socket.socket, dst: socket.socket, direction: str, lane: queue.Queue[_Slot]
    ) -> None:
        """Read as fast as the sender writes and stamp each chunk with its arrival time on the far side.

        The link is a pipe: a chunk leaves once the previous one is serialised (bytes x 8 / bandwidth)
        and arrives one one-way delay later, so latency is paid once per exchange, not once per chunk.
        """
        free_at = 0.0  # when the emulated wire has finished serialising what it already holds
        taken = 0
        try:
            while not self._stop.is_set():
                data = src.recv(CHUNK)
                if not data:
                    lane.put((time.monotonic() + self.faults.one_way_delay_s, None, _SHUTDOWN))
                    return
                f = self.faults
                if f.reset:
                    _reset(src)
                    _reset(dst)
                    return
                while f.hang and not self._stop.is_set():
                    self._stop.wait(0.05)
                limit = f.drop_up_after if direction == "up" else f.drop_down_after
                cut = limit is not None and taken + len(data) > limit
                if cut and limit is not None:
                    data = data[: max(0, limit - taken)]
                delay = f.one_way_delay_s
                if f.cut_chance or f.jitter_s:
                    chance, swing = self._draw()
                    if chance < f.cut_chance:
                        with self.counters.lock:
                            self.cuts += 1
                        _reset(src)
                        _reset(dst)
                        return
                    delay = max(0.0, delay + f.jitter_s * swing)
                taken += len(data)
                now = time.monotonic()
                free_at = max(now, free_at) + (len(data) * 8 / f.bandwidth_bps if f.bandwidth_bps else 0.0)
                lane.put((free_at + delay, data, _CLOSE if cut else ""))
                if cut:
                    return
        except OSError:
            lane.put((0.0, None, _CLOSE))

    def _deliver(
        self, src: socket.socket, dst: socket.socket, direction: str, lane: queue.Queue[_Slot]
    ) -> None:
        try:
            while not self._stop.is_set():
                try:
                    at, data, then = lane.get(timeout=0.2)
                except queue.Empty:
                    continue
                wait = at - time.monotonic()
                if wait > 0 and self._stop.wait(wait):
                    return
                if data:
                    self._count(direction, len(data))  # first: a reader that got the bytes sees them counted
                    dst.sendall(data)
                if then == _SHUTDOWN:
                    dst.shutdown(socket.SHUT_WR)
                    return
                if then == _CLOSE:
                    _quiet_close(src)
                    _quiet_close(dst)
                    return
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
