"""kg extract: documents in, facts file (JSONL) or Open IE tuples (CaRB's tabbed format) out."""

from __future__ import annotations

import enum
import sys
from collections.abc import Iterator

import typer
from click.core import ParameterSource

from kg.cli.build import (
    Executor,
    corenlp_option,
    executor_option,
    partition_option,
    scheduler_option,
    shards_option,
)
from kg.cli.common import Skipped, info, keep_going_option, progress, reporting, strict_option


class ExtractFormat(enum.StrEnum):
    jsonl = "jsonl"
    carb = "carb"


def read_sentence_lines(inputs: list[str]) -> list[str]:
    """Every non-blank line of the inputs (files, folders, globs or -), checked before parsing."""
    from kg.errors import InputError
    from kg.ingest import decode_text, expand_inputs, read_bytes

    lines: list[str] = []
    for source in expand_inputs(inputs):
        text = decode_text(read_bytes(source), "<stdin>" if source == "-" else source)
        for line in text.splitlines():
            if "\t" in line:
                raise InputError(f"{source}: a sentence line holds a tab; give one sentence per line")
            if line.strip():
                lines.append(line.strip(" "))
    if not lines:
        raise InputError("no sentences given")
    return lines


def _document_texts(inputs: list[str]) -> Iterator[str]:
    from kg.errors import InputError
    from kg.ingest import expand_inputs, read_source

    sources = list(expand_inputs(inputs))
    if not sources:
        raise InputError("no input given")
    for source in sources:
        for doc in read_source(source):
            for seg in doc.segments:
                yield doc.text[seg.start:seg.end]


def extract(
    ctx: typer.Context,
    inputs: list[str] = typer.Argument(..., help="Files, folders, globs, or - for stdin."),
    output: str = typer.Option("-", "--output", "-o", help="File to write; - for stdout."),
    processes: int = typer.Option(None, "--processes", "-j", min=1, help="Worker processes, each parsing and extracting whole documents [env KG_PROCESSES]."),
    fmt: ExtractFormat = typer.Option(ExtractFormat.jsonl, "--format", "-f",
                                      help="jsonl: facts file (a document line, then its facts); "
                                           "carb: Open IE tuples, sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2..."),
    sentences: bool = typer.Option(False, "--sentences",
                                   help="Inputs hold one pre-tokenised sentence per line (tokens kept as given; "
                                        "with --format carb)."),
    executor: Executor = executor_option(),
    scheduler: str = scheduler_option(),
    partition_size: int = partition_option(),
    shards: str = shards_option(),
    strict: bool = strict_option(),
    keep_going: bool = keep_going_option(),
    corenlp: str = corenlp_option(),
) -> None:
    """Extract facts from text and write them as JSONL, or Open IE tuples in CaRB's format."""
    from kg.errors import InputError

    with reporting():
        if fmt == ExtractFormat.jsonl:
            if sentences:
                raise InputError("--sentences writes Open IE tuples: use it with --format carb")
            from kg import pipeline
            from kg.ingest import count_documents
            from kg.io import write_jsonl, write_jsonl_file

            skipped = Skipped()
            with progress("extracting", lambda: count_documents(inputs)) as step:
                extractions = pipeline.extract(inputs, processes=processes, progress=step,
                                               executor=executor.value, scheduler=scheduler,
                                               partition_size=partition_size, shard_dir=shards,
                                               strict=strict, on_failure=skipped,
                               on_unreadable=skipped.unreadable if keep_going else None, corenlp=corenlp)
                if output == "-":
                    summary = write_jsonl(extractions, sys.stdout)
                else:
                    summary = write_jsonl_file(extractions, output)
            info(f"{summary.facts} facts from {summary.documents} documents" + skipped.summary())
            skipped.check()
            return
        if corenlp and ctx.get_parameter_source("corenlp") == ParameterSource.COMMANDLINE:
            # KG_CORENLP_URL alone does not stop a CaRB run: Open IE tuples take no CoreNLP facts
            raise InputError("--corenlp adds facts to a facts file: use it with --format jsonl")
        if executor != Executor.local:
            raise InputError("--format carb runs on one machine: use it without --executor dask")
        from kg.extract.carb import carb_lines

        texts = read_sentence_lines(inputs) if sentences else list(_document_texts(inputs))
        lines = carb_lines(texts, pretokenized=sentences, processes=processes or 1)
        n = write_lines(lines, output)
    info(f"{n} tuples")


def write_lines(lines: Iterator[str], output: str) -> int:
    """Write lines to a file (atomically) or stdout; the number written."""
    from kg.io import atomic_output

    n = 0
    with atomic_output(output) as out:
        for line in lines:
            out.write(line + "\n")
            n += 1
    return n


def register(app: typer.Typer) -> None:
    app.command()(extract)
