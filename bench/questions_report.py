"""Plain-French questions: how often the bot answers right, answers wrong
with confidence, or stays unsure, on the evaluation sets of
tests/handlers/data/ (a Hauts-de-Seine network, not the demo group).

    python bench/questions_report.py [--failures]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.handlers.questions_eval import build_group, evaluate, group_of, load_set  # noqa: E402

SETS = ("questions_dev.tsv", "questions_heldout.tsv")


def main() -> int:
    show_failures = "--failures" in sys.argv
    started = time.perf_counter()
    for name in SETS:
        try:
            rows = load_set(name)
        except FileNotFoundError:
            continue
        chat = build_group(group_of(name))
        t0 = time.perf_counter()
        score = evaluate(chat, rows)
        per = (time.perf_counter() - t0) * 1000 / max(len(rows), 1)
        print(f"== {name} (group {group_of(name)}): {score.questions} questions, {score.chatter} non-questions"
              f" ({per:.1f} ms per message)")
        print(f"   correct                         {score.pct_correct:6.1f} %   (target >= 95 %)")
        print(f"   confident wrong                 {score.pct_confident_wrong:6.1f} %   (target <= 1 %)")
        print(f"   non-questions not answered      {score.pct_quiet:6.1f} %   (target >= 97 %)")
        print("   per intent:")
        for intent in sorted(score.per_intent):
            total, ok = score.per_intent[intent], score.per_intent_ok[intent]
            print(f"     {intent:<20} {ok:4d}/{total:<4d} {100.0 * ok / total:6.1f} %")
        if show_failures or len(score.failures) <= 40:
            print(f"   failures ({len(score.failures)}):")
            for failure in score.failures:
                print(f"     {failure}")
        else:
            print(f"   failures: {len(score.failures)} (--failures to list them)")
    print(f"(total {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
