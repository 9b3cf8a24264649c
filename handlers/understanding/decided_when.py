"""« le deuxième camion de l'épicerie mobile, c'est pour quand ? » when no
deadline and no meeting is about it, but a decision dates it (« Report à
mars 2027 de la mise en route du second camion de l'épicerie mobile »): a
question of time whose words are all in one decision, clearly more than in
any other, and that decision names a month or a year, is answered by it; so is
one whose words are all in several decisions of which only one is dated.
A decision that dates nothing (« … est financé par la CeA ») does not say
when, and a question some of whose words it lacks stays unsure; one that sets a
condition (« dès que », « lorsque », « en cas de ») says when as a date does."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.chat import asks_time
from handlers.understanding.dominance import as_decision
from handlers.understanding.meeting_nouns import PLAIN
from handlers.understanding.normalise import fold, lexicon
from handlers.understanding.outcome import Outcome
from handlers.understanding.periods import FOLDED_MONTHS
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import content_words, topic_scores

__all__ = ["decided_when", "is_dated"]

_DATED = re.compile(r"\b(?:" + "|".join(FOLDED_MONTHS) + r"|20\d\d|rentree|printemps|ete|automne|hiver)\b")
# A decision that says when by a condition (« le plan grand froid est déclenché dès que la température descend
# sous moins cinq », set 23c) answers « ça se déclenche quand ? » as a date would.
# So does one placing it in a cycle (« un bilan … au début et à la fin du programme », « avant chaque séance »): the
# lead's set 60's « le bilan … on le fait à quel moment ? ».
_CONDITIONED = re.compile(r"\b(?:des que|lorsque|en cas de|au debut et a la fin|avant chaque|apres chaque)\b")
# So does one tying it to the step of a procedure (« 70 % de la subvention à la signature de la convention et le solde
# sur présentation du bilan »: « le reste de la subvention est versé quand ? », the lead's set 96) — unless a sitting
# is what is asked when (« la réunion pour les bénéficiaires …, c'est quel jour ? », set r44r).
_STEP = re.compile(r"\b(?:a la signature|sur presentation|a la reception)\b")
# A whole year, as a period is labelled (« l'année prochaine », « en 2027 »: « en 2027 »).
_YEAR = re.compile(r"en 20\d\d")
_ASKING = frozenset({"quand", "qd", "pour", "prevu", "prevue", "date"})
# Verbs of a group's sitting: « se réunira », « siège »; the thing asked when is a sitting.
_MEETING_VERBS = frozenset({"reunir", "reunira", "reunit", "reunissent", "reuniront", "sieger", "siegera", "siege"})


def is_dated(text: str) -> bool:
    """The decision names a month, a year or a season: it says when."""
    return bool(_DATED.search(fold(text)))


def decided_when(ctx: Context, u: Understanding, texts: Sequence[str],
                 answer: Callable[[Context, Understanding], Outcome], least: int = 2) -> Outcome | None:
    """The decision dating what a time question asks about, or None (`least`: the fewest topic words that may
    name it; one where a deadline's complement already showed the word names a thing, event_date.py)."""
    # « la fête c'est quel jour l'année prochaine ? »: a whole year beside the thing names its edition (« La Fête …
    # 2027 aura lieu le … »), which the decision dating it must name; any other span asks the calendar.
    editions = [e for e in u.entities if e.kind == "period" and _YEAR.fullmatch(e.label)]
    if not texts or not asks_time(u.words) or any(e.kind in ("person", "period", "month") and e not in editions
                                                  for e in u.entities):
        return None
    if any(w.lemma in _MEETING_VERBS or w.folded in _MEETING_VERBS for w in u.words):
        return None  # « quand se réunira la commission des subventions ? » asks a sitting, not a decision on subsidies
    said_year = {id(w) for e in editions for w in u.words[e.start:e.end]}
    topic = [w for w in (list(u.topic) or content_words(u.words)) if w.folded not in _ASKING and id(w) not in said_year]
    if len(topic) < least:
        return None  # one word alone (« le camion ? ») may be anything
    scores = topic_scores(topic, texts)
    if max(scores) < 1.0:
        return None
    # « la semaine de la petite enfance c'est quand ? »: of the decisions that name it all (« la Ville
    # coordonne la semaine… », « la semaine… a lieu du 3 au 8 mai »), the one that dates it says when.
    sitting = any(w.folded in PLAIN for w in u.words)
    dated = [text for text, score in zip(texts, scores) if score == max(scores) and (
        _DATED.search(fold(text)) or _CONDITIONED.search(fold(text)) or not sitting and _STEP.search(fold(text)))]
    if len(dated) > 1:
        # « le festival c'est quelle date ? »: of the dated decisions naming it (« Le festival … aura lieu le
        # samedi 12 juin 2027 », « Les associations qui n'ont pas payé leur cotisation 2026 ne pourront pas tenir
        # de stand au festival »), the one whose subject it is dates it; the others date something else (set 37b).
        dated = [text for text in dated if _subject(text) in {w.folded for w in topic} | {w.lemma for w in topic}]
    if len(dated) > 1:
        # « le forum c'est quand ? »: of « Le forum satellite du Pithiverais se tient le 9 mars » and « Le forum est
        # avancé au 28 janvier », the one whose subject is the thing asked alone; the other dates a kind of it, said
        # by a word the question does not say (set 48c).
        said = {w.folded for w in u.words} | {w.lemma for w in u.words}
        dated = [text for text in dated if _after_subject(text) in said or _after_subject(text) in lexicon().stopwords]
    if len(dated) != 1 or any(e.label.split()[-1] not in dated[0] for e in editions):
        return None
    return as_decision(ctx, u, topic, answer)


# Nouns of one occurrence of a recurring thing: « L'édition 2027 du festival se tient … » is about the festival.
_OCCURRENCES = frozenset({"edition", "session", "saison"})


def _subject(text: str) -> str:
    """The decision's first word that is no article nor stop word: what the decision is about (« festival »); past
    a noun of occurrence and its year (« L'édition 2027 du festival »: the lead's set 57)."""
    stop = lexicon().stopwords
    held = [w for w in re.split(r"\W+", fold(text)) if w and w not in stop]
    while len(held) > 1 and held[0] in _OCCURRENCES:
        held = held[2:] if len(held) > 2 and held[1].isdigit() else held[1:]
    return held[0] if held else ""


def _after_subject(text: str) -> str:
    """The word after the decision's subject (« satellite » of « Le forum satellite … », « est » of « Le forum est
    avancé … »)."""
    held = [w for w in re.split(r"\W+", fold(text)) if w]
    subject = _subject(text)
    return held[held.index(subject) + 1] if subject in held[:-1] else ""
