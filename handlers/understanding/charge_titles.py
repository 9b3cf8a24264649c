"""A charge word that is a member's title: « qui est responsable du chantier
d'insertion ? » when Karima's role reads « Responsable du chantier
d'insertion » asks who holds that title (a role), while « qui est
responsable de la restauration scolaire ? » of an « adjoint délégué à la
restauration scolaire » asks who has that charge. The charge word
(responsable, référent, chargé, délégué, pilote) followed in the role by
the question's own words, in their order, is the title."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word, lexicon
from handlers.understanding.topics import topic_scores
from handlers.understanding.world import plain

__all__ = ["post_with_article", "title_of_charge", "verb_of_charge"]

# How close two words must be to be the same (« insertion » / « insertions »).
_PREFIX = 5


def _same(a: str, b: str) -> bool:
    return a == b or len(a) >= _PREFIX and len(b) >= _PREFIX and a[:_PREFIX] == b[:_PREFIX]


def title_of_charge(role: str, charge: str, topic: Sequence[Word]) -> bool:
    """`role` opens a title with the charge word (a stem, « responsable ») followed by the
    `topic` words, in order, with only link words between them."""
    stop = lexicon().stopwords
    # « plan jeunes » (role_topic.py) is read as the role is, its stop word left out on both sides.
    asked = [w.folded for w in topic if w.folded not in stop]
    if not asked:
        return False
    words = plain(role).split()
    for i, word in enumerate(words):
        if not word.startswith(charge):
            continue
        # « Responsable du service de garde d'enfants malades »: the unit's noun between is a link too.
        following = [w for w in words[i + 1:] if w not in stop and (w not in _UNITS or w in asked)][:len(asked)]
        if len(following) == len(asked) and all(_same(a, b) for a, b in zip(asked, following, strict=True)):
            return True
    return False


# The articles that make a charge word the name of a post (« la responsable de l'ALSH »).
_ARTICLES = frozenset({"le", "la", "l", "les"})


def post_with_article(found: Sequence[Word], start: int, holders: int) -> bool:
    """« c'est qui la responsable de l'ALSH ? » of a « Coordinatrice de l'accueil de loisirs »: the charge word
    (found[start]: responsable, référent, délégué, pilote) typed after its article names a post, whatever its one
    holder's title reads; earlier sets label it a role asked, as « la responsable de l'accueil de jour » of a
    « Responsable de l'accueil de jour » (lead's set 90). « la charge du logement » is the noun of a charge, no post;
    without the article (« qui est responsable de … ? ») it stays a charge, and so when several roles share it."""
    return (holders == 1 and 0 < start < len(found) and found[start - 1].folded in _ARTICLES
            and not found[start].folded.startswith("charge"))


# Nouns of a unit between a title and what it is in charge of (« responsable du service de … »).
_UNITS = frozenset({"service", "pole", "secteur", "cellule", "unite", "departement", "bureau", "mission"})


# Verbs of running a thing that entities.toml also reads as titles (« anime » finds « animatrice »).
_RUNNING = frozenset({"anime", "animent", "animer", "coordonne", "coordonnent", "coordonner"})


def verb_of_charge(found: Sequence[Word], start: int, topic: Sequence[Word], roles: Sequence[str]) -> bool:
    """« qui anime l'espace parents-enfants ? »: the role was typed as a verb (found[start]); when no
    animator or coordinator's role names the thing, who runs it is whoever has it in charge (« Responsable
    de l'espace parents-enfants »), as after « pilote », « responsable » or « chargé » — when a role holds
    every word of the thing (« la permanence du jeudi » is no « réseau d'accueil de jour »)."""
    return 0 <= start < len(found) and found[start].folded in _RUNNING and bool(topic) and max(
        topic_scores(topic, roles), default=0.0) >= 1.0
