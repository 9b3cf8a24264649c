"""Rows that the thirty-eighth round's branch r39g (lead's blind set 78)
lost on other sets, found by the lead's whole-set comparison, with the
round's own rows kept (test_understanding_r39g.py):

- « l'aide du CD24 pour la legumerie c quel montant ? » (set 19a, agri24)
  and « qu'a-t-on décidé à propos des finances publiques ? » (lead's set
  34, fs-lozere): a kind's word the body's own name does not hold
  (« Département », « DGFiP ») is still its name for the records when they
  write it capitalised, as a proper name; « pompiers », written only inside
  « sapeurs-pompiers », stays none (body_as_written._capitalised);
- « on se réunit à quel rythme ? » (set 25a, jeunes-ouestvd): a decision
  saying the group « se réunit » answers only when none gives the rhythm of
  the group's own kinds of sittings (rhythm_asked.rhythm_decision)."""

from __future__ import annotations

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group


def test_department_written_capitalised_is_its_name() -> None:
    agri = build_group("agri24")
    assert "18 000" in sure(agri, "l'aide du CD24 pour la legumerie c quel montant ?", "decisions_topic")


def test_dgfip_written_capitalised_is_its_name() -> None:
    lozere = build_group("fs-lozere")
    reply = sure(lozere, "qu'a-t-on décidé à propos des finances publiques ?", "decisions_topic")
    assert "permanence fiscale" in reply


def test_rhythm_of_the_groups_kinds_before_a_meeting_verb() -> None:
    jeunes = build_group("jeunes-ouestvd")
    assert "trimestre" in sure(jeunes, "on se réunit à quel rythme ?", "decisions_topic")
    # Neighbour (set 78): no kind listed, the decision « Le comité se réunit … » is the rhythm.
    spv = build_group("spv71")
    assert "quatre fois par an" in sure(spv, "on se réunit à quel rythme ?", "decisions_topic")
    # Neighbour (set 78): « pompiers » written in « sapeurs-pompiers » is no name of the SDIS.
    outcome = outcome_of(spv, "Madame la présidente, pourriez-vous nous transmettre la délibération du CA sur la NPFR ?")
    assert not outcome.confident
