"""kg eval: score the extractor on a benchmark (CaRB) and a graph on real-news gold (facts, entities)."""

from __future__ import annotations

import typer

from kg.cli.common import format_option, graph_option, info, render, reporting

eval_app = typer.Typer(help="Score the extractor on a benchmark.", no_args_is_help=True)


@eval_app.command("carb")
def carb(
    gold: str = typer.Option(..., "--gold", help="CaRB gold tuples: sentence<TAB>relation<TAB>arg1<TAB>arg2..."),
    pred: str = typer.Option(None, "--pred", help="Predictions in CaRB's tabbed format (from 'kg extract --format carb')."),
    sentences: str = typer.Option(None, "--sentences",
                                  help="Pre-tokenised sentences, one a line: extract them and score in one go."),
    out: str = typer.Option(None, "--out", help="With --sentences: also write the predictions here."),
    processes: int = typer.Option(None, "--processes", "-j", min=1, help="Parser processes."),
    ablate: list[str] = typer.Option(None, "--ablate",
                                     help="With --sentences: switch this rule off (repeatable; see 'kg eval rules')."),
    folds: int = typer.Option(None, "--folds", min=2,
                              help="With --sentences: k-fold cross-validate the confidence model instead."),
    ablate_each: bool = typer.Option(False, "--ablate-each",
                                     help="With --sentences: score with each rule switched off in turn "
                                          "(with --folds, cross-validated too)."),
    fmt=format_option(),
) -> None:
    """Score Open IE tuples with CaRB: best F1 (with its P and R), AUC of the PR curve, counts."""
    import tempfile
    from pathlib import Path

    from kg.errors import InputError
    from kg.eval.carb import load_gold, load_predictions, score

    with reporting():
        if (pred is None) == (sentences is None):
            raise InputError("give exactly one of --pred and --sentences")
        if out is not None and sentences is None:
            raise InputError("--out writes the predictions of --sentences")
        if (ablate or folds or ablate_each) and sentences is None:
            raise InputError("--ablate, --ablate-each and --folds extract the sentences: use them with --sentences")
        if ablate and ablate_each:
            raise InputError("give one of --ablate and --ablate-each")
        for path in (gold, pred, sentences):
            if path is not None and not Path(path).is_file():
                raise InputError(f"{path}: no such file")
        gold_tuples = load_gold(gold)
        if not gold_tuples:
            raise InputError(f"{gold}: no gold tuples")
        if ablate_each:
            _ablate_each(gold_tuples, sentences, folds, fmt)
            return
        if folds is not None:
            _cross_validate(gold_tuples, sentences, folds, ablate or [], fmt)
            return
        if sentences is not None:
            from kg.cli.extract import read_sentence_lines, write_lines
            from kg.extract.carb import carb_lines
            from kg.extract.registry import ablated

            with ablated(ablate or []):
                lines = carb_lines(read_sentence_lines([sentences]), pretokenized=True, processes=processes or 1)
                if out is not None:
                    write_lines(lines, out)
                    pred_path = out
                    predictions = load_predictions(pred_path)
                else:
                    with tempfile.TemporaryDirectory() as tmp:
                        pred_path = str(Path(tmp) / "pred.tsv")
                        write_lines(lines, pred_path)
                        predictions = load_predictions(pred_path)
        else:
            predictions = load_predictions(pred)
        result = score(gold_tuples, predictions)
    columns = ["f1", "precision", "recall", "auc", "n_gold", "n_pred"]
    row = [round(result.f1, 4), round(result.precision, 4), round(result.recall, 4), round(result.auc, 4),
           result.n_gold, result.n_pred]
    typer.echo(render(columns, [row], fmt))
    if result.n_pred_outside_gold:
        info(f"{result.n_pred_outside_gold} predictions are on sentences without gold tuples")


@eval_app.command("facts")
def facts(
    gold: str = typer.Argument(..., help="Facts gold (JSONL), e.g. tests/data/realnews/dev/facts.jsonl."),
    graph: str = graph_option(),
    show: str = typer.Option(None, "--show", help="Also list the gold facts the graph 'missed' (with what "
                             "the graph holds from their sentence), or the named-entity graph facts judged 'wrong'."),
    against: str = typer.Option(None, "--against", help="Score another annotation (a facts file in the gold's "
                                "schema) as the prediction instead of a graph: two annotators' agreement, on "
                                "the articles it annotates."),
    fmt=format_option(),
) -> None:
    """Precision and recall of a graph's facts (and roles) against a real-news gold file."""
    from kg.errors import InputError
    from kg.eval.facts import score_against, score_graph

    left_out: list[str] = []
    with reporting():
        if show not in (None, "missed", "wrong"):
            raise InputError("--show takes 'missed' or 'wrong'")
        if against is not None and graph is not None:
            raise InputError("give one of --graph and --against")
        if against is not None:
            result, left_out = score_against(gold, against)
        else:
            result = score_graph(gold, graph)
    columns = ["precision", "recall", "f1", "fact_recall", "role_recall", "role_org_recall", "named_recall",
               "attribution", "precision_all", "n_gold", "n_roles", "n_judged", "n_graph"]
    typer.echo(render(columns, [[_cell(getattr(result, c)) for c in columns]], fmt))
    if left_out:
        info(f"{len(left_out)} gold articles are not in {against}: scored without them")
    if result.missing_articles:
        info(f"{len(result.missing_articles)} gold articles are not in the graph: {', '.join(result.missing_articles)}")
    if show == "missed":
        # graph_said: what the graph holds from the missed fact's sentence, to tell a rule that
        # did not fire from one that fired wrongly
        typer.echo(render(["article", "subject", "relation", "object", "title", "org", "negated", "graph_said"],
                          [[g.article, g.subject, g.relation, g.object, g.title, g.org, g.negated,
                            "; ".join(f"{f.subject.name} {f.relation} {f.object.name}" for f in said)]
                           for g, said in zip(result.missed, result.missed_said, strict=True)], fmt))
    elif show == "wrong":
        typer.echo(render(["subject", "type", "predicate", "object", "negated", "evidence"],
                          [[f.subject.name, f.relation, f.predicate, f.object.name, f.negated, f.evidence]
                           for f in result.wrong], fmt))


@eval_app.command("entities")
def entities(
    gold: str = typer.Argument(..., help="Entity mention gold (JSONL), e.g. tests/data/realnews/dev/entities.jsonl."),
    graph: str = graph_option(),
    fmt=format_option(),
) -> None:
    """Pairwise and B3 precision/recall of a graph's entities against gold mention clusters."""
    from kg.eval.entities import score_graph

    with reporting():
        result = score_graph(gold, graph)
    columns = ["pairwise_precision", "pairwise_recall", "pairwise_f1", "b3_precision", "b3_recall", "b3_f1",
               "n_mentions", "n_clusters", "n_entities", "unmapped"]
    typer.echo(render(columns, [[_cell(getattr(result, c)) for c in columns]], fmt))


def _cell(value: object) -> object:
    return round(value, 4) if isinstance(value, float) else value


def _cross_validate(gold_tuples, sentences: str, folds: int, ablate: list[str], fmt) -> None:  # type: ignore[no-untyped-def]
    from kg.cli.extract import read_sentence_lines
    from kg.eval.crossval import cross_validate, parse
    from kg.extract.registry import ablated

    with ablated(ablate):
        cv = cross_validate(gold_tuples, parse(read_sentence_lines([sentences])), k=folds)
    columns = ["weights", "f1", "auc", "f1_per_fold", "auc_per_fold"]
    rows = [[name, round(s.f1, 4), round(s.auc, 4), s.f1_spread, s.auc_spread]
            for name, s in (("shipped", cv.shipped), (f"{folds}-fold", cv.cross_validated))]
    typer.echo(render(columns, rows, fmt))


def _ablate_each(gold_tuples, sentences: str, folds: int | None, fmt) -> None:  # type: ignore[no-untyped-def]
    from kg.cli.extract import read_sentence_lines
    from kg.eval.ablation import ablations

    rows: list[list[object]] = []
    for a in ablations(gold_tuples, read_sentence_lines([sentences]), k=folds):
        rows.append([a.rule, round(a.f1, 4), round(a.auc, 4), a.n_pred])
        if a.cross_validated is not None:
            rows[-1] += [round(a.cross_validated.cross_validated.f1, 4), round(a.cross_validated.cross_validated.auc, 4)]
    columns = ["rule_off", "f1", "auc", "n_pred"] + ([f"{folds}fold_f1", f"{folds}fold_auc"] if folds else [])
    typer.echo(render(columns, rows, fmt))


@eval_app.command("rules")
def rules(fmt=format_option()) -> None:
    """List the extraction rules by name (the names --ablate takes), with what each reads."""
    from kg.extract.registry import describe, rule_names

    typer.echo(render(["rule", "reads"], [[name, describe(name)] for name in rule_names()], fmt))


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")
