"""A body of the group asked by what it is or what its people are: « le
centre social c'est qui ? », « la prév spé c'est qui ? », « les résidents
du CHRS c'est qui ? », « c'est qui les enseignants du collège de Lasserre
dans le groupe ? » (sets 35c, 39c, 42a, 46c, 47b, lead's 63).

The body's own name is often not what members call it (« Case de quartier
des Lataniers » is the centre social its director's role names), so the
words found a role or a task sharing them (« Directrice du centre social »,
« Trouver un logement pour les artistes en résidence ») and were answered
as who handles it. When the question is only « c'est qui » around the
words, the cards closest to them are all the people of one body, and the
words name that body (a word or a clipped word of its name, or a kind of
body, entities.toml [kinds]), the body's people answer, as « la fédé de
pêche c'est qui ? » reads. Two bodies so named and matched are a guess.

A single singular word (« le judo c'est qui ? ») stays a charge: only two
words or more, or a plural after « les », name a body here.
"""

from __future__ import annotations

from handlers.context import Context
from handlers.messages import bold
from handlers.understanding.normalise import fold
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import SHARE, content_words, topic_scores, with_activities
from handlers.understanding.world import entity_data, plain
from handlers.views import member_row
from storage.models import Member

__all__ = ["body_people_asked"]

# The words around the body named that ask only who its people are.
_WHO = frozenset({"qui", "c", "ce", "est", "sont", "cest", "le", "la", "les", "l", "des", "du", "de", "d", "en",
                  "dans", "groupe", "alors", "deja", "donc", "au", "aux", "chez", "nous"})
# Words of a charge: « le responsable du centre social c'est qui ? » asks a title, not the body's people; « pour les
# PC c'est qui à la caisse ? » asks who does one thing at a body (set 19cb), « le point avec les familles de l'UP
# c'est qui ? » who meets them (lead's set 79).
_CHARGE = frozenset({"charge", "chargee", "responsable", "referent", "referente", "gere", "occupe", "pilote",
                     "suit", "anime", "coordonne", "contact", "planning", "calendrier", "liste", "fait", "font", "fe",
                     "pour", "a", "avec"})


def _asked_words(u: Understanding) -> list[str] | None:
    """The raw words naming the thing, when the rest only asks « c'est qui »."""
    folded = [w.folded for w in u.words]
    if "qui" not in folded or not {"est", "sont", "cest"} & set(folded) or folded.count("qui") > 1:
        return None  # « c'est qui qui organise la permanence ? »: a doer asked (set 38a)
    # « la directrice du CCAS c'est qui ? », « qui est délégué au CCRPA ? »: a title asks its holder; only people
    # named in the plural (« les résidents du CHRS ») may be a body's.
    if any(e.kind == "role" and (e.start == 0 or u.words[e.start - 1].folded != "les") for e in u.entities):
        return None
    named = [w for w in u.words if w.folded not in _WHO]
    if not named or any(w.folded in _CHARGE or fold(w.raw) in _CHARGE for w in named):
        return None
    return [fold(w.raw) for w in named]


def _names_body(asked: list[str], body: str) -> bool:
    """A word of the question is a word of the body's name, whole or clipped (« prév » of « Prévention »), or the
    words are a kind of body (« centre social »)."""
    if " ".join(asked) in entity_data()["kinds"]:
        return True
    name = plain(body).split()
    return any(len(a) >= 4 and any(n == a or n.startswith(a) or (len(n) >= 4 and a.startswith(n)) for n in name)
               for a in asked)


def body_people_asked(ctx: Context, u: Understanding, titled: str = "") -> Outcome | None:
    """The people of the one body the words of « X c'est qui ? » name, or a guess between two; None otherwise.
    `titled`: the reply of a title's holders, which stands when it already names all the body's people."""
    if (asked := _asked_words(u)) is None:
        return None
    words = content_words(u.words)
    at = next((i for i, w in enumerate(u.words) if w.folded not in _WHO), 0)
    plural = at > 0 and u.words[at - 1].folded == "les" and u.words[at].folded.endswith(("s", "x"))
    if not words or (len(asked) < 2 and not plural):
        return None
    members = ctx.data.members()
    scores = topic_scores(words, [f"{with_activities(m.role)} {m.organisation}" for m in members])
    best = max(scores, default=0.0)
    if best < SHARE:
        return None
    top = [m for s, m in zip(scores, members, strict=True) if s == best]
    bodies: list[tuple[str, list[Member]]] = []
    for body in dict.fromkeys(m.organisation for m in top if m.organisation):
        people = [m for m in members if m.organisation == body]
        if all(m in top for m in people) and _names_body(asked, body):
            bodies.append((body, people))
    if len(bodies) != 1 or len(bodies) < len({m.organisation for m in top}):
        if len(bodies) > 1 and titled and all(m.name in titled for _, people in bodies for m in people):
            # « les directrices d'école c'est qui ? » of two schools, each of one directrice: the title's holders
            # are every body's people, the title asked in the plural answers (the lead's set 92).
            return None
        if len(bodies) > 1:
            return Outcome.unsure(u, [f"Je ne suis pas sûr : plusieurs organisations répondent à « {' '.join(asked)} ». "
                                      "Peut-être :", *[member_row(m) for _, people in bodies for m in people[:4]],
                                      "Voyez /membres pour l'annuaire."], "")
        return None
    body, people = bodies[0]
    if min(topic_scores(words, [with_activities(m.role) for m in people])) == 0.0:
        return None  # « les élu·e·s de la mairie … »: the body's name matched, the words say not all its people (41a)
    if titled and all(m.name in titled or m == ctx.sender.member for m in people):
        # « les habitants du conseil citoyen lé ki ? »: the title's holders are the body's people but the asker (set
        # 42a's label); « les résidents du CHRS » left out the delegate of the residents (set 35c): the body answers.
        return None
    u.intent = "org_representative"
    return Outcome.sure(u, [bold(f"{body} : qui représente l'organisation"), *[member_row(m) for m in people[:10]]], body)
