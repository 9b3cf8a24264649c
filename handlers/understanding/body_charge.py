"""Who takes care of something, when a body of the group is what is named.

Two misses of set 17e, each a family:

- « qui s'occupe du transport solidaire ? » when no role speaks of it but a
  body's very name does (« Lévézou Solidarité Transport »; « qui gère la
  banque alimentaire ? », « qui s'occupe de l'épicerie solidaire ? »): the
  people of that body take care of it, where a decision that merely
  mentions transport answered before, naming whoever it named.
- « qui est la référente des aidants à la MSA ? », « qui s'occupe du
  numérique au Département ? »: a charge within a body, read as close to
  « who represents the body » as to « who is in charge », ended in « je ne
  suis pas sûr ». When the body's own members' roles single out whom the
  charge names, that is the answer (the in-charge answer, within the body).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from handlers.context import Context
from handlers.understanding.outcome import Outcome
from handlers.understanding.normalise import Word, lexicon
from handlers.understanding.spans import Entity
from handlers.understanding.world import plain
from handlers.understanding.pipeline import Understanding
from handlers.understanding.represented import holders_outcome, represents_topic
from handlers.understanding.topics import topic_scores, with_activities
from storage.models import Member

__all__ = ["body_of_topic", "charge_within_body", "charged_activity", "unit_in_roles"]

# The readings a charge within a body hesitates between.
_PEOPLE_READINGS = frozenset({"org_representative", "org_members", "in_charge", "role_holder"})
# « c'est qui à la … » : the words asking who is somewhere, nothing else.
_WHO_IS = frozenset({"c", "ce", "est", "sont", "qui"})


def _only_where(u: Understanding, org: Entity) -> bool:
    """« c'est qui à la délégation départementale de l'ARS ? »: who is in a unit of the body, and nothing else asked
    (no charge, no thing: « les finances au PETR, c'est qui ? » asks a charge)."""
    # The words between « à » and the body name its unit; before « à », only « c'est qui » or « qui est ».
    at = next((i for i in range(org.start) if u.words[i].folded in ("a", "au", "aux")), None)
    return at is not None and at > 0 and all(w.folded in _WHO_IS for w in u.words[:at]) and org.end >= len(u.words) - 1
# Words that ask who represents a body (lemmas or folded forms).
_REPRESENTS = frozenset({"representer", "represente", "representent", "representant", "representante",
                         "representants", "representantes"})


def body_of_topic(topic: Sequence[Word], members: Sequence[Member]) -> tuple[str, list[Member]] | None:
    """The one body whose name holds every word of `topic`, and its members, if there is one."""
    bodies = sorted({m.organisation for m in members if m.organisation})
    scores = topic_scores(topic, bodies)
    named = [b for s, b in zip(scores, bodies, strict=True) if s >= 1.0]
    if len(named) != 1:
        return None
    return named[0], [m for m in members if m.organisation == named[0]]


# Nouns that name a body as a body (« la mairie », « l'association »): asked who takes care of it, its people represent it.
_BODY_NOUNS = frozenset({"agence", "association", "asso", "bureau", "centre", "chambre", "club", "collectif", "collectivite",
                         "comite", "communaute", "commune", "conseil", "departement", "direction", "entreprise", "espace",
                         "etablissement", "federation", "fondation", "groupe", "institut", "mairie", "maison", "office",
                         "region", "reseau", "service", "services", "societe", "syndicat", "union", "ville", "caisse"})
def _title_typed(u: Understanding) -> bool:
    """« le représentant des résidents luxembourgeois » : the noun of the title, article before it, not the verb
    « qui représente … »: a title asked, whose holder answers."""
    return any(w.folded.startswith("representant") and i > 0 and u.words[i - 1].folded in ("le", "la", "les", "l")
               for i, w in enumerate(u.words))


# Verbs of taking care of a thing (« s'occupe de », « gère »), not of representing a body.
_CARE_VERBS = frozenset({"occuper", "occupe", "gerer", "gere"})


# Words between a verb of care and its object (« s'occupe du … », « gère le … »).
_OBJECT_LINKS = frozenset({"de", "du", "des", "d", "le", "la", "les", "l"})


def charged_activity(u: Understanding, org: Entity) -> bool:
    """« qui s'occupe du transport solidaire ? »: a verb of care, and the body found by lower-case words of its name
    that name no kind of body and are not its name whole: an activity its name says, whose charge is asked."""
    typed = u.words[org.start:org.end]
    said = [w.folded for w in typed if w.folded not in lexicon().stopwords]
    named = set(plain(org.label).split())
    # The body is the verb's object (« gère le transport solidaire »), not where something is handled (« qui gère ça
    # à la sous-préfecture ? »).
    verbs = [i for i, w in enumerate(u.words[:org.start]) if w.lemma in _CARE_VERBS or w.folded in _CARE_VERBS]
    return (bool(verbs) and all(w.folded in _OBJECT_LINKS for w in u.words[verbs[-1] + 1:org.start])
            and len(said) >= 2 and all(w.raw.islower() for w in typed)
            and not any(w in _BODY_NOUNS for w in said) and not named <= set(said))


def charge_within_body(ctx: Context, u: Understanding,
                       in_charge: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The in-charge answer within the named body, when the message asks who (« qui »), hesitated
    between people readings, and the body's members' roles single out some of them."""
    org = u.first("org")
    ranked = [name for name, _ in u.ranking[:2]]
    if (u.intent is not None or org is None or not u.topic or not ranked or not set(ranked) <= _PEOPLE_READINGS
            or not any(w.folded == "qui" for w in u.words)):
        return None
    kept = (u.intent, u.readings)
    u.intent, u.readings = "in_charge", []
    outcome = in_charge(ctx, u)
    named = set(outcome.key.split(", ")) if outcome.confident else set()
    if named and named <= {m.name for m in org.items}:
        # « c'est qui à la délégation départementale de l'ARS ? »: no charge nor title asked, only who is there:
        # the body's people in that unit, as « qui représente … » asks.
        plain_who = u.first("role") is None and _only_where(u, org)
        represents = any(w.lemma in _REPRESENTS or w.folded in _REPRESENTS for w in u.words)
        titled = [m for m in org.items if m.name in named and m.role and represents_topic(u, m.role)]
        if represents and titled and (len(titled) < len(named) or _title_typed(u)):
            # « qui représente les salariés de l'EBE au comité ? »: of the body's people whose roles name them, the one
            # whose role says she represents them (« représentante des salariés »), as that title's holder (set 67).
            # « le représentant des résidents luxembourgeois c'est qui ? »: the title typed whole, its holder (set 77).
            return holders_outcome(u, titled, "role_holder")
        if plain_who or represents or _contact_at(u, org) or _kind_for_purpose(u, org):
            # « qui représente la MDS de Martigues ? »: a unit that only a member's role names, within the
            # town's body; whom the role singles out represents it, which is what was asked.
            u.intent = "org_representative"
            return replace(outcome, intent="org_representative")
        return outcome
    u.intent, u.readings = kept
    return None


def _kind_for_purpose(u: Understanding, org: Entity) -> bool:
    """« l'asso pour le transport des élèves handicapés, c'est qui ? » (set 46b): the body said by its kind alone,
    opening the question, then « pour » and what it is for: the body described, whose people are asked, not a charge
    within it. « notre contact au Département pour la PMI » (the body not opening) keeps the charge."""
    return (all(w.folded in _BODY_NOUNS for w in u.words[org.start:org.end])
            and all(w.folded in ("la", "le", "l", "une", "un") for w in u.words[:org.start])
            and org.end < len(u.words) and u.words[org.end].folded == "pour")


# Words that ask whom to address for a unit: its representatives.
_ADDRESSED = _REPRESENTS | {"contact", "contacts", "interlocuteur", "interlocutrice", "interlocuteurs"}


def _contact_at(u: Understanding, org: Entity) -> bool:
    """« qui est notre contact à France Travail pour les saisonniers ? »: the noun of whom to address, then the body
    right after « à » — its representative, the charge after « pour » only singling one out (lead's set 68). « notre
    contact RSA au Département » names a charge with the noun, which stays the charge's (set 42b), and so does
    « pour la PMI » after a body said by its kind alone (set 19c)."""
    # « notre contact au Département pour la PMI » (set 19c): a body said by its kind alone is a collectivity of
    # many services; the one after « pour » is the charge asked, not the body's representative.
    if all(w.folded in _BODY_NOUNS for w in u.words[org.start:org.end]):
        return False
    nouns = [i for i, w in enumerate(u.words) if w.folded in _ADDRESSED - _REPRESENTS]
    return any(org.start - i in (2, 3) and u.words[i + 1].folded in ("a", "au", "aux")
               and all(w.folded in ("la", "le", "l", "les") for w in u.words[i + 2:org.start]) for i in nouns)
# The readings of « who represents a body » that a unit only roles name is read as.
_BODY_READINGS = frozenset({"org_representative", "org_members"})


def unit_in_roles(ctx: Context, u: Understanding,
                  in_charge: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """« qui est notre contact à la maison départementale des solidarités ? »: read as a body's
    representative, but no body of the group is named: a unit that members' roles name in full
    (« Référente RSA à la Maison départementale des solidarités d'Angers »). Those members answer,
    as the body's people would."""
    ranked = [name for name, _ in u.ranking[:1]]
    if (u.intent is not None or not ranked or ranked[0] not in _BODY_READINGS or len(u.topic) < 2
            or any(u.first(kind) is not None for kind in ("org", "person", "role"))
            or not any(w.folded == "qui" for w in u.words)):
        return None
    members = ctx.data.members()
    scores = topic_scores(u.topic, [with_activities(m.role) for m in members])
    holding = {m.name for s, m in zip(scores, members, strict=True) if s >= 1.0}
    if not 0 < len(holding) <= 3:
        return None
    titled = [m for m in members if m.name in holding and represents_topic(u, m.role)]
    if titled and any(w.lemma in _REPRESENTS or w.folded in _REPRESENTS for w in u.words):
        # « qui représente les parents d'élèves ? » for a « Représentante des parents d'élèves »: the role says so,
        # its holder answers (role_holder, the sets' convention, as represented.py reads it), not whoever's role
        # only shares the words.
        return holders_outcome(u, titled, "role_holder")
    kept = (u.intent, u.readings)
    u.intent, u.readings = "in_charge", []
    outcome = in_charge(ctx, u)
    named = set(outcome.key.split(", ")) if outcome.confident else set()
    if named and named <= holding:
        # « notre contact à … », « qui représente … » ask who represents the unit; « qui fait partie de l'équipe
        # mobile ? » who works in it, as « qui s'occupe de … » does.
        u.intent = "org_representative" if any(w.lemma in _ADDRESSED or w.folded in _ADDRESSED for w in u.words) else "in_charge"
        return replace(outcome, intent=u.intent)
    u.intent, u.readings = kept
    return None
