"""A yes-or-no question whose words are one of the group's decisions.

« la France Services est ouverte le samedi matin ? », « les petites
communes ont droit au portage des repas ? »: a member checks what the
group settled, without a word of deciding (so dominance.py, which wants
one, stays out) and worded unlike any example (so no reading is close).
When the question's own content words are nearly all in one decision, and
clearly more than in any other, that decision answers it. The bar is
higher than dominance.py's: with no word of deciding, only a question that
is plainly that decision is one (« la boulangerie est ouverte le jeudi ? »
shares one word with « … ouvre le samedi matin » and stays chat).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.date_numbers import CARDINAL_WORDS
from handlers.understanding.decision_lead import counts
from handlers.understanding.dominance import as_decision
from handlers.understanding.eligibility import asks_someone
from handlers.understanding.head_count import head_count
from handlers.understanding.order_words import next_sitting_named
from handlers.understanding.outcome import Outcome
from handlers.understanding.normalise import Word
from handlers.understanding.pipeline import Understanding
from handlers.understanding.task_words import has, task_words
from handlers.understanding.topics import content_words, is_generic, topic_scores

__all__ = ["alone", "checked_decision", "rarer_leads"]

# The best decision holds this share of the question's content words, and this much more than the next.
_LEAST = 0.75
_LEAD = 0.3
_WHOLE_LEAD = 0.15
# Or, with three words or more, this share in one decision and not a word in any other: « les bêtes c'est
# autorisé à la halte ? » of « Les animaux … sont acceptés à la halte de nuit » (« autorisé » is in none).
_ALONE = 0.6


def alone(ranked: Sequence[float], topic: Sequence[Word], texts: Sequence[str]) -> bool:
    """The best decision (scores `ranked` best first) holds most of the `topic`'s words, no other any of them, and
    one at least as said (« vous avez passé un bon week-end ? » reaches « le samedi 20 février » by a family only)."""
    return (len(topic) >= 3 and ranked[0] >= _ALONE and (len(ranked) == 1 or ranked[1] == 0.0)
            and max(topic_scores(topic, texts, loose=False)) > 0.0)
# Or the best holds the share above, and leads by this much once each word is weighed by its rarity among the
# decisions: « les nounous en horaires décalés ont un bonus ? » holds all but one word of « Une prime … aux
# assistantes maternelles … en horaires atypiques », and half of « La crèche … pour les parents aux horaires
# décalés » by « horaires », a word of both; « nounous » and « bonus », in that decision alone, say which. (0.2:
# every candidate row of the 298 sets measured, three gained and none lost; 0.25 missed « les dossiers déposés
# après la rentrée sont-ils étudiés ? », 0.24 ahead.)
_RARE_LEAD = 0.2


def rarity_shares(topic: Sequence[Word], texts: Sequence[str]) -> list[float]:
    """Share of the `topic`'s words each text holds, each word weighing 1/(1+n) where n decisions hold it (a word
    no decision holds weighs 1: it is the question's own, and missing everywhere)."""
    per_word = [topic_scores([w], texts) for w in topic]
    weights = [1.0 / (1 + held) if (held := sum(1 for s in scores if s > 0.0)) else 1.0 for scores in per_word]
    total = sum(weights) or 1.0
    return [sum(weight * scores[k] for weight, scores in zip(weights, per_word, strict=True)) / total
            for k in range(len(texts))]


def rarer_leads(ranked: Sequence[float], topic: Sequence[Word], texts: Sequence[str]) -> bool:
    """The best decision (scores `ranked` best first) holds the share asked, and its words rarer in the group than
    the next one's make it lead once weighed (rarity_shares)."""
    # Two words weigh too little to rank by rarity: « il y a une plénière chaque mois ? » would pick « … adopté en
    # assemblée plénière » over « chaque année une réunion publique » by « plénière » alone (set cli82's test).
    if ranked[0] < _LEAST or len(texts) < 2 or len(topic) < 3:
        return False
    raw = topic_scores(topic, texts)
    rare = rarity_shares(topic, texts)
    order = sorted(range(len(texts)), key=lambda k: rare[k], reverse=True)
    # The same decision is best both ways: rarity breaks a near tie, it does not pick a decision holding fewer words.
    return raw[order[0]] == ranked[0] and rare[order[0]] - rare[order[1]] >= _RARE_LEAD


# Words by which a message asks for people, a place or a time, not whether something holds.
_WORDS_OF_RECORDS = frozenset({"period", "month", "place"})
_OTHER_ASKING = frozenset({"qui", "quand", "ou", "combien", "quel", "quelle", "quels", "quelles", "pourquoi"})
# « il me reste quoi comme actions ? », « j'ai quoi à faire ? », « il me reste quelque chose à rendre ? »: what the
# asker has, not whether something holds (« ce qui reste à la fin du marché, on en fait quoi ? » may well be a
# decision).
_WHAT = frozenset({"quoi", "koi", "quelque"})
_MINE = frozenset({"me", "m", "moi", "je", "j"})


# After « qui », an object taken back asks who does it (« la subvention qui s'en occupe chez nous ? », « le devis
# qui l'a fait ? »), as « ce » before it asks what (« qu'est-ce qui reste à faire ? »).
_TAKEN_BACK = frozenset({"l", "le", "la", "les", "en", "y", "lui", "leur"})


# The main clause's verb after a relative one (« les parents qui travaillent ONT une place ? »), as typed: without
# it, « qui » asks who (« la bourse d'installation qui monte le dossier ? », the lead's set 30).
_MAIN_VERBS = frozenset({"a", "ont", "est", "sont", "peut", "peuvent", "doit", "doivent", "va", "vont", "sera",
                         "seront", "aura", "auront", "pourra", "pourront", "devra", "devront"})


def _relative_qui(u: Understanding) -> bool:
    """Every « qui » of `u` opens a relative clause of the noun before it (« une famille qui refuse … a … », « les
    parents qui travaillent ont … »), a main verb following: it asks for no one."""
    folded = [w.folded for w in u.words]
    typed = [w.raw.casefold() for w in u.words]
    spots = [i for i, f in enumerate(folded) if f in ("qui", "ki")]
    return bool(spots) and not asks_someone(u) and all(
        0 < i < len(folded) - 2 and folded[i - 1] not in ("ce", "c") and folded[i + 1] not in _TAKEN_BACK
        and not (folded[i + 1] in ("s", "se") and folded[i + 2] in _TAKEN_BACK)
        and (any(t in _MAIN_VERBS for t in typed[i + 2:]) or _cleft(folded[:i])) for i in spots)


def _cleft(before: Sequence[str]) -> bool:
    """« c'est la CRIIRAD qui fait … ? », « c la criirad qui … »: the « qui » of a cleft sentence, whose « c'est »
    stands a few words before it, checks a fact (set lead63's row)."""
    return any(f == "c" for f in before[-4:-1]) and before[-1:] not in (["c"], ["est"])


def _time_of_sitting(u: Understanding) -> bool:
    """« pourriez-vous m'indiquer la date du forum de l'alimentation locale ? »: the date or hour of a sitting the
    question names (a place the meetings hold), which the meeting says, not the decision that it takes place."""
    return any(w.folded in ("date", "heure", "horaire", "horaires") for w in u.words) and any(
        e.kind == "place" for e in u.entities)


def _is_figure(word: Word) -> bool:
    """A number, in digits or in words (« 40 », « nonante », read « quatre vingt dix »)."""
    return word.folded.replace(",", "").replace(".", "").isdigit() or word.folded in CARDINAL_WORDS or word.folded in (
        "cent", "cents", "mille", "million", "millions")


def checked_decision(ctx: Context, u: Understanding, texts: Sequence[str],
                     answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decisions answer when `u`, a yes-or-no question read as nothing, is one decision in its own words."""
    # A day or a place may be words of the decision (« ouvre le samedi matin »); a person or a body is asked about.
    if u.intent is not None or not u.text.rstrip().endswith("?") or not texts or any(
            e.kind not in _WORDS_OF_RECORDS for e in u.entities):
        return None
    # « les nounous qui font des horaires décalés ont un bonus ? »: a relative « qui » asks for no one.
    if any(w.folded in _OTHER_ASKING - ({"qui"} if _relative_qui(u) else set()) for w in u.words) or _time_of_sitting(u) or next_sitting_named(u.words) or (
            any(w.folded in _WHAT for w in u.words) and any(w.folded in _MINE for w in u.words)):
        return None
    # « c'est toujours d'actualité le forum ? »: asked whether it stands, one word of the thing is enough.
    standing = has(u.words, "standing")
    topic = [w for w in content_words(u.words) if not (standing and w.folded in task_words()["standing"])]
    if len(topic) < (1 if standing else 2):
        return None
    ranked = sorted(topic_scores(topic, texts), reverse=True)
    figures = [w for w in topic if not _is_figure(w)]
    if ranked[0] < _LEAST and len(figures) >= 2 and len(figures) < len(topic):
        # « c'est bien nonante places aux plaines de Pâques ? » of « Septante places … »: the figure checked may be
        # the wrong one; the decision the other words find says the right one.
        topic = figures
        ranked = sorted(topic_scores(topic, texts), reverse=True)
    second = ranked[1] if len(ranked) > 1 else 0.0
    # Every word in one decision and not in any other is that decision too (« Cap emploi sera au job dating ? »
    # of « Cap emploi participe à chaque job dating … », beside « Un job dating … à la Maison de l'emploi »).
    if (ranked[0] < _LEAST or ranked[0] - second < (_WHOLE_LEAD if ranked[0] >= 1.0 else _LEAD)) and not alone(
            ranked, topic, texts) and not rarer_leads(ranked, topic, texts):
        return None
    # The head of the question (its first specific word) must be in that decision: « la boulangerie est
    # ouverte le samedi matin ? » shares all but its subject with « … ouvre le samedi matin ».
    best = texts[max(range(len(texts)), key=lambda k: topic_scores(topic, [texts[k]])[0])]
    head = next((w for w in topic if not is_generic(w)), topic[0])
    if topic_scores([head], [best])[0] < 1.0:
        return None
    if (counted := head_count(u.words)) and not counts(best, counted):
        return None  # « on est bien seize au conseil portuaire ? » is not its rhythm, « quatre fois par an »
    return as_decision(ctx, u, topic, answer)
