"""Date reader report: `python bench/dates_report.py` prints, for each
evaluation set (tests/handlers/dates_eval.tsv, the held-out set written
after the code, dates_heldout.tsv, and the blind sets dates_blind*.tsv, each
row read at its own `now` and zone): total, precise-date expressions read
correctly, refused, and every silently wrong reading (figures, not a test;
tests/handlers/test_dates_eval.py guards the targets).

With `--duckling` (needs `pip install pyduckling-native-phihos`, not a
dependency), the same precise expressions are given to Duckling alone, to
show what wrapping it would have had to correct.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.handlers.dates_eval import BLIND_SETS, EVAL_NOW, HELD_OUT, MAIN_SET, Row, load, score  # noqa: E402


def _duckling(rows: list[Row]) -> str:
    """Share of precise rows whose start Duckling's first reading gets right."""
    from duckling import Context, default_locale_lang, load_time_zones, parse, parse_dimensions, parse_lang, parse_locale, parse_ref_time

    zones = load_time_zones("/usr/share/zoneinfo")
    locale = parse_locale("FR", default_locale_lang(parse_lang("FR")))
    dims = parse_dimensions(["time"])
    precise = [r for r in rows if r.precise]
    right = wrong_accepted = 0
    for row in rows:
        context = Context(parse_ref_time(zones, str(row.now.tzinfo), int(row.now.timestamp())), locale)
        found = parse(row.text, context, dims, False)
        value = found[0]["value"] if found else None
        start = (value.get("value") or (value.get("from") or {}).get("value")) if value else None
        if row.precise and start and start[:16].replace("T", " ") == row.expected[:16] and len(row.expected) > 10:
            right += 1
        elif row.precise and start and len(row.expected) == 10 and start[:10] == row.expected:
            right += 1
        elif not row.precise and start:
            wrong_accepted += 1
    return f"Duckling seul : {right}/{len(precise)} débuts exacts ; {wrong_accepted} expressions à refuser lues quand même"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duckling", action="store_true", help="compare with Duckling alone (if installed)")
    args = parser.parse_args()
    print(f"Lecteur de dates — {time.strftime('%Y-%m-%d')} — {platform.machine()} {platform.processor() or ''} Python {platform.python_version()}")
    print(f"maintenant = {EVAL_NOW:%A %Y-%m-%d %H:%M} {EVAL_NOW.tzinfo} (sauf lignes « @now » des jeux à l'aveugle)")
    sets = [("principal", MAIN_SET), ("hors échantillon", HELD_OUT)] + [(f"à l'aveugle {p.stem.removeprefix('dates_blind').lstrip('_')}", p) for p in BLIND_SETS]
    for name, path in sets:
        if not path.exists():
            continue
        rows = load(path)
        started = time.perf_counter()
        result = score(rows)
        per_parse = (time.perf_counter() - started) / max(len(rows), 1) * 1000
        print(f"\n[{name}] {path.name}")
        moments = sorted({f"{row.now:%a %Y-%m-%d %H:%M} {row.now.tzinfo}" for row in rows})
        if len(moments) > 1:
            print(f"  moments              {' ; '.join(moments)}")
        print(f"  expressions          {result.total:5d}  (dont {result.precise} dates précises, {result.total - result.precise} à refuser)")
        print(f"  lues exactement      {result.correct:5d}  {result.correct_share:6.1%} des dates précises")
        print(f"  refusées             {result.refused:5d}  {result.refused_share:6.1%} des dates précises")
        print(f"  fausses en silence   {len(result.wrong):5d}")
        for line in result.wrong:
            print(f"    - {line}")
        print(f"  temps moyen          {per_parse:.2f} ms / expression")
        if args.duckling:
            print("  " + _duckling(rows))


if __name__ == "__main__":
    main()
