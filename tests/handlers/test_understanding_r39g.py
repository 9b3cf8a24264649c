"""The lead's blind set 78 (spv71, the comité consultatif départemental des
sapeurs-pompiers volontaires of an SDIS in the Saône-et-Loire, asked by the
sous-officiers' elected representative on Sunday 6 December 2026), missed on
its first run, with the neighbours that must stay as they were:

- « prochain ccdspv ? », « dernier ccdspv ? », « la liste des membres du
  CCDSPV ? »: the acronym most sittings' places carry (« Séance du
  CCDSPV ») is the group's own name when its offices are held « du comité »
  and the acronym opens on that noun's letter (own_group._placed_acronym);
- « le CCDSPV de mars c'était où ? »: asked in the past of a month with a
  sitting held and one to come, the one held (meeting_rank.in_month);
- « on se réunit combien de fois dans l'année ? »: a rhythm, the decision
  « Le comité se réunit au moins quatre fois par an » (rhythm_asked.py);
- « le représentant des officiers volontaires »: not the sous-officiers'
  (compound_tail.py);
- « et après la séance de Cluny, c'est quoi la suivante ? »: the sitting
  after the one held at the venue said, no longer the Cluny one itself
  (meeting_kinds._placed);
- « qui représente le CIS de Tournus ? »: the centre of Tournus, not the six
  « CIS » (narrowed_bodies.py);
- « la délibération du CA sur la NPFR »: a kind's word (« pompiers ») is no
  name the records write a body by, unless its own name holds it
  (body_as_written.py);
- « les réengagements » are « renouvellements d'engagement » (lexicon.toml)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def spv() -> Chat:
    return build_group("spv71")


def test_own_acronym_of_the_comite(spv: Chat) -> None:
    assert "Prochaine séance n°5" in sure(spv, "prochain ccdspv ?", "meeting_next")
    assert "Dernière séance n°4" in sure(spv, "dernier ccdspv ?", "meeting_last")
    assert "Membres du groupe (19)" in sure(spv, "la liste des membres du CCDSPV ?", "directory")
    # Neighbours: the next meeting asked plainly, the sitting of a venue.
    assert "n°5" in sure(spv, "c'est quand la prochaine réunion ?", "meeting_next")


def test_month_asked_in_the_past_is_the_one_held(spv: Chat) -> None:
    assert "Séance n°1 (tenue)" in sure(spv, "le CCDSPV de mars c'était où ?", "meeting_which")
    # Neighbour: asked in the present, next March's.
    assert "Séance n°7" in sure(spv, "la réunion de mars c'est où ?", "meeting_which")


def test_times_a_year_is_the_rhythm_decided(spv: Chat) -> None:
    reply = sure(spv, "on se réunit combien de fois dans l'année ?", "decisions_topic")
    assert "quatre fois par an" in reply
    assert "quatre fois par an" in sure(spv, "on se réunit à quel rythme ?", "decisions_topic")


def test_officers_are_not_the_sous_officiers(spv: Chat) -> None:
    reply = outcome_of(spv, "le représentant des officiers volontaires c'est qui ?").reply.plain()
    assert "Thierry Vadot" in reply and "Aurélie Brochot" not in reply
    assert "Aurélie Brochot" in outcome_of(spv, "qui représente les sous-officiers ?").reply.plain()


def test_sitting_after_the_one_at_a_venue_is_not_that_one(spv: Chat) -> None:
    outcome = outcome_of(spv, "et après la séance de Cluny, c'est quoi la suivante ?")
    assert not (outcome.confident and "Séance n°5" in outcome.reply.plain())


def test_shared_short_name_narrowed_by_its_town(spv: Chat) -> None:
    reply = sure(spv, "qui représente le CIS de Tournus ?", "org_representative")
    assert "Kevin Lardy" in reply and "Julien Pernin" not in reply
    # Neighbour: the short name alone is every centre.
    reply = sure(spv, "qui représente les CIS ?", "org_representative")
    assert "Kevin Lardy" in reply and "Julien Pernin" in reply


def test_kind_word_is_no_body_name_for_the_records(spv: Chat) -> None:
    # « du CA » was said again as « du pompiers », and the label « … des sapeurs-pompiers » answered.
    outcome = outcome_of(spv, "Madame la présidente, pourriez-vous nous transmettre la délibération du CA sur la NPFR ?")
    assert not outcome.confident
    # Neighbour: a kind's word the body's own name holds still is its name (« les impôts » → « finances publiques »).
    gers = build_group("fs-gers")
    assert "déclaration des revenus" in sure(gers, "qu'est-ce qui a été décidé pour les impôts ?", "decisions_topic")


def test_reengagements_are_renewed_engagements(spv: Chat) -> None:
    reply = sure(spv, "les avis des chefs de centre sur les réengagements c'est jusqu'à quand ?", "dates_period")
    assert "4 décembre" in reply
