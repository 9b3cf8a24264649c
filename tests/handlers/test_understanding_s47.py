"""One vocabulary for the words that order sittings (helper s47, a reviewer's
finding of round 46; no change of behaviour, no new set).

The words that order sittings or bodies (« prochain(e)(s) », « dernier /
dernière », « précédent », « suivant », « premier », « deuxième »,
« troisième »…) were written again in some forty modules of
handlers/understanding/, each with its own frozenset. They now live in
sitting_order.py (relative orders, ordinals with their rank, singular and
plural forms, the lemmas), and each module takes these sets or a named
union / difference of them: body_duration, chat, counted_items,
deadline_asked, entities, event_place, formation_subject, glued, group_name,
heading_kin, initials, kind_decisions, kind_lists, meeting_form,
meeting_named, meeting_nouns, meeting_rank, meeting_rivals, order_words,
ordered_body, ordered_formations, ordinal_record, own_formation,
past_periods, phrases, pipeline, presence, presence_body, presence_cues,
ranked_deadline, recurring_when, sitting_headings, spelling, spoken_numbers,
timed_deadline, work_since.

The sets hold what sitting_order's docstring says; questions read by several
of those modules keep their answers (measured the same on main)."""

from __future__ import annotations

import pytest

from handlers.understanding.sitting_order import (COUNTED, FIRST, HELD_ORDERS, LAST, LEMMAS, NEXT, ORDINALS, PLURAL,
                                                  PREVIOUS, RANKS, RELATIVE, SINGULAR, ranks_up_to)
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


def test_the_relative_orders_hold_every_form() -> None:
    assert {"prochain", "prochaine", "prochains", "prochaines"} == NEXT
    assert {"derniere", "prochaines", "precedente", "suivants"} <= RELATIVE
    assert "premier" not in RELATIVE and "premiere" in FIRST  # « premier » is an ordinal, no relative order
    assert PLURAL == {w for w in RELATIVE | FIRST if w.endswith("s")}
    assert SINGULAR | PLURAL == RELATIVE | FIRST and not SINGULAR & PLURAL
    assert {"dernier", "derniere"} == LAST & SINGULAR and {"precedents", "precedentes"} == PREVIOUS & PLURAL
    assert LEMMAS == {"prochain", "dernier", "precedent", "suivant", "premier"}
    assert HELD_ORDERS == {"dernier", "precedent", "premier"}


def test_the_ordinals_carry_their_rank() -> None:
    assert RANKS["troisieme"] == 3 and RANKS["premiere"] == 1 and RANKS["second"] == RANKS["seconde"] == 2
    assert RANKS["dixieme"] == 10 and ORDINALS == set(RANKS)
    assert ranks_up_to(4) == {"premier": 1, "premiere": 1, "deuxieme": 2, "second": 2, "seconde": 2, "troisieme": 3,
                              "quatrieme": 4}
    assert COUNTED == {"deuxieme", "second", "seconde", "troisieme", "quatrieme", "cinquieme", "sixieme"}


@pytest.fixture(scope="module")
def copil() -> Chat:
    return build_group("copil77")


def test_a_sitting_picked_by_its_order_keeps_its_answer(copil: Chat) -> None:
    # meeting_rank / pipeline: the third sitting counted from the first, held in November.
    assert "Séance n°3" in sure(copil, "la troisième réunion, c'était quand ?", "meeting_which")
    assert "24 novembre" in sure(copil, "la quatrième réunion, c'était où ?", "meeting_which")
    # ordered_body / meeting_nouns: the last steering committee by its order word before the body.
    assert "Préfecture de Seine-et-Marne" in sure(copil, "le dernier copil, il s'est tenu où ?", "meeting_last")
    assert "Dernière séance n°4" in sure(copil, "et la précédente réunion ?", "meeting_last")
    assert "Prochaine séance n°5" in sure(copil, "la réunion suivante c'est quand ?", "meeting_next")
    # presence: who was at the last sitting.
    assert "Présents (7)" in sure(copil, "qui était présent à la dernière réunion ?", "attendance_meeting")
    # counted_items: the plural order between the count and the noun.
    assert "n°5" in sure(copil, "les trois prochaines séances ?", "meetings_upcoming")


def test_chatter_about_a_sitting_stays_quiet(copil: Chat) -> None:
    assert not outcome_of(copil, "je ne pourrai pas venir au prochain copil, désolée").confident


def test_the_body_s_next_sitting_keeps_its_answer() -> None:
    sion = build_group("vs-sion")
    # The group's next sitting is at Monthey; the bureau's is the one after (entities / meeting_nouns).
    assert "n°5" in sure(sion, "les prochaines séances ?", "meetings_upcoming")
    assert "Bureau, Service de l'action sociale" in sure(sion, "prochaine séance du bureau, c'est à quelle heure ?",
                                                          "meeting_which")
    assert "Dernière séance n°2" in sure(sion, "le bureau précédent s'est tenu où ?", "meeting_last")


def test_the_ca_after_an_order_word_keeps_its_answer() -> None:
    namur = build_group("psy-namur")
    # phrases: a lower-case « ca » after « prochain » is the conseil d'administration, not the pronoun.
    assert "Espace Kegeljan" in sure(namur, "date du prochain ca ?", "meeting_next")
    assert "Laurence Gilson" in sure(namur, "qui vient au prochain CA ?", "rsvp_upcoming")
    assert outcome_of(namur, "le dernier copil, il y avait qui ?").intent == "attendance_meeting"
