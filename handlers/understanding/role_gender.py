"""A title asked in the feminine when two members hold it in both genders:
« c'est qui la cheffe de projet politique de la ville ? » of a « Chef de
projet … » at Épinay and a « Cheffe de projet … » at Vigneux, « la
coordinatrice » of a « Coordinateur du CISPD » and a « Coordinatrice du
CLS », « l'adjointe à la tranquillité » of an « Adjoint … » and an
« Adjointe … ». The roles' stems match both, so both were listed as if the
question had not said which. A feminine form asked is the member who
wrote it so; the masculine asked stays generic (French titles are often
written in the masculine for anyone), and a feminine no role writes keeps
every holder."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from handlers.understanding.world import plain

__all__ = ["masculine_of", "same_gender"]

T = TypeVar("T")

# Feminine endings of titles and the masculine each comes from (folded): « coordinatrice » / « coordinateur »,
# « cheffe » / « chef », « chercheuse » / « chercheur », « conseillère » / « conseiller », « déléguée » /
# « délégué », « adjointe » / « adjoint », « présidente » / « président », « principale » / « principal ».
# « échevine » / « échevin » (Belgium's aldermen), « écrivaine » / « écrivain ».
_ENDINGS = (("trice", "teur"), ("ffe", "f"), ("euse", "eur"), ("ere", "er"), ("ee", "e"), ("nte", "nt"), ("ale", "al"),
            ("vine", "vin"), ("aine", "ain"))


def masculine_of(word: str) -> str | None:
    """The masculine of a feminine title (folded), or None when `word` is no feminine form known."""
    for fem, masc in _ENDINGS:
        if word.endswith(fem) and len(word) > len(fem) + 2:
            return word[: -len(fem)] + masc
    return None


def _says(role: str, word: str) -> bool:
    return any(w == word or w == f"co{word}" for w in plain(role).replace("-", " ").split())


def same_gender(asked: str, holders: Sequence[T], role_of: Callable[[T], str]) -> list[T]:
    """Of `holders`, those whose role writes the feminine `asked` (folded), when the others write its masculine; a
    title of several words by the first of them that does so (« vice presidente » of a « Vice-présidente chargée des
    finances » beside a « Premier vice-président », blind set 42c)."""
    if " " in asked.strip():
        for word in asked.split():
            if len(kept := same_gender(word, holders, role_of)) < len(holders):
                return kept
        return list(holders)
    masc = masculine_of(asked)
    if masc is None:
        return list(holders)
    fem = [h for h in holders if _says(role_of(h), asked)]
    male = [h for h in holders if h not in fem and _says(role_of(h), masc)]
    if fem and male and len(fem) + len(male) == len(holders):
        return fem
    return list(holders)


def feminine_of(word: str) -> list[str]:
    """The feminine forms a masculine title (folded) may take: « president » -> « presidente »."""
    found = [word[: -len(masc)] + fem for fem, masc in _ENDINGS if masc and word.endswith(masc)]
    return [*found, f"{word}e"] if not word.endswith("e") else found


def by_article(article: str, title: str, holders: Sequence[T], role_of: Callable[[T], str]) -> list[T]:
    """« la VP sera là le 9 ? » of a « Vice-présidente … » and a « Vice-président étudiant »: a title typed as
    initials or in the masculine (`title`, folded: « vice president ») after a feminine article (« la », « une »)
    is the holder whose role writes its feminine, when the others write the masculine (lead's set 65). The
    masculine article stays generic, as the masculine title does."""
    if article not in ("la", "une") or not title.split():
        return list(holders)
    last = title.split()[-1]
    for fem in ([last] if masculine_of(last) is not None else []) + feminine_of(last):
        chosen = same_gender(fem, holders, role_of)
        if len(chosen) < len(holders):
            return chosen
    return list(holders)
