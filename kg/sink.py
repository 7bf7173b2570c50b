"""A binary sink for pyoxigraph's serializers that refuses to grow past a limit: a query answer (the
server's workers) or a result sorted in Python (kg/query.py) stops being written as soon as it is too
large, instead of being held whole first."""
from __future__ import annotations


class CappedBuffer:
    """Collects what a serializer writes; past `limit` bytes it raises OSError and sets `exceeded`."""

    def __init__(self, limit: int, message: str = "the result is over the size limit"):
        self.limit, self.message, self.parts, self.size, self.exceeded = limit, message, [], 0, False

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self.limit:
            self.exceeded = True
            raise OSError(self.message)
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def getvalue(self) -> bytes:
        return b"".join(self.parts)
