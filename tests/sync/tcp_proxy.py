"""A loopback TCP proxy that cuts chosen connections after a number of bytes in one direction."""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class Cut:
    direction: str  # "up" (client -> server, the request) or "down" (server -> client, the response)
    after_bytes: int


class FaultProxy:
    """Each accepted connection takes the next plan entry (None: pass everything through)."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.plan: list[Cut | None] = []
        self.connections = 0
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.port = int(self._listener.getsockname()[1])
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            cut = self.plan.pop(0) if self.plan else None
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            threading.Thread(
                target=self._pump,
                args=(client, upstream, cut if cut and cut.direction == "up" else None, client, upstream),
                daemon=True,
            ).start()
            threading.Thread(
                target=self._pump,
                args=(upstream, client, cut if cut and cut.direction == "down" else None, client, upstream),
                daemon=True,
            ).start()

    @staticmethod
    def _reset(*socks: socket.socket) -> None:
        for s in socks:
            with contextlib.suppress(OSError):
                s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST, not FIN
            # shutdown() wakes the other pump blocked in recv() on this socket; close() alone would not.
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                s.close()

    def _pump(self, src: socket.socket, dst: socket.socket, cut: Cut | None, *both: socket.socket) -> None:
        sent = 0
        try:
            while True:
                data = src.recv(4096)
                if not data:
                    with contextlib.suppress(OSError):
                        dst.shutdown(socket.SHUT_WR)
                    return
                if cut is not None and sent + len(data) > cut.after_bytes:
                    dst.sendall(data[: max(0, cut.after_bytes - sent)])
                    self._reset(*both)
                    return
                dst.sendall(data)
                sent += len(data)
        except OSError:
            self._reset(*both)

    def close(self) -> None:
        self._closed = True
        with contextlib.suppress(OSError):
            self._listener.close()
