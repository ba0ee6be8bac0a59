"""Where the per-document work runs: this process, a local process pool, or a Dask cluster.

Each engine maps ``work.prepare`` over paths and ``work.process`` over tasks and yields
``(index, files)`` as documents finish, in any order; the caller stores the files and puts the
documents back in order, so the output never depends on the engine or the number of processes.
"""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Iterator, Optional, Protocol, Sequence

from . import work

Done = Iterator[tuple[int, dict[str, bytes]]]


class Engine(Protocol):
    def prepare(self, paths: Sequence[str]) -> Done: ...

    def process(self, tasks: Sequence[work.Task], reused: frozenset[str]) -> Done: ...

    def close(self) -> None: ...


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


class Local:
    """``jobs`` processes on this machine, one pool for both passes; one job runs in this process."""

    def __init__(self, jobs: int):
        self.jobs = max(1, jobs)
        self._executor: Optional[ProcessPoolExecutor] = None

    def _map(self, fn, items: Sequence) -> Done:
        if self.jobs == 1 or len(items) <= 1:
            for i, item in enumerate(items):
                yield i, fn(item)
            return
        if self._executor is None:
            import multiprocessing

            # spawn: a fresh interpreter, never a fork of a parent holding threads (progress bar, DuckDB)
            self._executor = ProcessPoolExecutor(max_workers=self.jobs, mp_context=multiprocessing.get_context("spawn"))
        futures = {self._executor.submit(fn, item): i for i, item in enumerate(items)}
        try:
            for f in as_completed(futures):
                yield futures[f], _result(f)
        finally:
            for f in futures:
                f.cancel()

    def prepare(self, paths: Sequence[str]) -> Done:
        return self._map(work.prepare, paths)

    def process(self, tasks: Sequence[work.Task], reused: frozenset[str]) -> Done:
        return self._map(work.process, tasks)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)
            self._executor = None


def _result(future) -> dict[str, bytes]:
    """A finished task's files; a process that died under it (killed, out of memory) fails only its documents."""
    try:
        return future.result()
    except Exception as err:  # noqa: BLE001 - the work itself never raises: this is the process
        return {work.ERROR: f"internal error ({type(err).__name__}: {err})".encode("utf-8")}


class Dask:
    """The same work on a Dask distributed cluster (``--scheduler ADDRESS``, or a ``Client``).

    Workers read the documents from the same paths (a shared file system) and send the files
    back; the cache and the store stay on this machine.
    """

    def __init__(self, scheduler):
        from distributed import Client

        self.own = not isinstance(scheduler, Client)
        self.client = Client(scheduler) if self.own else scheduler

    def _gather(self, futures) -> Done:
        from distributed import as_completed as dask_completed

        index = {f.key: i for i, f in enumerate(futures)}
        for f in dask_completed(futures):
            yield index[f.key], _result(f)

    def prepare(self, paths: Sequence[str]) -> Done:
        return self._gather(self.client.map(work.prepare, list(paths), pure=False))

    def process(self, tasks: Sequence[work.Task], reused: frozenset[str]) -> Done:
        [evidence] = self.client.scatter([reused], broadcast=True)  # one object: a set would scatter per item
        return self._gather(self.client.map(work.process_remote, list(tasks), reused=evidence, pure=False))

    def close(self) -> None:
        if self.own:
            self.client.close()


def engine(name: str = "local", jobs: Optional[int] = None, scheduler=None) -> Engine:
    """``local`` (default: every core) or ``dask`` (needs ``scheduler``)."""
    from ..errors import BadArguments

    if name == "local":
        return Local(jobs or default_jobs())
    if name == "dask":
        if scheduler is None:
            raise BadArguments("--engine dask needs --scheduler ADDRESS (a Dask scheduler, e.g. tcp://host:8786)")
        try:
            return Dask(scheduler)
        except (OSError, TimeoutError) as err:
            raise BadArguments(f"cannot reach the Dask scheduler {scheduler}: {err}") from None
    raise BadArguments(f"unknown engine {name!r} (local or dask)")
