"""Archives: folders of thousands of documents analysed once, on every core, into one store.

``build.run`` takes a folder through the content cache (``cache``) and an engine (``engines``:
this process, a process pool, or Dask), two passes of per-document work (``work``) around the
corpus evidence (``evidence``); ``store`` merges the per-document table partitions (``rows``)
into a DuckDB database with trends, which ``python -m analyzer query`` reads; ``folder`` is what
``report`` calls.
"""
