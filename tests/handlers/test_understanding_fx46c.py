"""The lead's sets 90 (centresocial72, the conseil d'administration of an
invented centre social of the Sarthe) and 88 (ecole45, the conseil d'école
of an invented groupe scolaire of the Loiret), rows missed on their runs,
asked in other words and in other groups, with the neighbours that must stay
as they were:

- a place « refait(e) » asked when or for how much, where the record names
  the works (« Les travaux de mise en accessibilité des sanitaires … », « …
  est désimperméabilisée … », « … est rénovée pour 450 000 euros »): the
  family [refaire] of families.toml;
- « combien de familles peuvent partir en juillet ? »: a month that the
  decision stating the count writes dates the thing counted, no span of
  records (decision_facts._dates_the_count);
- « c'est quoi le tarif max de … ? », « quel est le prix du … ? »: a price
  asked by its noun is an amount (fact_places.asked_kind), and a range of
  prices states its ceiling (decision_facts._CEILING_STATED);
- « la fête de l'école c'est quand ? » in a school's conseil: the body most
  of the group belongs to frames the question, the rest says what is asked
  (decision_facts._house_words);
- « qui est là pour la circonscription ? »: the bodies of the IEN's
  circonscription; « les gens de la maternelle au conseil ? »: the école of
  that level ([kinds] of entities.toml);
- « on voit les menus où ? » of « … publiés sur le portail famille »: a
  portal is where a thing is published (fact_places._MORE_PLACES);
- « le RI a été voté comment ? »: the règlement intérieur by its initials
  (the family [reglement_interieur]), while the Vaud « RI » (revenu
  d'insertion) keeps its own records."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def centre() -> Chat:
    return build_group("centresocial72")


@pytest.fixture(scope="module")
def ecole() -> Chat:
    return build_group("ecole45")


def test_a_place_redone_is_found_by_the_works_recorded(centre: Chat, ecole: Chat) -> None:
    assert "vacances de février" in sure(centre, "les sanitaires vont être refaits quand ?", "decisions_topic")
    assert "vacances de février 2027" in sure(ecole, "les wc de la maternelle seront refaits quand ?", "decisions_topic")
    assert "rénové avant la fin de l'hiver" in sure(build_group("cispd-avre47"),
                                                    "l'éclairage du souterrain sera refait quand ?", "decisions_topic")
    assert "450 000 euros" in sure(build_group("cldr-durbuy"),
                                   "la maison de village de Tohogne sera refaite pour combien ?", "decisions_topic")
    assert "Seine-Saint-Denis Habitat finance la rénovation" in sure(
        build_group("aulnay93"), "les halls de la Rose-des-Vents vont être refaits ?", "decisions_topic")


def test_redoing_a_point_is_no_works(ecole: Chat) -> None:
    # « on refait le point » speaks of a meeting's agenda, not of works.
    outcome = outcome_of(ecole, "on refait le point sur la cantine quand ?")
    assert outcome.intent != "decisions_topic"
    assert "Tarifs de la restauration scolaire" in outcome.reply.plain()


def test_a_month_the_decision_writes_dates_the_count(centre: Chat) -> None:
    assert "huit familles" in sure(centre, "en juillet on peut emmener combien de familles ?", "decisions_topic")
    # Counted in the past, the month is a span of records: no rule is asked.
    outcome = outcome_of(centre, "combien de familles étaient là en juillet ?")
    assert not (outcome.confident and outcome.intent == "decisions_topic")


def test_a_price_asked_by_its_noun(centre: Chat, ecole: Chat) -> None:
    assert "12 euros la journée" in sure(centre, "quel est le tarif max de l'ALSH ?", "decisions_topic")
    assert "augmente de 0,50 €" in sure(build_group("sivom15"), "quel est le prix du ticket de piscine ?",
                                        "decisions_topic")
    # Prices asked so before keep their decision.
    assert "8 euros par famille" in sure(centre, "quel prix pour l'adhésion ?", "decisions_topic")
    assert "3,40 euros" in sure(ecole, "quel est le prix du repas à la cantine ?", "decisions_topic")
    # Chatter on prices asks nothing.
    assert not outcome_of(centre, "les tarifs ont encore augmenté partout, quelle galère").confident


def test_the_groups_own_house_frames_a_question_of_when(ecole: Chat) -> None:
    reply = sure(ecole, "la kermesse de l'école c'est quand ?", "decisions_topic")
    assert "26 juin 2027" in reply and "portail famille" not in reply


def test_the_circonscription(ecole: Chat) -> None:
    reply = sure(ecole, "qui vient de la circonscription ?", "org_representative")
    assert "Isabelle Verdier" in reply and "Thomas Quéré" in reply  # the IEN's office and the RASED it holds
    # The RASED keeps its own people.
    reply = sure(ecole, "qui représente le RASED ?", "org_representative")
    assert "Thomas Quéré" in reply and "Isabelle Verdier" not in reply
    # A deadline to send to « l'inspection » keeps its date (« Envoi à l'IEN … »).
    assert "11 décembre" in sure(ecole, "les effectifs sont à envoyer à l'inspection avant quand ?", "dates_period")


def test_the_ecole_of_a_level(ecole: Chat) -> None:
    reply = sure(ecole, "qui sont les gens de l'élémentaire ?", "org_members")
    assert "Hélène Marchais" in reply and "Josiane Rabier" not in reply
    # The level's words still find the decisions that name it.
    assert "vacances de février 2027" in sure(ecole, "les wc de la maternelle seront refaits quand ?", "decisions_topic")


def test_a_portal_is_where_a_thing_is_published(ecole: Chat) -> None:
    assert "portail famille" in sure(ecole, "les menus de la semaine on les trouve où ?", "decisions_topic")


def test_the_reglement_interieur_by_its_initials(ecole: Chat) -> None:
    assert "adopté à l'unanimité" in sure(ecole, "on a voté quoi sur le RI ?", "decisions_topic")
    # In Vaud « RI » is the revenu d'insertion, found by its own word.
    assert "Fabrice Monnier" in sure(build_group("jeunes-ouestvd"), "le référent RI du CSR c'est qui ?", "role_holder")
    assert "150 francs" in sure(build_group("cosoc-vd"), "l'aide au chauffage pour les ménages au RI c'est combien ?",
                                "decisions_topic")
