"""The facts inside decisions asked in other words, that blind set 23b
(cpas-bxl, a Brussels network of CPAS and social services) missed on its
first run, asked in that group and in others:

- everyday words for a decision's administrative ones (families.toml: « le km »
  for « le kilomètre », « les volontaires » for « les bénévoles », « l'aide
  mazout » for « l'allocation de chauffage », « la fiesta » for « la fête »,
  « combien de lits » for « places d'hébergement », « le RIS » for « le revenu
  d'intégration », « la mise à l'emploi » for « contrat article 60 »);
- a French word typed without its accents is that word, no slip of another
  (« reduction » is no « rédaction », normalise.py) nor of a name (« la fin
  d'annee » names no Anne, persons.py);
- « qui peut avoir un colis ? » asks whom a decision entitles, not who does
  the work of a task (who_source.py); « on les envoie chez qui ? » asks no
  meeting's host;
- the words that only ask for a fact (« valables jusqu'à », « le montant »)
  are weighed apart from the thing asked, and a month or a year the decision
  itself says is no period to look in (fact_asked.py, decision_lead.py);
- a fact one decision states is answered only when that decision says a
  word of the question besides a general one (decision_facts.py); a thing a
  decision dates in other words is no agenda point asked « quand »
  (agenda_when.py)."""

from __future__ import annotations

import pytest

from handlers.understanding.fact_asked import said_in, without_asking
from handlers.understanding.normalise import words
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cpas() -> Chat:
    """The Brussels network of CPAS (set 23b)."""
    return build_group("cpas-bxl")


@pytest.fixture(scope="module")
def forest() -> Chat:
    """Forest's employment platform: article 60 contracts for the under-25, crèche places for parents in training."""
    return build_group("emploi1190")


@pytest.fixture(scope="module")
def plie() -> Chat:
    """The PLIE of Lens-Liévin Hénin-Carvin (set 22b): a food voucher, a driving licence paid by the Région."""
    return build_group("plie-lens62")


@pytest.mark.parametrize(("text", "shown"), [
    ("c'est combien le km pour les volontaires ?", "0,25 euro"),
    ("l'indemnite kilometrique c'est combien ?", "0,25 euro"),
    ("l'aide mazout c'est combien par famille ?", "300 euros"),
    ("l'allocation chauffage a ete augmentee ?", "300 euros"),
    ("la fiesta de decembre on a combien de sous ?", "4 500 euros"),
    ("combien de lits en plus cet hiver ?", "120 places"),
    ("l'abonnement stib reduit il est valable combien de temps ?", "un an"),
    ("faut payer pour le compteur a prepaiement ?", "gratuitement"),
    ("anderlecht prend combien d'article 60 l'an prochain ?", "40 personnes"),
    ("combien de postes article 60 en 2027 ?", "40 personnes"),
    ("qui peut avoir un colis alimentaire ?", "assistant social"),
])
def test_a_fact_asked_in_everyday_words(cpas: Chat, text: str, shown: str) -> None:
    assert shown in sure(cpas, text, "decisions_topic")


def test_a_fact_asked_in_everyday_words_elsewhere(forest: Chat, plie: Chat) -> None:
    assert "quinze contrats" in sure(forest, "combien de contrats de mise a l'emploi pour les jeunes ?", "decisions_topic")
    assert "dix places" in sure(forest, "qui peut avoir une place en creche ?", "decisions_topic")
    reply = sure(plie, "qui peut avoir le bon alimentaire ?", "decisions_topic")
    assert "60 euros" in reply.split("\n")[2]  # the voucher's decision first


def test_a_word_typed_without_accents_is_no_slip() -> None:
    assert [w.folded for w in words("la reduction STIB")][1] == "reduction"
    assert [w.folded for w in words("la prochiane sceance")][1:] == ["prochaine", "seance"]  # slips still read


def test_a_year_without_accents_names_no_one(cpas: Chat) -> None:
    outcome = outcome_of(cpas, "la fete de fin d'annee c'est un samedi ?")
    assert not any(e.kind == "person" for e in outcome.understanding.entities)
    assert "Anne-Sophie Wauters" in sure(cpas, "c'est qui l'echevine de la jeunesse ?", "role_holder")


def test_people_sent_somewhere_ask_no_host(cpas: Chat) -> None:
    outcome = outcome_of(cpas, "les jeunes adultes on les envoie chez qui pour le premier rdv ?")
    assert not (outcome.confident and outcome.intent in ("meeting_which", "meeting_next"))
    assert "Molenbeek" in sure(cpas, "la derniere pleniere c'etait chez qui ?", "meeting_last")


def test_the_words_asking_for_a_fact() -> None:
    topic = words("les places d'hiver sont valables jusqu'a quand")
    assert "valables" not in [w.folded for w in without_asking(topic)]
    assert said_in(words("en 2027"), "Le CPAS engage 40 personnes en 2027.")
    assert not said_in(words("en 2028"), "Le CPAS engage 40 personnes en 2027.")


def test_no_wrong_answer_for_a_fact_no_decision_states_first(cpas: Chat) -> None:
    for text in ("les gens peuvent passer quand pour leurs factures d'energie ?", "le dispositif hivernal commence quand ?"):
        outcome = outcome_of(cpas, text)
        assert not outcome.confident or "1er décembre" in outcome.reply.plain() or "9h à 12h" in outcome.reply.plain()


def test_chat_is_still_left_alone(cpas: Chat) -> None:
    for text in ("on a eu septante-deux demandes au fonds energie ce mois ci, c'est enorme",
                 "Je pense qu'on devrait augmenter la prime d'installation l'an prochain.",
                 "Karim tu sais me rappeler apres 14h ?", "à tantôt tout le monde"):
        assert not outcome_of(cpas, text).confident


def test_hours_rhythm_and_delay_checked(cpas: Chat, forest: Chat) -> None:
    # A part of the day checks the hours (decision_facts.py); a rhythm asked by yes or no; « délai » read as a
    # deadline by the synonyms still asks the rule's delay (delays.py).
    assert "9h à 12h" in sure(cpas, "la permanence énergie est ouverte l'après-midi ?", "decisions_topic")
    assert "mercredi matin" in sure(forest, "la permanence d'actiris c'est l'apres-midi ?", "decisions_topic")
    assert "quinze jours" in sure(cpas, "le colis c'est une fois par mois ?", "decisions_topic")
    assert "dix jours ouvrables" in sure(cpas, "c'est quoi le délai pour l'envoi du procès-verbal ?", "decisions_topic")


def test_a_working_group_by_its_subject(cpas: Chat) -> None:
    assert "1 250 euros" in sure(cpas, "qu'est-ce qui a ete decide au groupe energie ?", "decisions_recent")
    assert "5 novembre" in sure(cpas, "le groupe energie c'etait quand ?", "meeting_which")


def test_a_request_a_glued_name_and_a_file_handed_in(cpas: Chat, plie: Chat) -> None:
    assert "300 euros" in sure(cpas, "le montant de l'intervention chauffage svp", "decisions_topic")
    assert "60 euros" in sure(plie, "le montant du bon alimentaire svp", "decisions_topic")
    assert "120 places" in sure(cpas, "le samu social a combien de places en plus ?", "decisions_topic")
    assert "fonds énergie" in sure(cpas, "les dossiers fonds energie a rentrer pour quand ?", "dates_period")
