"""A figure asked that the decisions found do not state: « combien de permis
on a financés en octobre ? », « combien coûte un permis en moyenne ? ».

The question's words find the decision on the thing (« L'aide au permis de
conduire est de 800 euros par jeune … ») and it was shown with confidence,
as if it said how many permits were paid for or what a permit costs on
average. It says neither: a count asked (« combien de N ») is stated by a
record that counts something (« 612 jeunes aidés », « Vingt
professionnels », « deux fois par an », « la moitié des titulaires »), not
by one stating sums alone; a sum asked (« combien d'aide ? », « on paye
combien de … ? ») is left to the sums; an average is stated only where a
record says « moyen ». Otherwise the bot stays unsure: a member of
the group may know the figure, and a wrong sum read off another decision is
worse than none.

A figure of a past year (« on avait combien d'adhérents en 2024 ? », « le
taux de sorties positives l'an dernier c'était combien ? ») is stated only
by a record writing that year: this year's target is no answer to last
year's result (year_unstated). And a count is stated only by a record
writing the noun counted or one of the words the question's topic was read
from (« combien de demandeurs d'emploi dans le BTP en Isère ? » found,
through related words only, a decision counting member companies:
not_counted_there)."""

from __future__ import annotations

import re

from handlers.date_numbers import CARDINAL_WORDS
from handlers.understanding.amounts import CURRENCY_WORDS
from handlers.understanding.normalise import fold

__all__ = ["figure_unstated", "not_counted_there", "year_unstated"]

# « combien de permis », « cb d'aides », « le nombre de jeunes »: the noun counted after the count word.
_COUNTED = re.compile(r"\b(?:combien|cb|cbn|nombre) (?:de |d )(\w+)")
# « en moyenne », « le coût moyen », « la moyenne des aides »: an average asked.
_AVERAGE = re.compile(r"\b(?:en moyenne|moyen|moyenne|moyens|moyennes)\b")
# Nouns after « combien de » that a duration or a sum answers (« pendant combien de temps ? »: « quatre semaines »;
# « combien d'aide ? », « combien de budget ? »), and articles (« combien de l'heure ? »).
_MEASURED = CURRENCY_WORDS | frozenset({
    "temps", "jours", "jour", "semaines", "mois", "heures", "ans", "annees", "minutes", "fois", "pourcent",
    "pourcentage", "aide", "aides", "budget", "argent", "investissement", "investissements", "travaux", "subvention",
    "subventions", "financement", "enveloppe", "montant", "somme", "dotation", "credit", "credits", "participation",
    "loyer", "salaire", "prime", "indemnite", "frais", "cotisation", "l", "la", "le", "les",
    # money in chat's words (« on a combien de sous pour la fiesta ? »; « balles » is a currency word)
    "sous", "thunes", "fric"})
# A figure and the word after it; the words that make it a sum (or a share) rather than a count.
# (« une vingtaine de jeunes », « au moins une séance », « un suppléant » count too.)
_FIGURE = re.compile(r"\b(?:\d[\d ]*|" + "|".join(sorted(CARDINAL_WORDS | {"dizaine", "douzaine", "quinzaine", "vingtaine",
                                                                      "trentaine", "centaine"}, key=len, reverse=True))
                     + r") (\w+)")
_SUM_MARKS = CURRENCY_WORDS | frozenset({"000", "pour", "k"})
# A count said without a figure: a share (« la moitié des titulaires »), all, or none (« … ne peuvent pas être
# membres »).
_SHARES = re.compile(r"\b(?:moitie|tiers|quart|majorite|totalite|tous|toutes|aucun|aucune|ne peuvent pas|ne peut pas)\b")
# « on paye combien de pacage ? », « on donne combien de seed money ? »: a verb of paying asks a sum.
_PAYING = re.compile(r"\b(?:pay\w*|paie\w*|donn\w*|vers\w*|touch\w*|cout\w*)\b")


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def figure_unstated(question: str, decisions: list[str]) -> bool:
    """`question` asks a count or an average that none of the `decisions` shown states."""
    asked, shown = _plain(question), " | ".join(_plain(d) for d in decisions)
    if _AVERAGE.search(asked):
        return _AVERAGE.search(shown) is None
    counted = _COUNTED.search(asked)
    if counted is None or counted.group(1) in _MEASURED or _PAYING.search(asked):
        return False  # a duration or a sum is asked, which the decisions state
    # A count may be said in other words than the question's (« Vingt professionnels » for « combien de
    # personnes ? », « 18 km », « deux fois par an »): only decisions stating sums alone leave it unstated.
    return _SHARES.search(shown) is None and not any(m.group(1) not in _SUM_MARKS for m in _FIGURE.finditer(shown))


# A figure asked: « combien », « le taux », « le nombre », « le montant », « le chiffre ».
_FIGURE_ASKED = re.compile(r"\b(?:combien|cb|cbn|nombre|taux|montant|chiffre|chiffres|pourcentage)\b")
# « en 2024 », « l'an dernier », « l'année passée », « l'an d'avant »: a year said.
_YEAR = re.compile(r"\b(20\d\d)\b")
_LAST_YEAR = re.compile(r"\b(?:l an|l annee) (?:dernier|derniere|passe|passee|precedent|precedente|d avant)\b")


def year_unstated(question: str, decisions: list[str], this_year: int) -> bool:
    """`question` asks a figure of a year before `this_year` that none of the `decisions` shown write."""
    asked, shown = _plain(question), " | ".join(_plain(d) for d in decisions)
    if not _FIGURE_ASKED.search(asked):
        return False
    years = {int(y) for y in _YEAR.findall(asked)}
    if _LAST_YEAR.search(asked):
        years.add(this_year - 1)
    past = {y for y in years if y < this_year}
    return bool(past) and not any(str(y) in shown for y in past)


# Words compared by their first letters (« local » and « locaux », « absences » and « absents » are one word).
_STEM = 4


def not_counted_there(question: str, topic: list[str], decisions: list[str]) -> bool:
    """`question` counts things (« combien de N ») and neither N nor any of its `topic` words (folded) is
    written in the `decisions` shown: they were found through related words only (« au bout de combien
    d'absences … ? » is stated by a rule on members « absents »)."""
    asked = _plain(question)
    counted = _COUNTED.search(asked)
    if counted is None or counted.group(1) in _MEASURED or _PAYING.search(asked) or not topic:
        return False
    shown = {w[:_STEM] for d in decisions for w in _plain(d).split()}
    return not any(t[:_STEM] in shown for t in [*topic, counted.group(1)])
