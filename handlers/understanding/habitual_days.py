"""A weekday or a season inside the topic of a decision question.

« qu'avait-on acté pour l'ouverture le samedi ? », « la fermeture du lundi,
c'est tranché ? », « la fermeture de la déchetterie l'hiver »: the day is
part of what was decided (a library open on Saturdays, a tip closed on
Mondays in winter), not the period the question asks about. French marks
the habit with the article: « le samedi » is every Saturday, « samedi » one
Saturday. So a weekday after « le », « du » or « les », or a season after
« l' », « d' » or « en », that follows a noun of the topic (not a decision
word, not a meeting, not a question word), in a message asking about a
decision or a rule, is read as a topic word: its period entity is dropped.
« qu'a-t-on décidé samedi ? », « la décision de lundi », « la réunion du
mardi » keep their day."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.entities import Entity
from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.normalise import Word, lexicon

__all__ = ["habitual_days"]

_WEEKDAYS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})
_SEASONS = frozenset({"hiver", "printemps", "automne", "ete"})
# The articles of a habit: « le samedi », « du lundi », « les mercredis »; « l'hiver », « d'hiver », « en hiver ».
_DAY_ARTICLES = frozenset({"le", "du", "les"})
_SEASON_ARTICLES = frozenset({"l", "d", "en"})
# Nouns that make the day the date of a meeting or of a decision, not a topic.
_DATED = nouns("plain", "chat", "formations", "sitting_bodies", plural=True) | {"decision", "decisions", "fois", "visio", "point"}
# Words asking whether a rule was set: « c'est quoi la règle pour … ».
_RULE = frozenset({"regle", "regles"})


def _asks_decision(found: Sequence[Word]) -> bool:
    lex = lexicon()
    return any(w.lemma in lex.decision_words or w.folded in lex.decision_words or w.folded in _RULE for w in found)


def _habitual(found: Sequence[Word], entity: Entity) -> int | None:
    """The index of the day's word when `entity` is a habitual weekday or season after a topic noun."""
    if entity.kind != "period" or entity.end - entity.start != 1:
        return None
    i = entity.start
    word = found[i]
    articles = _DAY_ARTICLES if word.lemma in _WEEKDAYS else _SEASON_ARTICLES if word.folded in _SEASONS else None
    if articles is None or i < 2 or found[i - 1].folded not in articles:
        return None
    noun = found[i - 2]
    lex = lexicon()
    if (noun.folded in lex.stopwords or noun.folded in lex.question_words or noun.folded in _DATED
            or noun.lemma in lex.decision_words or noun.folded in lex.decision_words or len(noun.folded) < 3):
        return None
    return i


def habitual_days(found: Sequence[Word], entities: list[Entity]) -> tuple[list[Entity], set[int]]:
    """`entities` without the habitual days of a decision's topic, and those days' indices (topic words)."""
    if not _asks_decision(found):
        return entities, set()
    days = {e.start: i for e in entities if (i := _habitual(found, e)) is not None}
    if not days:
        return entities, set()
    return [e for e in entities if e.start not in days], set(days.values())
