"""Who represents something that is no body of the directory but words of
a member's role: « qui représente Mermoz ? » (« Chargé de mission … pour le
quartier Mermoz »), « qui représente les habitants ? » (« Représentant des
habitants »), « qui représente les locataires ? », « c'est qui pour l'ACI ? »
(« Directeur de l'atelier chantier d'insertion »). Read as a body's
representative, such a question found no body and ended in « je ne trouve
pas ». When every word asked is in the roles of one to three members, they
are the answer: as a role's holders when the role is « représentant de »
those words, as the representatives of the place or public otherwise."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.compound_tail import outside_compounds
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import CONFIDENT, PLAUSIBLE, Understanding
from handlers.understanding.topics import topic_scores
from handlers.understanding.world import World, plain
from handlers.views import member_row
from storage.models import Member

__all__ = ["holders_outcome", "represented_in_roles", "represents_topic", "serves_topic"]

_BODY_READINGS = frozenset({"org_representative", "org_members"})
_MOST = 3  # more holders than this: the words are too common to single anyone out
_MOST_TITLED = 12  # a plural title said in full (« les représentants des parents ») names all who hold it, a few more
# How a representative was made, between the title and the public (« représentant élu des officiers volontaires »,
# « représentante désignée des usagers »): the title still says whom they represent.
_HOW = r"(?:(?:elue?s?|designee?s?|titulaires?|suppleante?s?|permanente?s?) )?"


def represents_topic(u: Understanding, role: str) -> bool:
    """`role` says its holder represents the topic's first word (« Représentante des parents d'élèves »
    for « qui représente les parents d'élèves ? »): the holder of that title, not a body's people."""
    if not u.topic:
        return False
    first = plain(u.topic[0].raw)
    if re.search(rf"\brepresentante?s? {_HOW}(?:des|du|de la|de l|d)\s?{re.escape(first)}", plain(role)):
        return True
    # « qui représente les agriculteurs ? » for a « représentant des exploitants agricoles »: the public the role
    # says it represents, in the kin words of `[topics]` (lexicon.toml), all the topic's words there (set 70).
    said = re.search(rf"\brepresentante?s? {_HOW}(?:des|du|de la|de l|d)\s?(?P<public>.+)", plain(role))
    return said is not None and topic_scores(u.topic, [said.group("public")])[0] >= 1.0


def serves_topic(u: Understanding, role: str) -> bool:
    """`role` says its holder is there for the topic's first word (« Conseillère pour les jeunes de moins de
    26 ans » for « c'est qui pour les jeunes ? »): the holder of that title, as « représentant des » is."""
    if not u.topic:
        return False
    first = plain(u.topic[0].raw)
    return bool(re.search(rf"\bpour (?:les |le |la |l )?{re.escape(first)}", plain(role)))


_ARTICLES = frozenset({"le", "la", "les", "l"})


def _for_topic(u: Understanding) -> bool:
    """« c'est qui pour l'ACI ? »: « pour » and its article right before the topic, as one speaks for a body."""
    at = next((i for i, w in enumerate(u.words) if w is u.topic[0]), None)
    j = at - 1 if at else 0
    while j > 0 and u.words[j].folded in _ARTICLES:
        j -= 1
    return at is not None and j < at and u.words[j].folded == "pour"


# Words that may stand around a title typed alone (« le représentant des parents au codir ? »).
_AROUND_TITLE = frozenset({"le", "la", "les", "l", "des", "du", "de", "d", "au", "aux", "a"})


def _title_alone(u: Understanding) -> bool:
    """« le représentant des parents ? », « la représentante des locataires au comité ? »: the title with its article
    opens the question, and nothing follows but its public and the sitting it sits on; no verb (« … sera là
    mardi ? » asks something else of them)."""
    if len(u.words) < 3 or u.words[0].folded not in _ARTICLES or not u.words[1].folded.startswith("representant"):
        return False
    topic = {id(w) for w in u.topic}
    placed = {i for e in u.entities if e.kind == "place" for i in range(e.start, e.end)}
    # « les représentants des parents d'élèves c'est qui ? »: the who-tail after the title asks what the title alone
    # asks (the lead's set 88).
    said = u.words[:-len(tail)] if (tail := _who_tail([w.folded for w in u.words])) else u.words
    return all(w.folded in _AROUND_TITLE or id(w) in topic or i in placed for i, w in enumerate(said[2:], start=2))


# The tails that ask who a thing put first is (« …, c'est qui ? », « … ce sont qui ? »).
_WHO_TAILS = (("c", "est", "qui"), ("ce", "sont", "qui"), ("c", "qui"), ("sont", "qui"))


def _who_tail(folded: list[str]) -> tuple[str, ...]:
    """The who-tail closing the message, or nothing."""
    return next((t for t in _WHO_TAILS if tuple(folded[-len(t):]) == t), ())


def represented_in_roles(u: Understanding, world: World) -> Outcome | None:
    """The members whose role holds every word of the topic, for a who-represents question without a body."""
    if u.intent is not None or not u.topic or any(e.kind in ("org", "person") for e in u.entities):
        return None
    if _title_alone(u) and 0 < len(titled := [m for m in world.members if m.role and represents_topic(u, m.role)]) <= (
            _MOST_TITLED if u.words[1].folded.endswith("s") else _MOST):
        # The title typed alone asks its holders, as « … c'est qui ? » does (lead's set 89); typed in the plural
        # (« les représentants des parents d'élèves »), all of them, whatever their list or body (the lead's set 88).
        return holders_outcome(u, titled, "role_holder")
    if not u.ranking:
        return None
    best, score = u.ranking[0]
    # « qui représente … », not « qui fait partie de … » (the directory, a team) nor a title (« l'adjoint chargé de … »).
    # « c'est qui pour les jeunes de moins de 26 ans ? » read first as a title: the same question, when a role says
    # « pour » them (« Conseillère pour les jeunes de moins de 26 ans »).
    for_role = best == "role_holder" and _for_topic(u) and any(serves_topic(u, m.role) for m in world.members if m.role)
    # « qui représente les agriculteurs au copil ? »: the sittings closing it only say where they sit (own_group.py's
    # framing), though their noun draws the meeting readings near: the reading is as sure as without them (set 70).
    framed = any(e.kind == "place" and e.start in u.framing for e in u.entities)
    represents = any(w.lemma == "representer" or w.folded.startswith("representant") for w in u.words)
    # « qui représente les Érythréens à la commission ? »: the words after the question (« à la commission ») weigh
    # the reading down; a role saying it represents them is as sure then (checked below, the lead's set 77).
    plausible = represents and score >= PLAUSIBLE
    if (best not in _BODY_READINGS and not for_role) or not any(w.folded == "qui" for w in u.words) or not (
            represents and (score >= CONFIDENT or framed) or _for_topic(u) or plausible) or any(
            e.kind == "role" for e in u.entities):
        return None
    members = [m for m in world.members if m.role]
    scores = topic_scores(u.topic, [m.role for m in members])
    holders = [m for s, m in zip(scores, members, strict=True) if s >= 1.0]
    if not holders or len(holders) > _MOST:
        return None
    # A role that says it represents them (« représentant des parents ») outranks one that only names them
    # (« responsable de l'espace parents-enfants »).
    titled_holders = [m for m in holders if represents_topic(u, m.role) or serves_topic(u, m.role)]
    holders = titled_holders or holders
    titled = bool(titled_holders)
    if plausible and not (represents and (score >= CONFIDENT or framed) or _for_topic(u)) and not titled:
        return None  # only a role saying it represents them is sure enough at that closeness
    # « qui représente les bénévoles de La Côte ? »: the words name a body (« Association Bénévoles Nyon-La
    # Côte ») the entities missed, not the role of whoever coordinates « transports bénévoles » — unless a
    # role says it represents them (« Président de l'APE, représentant des parents »).
    asked = {plain(w.raw).rstrip("s") for w in u.topic}
    if not titled and any(asked <= {w.rstrip("s") for w in plain(m.organisation).split()}
                          for m in world.members if m.organisation):
        return None
    return holders_outcome(u, holders, "role_holder" if titled else "org_representative")


def holders_outcome(u: Understanding, holders: Sequence[Member], intent: str) -> Outcome:
    """« « parents d'élèves » d'après leur rôle : » and the `holders`, answered as `intent`."""
    u.intent, u.readings = intent, []
    # « des officiers », not « des sous-officiers », when a role holds the word on its own (compound_tail.py).
    holders = outside_compounds(u.topic, list(holders))
    lines: list = [f"« {u.topic_text} » d'après leur rôle :", *[member_row(m) for m in holders]]
    return Outcome.sure(u, lines, ", ".join(m.name for m in holders))
