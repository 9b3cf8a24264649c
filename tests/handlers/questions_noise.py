"""Noise of real typing, applied to the guarded question sets.

Every row of the guarded sets (questions_eval.py) that the pipeline gets
right as written — a question answered correctly, a non-question left
quiet — is perturbed, with a fixed seed, the way members really type:
one kind of noise at a time, then all of them combined. The expected
answer stays the row's (the noise preserves meaning). Only rows that the
perturbation actually changed are scored.

Kinds: accents removed; all lower case; ALL CAPS; « ? » removed, doubled
or spaced; apostrophes removed, curly or a space (« jai », « qu on »);
one typo per content word of 5 letters or more (AZERTY neighbour key,
doubled, dropped or swapped letter, never the first letter); SMS
shorthand (qd, ds, pr, rdv, réu, stp, bcp, qlq, auj); oral padding
(« du coup », « en fait », « euh », « stp »…); combined = all in turn
(case lower or upper at random).

Figures (python bench/questions_noise.py) are in that script's docstring.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache

from tests.handlers.questions_eval import build_group, group_of, load_set, verdict
from tests.helpers import Chat

__all__ = ["GUARDED", "KINDS", "NoiseScore", "answered_rows", "perturb", "score_kind"]

SEED = 20261201
# The sets whose share of correct answers test_questions_eval.py guards.
GUARDED = ("questions_dev.tsv", "questions_dev_demo.tsv", *(f"questions_heldout{n}.tsv" for n in range(5, 12)))

_AZERTY = ("azertyuiop", "qsdfghjklm", "wxcvbn")


def _neighbours() -> dict[str, str]:
    """Keys next to each letter on an AZERTY keyboard (rows staggered right)."""
    near: dict[str, str] = {}
    for r, row in enumerate(_AZERTY):
        for c, key in enumerate(row):
            spots = [(r, c - 1), (r, c + 1), (r - 1, c), (r - 1, c + 1), (r + 1, c - 1), (r + 1, c)]
            near[key] = "".join(_AZERTY[i][j] for i, j in spots if 0 <= i < 3 and 0 <= j < len(_AZERTY[i]))
    return near


NEIGHBOURS = _neighbours()
# Grammar words of 5 letters or more: a typo there is rarer and not what is measured.
_GRAMMAR = frozenset({"avec", "dans", "cette", "elles", "depuis", "entre", "notre", "votre", "leurs",
                      "nous", "vous", "parce", "quelle", "quelles", "quels", "lequel", "laquelle"})
_WORD = re.compile(r"[^\W\d_]+")


def strip_accents(text: str) -> str:
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)))


def _case(text: str, rng: random.Random) -> str:
    return text.upper() if rng.random() < 0.5 else text.lower()


def _question_mark(text: str, rng: random.Random) -> str:
    # A message without one keeps it so: « merci ?? » would no longer be thanks.
    how = rng.choice(("removed", "doubled", "spaced"))
    if how == "removed":
        return re.sub(r"\s*\?", "", text)
    if how == "doubled":
        return re.sub(r"\s*\?+", " ??", text)
    return re.sub(r"\s*\?", "?", text) if " ?" in text else text.replace("?", " ?")


def _apostrophes(text: str, rng: random.Random) -> str:
    return re.sub(r"['’]", rng.choice(("", "’", " ")), text)


def typo(word: str, rng: random.Random) -> str:
    """One typing slip in `word`, never on its first letter."""
    i = rng.randrange(1, len(word))
    kind = rng.choice(("neighbour", "double", "drop", "swap"))
    base = strip_accents(word[i]).lower()
    if kind == "neighbour" and base in NEIGHBOURS:
        key = rng.choice(NEIGHBOURS[base])
        return word[:i] + (key.upper() if word[i].isupper() else key) + word[i + 1:]
    if kind == "swap" and i + 1 < len(word) and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "drop":
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def _typos(text: str, rng: random.Random) -> str:
    def slip(m: re.Match[str]) -> str:
        word = m.group(0)
        # Acronyms (« CD92 », « AMD ») are typed with care; grammar words are not the point.
        if len(word) < 5 or word.isupper() or word.casefold() in _GRAMMAR:
            return word
        return typo(word, rng)
    return _WORD.sub(slip, text)


SMS = (("s'il te plaît", "stp"), ("s'il vous plaît", "svp"), ("aujourd'hui", "auj"), ("rendez-vous", "rdv"),
       ("réunions", "réus"), ("réunion", "réu"), ("quand", "qd"), ("dans", "ds"), ("pour", "pr"),
       ("beaucoup", "bcp"), ("quelques", "qlq"), ("quelque", "qlq"))


def _sms(text: str, rng: random.Random) -> str:
    for long, short in SMS:
        text = re.sub(rf"(?<!\w){re.escape(long)}(?!\w)", short, text, flags=re.IGNORECASE)
    return text


PADDING = ("stp", "svp", "du coup", "en fait", "dis-moi", "au fait", "euh")


def _padding(text: str, rng: random.Random) -> str:
    pad = rng.choice(PADDING)
    where = rng.choice(("start", "end", "second"))
    if where == "start":
        return f"{pad}, {text[:1].lower()}{text[1:]}"
    if where == "end":
        body = text.rstrip(" ?.!")
        return f"{body} {pad}{text[len(body):]}"
    first, _, rest = text.partition(" ")
    return f"{first} {pad} {rest}" if rest else f"{pad} {text}"


KINDS: dict[str, Callable[[str, random.Random], str]] = {
    "accents": lambda t, _: strip_accents(t),
    "lower": lambda t, _: t.lower(),
    "caps": lambda t, _: t.upper(),
    "question mark": _question_mark,
    "apostrophes": _apostrophes,
    "typos": _typos,
    "sms": _sms,
    "padding": _padding,
}


def _combined(text: str, rng: random.Random) -> str:
    for name in ("sms", "padding", "apostrophes", "question mark", "typos", "accents"):
        text = KINDS[name](text, rng)
    return _case(text, rng)


KINDS["combined"] = _combined


def perturb(kind: str, text: str, index: int) -> str:
    """`text` with noise of `kind`, the same for a given row index at every run."""
    return KINDS[kind](text, random.Random(f"{SEED}:{kind}:{index}"))


@cache
def _chat(slug: str) -> Chat:
    return build_group(slug)


Row = tuple[str, str, str, str]  # set name, expected intent, key, message


@cache
def answered_rows() -> tuple[Row, ...]:
    """The guarded rows handled right as written (the base the noise is measured on)."""
    kept: list[Row] = []
    for name in GUARDED:
        chat = _chat(group_of(name))
        for expected, key, message in load_set(name):
            if verdict(chat, expected, key, message)[0] in ("correct", "quiet"):
                kept.append((name, expected, key, message))
    return tuple(kept)


@dataclass
class NoiseScore:
    kind: str
    questions: int = 0
    correct: int = 0
    wrong: int = 0
    chatter: int = 0
    quiet: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def pct_correct(self) -> float:
        return 100.0 * self.correct / max(self.questions, 1)

    @property
    def pct_wrong(self) -> float:
        return 100.0 * self.wrong / max(self.questions, 1)

    @property
    def pct_quiet(self) -> float:
        return 100.0 * self.quiet / max(self.chatter, 1)


def _changed(kind: str) -> Iterator[tuple[Row, str]]:
    for index, row in enumerate(answered_rows()):
        noisy = perturb(kind, row[3], index)
        if noisy != row[3]:
            yield row, noisy


def score_kind(kind: str) -> NoiseScore:
    """The rows `kind` changed, asked again in their group."""
    score = NoiseScore(kind)
    for (name, expected, key, message), noisy in _changed(kind):
        result, detail = verdict(_chat(group_of(name)), expected, key, noisy)
        if expected == "none":
            score.chatter += 1
            score.quiet += result == "quiet"
        else:
            score.questions += 1
            score.correct += result == "correct"
            score.wrong += result == "wrong"
        if result not in ("correct", "quiet"):
            score.failures.append(f"[{result} {detail}; expected {expected} « {key} »] {noisy}   <- {message}")
    return score
