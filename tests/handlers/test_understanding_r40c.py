"""Counting, how many, since when and how long, of blind set 47c (geiq38,
the conseil d'administration of an invented GEIQ BTP in the Isère, asked by
its chargée d'accompagnement on Tuesday 1 December 2026), missed on its
first run, asked in other words, with the neighbours that must stay as they
were:

- a figure of a past year (« combien d'adhérents en 2024 ? », « le taux …
  l'an dernier ? ») that no decision shown writes: unsure, not this year's
  figure (unrecorded_figure.year_unstated);
- a count whose topic was found only through related words (« combien de
  demandeurs d'emploi dans le BTP en Isère ? » finding the member companies):
  unsure (unrecorded_figure.not_counted_there);
- things counted (« combien d'entreprises de maçonnerie parmi les
  adhérents ? ») are no rule of joining (group_rules._counted_cue), and the
  time left (« combien de temps il nous reste pour répondre ? ») no term of
  office (group_rules, the mandates' `unless`);
- since when something exists (« ça fait combien de temps que le GEIQ
  existe ? »): no record dates a founding (founding.py);
- « c'est dans combien de temps ? », « c dans cb de jours », « il reste
  combien de temps avant … »: the date (lexicon.toml);
- the decisions counted in all or at a sitting named by its heading
  (decision_count.py, intents.toml); « combien de deadlines »; « la mise à
  dispo »; « l'adhésion » for the « cotisation »."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def geiq() -> Chat:
    return build_group("geiq38")


@pytest.fixture(scope="module")
def codev() -> Chat:
    return build_group("codev64")


@pytest.fixture(scope="module")
def table() -> Chat:
    return build_group("tqrosemont")


def _unsure(chat: Chat, text: str) -> str:
    outcome = outcome_of(chat, text)
    assert not outcome.confident, (text, outcome.intent, outcome.reply.plain())
    return outcome.reply.plain()


@pytest.mark.parametrize("text", [
    "on avait combien d'entreprises adhérentes en 2024 ?",
    "le taux de sorties positives l'an dernier c'était combien ?",
    "combien de demandeurs d'emploi dans le BTP en Isère ?",
    "combien d'entreprises de maçonnerie parmi les adhérents ?",
    "ça fait combien de temps que le GEIQ existe ?",
])
def test_a_figure_no_record_holds_leaves_the_bot_unsure(geiq: Chat, text: str) -> None:
    reply = _unsure(geiq, text)
    assert "Je ne suis pas sûr" in reply or "Je n'ai pas compris" in reply


def test_the_figures_the_records_hold_are_still_answered(geiq: Chat) -> None:
    assert "38 entreprises adhérentes" in sure(geiq, "combien d'entreprises adhérentes ?", "decisions_topic")
    assert "1,2 million" in sure(geiq, "le budget 2027 c'est combien ?", "decisions_topic")
    assert "20 places" in sure(geiq, "combien de places pour les gens au RSA ?", "decisions_topic")
    assert "15 recrutements" in sure(geiq, "combien de recrutements on a validé pour janvier ?", "decisions_topic")
    # A year the decision writes is no past year left unsaid.
    assert "350 euros en 2027" in sure(geiq, "l'adhésion passe à combien l'an prochain ?", "decisions_topic")
    assert "Première séance n°1" in sure(geiq, "depuis quand on se réunit ?", "meeting_which")


def test_the_time_left_is_no_term_of_office(geiq: Chat) -> None:
    reply = sure(geiq, "combien de temps il nous reste pour répondre à la Région ?", "dates_period")
    assert "vendredi 15 janvier 2027" in reply and "Compétences BTP" in reply
    # Neighbour: the president's term, asked how long it still runs.
    assert "juin 2029" in sure(geiq, "le mandat de Bertrand il court encore combien de temps ?", "decisions_topic")


def test_joining_rules_still_answer_how_one_joins(codev: Chat) -> None:
    assert "appel à candidatures" in sure(codev, "comment faire pour rejoindre le conseil ?", "decisions_topic")
    assert "neuf membres" in sure(codev, "le bureau il est composé de combien de personnes ?", "decisions_topic")


@pytest.mark.parametrize(("text", "shown"), [
    ("la prochaine séance c'est dans combien de temps ?", "Dans 7 jours"),
    ("la prochaine reu c dans cb de jours", "Dans 7 jours"),
    ("il reste combien de temps avant le prochain conseil ?", "Séance n°4 — mardi 8 décembre 2026"),
    ("l'assemblée générale c'est dans combien de temps ?", "Séance n°7 — mardi 15 juin 2027"),
])
def test_in_how_long_asks_the_date(geiq: Chat, text: str, shown: str) -> None:
    outcome = outcome_of(geiq, text)
    assert outcome.confident and outcome.intent in ("meeting_next", "meeting_which"), (text, outcome.intent)
    assert shown in outcome.reply.plain()


def test_a_delay_after_a_sitting_stays_a_delay(table: Chat) -> None:
    assert "dix jours" in sure(table, "Le PV est envoyé dans combien de temps après la rencontre ?", "decisions_topic")


def test_the_decisions_counted(geiq: Chat) -> None:
    assert "14 décisions enregistrées, sur 3 séances." in sure(geiq, "combien de décisions en tout depuis le début ?",
                                                                "decisions_recent")
    assert "3 (séance n°2)" in sure(geiq, "combien de décisions au comité des partenaires ?", "decisions_recent")
    # Neighbour: a count bounded by a period keeps its heading.
    assert "14 (séances n°1, n°2, n°3)" in sure(geiq, "on a pris combien de décisions depuis la rentrée ?",
                                                "decisions_recent")


def test_counts_in_the_chat_s_own_words(geiq: Chat) -> None:
    assert "vendredi 4 décembre 2026" in sure(geiq, "combien de deadlines d'ici Noël ?", "dates_period")
    assert "23,50 euros" in sure(geiq, "la mise à dispo c'est combien de l'heure ?", "decisions_topic")
    # Neighbour: « dispo » alone is still « disponible », chat.
    assert not outcome_of(geiq, "je suis dispo mardi").confident


def test_a_count_stated_by_its_own_noun_or_in_money_words_stays_answered(codev: Chat) -> None:
    # « absences » is the noun counted, which the rule writes (« absent ») though no other word of the question is.
    assert "démissionnaire" in sure(codev, "au bout de combien d'absences on perd sa place ?", "decisions_topic")
    # « combien de sous » asks a sum, as « combien d'argent » does (set 23b).
    assert "4 500 euros" in sure(build_group("cpas-bxl"), "la fiesta de decembre on a combien de sous ?",
                                 "decisions_topic")


def test_a_count_the_rule_of_joining_writes_stays_the_rule(geiq: Chat) -> None:
    # The rule found writes the question's own word of joining (« recrute » / « recrutées »): it states the count
    # (the lead's set 23).
    reply = sure(build_group("tzcld58"), "combien de personnes on recrute en janvier ?", "decisions_topic")
    assert "Douze personnes" in reply
    # « local » is written « locaux » in the decision that states the share (the lead's set 32).
    assert "30 %" in sure(build_group("pat-saintbrieuc"), "on vise combien de local à la cantine ?", "decisions_topic")
    # Whereas « adhérents » counted found only a rule on recruitments.
    assert not outcome_of(geiq, "on a combien d'adhérents côté entreprises ?").confident


def test_a_foundation_named_before_the_question_is_no_founding_asked(geiq: Chat) -> None:
    reply = sure(geiq, "Bonjour, je travaille depuis peu à la Fondation Clos Fleuri. Quand a lieu la prochaine séance ?",
                 "meeting_next")
    assert "8 décembre" in reply
    assert not outcome_of(geiq, "depuis quand le GEIQ existe ?").confident
