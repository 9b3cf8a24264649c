"""Plain-French questions under the noise of real typing: for each kind of
noise (tests/handlers/questions_noise.py), the share of correct answers and
of confident wrong answers on the guarded questions it changed, and the
share of non-questions still left quiet.

    python bench/questions_noise.py [--failures] [KIND ...]

Base: the 1,578 questions answered right and the 445 non-questions left
quiet, as written, of the nine guarded sets; each kind scores the rows it changed.

FIRST RUN (before any change to normalisation, at f8324ef):
    kind             questions  correct  conf. wrong  non-questions   quiet
    accents               1033   100.0%         0.0%            263  100.0%
    lower                  585    98.3%         0.3%            126  100.0%
    caps                  1578    99.7%         0.3%            445  100.0%
    question mark         1453    99.8%         0.0%            128  100.0%
    apostrophes            610    91.1%         0.5%            120   99.2%
    typos                 1562    67.6%         0.8%            418   99.3%
    sms                    432    99.8%         0.0%             90  100.0%
    padding               1578    83.7%         0.0%            445   99.3%
    combined              1578    52.3%         0.6%            445   99.3%

AFTER the fifth round, merged (2026-12-01; the base is then 1,580 questions):
    kind             questions  correct  conf. wrong  non-questions   quiet
    accents               1035    99.6%         0.0%            263  100.0%
    lower                  584    99.1%         0.0%            126  100.0%
    caps                  1580    99.7%         0.0%            445  100.0%
    question mark         1455    99.6%         0.0%            128  100.0%
    apostrophes            611    99.8%         0.0%            120  100.0%
    typos                 1563    91.4%         0.4%            418  100.0%
    sms                    431    98.8%         0.0%             90  100.0%
    padding               1580   100.0%         0.0%            445  100.0%
    combined              1580    90.4%         0.3%            445   99.8%

AFTER the tenth round's phone typing (r10e, 57c7368; before it, at 8083830: typos 91.9 % / 0.4 %, combined
90.5 % / 0.4 %, the other kinds as below):
    kind             questions  correct  conf. wrong  non-questions   quiet
    accents               1042   100.0%         0.0%            263  100.0%
    lower                  590    99.2%         0.0%            126  100.0%
    caps                  1593    99.7%         0.0%            445  100.0%
    question mark         1467    99.6%         0.0%            128  100.0%
    apostrophes            617    99.2%         0.0%            120  100.0%
    typos                 1576    95.5%         0.2%            418  100.0%
    sms                    435   100.0%         0.0%             90  100.0%
    padding               1593   100.0%         0.0%            445  100.0%
    combined              1593    92.8%         0.4%            445   99.8%
On the tenth round's merged code (1accd9f, 2026-12-02; base 1,594 questions and 443 non-questions), the
other branches' rules weighed in: typos 93.2 % / 0.6 %, combined 91.2 % / 0.4 % / 99.8 % quiet; the
other kinds at 99.3 % or more, 0.0 % wrong.
AFTER the eleventh round's phone typing (r11e, 29fc576; before it, at 216159f: typos 93.2 % / 0.6 % wrong / 99.8 %
quiet, 9 confident wrong, combined as on 1accd9f above): typos 93.5 % / 0.1 % / 99.8 % (1,577 questions, 1 wrong),
combined 91.3 % / 0.2 % / 99.8 %. Of the nine, six were a slip read as another word at one letter: « réuniosn »,
« séancse » read as the singular (« les prochaines réunions » answered with the next one), « marsi 15 » read as
March instead of Tuesday, « comem » as « comm » (communication); now a slip one letter from two words meaning
different things is read as neither, and after a plural's determiner as the plural. « se passee » is the verb
(lexicon), « les prochain comités » agrees. Left: « qui est la mare de Sceuax ? » (« mare » is a French word) is
read as who represents Sceaux, whose reply names the right member, the maire.
On the eleventh round's merged code (2026-12-02): typos 93.6 % / 0.1 % / 99.8 %, combined 91.3 % / 0.2 % / 99.8 %.
tests/handlers/test_questions_noise.py guards the combined figures.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.handlers.questions_noise import KINDS, answered_rows, score_kind  # noqa: E402


def main() -> int:
    show_failures = "--failures" in sys.argv
    kinds = [a for a in sys.argv[1:] if not a.startswith("--")] or list(KINDS)
    started = time.perf_counter()
    rows = answered_rows()
    print(f"base: {sum(r[1] != 'none' for r in rows)} questions answered right and "
          f"{sum(r[1] == 'none' for r in rows)} non-questions left quiet, as written")
    print(f"{'kind':<16} {'questions':>9} {'correct':>8} {'conf. wrong':>12} {'non-questions':>14} {'quiet':>7}")
    scores = []
    for kind in kinds:
        score = score_kind(kind)
        scores.append(score)
        print(f"{kind:<16} {score.questions:>9} {score.pct_correct:>7.1f}% {score.pct_wrong:>11.1f}%"
              f" {score.chatter:>14} {score.pct_quiet:>6.1f}%", flush=True)
    if show_failures:
        for score in scores:
            print(f"== {score.kind}: {len(score.failures)} failures")
            for failure in score.failures:
                print(f"   {failure}")
    print(f"(total {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
