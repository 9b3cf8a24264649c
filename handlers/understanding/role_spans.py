"""Role words in a message (« le président », « la référente », « le socio »):
the lexicon's titles and the words the group's roles start with, as role
entities carrying their stem, whether they name an activity rather than a
title, and whether an article made them a title."""

from __future__ import annotations

import tomllib
from functools import cache

from handlers.understanding.normalise import HERE, Word, fold, lexicon
from handlers.understanding.role_forms import article_roles
from handlers.understanding.spans import Entity
from handlers.understanding.world import entity_data

__all__ = ["roles_in"]

# Endings of nouns of activity (« prévention », « accompagnement », « accueil » aside).
_ACTIVITY_ENDINGS = ("tion", "sion", "ment", "age", "ance", "ence", "ite")


def _agrees_with_noun(words: list[Word], i: int) -> bool:
    """« les achats responsables »: a plural role word right after a plural noun is its adjective."""
    if i == 0 or words[i].folded[-1:] not in ("s", "x"):
        return False
    before = words[i - 1]
    return before.folded[-1:] in ("s", "x") and before.folded not in lexicon().stopwords and len(before.folded) > 3


# Reflexive pronouns as typed and folded (« s'en », « se », « je m'en », « tu t'en »).
_REFLEXIVE = frozenset({"se", "s", "me", "m", "te", "t"})


def _reflexive_verb(words: list[Word], i: int) -> bool:
    """« qui s'en charge ? », « qui se charge de la salle ? », « je m'en charge »: after a reflexive pronoun
    (and « en » or « y »), a role word is the verb (« se charger de »), no title."""
    j = i - 1
    if j >= 0 and words[j].folded in ("en", "y"):
        j -= 1
    return j >= 0 and words[j].folded in _REFLEXIVE


@cache
def _not_role_pairs() -> frozenset[str]:
    """Pairs of words whose first names a title alone, the pair none (« comptes rendus »)."""
    with (HERE / "entities.toml").open("rb") as handle:
        return frozenset(fold(p) for p in tomllib.load(handle).get("not_role_pairs", ()))


# « instruire » read as its officer's title (entities.toml): « qui instruit les contrats ? » asks him.
_CHARGE_VERBS = frozenset({"instruit", "instruire", "instruisent"})


def _passive_without_agent(words: list[Word], i: int) -> bool:
    """« comment sont instruits les dossiers ? »: a verb of a charge in the passive, no « par » after it, asks
    how the thing is handled (a decision), not who holds the charge (set 24d); « instruits par qui ? » and
    « par qui sont instruits … ? » ask the agent, the officer, still, and so does « qui est instruit … ? » (a
    rewriting of « qui instruit … ? », set 70)."""
    if words[i].lemma not in _CHARGE_VERBS or i == 0 or words[i - 1].lemma != "etre":
        return False
    folded = [w.folded for w in words]
    asked_agent = any(a == "par" and b in ("qui", "quel", "quelle", "quels", "quelles") for a, b in zip(folded, folded[1:]))
    return not asked_agent and not (i >= 2 and folded[i - 2] == "qui") and "par" not in folded[i + 1:i + 3]


def roles_in(words: list[Word], taken: set[int], extra: dict[str, str] | None = None) -> list[Entity]:
    """Role words: the lexicon's, and (`extra`) the words roles of the group start with."""
    roles = {**(extra or {}), **entity_data()["roles"]}
    found: list[Entity] = []
    for i, w in enumerate(words):
        if i in taken:
            continue
        # « le juge des enfants »: a short title with its complement, three words (role_forms.role_titles).
        triple = " ".join(x.folded for x in words[i:i + 3]) if i + 2 < len(words) else ""
        if triple in roles and not taken & {i + 1, i + 2}:
            found.append(Entity("role", i, i + 3, triple, extra={"stem": roles[triple]}))
            continue
        pair = f"{w.folded} {words[i + 1].folded}" if i + 1 < len(words) else ""
        if pair in _not_role_pairs():
            continue
        # « les vice-présidents », « les vice-présidentes »: a two-word title in the plural is the title.
        plural = (f"{w.folded} {words[i + 1].lemma}" if i + 1 < len(words) else "", pair[:-1] if pair.endswith("s") else "")
        pair = next((p for p in (pair, *plural) if p and p in roles), pair)
        # « la tête de liste FCPE »: the title of three words opening on the pair's second word (« tête de liste »)
        # is the one said, not the pair « la tête » (who heads a body; the lead's set 88).
        after = " ".join(x.folded for x in words[i + 1:i + 4]) if i + 3 < len(words) else ""
        if pair in roles and not (after in roles and not taken & {i + 1, i + 2, i + 3}):
            found.append(Entity("role", i, i + 2, pair, extra={"stem": roles[pair]}))
        elif ((w.folded in roles or w.lemma in roles) and not _agrees_with_noun(words, i) and not _reflexive_verb(words, i)
              and not _passive_without_agent(words, i)):
            key = w.folded if w.folded in roles else w.lemma
            # « prévention » opening a role (« Juriste, prévention des expulsions ») names an activity, not a title.
            activity = key not in entity_data()["roles"] and key.endswith(_ACTIVITY_ENDINGS)
            # « le chargé de développement territorial » (an article) names a title; « chargé de la jeunesse » a charge.
            titled = i > 0 and words[i - 1].folded in ("le", "la", "l", "un", "une")
            if key in article_roles() and not (titled or i > 0 and words[i - 1].folded in ("notre", "votre", "du", "au")):
                continue  # « le socio » is a title, « centre socio-culturel » none
            found.append(Entity("role", i, i + 1, key, extra={"stem": roles[key], "activity": activity, "titled": titled}))
    return [e for e in found if not any(o is not e and o.start <= e.start and o.end > e.start and o.end - o.start > 1 for o in found)]
