"""The acronyms of social action spelled out beside a member's role, so that
a question in words finds a role written in initials: « qui s'occupe de la
sécurité ? » finds « Coordinateur du CLSPD » (conseil local de sécurité et
de prévention de la délinquance), « qui est en charge du revenu de
solidarité active ? » a « Référent RSA ». The list is data (lexicon.toml,
[spelled_out]): acronyms read one way by everyone in the field."""

from __future__ import annotations

import re
import tomllib
from functools import cache

from handlers.understanding.normalise import HERE, fold

__all__ = ["meanings", "other_acronym", "spelled_out"]


@cache
def _meanings() -> dict[str, str]:
    with (HERE / "lexicon.toml").open("rb") as handle:
        return {fold(k): v for k, v in tomllib.load(handle).get("spelled_out", {}).items()}


def meanings() -> dict[str, str]:
    """Folded acronym -> what it stands for (lexicon.toml, [spelled_out])."""
    return _meanings()


def spelled_out(text: str) -> str:
    """What the known acronyms of `text` stand for, one after the other (« » when none).
    Only a word written in capitals is an acronym: « pass » in « le pass culture » is no PASS."""
    meanings = _meanings()
    found = [meanings[fold(w)] for w in re.findall(r"\b[A-ZÉÈ]{2,6}\b", text) if fold(w) in meanings]
    return "".join(f" {m}" for m in dict.fromkeys(found))


def other_acronym(words: list[str], letters: str) -> bool:
    """The (folded) `words` are what another known acronym than `letters` stands for: « maison des
    solidarités » is the MDS, never a body whose acronym is MSA however well its initials open it."""
    phrase = " ".join(words)
    return any(fold(meaning) == phrase and acronym != letters for acronym, meaning in _meanings().items())
