"""LadybugDB's memory settings as kg applies them: its own page-cache size, grown by a quarter when a
write needs more, a checkpoint after every full write of a load, and a one-line hint when a cache
the user set is too small (bench/RESULTS.md, "kg's own buffer pool and checkpoint cadence at 1M
facts" and "Growing the page cache by a quarter")."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import document, fact, small_graph

from kg import config
from kg.errors import StoreError
from kg.model import Extraction
from kg.pipeline import open_graph
from kg.stores.embedded import EmbeddedStore


def page_cache_bytes(store: EmbeddedStore) -> int:
    return int(store._rows("CALL bm_info() RETURN *")[0][0])  # buffer pool size, memory in use


@pytest.fixture
def no_settings(tmp_path, monkeypatch):
    """No KG_BUFFER_POOL_MB and no kg.toml: kg's defaults."""
    monkeypatch.delenv("KG_BUFFER_POOL_MB", raising=False)
    monkeypatch.delenv("KG_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_page_cache_is_capped_by_default_and_set_by_the_environment(no_settings, monkeypatch):
    with EmbeddedStore.open(str(no_settings / "default.lbug")) as store:
        assert page_cache_bytes(store) == config.DEFAULT_BUFFER_POOL_MB * 2**20
    monkeypatch.setenv("KG_BUFFER_POOL_MB", "96")
    with EmbeddedStore.open(str(no_settings / "set.lbug")) as store:
        assert page_cache_bytes(store) == 96 * 2**20


def test_a_load_checkpoints_once_a_write_brings_checkpoint_facts(no_settings, monkeypatch):
    """What a write committed is in the database file before the next write starts once the load
    has written CHECKPOINT_FACTS facts since the last checkpoint (the engine holds what is not
    checkpointed in memory): the write-ahead log is empty then. A full write reaches it alone."""
    from kg import graph
    from kg.stores import embedded

    assert embedded.CHECKPOINT_FACTS <= graph.FACTS_PER_WRITE
    monkeypatch.setattr(graph, "DOCS_PER_WRITE", 1)  # one write per document, 3 facts each
    monkeypatch.setattr(embedded, "CHECKPOINT_FACTS", 4)
    path = no_settings / "g.lbug"
    wal = Path(str(path) + ".wal")
    logs: list[int] = []
    with open_graph(str(path), create=True) as g:
        g.load(small_graph(), progress=lambda docs, facts: logs.append(wal.stat().st_size if wal.exists() else 0))
        loaded = g.stats()
    assert len(logs) == 2 and logs[0] > 0 and logs[1] == 0  # 3 facts: not yet; 6: checkpointed
    with open_graph(str(path)) as again:  # and the load is whole, and idempotent
        assert again.stats() == loaded
        again.load(small_graph())
        assert again.stats() == loaded


def test_restated_facts_count_towards_a_checkpoint(no_settings, monkeypatch):
    """A write's facts count, not the relationships they make: a restatement shares one. A full
    write of a big load (20,000 facts, ~19,900 relationships) fell short of CHECKPOINT_FACTS, so
    checkpoints came after every second write and the engine held twice as much between them."""
    from kg.stores import embedded

    monkeypatch.setattr(embedded, "CHECKPOINT_FACTS", 3)
    d = document("Ada heads Acme. Ada heads Acme, still. Ada met Bob.", "restated.txt")
    restated = [Extraction(d, [fact("Ada", "HEAD", "Acme", d, 0), fact("Ada", "HEAD", "Acme", d, 1),
                               fact("Ada", "MEET", "Bob", d, 2)])]
    path = no_settings / "g.lbug"
    wal = Path(str(path) + ".wal")
    logs: list[int] = []
    with open_graph(str(path), create=True) as g:
        g.load(restated, progress=lambda docs, facts: logs.append(wal.stat().st_size if wal.exists() else 0))
        assert g.stats()["facts"] == 2  # three facts, two relationships
    assert logs == [0]  # checkpointed after the write, not at the end of the load


def test_a_load_keeps_what_it_records_of_a_document_only_until_its_batch_is_written(no_settings, monkeypatch):
    """Each write is given the spellings of its own documents, not of every document of the load
    (kept for the corpus they were ~30 MiB at 1M synthetic facts, through the load), and a
    written document's digest is not kept for the writes after it."""
    from kg import graph

    monkeypatch.setattr(graph, "DOCS_PER_WRITE", 1)  # one write per document
    given: list[tuple[list[str], list[str], list[str]]] = []
    with open_graph(str(no_settings / "g.lbug"), create=True) as g:
        write = g.store.write

        def spy(batch, digests=None, spellings=None):  # type: ignore[no-untyped-def]
            given.append(([e.document.id for e in batch], sorted(digests or {}), sorted(spellings or {})))
            return write(batch, digests, spellings)

        monkeypatch.setattr(g.store, "write", spy)
        g.load(small_graph())
        stored = {row[0]: row[1] for row in g.query("MATCH (d:Document) RETURN d.id, d.spellings").rows}
    assert len(given) == 2 and all(docs == spellings and set(docs) <= set(digests) for docs, digests, spellings in given)
    assert not set(given[0][0]) & set(given[1][1])
    assert all(stored.values())  # and each document's spellings are stored with it


def test_the_page_cache_grows_by_a_quarter_and_at_least_64_mib():
    """Each MiB the cache grows by is resident at a load's peak: it grows by steps, not doubling."""
    assert config.grown_buffer_pool_mb(256) == 320
    assert config.grown_buffer_pool_mb(1024) == 1280
    assert config.grown_buffer_pool_mb(4) == 68
    assert config.grown_buffer_pool_mb(4000) == config.MAX_GROWN_BUFFER_POOL_MB


def test_a_page_cache_too_small_names_the_setting_and_leaves_nothing(no_settings, monkeypatch):
    path = str(no_settings / "small.lbug")
    monkeypatch.setenv("KG_BUFFER_POOL_MB", "4")
    with open_graph(path, create=True) as g, pytest.raises(StoreError, match="KG_BUFFER_POOL_MB") as failed:
        g.load(small_graph())
    assert "buffer pool is full" in str(failed.value) and "\n" not in str(failed.value)
    monkeypatch.delenv("KG_BUFFER_POOL_MB")
    with open_graph(path) as g:
        assert g.stats()["facts"] == 0


def test_kgs_own_page_cache_grows_when_a_write_needs_more(no_settings, monkeypatch):
    """A write that fills kg's own cache is rolled back, the database reopened with a quarter more
    (at least 64 MiB more), and the write done again, whole: the graph is the one a big cache
    gives, and stays idempotent."""
    with open_graph(str(no_settings / "big.lbug"), create=True) as g:
        g.load(small_graph())
        expected = g.stats()
    usual = config.DEFAULT_BUFFER_POOL_MB
    monkeypatch.setattr(config, "DEFAULT_BUFFER_POOL_MB", 4)  # too small for any write
    path = str(no_settings / "grown.lbug")
    with open_graph(path, create=True) as g:
        g.load(small_graph())
        assert page_cache_bytes(g.store) == config.grown_buffer_pool_mb(4) * 2**20 == 68 * 2**20
    monkeypatch.setattr(config, "DEFAULT_BUFFER_POOL_MB", usual)
    with open_graph(path) as g:
        assert g.stats() == expected
        g.load(small_graph())
        assert g.stats() == expected


def test_kgs_own_page_cache_grows_when_a_checkpoint_needs_more(no_settings, monkeypatch):
    """A checkpoint can fill kg's own cache where no write did (at 1M facts one filled 256 MiB at
    618k facts): the database is reopened with a quarter more, the log replayed, and the checkpoint
    done again; the load goes on and its graph is whole. The engine's own error is raised once
    for the first checkpoint, on a real database."""
    from kg import graph
    from kg.stores import embedded

    with open_graph(str(no_settings / "plain.lbug"), create=True) as g:
        g.load(small_graph())
        expected = g.stats()
    monkeypatch.setattr(graph, "DOCS_PER_WRITE", 1)  # one write per document, 3 facts each
    monkeypatch.setattr(embedded, "CHECKPOINT_FACTS", 3)
    run, failed = EmbeddedStore._run, []

    def run_once_full(self, cypher, parameters=None):
        if cypher == "CHECKPOINT" and not failed:
            failed.append(cypher)
            raise RuntimeError("Buffer manager exception: Unable to allocate memory! The buffer pool is "
                               "full and no memory could be freed!")
        return run(self, cypher, parameters)

    monkeypatch.setattr(EmbeddedStore, "_run", run_once_full)
    path = no_settings / "g.lbug"
    with open_graph(str(path), create=True) as g:
        g.load(small_graph())
        assert failed and page_cache_bytes(g.store) == config.grown_buffer_pool_mb(config.DEFAULT_BUFFER_POOL_MB) * 2**20
        assert g.stats() == expected
    wal = Path(str(path) + ".wal")
    assert not wal.exists() or wal.stat().st_size == 0  # the checkpoints ran
    with open_graph(str(path)) as again:
        assert again.stats() == expected


def test_a_loads_checkpoints_hold_none_of_the_batchs_extractions(no_settings, monkeypatch):
    """A load peaks in a checkpoint: the batch written before it is held as the engine's, not as
    Python's extractions too (~33 MiB a full write at 1M facts). At each checkpoint, inside the
    write and at the end of the load, the only extractions alive are those the caller holds."""
    import gc

    from kg.stores import embedded

    with open_graph(str(no_settings / "plain.lbug"), create=True) as g:
        g.load(small_graph())
        expected = g.stats()
    monkeypatch.setattr(embedded, "CHECKPOINT_FACTS", 1)
    given = small_graph()
    run, alive = EmbeddedStore._run, []

    def run_counting(self, cypher, parameters=None):
        if cypher == "CHECKPOINT":
            alive.append([o for o in gc.get_objects() if isinstance(o, Extraction) and o not in given])
        return run(self, cypher, parameters)

    monkeypatch.setattr(EmbeddedStore, "_run", run_counting)
    with open_graph(str(no_settings / "g.lbug"), create=True) as g:
        g.load(given)
        assert g.stats() == expected
    assert len(alive) >= 2 and all(found == [] for found in alive), [len(found) for found in alive]
