"""Extraction quality on gold-annotated articles, in one process: `python -m kg.eval`.

Scores exactly what the project's scorer (../shared/eval/score.py) scores — each article in a fresh
store, read back through the named queries — but loads spaCy once, so a whole set takes seconds.
The scorer's own matching functions are imported from its file, so the figures are the same.

    python -m kg.eval                                  # seeds + dev set
    python -m kg.eval --set ../shared/eval/dev -v      # one set, with misses and false hits
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import json
import sys
import tempfile
from pathlib import Path

from .query import ResultFormat, named_query, render, run
from .store import open_store

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
QUERIES = ("entities", "events", "relations", "claims")


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("kg_scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def default_sets() -> list[tuple[Path, Path]]:
    return [(REPO / "seeds", SHARED / "eval" / "gold"),
            (SHARED / "eval" / "dev" / "texts", SHARED / "eval" / "dev" / "gold")]


def article_rows(article: Path, *, model: str | None = None) -> dict[str, list[dict]]:
    from .pipeline import ingest

    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "store") as store:
        report = ingest([article], store, model=model)
        if not report.ok:
            raise RuntimeError("; ".join(m for _p, m in report.failed))
        return {name: list(csv.DictReader(io.StringIO(render(run(store, named_query(name)), ResultFormat.CSV))))
                for name in QUERIES}


def score_set(scorer, texts: Path, gold_dir: Path, *, verbose: bool = False, model: str | None = None, out=None):
    """Score one folder of articles; returns totals {category: [correct, predicted, found, gold]}."""
    out = out or sys.stdout
    totals = {k: [0, 0, 0, 0] for k in QUERIES}
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text())
        art = scorer.Article(gold)
        rows = article_rows(texts / gold.get("article", gold_file.stem), model=model)
        ent = scorer.score_entities(art, rows["entities"])
        ev_sys = {(scorer.local_name(r["type"]), art.canon(r["agent"]), art.canon(r["target"])) for r in rows["events"]}
        rel_sys = {(scorer.local_name(r["predicate"]), art.canon(r["subject"]), art.canon(r["object"])) for r in rows["relations"]}
        cl_sys = {("Claim", art.canon(r["speaker"]), "") for r in rows["claims"]}
        gold_claims = {**gold, "claims": [{**c, "type": "Claim"} for c in gold.get("claims", [])]}
        results = {"entities": ent,
                   "events": scorer.score_tuples(art, "events", ev_sys, ("type", "agent", "target")),
                   "relations": scorer.score_tuples(art, "relations", rel_sys, ("predicate", "subject", "object")),
                   "claims": scorer.score_tuples(scorer.Article(gold_claims), "claims", cl_sys, ("type", "speaker", "none"))}
        line = []
        for key, res in results.items():
            for i in range(4):
                totals[key][i] += res[i]
            line.append(f"{key} {scorer.prf(*res[:4])[2]:.2f}")
        print(f"{gold_file.name}: " + "  ".join(line), file=out)
        if verbose:
            for key, res in results.items():
                for miss in (res[5] if len(res) > 5 else []):
                    print(f"    missed {key}: {json.dumps({k: v for k, v in miss.items() if k != 'evidence'})}", file=out)
                for hit in res[4]:
                    print(f"    false {key}: {list(hit)}", file=out)
    return totals


def summary(scorer, totals) -> dict:
    out = {}
    for key in QUERIES:
        p, r, f = scorer.prf(*totals[key])
        out[key] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", action="append", type=Path, default=[],
                    help="a folder with texts/ and gold/ (repeatable; default: seeds and the shared dev set)")
    ap.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score.py")
    ap.add_argument("--model", help="spaCy pipeline to load")
    ap.add_argument("--json", type=Path, help="write the summary here")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    scorer = load_scorer(args.scorer)
    sets = [(s / "texts", s / "gold") for s in args.set] or default_sets()
    grand = {k: [0, 0, 0, 0] for k in QUERIES}
    for texts, gold in sets:
        totals = score_set(scorer, texts, gold, verbose=args.verbose, model=args.model)
        for key in QUERIES:
            grand[key] = [a + b for a, b in zip(grand[key], totals[key])]
    result = summary(scorer, grand)
    for key in QUERIES:
        s = result[key]
        print(f"{key:10s} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
    print("  ".join(f"{k} F1 {result[k]['f1']:.3f}" for k in ("events", "entities", "relations", "claims")))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
