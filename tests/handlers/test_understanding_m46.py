"""Decisions asked in words the decision does not use, of blind sets 25c
(eaje-sn44, a crèche admissions commission), 21b (maraude76, a night outreach
network) and 20c (epicerie74, a network of social grocery shops), missed on
their first run, asked here in other words and in other groups, with the
neighbours that must stay as they were:

- going back to work said as members say it (« retrouver du travail », « le
  retour à l'emploi ») is « reprendre un emploi » of a priority rule, and the
  chat name of the tax notice (« la feuille d'impôts ») is « l'avis
  d'imposition » of a list of papers: families.toml ([retour_emploi],
  [avis_imposition]); « quelle somme ? » is the noun: lexicon.toml [lemmas];
- a participation « à payer » asked of something finds its paying pole (« … à
  payer ? » of « … distribués gratuitement »): families.toml [gratuit_payant];
  « participation » alone is no pole (it tied « c'est gratuit pour … ? » with
  every record naming a participation: mended at the merge);
- « quelles conditions pour … ? », « les critères pour … ? » ask the decision
  on the thing: lexicon.toml topic_generic;
- street outreach under its other names (« les équipes de rue », « la
  tournée de rue ») is « les maraudes »: families.toml [maraude];
- « la saison de … », « le seuil de … » ask the decision on the thing
  (lexicon.toml topic_generic), and a request « étudiée » is one
  « examinée » (families.toml [examiner]);
- a price cut (« la réduction », « un rabais ») is a kind of price
  (families.toml [tarif] members), found at half weight;
- where people or things are sent (« orientées vers la permanence … »,
  « redirigés vers la vesterie ») is the place a « où ? » asks:
  decision_slots.py."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def chablais() -> Chat:
    return build_group("pe-chablais")


@pytest.fixture(scope="module")
def eaje() -> Chat:
    return build_group("eaje-sn44")


@pytest.fixture(scope="module")
def aidants() -> Chat:
    return build_group("aidants88")


@pytest.fixture(scope="module")
def maraude() -> Chat:
    return build_group("maraude76")


@pytest.fixture(scope="module")
def epicerie() -> Chat:
    return build_group("epicerie74")


def test_going_back_to_work_is_taking_up_a_job(chablais: Chat, eaje: Chat) -> None:
    assert "reprennent un emploi" in sure(chablais, "une maman qui retrouve du travail, elle est prioritaire ?",
                                          "decisions_topic")
    assert "reprennent un emploi" in sure(chablais, "les parents qui retrouvent un emploi passent devant ?",
                                          "decisions_topic")
    assert "reprennent un emploi" in sure(chablais, "le retour à l'emploi des parents, c'est prioritaire ?",
                                          "decisions_topic")
    assert "reprennent un emploi" in sure(eaje, "un papa qui retrouve un emploi, il passe devant ?", "decisions_topic")


def test_work_alone_is_no_job_taken_up(chablais: Chat) -> None:
    # « le groupe de travail » keeps its sitting: « travail » alone is in no phrase of the family.
    o = outcome_of(chablais, "on fait le point sur le groupe de travail ?")
    assert o.intent == "agenda_items" and o.confident


def test_the_tax_notice_by_its_chat_name(eaje: Chat) -> None:
    assert "avis d'imposition" in sure(eaje, "il faut joindre la feuille d'impôts au dossier ?", "decisions_topic")
    assert "avis d'imposition" in sure(eaje, "l'avis de non-imposition suffit pour le dossier ?", "decisions_topic")
    # A member's complaint is no question.
    assert not outcome_of(eaje, "j'ai perdu ma feuille d'impôts, quelle galère").confident


def test_a_participation_to_pay_is_the_paying_pole(aidants: Chat) -> None:
    assert "gratuites" in sure(aidants, "le relayage à domicile, il y a une participation à payer ?",
                               "decisions_topic")
    # « gratuit » asked of the one record saying it free, beside another naming a participation (set lead60's group).
    sport = build_group("mss63")
    assert "complémentaire santé solidaire" in sure(sport, "c'est gratuit pour les bénéficiaires de la C2S ?",
                                                    "decisions_topic")
    # Thanks for coming stay chat.
    assert not outcome_of(aidants, "merci pour ta participation à la réunion !").confident


def test_conditions_of_a_thing_ask_its_decision(aidants: Chat) -> None:
    assert "relayage" in sure(aidants, "quelles conditions pour le relayage à domicile ?", "decisions_topic")


def test_where_people_are_sent_is_a_place(maraude: Chat) -> None:
    assert "accès aux soins" in sure(maraude, "une personne sans papiers malade, on l'envoie où ?", "decisions_topic")
    assert "vesterie" in sure(maraude, "les vêtements qu'on nous donne, ils vont où ?", "decisions_topic")
    # A place said the usual way keeps its decision.
    assert "Saint-Hilaire" in sure(maraude, "où sont stockées les couvertures ?", "decisions_topic")


def test_street_outreach_by_its_other_names(maraude: Chat, epicerie: Chat) -> None:
    assert "de 20h à 23h" in sure(maraude, "les équipes de rue sortent jusqu'à quelle heure ?", "decisions_topic")
    assert "de 20h à 23h" in sure(maraude, "la tournée de rue finit à quelle heure ?", "decisions_topic")
    # A delivery round is no outreach: the task keeps its pilot.
    assert "Gilles Mermillod" in sure(epicerie, "qui s'occupe de la tournée du camion ?", "in_charge")


def test_the_season_or_threshold_of_a_thing_asks_its_decision(maraude: Chat, eaje: Chat) -> None:
    assert "1er novembre au 31 mars" in sure(maraude, "la saison des maraudes commence quand ?", "decisions_topic")
    assert "-2 °C" in sure(maraude, "c'est quoi le seuil de déclenchement du grand froid ?", "decisions_topic")
    assert "examinées à chaque commission" in sure(eaje, "une demande déposée en janvier, elle sera étudiée ?",
                                                   "decisions_topic")


@pytest.fixture(scope="module")
def access() -> Chat:
    return build_group("access80")


def test_a_price_cut_is_a_kind_of_price(access: Chat, epicerie: Chat) -> None:
    assert "50 % du prix" in sure(access, "la rampe amovible, il y a un rabais pour les commerçants ?",
                                  "decisions_topic")
    assert "20 % de leur prix" in sure(epicerie, "le rabais sur les produits, c'est combien ?", "decisions_topic")
    # The waste cut is no price: nothing decided on it in this group.
    assert not outcome_of(epicerie, "on a décidé quoi pour la réduction des déchets ?").confident
