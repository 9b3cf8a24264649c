"""A body's representative read where a charge is asked within the body:
« qui suit le Comminges à l'ARS ? », « c'est qui la référente ARS pour le
Comminges ? » (a territory its referent follows). A verb of charge
(« s'occuper de », « gérer », « suivre ») or a titled referent with a place
that the body's roles name asks who has that charge there (settle.py). A
noun of office (« qui s'occupe de la trésorerie à l'AMD 92 ? ») stays the
title's holder, as the development set labels it."""

from __future__ import annotations

from handlers.understanding.charge_words import CHARGE_VERBS as _VERBS
from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import plain

__all__ = ["charge_within_body"]


def _place_in_roles(u: Understanding) -> bool:
    """A place word of the message that a role of the body's members names (« pour le Comminges »)."""
    org, place = u.first("org"), u.first("place")
    if org is None or place is None or any(o.start <= place.start < o.end for o in u.entities if o.kind == "org"):
        return False
    said = [u.words[k].folded for k in range(place.start, place.end)]
    return any(all(f" {w} " in f" {plain(m.role)} " for w in said) for m in org.items)


def _titled_referent(u: Understanding) -> bool:
    """« c'est qui la référente ARS pour le Comminges ? »: a referent so titled (an article before it)."""
    return any(w.lemma == "referent" and i > 0 and u.words[i - 1].folded in ("le", "la", "l")
               for i, w in enumerate(u.words))


def charge_within_body(u: Understanding) -> bool:
    """A verb of charge or a titled referent, and a place the body's roles name."""
    return (any(w.lemma in _VERBS or w.folded in _VERBS for w in u.words) or _titled_referent(u)) and (
        u.first("org") is not None and _place_in_roles(u))
