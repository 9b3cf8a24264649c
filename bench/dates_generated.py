"""Generated date expressions: `python bench/dates_generated.py [--count N] [--seed S]`
composes N expressions (tests/handlers/dates_grammar.py: day forms, time
forms, orders, case and accent variants, places and deadlines' texts, over
14 moments × 4 zones around clock changes and the year's end), computes
their meaning without the reader (dates_oracle.py), runs the reader, and
prints per family — of day, of time, of trailing text — how many were read
exactly, refused, and SILENTLY WRONG, then every wrong reading (figures,
not a test; tests/handlers/test_dates_generated.py guards a seeded sample).

Columns: `à lire` = expressions with one exact meaning; `à refuser` = the
README says refuse (past, beyond 5 years, spans, contradictions, a date word
left in the text…); `l'un/l'autre` = the README asks (« 14h 30 Mairie »):
a refusal is right, a reading must still be exact.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.handlers.dates_grammar import Case, cases, score, table  # noqa: E402


def _duckling(sample: list[Case]) -> None:
    """Discovery only: where Duckling's first reading starts elsewhere than
    ours, by day family, with an example (Duckling is not a dependency)."""
    from collections import Counter

    from duckling import Context, default_locale_lang, load_time_zones, parse, parse_dimensions, parse_lang, parse_locale, parse_ref_time

    from handlers.dates import parse_when
    from handlers.messages import UserError

    zones = load_time_zones("/usr/share/zoneinfo")
    locale = parse_locale("FR", default_locale_lang(parse_lang("FR")))
    dims = parse_dimensions(["time"])
    differ: Counter[str] = Counter()
    example: dict[str, str] = {}
    for case in sample:
        try:
            when = parse_when(case.text, case.now, require_time=case.mode == "seance")
        except UserError:
            continue
        found = parse(case.text, Context(parse_ref_time(zones, str(case.now.tzinfo), int(case.now.timestamp())), locale), dims, False)
        value = found[0]["value"] if found else {}
        theirs = value.get("value") or (value.get("from") or {}).get("value") or ""
        ours = when.start.isoformat()[:16] if when.has_time else when.start.isoformat()[:10]
        if not theirs.startswith(ours):
            differ[case.family[0]] += 1
            example.setdefault(case.family[0], f"« {case.text} » @ {case.now:%a %Y-%m-%d %H:%M} : nous {ours}, Duckling {theirs[:16] or '—'}")
    print("\n[Duckling, pour découvrir : lectures acceptées dont le début diffère]")
    for family, count in differ.most_common():
        print(f"  {count:5d}  {family:28}  ex. {example[family]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--axis", choices=("day", "time", "rest", "all"), default="all")
    parser.add_argument("--duckling", action="store_true", help="compare the readings with Duckling's (if installed)")
    args = parser.parse_args()
    print(f"Dates générées — {time.strftime('%Y-%m-%d')} — {platform.machine()} Python {platform.python_version()} "
          f"— {args.count} expressions, graine {args.seed}")
    started = time.perf_counter()
    sample = cases(args.count, args.seed)
    counts, wrong = score(sample)
    elapsed = time.perf_counter() - started
    titles = {"day": "par forme du jour", "time": "par forme de l'heure", "rest": "par texte qui suit"}
    for axis in ("day", "time", "rest") if args.axis == "all" else (args.axis,):
        print(f"\n[{titles[axis]}]")
        print("\n".join(table(counts[axis])))
    print(f"\nfausses en silence : {len(wrong)}   ({elapsed / max(args.count, 1) * 1000:.2f} ms / expression, génération comprise)")
    for line in wrong:
        print(f"  - {line}")
    if args.duckling:
        _duckling(sample)


if __name__ == "__main__":
    main()
