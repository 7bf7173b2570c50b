"""Ctrl-C during an ingest: finish the article in hand, then stop and say how many were done.

The first SIGINT only sets a flag; the progress callback the pipeline calls after each article's
transaction raises KeyboardInterrupt there, between articles, which the pipeline reports as
`interrupted`. A second Ctrl-C restores Python's default and stops at once (an article's write is
one transaction, so even then no article is half in the store).
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Callable, Iterator


@contextmanager
def stop_after_current(progress: Callable[[str], None] | None = None) -> Iterator[Callable[[str], None]]:
    """A progress callback that stops the ingest after the current article once Ctrl-C was pressed."""
    asked: list[int] = []

    def after_article(path: str) -> None:
        if progress:
            progress(path)
        if asked:
            raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():
        yield after_article
        return

    def on_sigint(signum, frame):
        asked.append(signum)
        signal.signal(signal.SIGINT, signal.default_int_handler)

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield after_article
    finally:
        signal.signal(signal.SIGINT, previous)
