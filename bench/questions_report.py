"""Plain-French questions: how often the bot answers right, answers wrong
with confidence, or stays unsure, on the evaluation sets of
tests/handlers/data/ (development sets on a Hauts-de-Seine network and the
demo group, held-out sets each on a group of their own), every set found there.

    python bench/questions_report.py [--failures]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.handlers.questions_eval import DATA, build_group, evaluate, group_of, load_set  # noqa: E402

def _order(name: str) -> tuple[int, int, str]:
    """Development sets first, then held-out sets by number (heldout2 < heldout10)."""
    digits = "".join(c for c in name if c.isdigit())
    return (0 if "_dev" in name else 1, int(digits or 1), name)


# Every set of tests/handlers/data/, so that a new held-out set is reported without editing this file.
SETS = tuple(sorted((p.name for p in DATA.glob("questions_*.tsv")), key=_order))
SCALE_QUESTIONS = ("qui représente la commune de Ville17 ?", "c'est qui Claire Martin42 ?", "on se voit quand ?",
                   "qu'a-t-on décidé sur les pistes cyclables ?", "les échéances ce mois-ci", "merci")


def first_run(name: str) -> list[str]:
    """The first-run figures a held-out set's header records, if it does."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("# FIRST RUN")), None)
    if start is None:
        return []
    return [lines[start][2:], *(line[2:] for line in lines[start + 1:start + 2] if line.startswith("# "))]


def first_question_ms() -> float:
    """The first question of a fresh process: lexicon, lemmatiser and examples loaded."""
    code = ("import time; t=time.perf_counter(); from tests.handlers.questions_groups import build_group;"
            "c=build_group(); t=time.perf_counter(); c.say('on se voit quand ?', private=True);"
            "print((time.perf_counter()-t)*1000)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return float(out.stdout.strip())


def at_scale_ms(members: int = 1000) -> tuple[float, float]:
    """Median and slowest time per question in a group of `members` members."""
    chat = build_group()
    data = chat.store.group(chat.group.slug)
    for i in range(members):
        data.add_member(f"Claire Martin{i}", f"Ville{i % 300}", f"Adjoint au maire de Bourg{i % 200}")
    times = []
    for question in SCALE_QUESTIONS * 3:
        t0 = time.perf_counter()
        chat.say(question, private=True)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), max(times)


def main() -> int:
    show_failures = "--failures" in sys.argv
    started = time.perf_counter()
    for name in SETS:
        rows = load_set(name)
        chat = build_group(group_of(name))
        t0 = time.perf_counter()
        score = evaluate(chat, rows)
        per = (time.perf_counter() - t0) * 1000 / max(len(rows), 1)
        print(f"== {name} (group {group_of(name)}): {score.questions} questions, {score.chatter} non-questions"
              f" ({per:.1f} ms per message)")
        for line in first_run(name):
            print(f"   {line}")
        # A set of non-questions only (questions_chatter.tsv) or of questions only (questions_tricky.tsv)
        # has no share to print for the other kind.
        if score.questions:
            print(f"   correct                         {score.pct_correct:6.1f} %   (target >= 95 %)")
            print(f"   confident wrong                 {score.pct_confident_wrong:6.1f} %   (target <= 1 %)")
        if score.chatter:
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
    median, slowest = at_scale_ms()
    print(f"== start-up: first question of a process {first_question_ms():.0f} ms;"
          f" at 1,000 members {median:.0f} ms per question (median), {slowest:.0f} ms the slowest")
    print(f"(total {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
