"""How a decision was taken, asked of the decision whose record says it.

A syndicate's minutes write, with each decision, the vote (« adopté par 6
voix pour, 2 contre (M. Malbec, Mme Lavergne) et 1 abstention »,
« à l'unanimité », « au scrutin secret », « le point n'a pas été mis au
vote »), who brought it (« sur proposition de … », « sur le rapport de … »)
and why (« motif : … », « faute de … », « sur la base de … »). Members ask
those pieces in their own words (blind set 48b: « qui a voté contre la
hausse ? », « il y a eu des abstentions ? », « qui a proposé la hausse de la
redevance ? », « pourquoi on a choisi ce transporteur ? », « le DOB c'était
voté ? »); read as questions on someone's charge, they found a task sharing
the topic (« Annoncer la hausse de la redevance … »).

The question asks (a question mark or word), holds a cue of one of the three
kinds, and the rest of its words find one decision clearly first among those
whose text records that kind (dominance.first_of); a member named picks the
decisions writing their name (« c'est Henri qui a porté le dossier ? »).
Then the decisions answer shows it. Left alone: a vote to come asked when
(group_rules.vote_ahead), another body's vote (« le conseil départemental a
voté notre subvention ? »: a body before the verb), and a decision that
records nothing of the kind asked."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.context import Context
from handlers.messages import Reply, bold
from handlers.understanding.dominance import first_of, leads
from handlers.understanding.agenda_when import vote_purpose, vote_to_come
from handlers.understanding.group_rules import vote_ahead
from handlers.understanding.normalise import Word, fold, lexicon
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import content_words, topic_scores
from handlers.views import decision_lines

__all__ = ["asks_how_decided", "others_vote", "vote_record"]

# The cues of each kind (words as folded), and what a decision's text must record for that kind to be answered.
_VOTE = frozenset({"vote", "votee", "votes", "votees", "voter", "voix", "unanimite", "unanime", "unanimement",
                   "abstenu", "abstenue", "abstenus", "abstenues", "abstention", "abstentions", "scrutin", "bulletin",
                   "adopte", "adoptee", "adoptes", "adoptees", "definitivement", "debattu", "debattue",
                   # « l'ouverture de l'espace jeunes c'est définitif ? »: whether it was adopted outright, which the
                   # record says (« sous réserve de … », set 49b).
                   "definitif", "definitive"})
_PROPOSED = frozenset({"propose", "proposee", "proposes", "proposees", "proposition", "presente", "presentee",
                       "porte", "portee", "rapporteur"})
_REASON = frozenset({"pourquoi", "motif", "motive", "motivee", "motivation", "raison", "raisons", "critere",
                     "criteres", "cause"})
_RECORDS = {
    "vote": re.compile(r"\bvoix\b|unanimit|abstention|\bcontre \(|scrutin|\bvote\b|\badopte|sous reserve|ajourne"),
    "proposed": re.compile(r"sur (?:la )?proposition|sur le rapport|\bpresentation d"),
    "reason": re.compile(r"\bmotif\b|\bfaute de\b|sur la base\b|\ben raison\b"),
}
# A participle said of the past (« qui a proposé »), not a present (« qui propose le point mardi ? »): its ending as
# typed, or an auxiliary just before it.
_PAST = ("é", "ée", "és", "ées")
_AUXILIARIES = frozenset({"a", "avait", "ont", "avaient", "ete", "etait", "est", "as"})
# Glue the cues bring along, no topic: « sur quelle base », « à cause de quoi », « combien de voix pour ».
_GLUE = frozenset({"contre", "pour", "comment", "base", "passe", "passee", "definitif", "seulement", "ou", "quelque",
                   "chose", "part", "critere", "criteres", "noter", "note", "pv", "proces", "verbal", "idee", "initiative"})
# A body before the verb votes itself: « la Région a voté le tarif … ? » is news of its vote, not the group's.
_OTHERS_VOTE = re.compile(r"\b(?:a|ont|avait|avaient) (?:vote|adopte|valide)\b")


def _kinds(found: Sequence[Word]) -> set[str]:
    kinds: set[str] = set()
    for i, w in enumerate(found):
        past = w.raw.casefold().endswith(_PAST) or (i > 0 and found[i - 1].folded in _AUXILIARIES)
        if w.folded in _VOTE and (past or not w.folded.startswith(("vote", "adopte"))):
            kinds.add("vote")
        if w.folded in _PROPOSED and (past or w.folded in ("proposition", "rapporteur")):
            kinds.add("proposed")
        if w.folded in _REASON:
            kinds.add("reason")
    plain = " ".join(w.folded for w in found)
    # (« le vote pour le skatepark se finit quand » is the noun: a vote cast is said with its auxiliary.)
    if re.search(r"\bpassee? comment\b|\bvoix (?:pour|contre)\b|\b(?:a|ont|avait|avaient) vote (?:pour|contre)\b", plain):
        kinds.add("vote")
    if re.search(r"\bsur le rapport de\b", plain):
        kinds.add("proposed")  # « c'était sur le rapport de qui ? »; « le rapport annuel » is a document
    if standing_proposal(found):
        kinds.add("proposed")
    # « c'était l'idée de qui, le tarif ? », « à l'initiative de qui … ? », « qui est à l'initiative du tarif ? »: who
    # brought it, asked by its origin (the answer is the record « sur proposition de … », as « qui a proposé … ? »).
    if re.search(r"\b(?:idee|initiative) de qui\b|\bqui (?:est|etait|a ete) a l initiative\b", plain):
        kinds.add("proposed")
    if re.search(r"\bsur (?:quelle|quelles|quel|quels) (?:base|bases|critere|criteres)\b", plain):
        kinds.add("reason")
    return kinds


# A vote taken: « a voté », « c'était », « y a eu », « c'est passé »; one to come or a rule of voting is none
# (« le bilan sera voté à quelle séance ? », « on vote à bulletin secret jeudi ? », « le président a voix
# prépondérante ? », sets 36c and 42c).
_TAKEN = frozenset({"etait", "etaient", "avait", "avaient", "eu", "passe", "passee"})
_TO_COME = frozenset({"sera", "seront", "va", "vont", "serait", "seraient", "votera", "voterons", "vote-t-on"})


# Said of a decision as it stands (« c'est définitif ? »): one already taken.
_FINAL = frozenset({"definitif", "definitive", "definitivement"})


def _taken(found: Sequence[Word]) -> bool:
    if any(w.folded in _TO_COME for w in found):
        return False
    if any(w.folded in _FINAL for w in found):
        return True
    return any(w.folded in _TAKEN or (w.raw.casefold().endswith(_PAST + ("u", "ue", "us", "ues", "i", "is", "ie"))
                                      and i > 0 and found[i - 1].folded in _AUXILIARIES)
               for i, w in enumerate(found))


# « qui propose les menus à la commission ? »: who brings a thing to a sitting body, in the present, as its habit; a
# day named (« qui propose le point mardi ? ») asks who will, of the members.
_STANDING = re.compile(r"^(?:c est )?qui (?:qui |est ce qui |est-ce qui )?(?:propose|proposent|presente|presentent) (?!.*\b(?:"
                       r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|prochaine?|\d+)\b).*\b(?:a la|au|aux|en) "
                       r"(?:commission|conseil|comite|bureau|assemblee|cotech|copil|ca|jury)s?\b")


def standing_proposal(found: Sequence[Word]) -> bool:
    """« qui propose les menus à la commission ? »: who brings a thing to a sitting body as its habit, which the
    rule records (« Les menus sont validés par la commission … sur proposition de la diététicienne … »)."""
    return bool(_STANDING.search(" ".join(w.folded for w in found)))


def asks_how_decided(text: str, found: Sequence[Word]) -> bool:
    """`text` (read as `found`) asks how a decision already taken was: its vote, who brought it, or why; or who
    brings a thing to a sitting body as its habit (standing_proposal)."""
    return bool(_kinds(found)) and (_taken(found) or standing_proposal(found)) and (
        "?" in text or any(w.folded in lexicon().question_words for w in found))


def _cues() -> frozenset[str]:
    return _VOTE | _PROPOSED | _REASON | _GLUE


# A sitting described by what was done there (« le comité où on a débattu du budget, c'était quand ? »): the sitting
# is asked (described_meeting.py), not the decision.
_SITTINGS = frozenset({"reunion", "seance", "rencontre", "comite", "commission", "conseil", "assemblee", "fois"})


def _sitting_described(found: Sequence[Word]) -> bool:
    return any(a.folded in _SITTINGS and b.raw.casefold() in ("où", "ou") for a, b in zip(found, found[1:]))


def _another_body_votes(u: Understanding) -> bool:
    """An organisation named before « a voté / a adopté »: that body's own vote."""
    plain = " ".join(w.folded for w in u.words)
    verb = _OTHERS_VOTE.search(plain)
    if verb is None:
        return False
    at = len(plain[:verb.start()].split())
    return any(e.kind == "org" and e.end <= at for e in u.entities)


def others_vote(outcome: Outcome) -> bool:
    """A decision answered to another body's vote asked (« la Région a voté le tarif des transports quand ? »): the
    group's records say what the group decided, not when or whether that body voted."""
    u = outcome.understanding
    return (outcome.confident and outcome.intent in ("decisions_topic", "decisions_recent") and u is not None
            and ("?" in u.text or any(w.folded in lexicon().question_words for w in u.words)) and _another_body_votes(u))


def _named(ctx: Context, u: Understanding, texts: Sequence[str]) -> list[int] | None:
    """The indices of `texts` writing the surname or the body of a member named (« Henri », « le transporteur » of a
    member's role), or None when no member is."""
    members = list(ctx.data.members())
    named = [m for e in u.entities if e.kind == "person" and len(e.items) == 1 for m in e.items]
    named += [m for e in u.entities if e.kind == "role" for m in members if fold(e.label) in fold(m.role or "")]
    if not named:
        return None
    marks = {fold(m.name.split(" ", 1)[-1]) for m in named} | {fold(m.organisation) for m in named if m.organisation}
    return [i for i, t in enumerate(texts) if any(mark and mark in fold(t) for mark in marks)]


def _first(topic: Sequence[Word], texts: Sequence[str]) -> int | None:
    """The text `topic` finds clearly first, by meaning (dominance.first_of) or else by its own words: « la hausse de
    la redevance » is the decision writing both, though « Le prix de l'entrée … augmente » reaches them too."""
    if (first := first_of(topic, texts)) is not None:
        return first
    own = topic_scores(topic, texts, loose=False)
    return own.index(max(own)) if leads(own) else None


def vote_record(ctx: Context, u: Understanding | None) -> Outcome | None:
    """The decision whose record says how it was taken, when `u` asks that and its words find one; else None."""
    # (« l'ascenseur il est voté quand ? », « on se retrouve quand pour voter l'ascenseur ? » of a point no decision says
    # was voted: the sitting to come, agenda_when.py.)
    if u is None or not asks_how_decided(u.text, u.words) or vote_ahead(u) or _another_body_votes(u) or (
            _sitting_described(u.words)) or vote_to_come(ctx, u) or vote_purpose(ctx, u):
        return None
    decisions = [d for d in ctx.data.decisions() if d.status != "cancelled"]
    texts = [d.text for d in decisions]
    kinds = _kinds(u.words)
    pool = [i for i, t in enumerate(texts) if any(_RECORDS[k].search(fold(t)) for k in kinds)]
    named = _named(ctx, u, texts)
    if named is not None:
        pool = [i for i in pool if i in named]
    people = {id(u.words[i]) for e in u.entities if e.kind in ("person", "role") for i in range(e.start, e.end)}
    topic = [w for w in (list(u.topic) or content_words(u.words)) if w.folded not in _cues() and id(w) not in people]
    if named is not None and len(pool) == 1:
        chosen = [0]  # « quelqu'un a voté contre le choix du transporteur ? »: the one decision naming its firm
    elif not topic or not pool:
        return None
    elif (first := _first(topic, [texts[i] for i in pool])) is not None:
        chosen = [first]
    elif not (chosen := _tied(u.words, topic, [texts[i] for i in pool])):
        return None
    shown = [decisions[pool[i]] for i in chosen]
    u.intent, u.topic, u.readings = "decisions_topic", topic, []
    label = " ".join(w.raw for w in topic) or u.text.rstrip(" ?")
    return Outcome(Reply.of([bold(f"Décisions sur « {label} » ({len(shown)})")],
                            *(line for decision in shown for line in decision_lines(decision, ctx.locale))),
                   "decisions_topic", True, f"n°{shown[0].number}", u)


# The outcome of a vote a question names (folded cue -> what the record writes of it): « il y a eu des abstentions ? »
# picks, of two decisions its topic finds alike, the one recording an abstention.
_OUTCOMES = (
    (frozenset({"abstention", "abstentions", "abstenu", "abstenue", "abstenus", "abstenues"}), re.compile(r"abstention")),
    (frozenset({"contre"}), re.compile(r"\bcontre\b")),
)


def _tied(found: Sequence[Word], topic: Sequence[Word], texts: Sequence[str]) -> list[int]:
    """Of two decisions the topic's own words find alike (« l'espace jeunes »: the request for the premises and the
    opening voted later), the one recording the outcome the question names, or else both: each answers how its vote
    went (« le vote sur l'espace jeunes c'était unanime ou pas ? », set 49b); none when more tie or none is found."""
    own = topic_scores(topic, texts, loose=False)
    best = max(own, default=0)
    leaders = [i for i, score in enumerate(own) if best > 0 and score == best]
    if len(leaders) != 2:
        return []
    asked = {w.folded for w in found}
    for cues, record in _OUTCOMES:
        if asked & cues and len(kept := [i for i in leaders if record.search(fold(texts[i]))]) == 1:
            return kept
    return leaders
