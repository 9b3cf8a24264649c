"""Spoken French doubles the subject with a stressed pronoun set off by
commas: « je suis inscrit, moi, pour le 10 ? », « moi, je dois rendre
quoi ? », « et toi, t'as quoi à faire ? », « nous, on se voit quand ? »,
« Roger, lui, il vient jeudi ? ». The stressed pronoun says again who the
clitic (« je », « tu », « on », « il ») already says and adds nothing to
the question; between commas it cut the question in two and its first
part was read as context told before it (« je suis inscrit, »). It is
read away when the same person is said by a clitic in the message; a
pronoun with nothing to double (« c'est qui, toi ? », « à moi ? ») stays."""

from __future__ import annotations

import re

__all__ = ["without_stressed_pronoun"]

# The stressed pronoun and the clitics (or possessives) that say the same person.
_PERSONS = {
    "moi": r"je|j|me|m|mon|ma|mes",
    "toi": r"tu|t|te|ton|ta|tes",
    "nous": r"on|nous|notre|nos",
    "lui": r"il",
    "eux": r"ils",
}


def _doubled(pronoun: str) -> re.Pattern[str]:
    # « moi, » opening (after a filler or « et » at most), « , moi, » inside, « , moi » closing; « à moi » too.
    return re.compile(rf"(?i)^(\s*(?:(?:et|alors|bon|mais)\s+)?)(?:à\s+)?{pronoun}\s*,\s*"
                      rf"|\s*,\s*(?:à\s+)?{pronoun}\s*(?:,\s*|(?=[?!.]|$))")


_DOUBLED = {pronoun: _doubled(pronoun) for pronoun in _PERSONS}
_CLITIC = {pronoun: re.compile(rf"(?i)(?<![\w'’])(?:{forms})(?:\b|(?<=[jmt])['’])") for pronoun, forms in _PERSONS.items()}


def _read_away(match: re.Match[str], clitic: re.Pattern[str]) -> str:
    if match.group(1) is not None:
        return match.group(1)  # the opening filler kept: « alors moi, je … » as « alors je … »
    # « Roger, lui, il vient ? »: the comma closing the subject put first stays before the clitic resuming it.
    return ", " if match.group(0).rstrip().endswith(",") and clitic.match(match.string, match.end()) else " "


def without_stressed_pronoun(text: str) -> str:
    """`text` without a stressed pronoun set off by commas that doubles a clitic of the same person; else as it is."""
    for pronoun, doubled in _DOUBLED.items():
        if not doubled.search(text):
            continue
        rest = re.sub(r"\s{2,}", " ", doubled.sub(lambda m: _read_away(m, _CLITIC[pronoun]), text, count=1)).strip()
        if _CLITIC[pronoun].search(rest) and len(rest.split()) >= 2:
            text = rest
    return text
