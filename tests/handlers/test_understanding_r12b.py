"""The general causes behind blind set 21b's misses (maraude76: street outreach
and emergency shelter in Rouen, decisions asked in words the decision does not
use), tested in other words on an invented food-aid group of Troyes:

- families of words of food aid and shelter (families.toml): « les colis »,
  « le coup de pouce » for « une aide ponctuelle », « les SDF » for « les
  personnes sans domicile », « les habits » for « les vêtements », « les
  conserves » for « les denrées non périssables », « autorisés » for
  « interdits » (one subject for a yes-or-no check);
- « colis » is no form of « croire » (lexicon.toml, lemmas);
- a decision saying the question's own words comes first, and beats a task
  reached only through a family (dominance.first_of, answers_records.py,
  task_match.py);
- « réglé », « confirmée » ask whether a thing stands: on a tie with a task,
  the decision answers (lexicon.toml, task_questions status and standing);
- « qui a droit à … ? », « c'est pour qui ? » ask whom a decision serves
  (lexicon.toml, who_source receiving; who_source.py);
- a « quand » of circumstance (« quand il gèle, on fait quoi ? ») asks no date:
  no meeting whose agenda holds the point, no task's due date (chat.py);
- a prefix is no typo: « rendre » does not find « Prendre » (topics.py);
- three words, most in one decision and none in another, are that decision
  (decision_check.alone)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from storage.models import AgendaItem
from tests.handlers.questions_eval import ask, outcome_of
from tests.handlers.questions_groups import invented_group
from tests.helpers import Chat

PARIS = ZoneInfo("Europe/Paris")
SLUG = "colis-r12b"
DECISIONS = (
    "Les colis de denrées non périssables sont distribués le mardi à la salle paroissiale.",
    "Une aide ponctuelle de 80 euros est versée aux familles en difficulté passagère.",
    "Les bénéficiaires dont les droits sont ouverts peuvent venir sans rendez-vous.",
    "Le local de la rue des Tanneurs est mis à disposition par la mairie.",
    "Les chiens sont interdits dans la salle de distribution.",
    "Les vêtements d'hiver sont donnés à la friperie de la Croix-Rouge.",
    "La distribution de Noël est maintenue le 19 décembre au gymnase Jules Ferry.",
    "Le gymnase Jules Ferry ouvre la nuit dès -5 °C pour les personnes sans domicile.",
    "Les femmes enceintes sont servies en priorité aux distributions.",
    "La domiciliation des personnes sans domicile se fait au CCAS de Troyes.",
)
TASKS = ("Réserver le gymnase pour la distribution de Noël", "Apporter les cartons à la vesterie du Secours populaire",
         "Prendre les clés du local")


@pytest.fixture(scope="module")
def troyes() -> Chat:
    chat = invented_group(SLUG, ("Odile Marchal", "Banque alimentaire de l'Aube", "Présidente"),
                          ("Rémi Caron", "CCAS de Troyes", "Travailleur social"))
    data = chat.store.group(SLUG)
    held = data.add_meeting(datetime(2026, 11, 10, 18, tzinfo=PARIS), datetime(2026, 11, 10, 20, tzinfo=PARIS),
                            "Mairie de Troyes", ())
    data.add_meeting(datetime(2026, 12, 15, 18, tzinfo=PARIS), datetime(2026, 12, 15, 20, tzinfo=PARIS),
                     "Mairie de Troyes", (AgendaItem("Ouverture du gymnase par grand froid", "Odile Marchal"),))
    for text in DECISIONS:
        data.add_decision(text, date(2026, 11, 10), held.number, "Odile Marchal", "telegram:coord-1",
                          datetime(2026, 11, 10, 21, tzinfo=PARIS))
    pilot = next(m.number for m in data.members() if m.name == "Rémi Caron")
    for text in TASKS:
        data.add_task(text, pilot, date(2026, 12, 18), held.number, "Rémi Caron", "Odile Marchal", "telegram:coord-1")
    return chat


def _first_decision(chat: Chat, text: str) -> str:
    """The first decision a confident decisions answer shows."""
    outcome = outcome_of(chat, text)
    assert outcome.confident and outcome.intent == "decisions_topic", (text, outcome.intent, outcome.reply.plain())
    return next(line for line in outcome.reply.plain().splitlines()[1:] if not line.startswith("Décision"))


@pytest.mark.parametrize(("question", "shown"), [
    ("qu'est-ce qu'on a dit pour les colis ?", "denrées non périssables"),
    ("le coup de pouce aux familles, c'est acté ?", "aide ponctuelle"),
    ("les gens qui ont leurs droits ouverts peuvent venir ?", "sans rendez-vous"),
    ("les SDF se font domicilier où ?", "CCAS de Troyes"),
    ("c'est réglé pour les habits d'hiver ?", "friperie"),
    ("les conserves c'est distribué quel jour ?", "le mardi"),
    ("les chiens sont autorisés dans la salle de distribution ?", "interdits"),
])
def test_a_decision_asked_in_other_words_is_found(troyes: Chat, question: str, shown: str) -> None:
    assert shown in _first_decision(troyes, question)


def test_the_decision_saying_the_words_comes_before_those_a_family_reaches(troyes: Chat) -> None:
    # « local » is « salle » by a family; the decision on the local itself comes first.
    assert "rue des Tanneurs" in _first_decision(troyes, "c'est réglé pour le local ?")


def test_a_settled_or_confirmed_thing_is_the_decision_not_the_task(troyes: Chat) -> None:
    # The task « Réserver le gymnase pour la distribution de Noël » shares the words.
    assert "maintenue le 19 décembre" in _first_decision(troyes, "la distribution de Noël est confirmée ?")


def test_whom_a_decision_serves_is_the_decision(troyes: Chat) -> None:
    assert "familles en difficulté" in _first_decision(troyes, "qui a droit à l'aide ponctuelle ?")
    assert "personnes sans domicile" in _first_decision(troyes, "la domiciliation c'est pour qui ?")


def test_three_words_two_in_one_decision_none_elsewhere(troyes: Chat) -> None:
    assert "en priorité" in _first_decision(troyes, "les femmes enceintes sont servies en premier ?")


def test_a_when_of_circumstance_asks_no_date(troyes: Chat) -> None:
    reply = ask(troyes, "quand il gèle, on fait quoi ?")
    # Not the meeting whose agenda holds « Ouverture du gymnase par grand froid », nor a task, nor a winter decision.
    assert "ordre du jour" not in reply and "Tâche" not in reply and "vêtements" not in reply


def test_a_prefix_is_no_typo(troyes: Chat) -> None:
    # « rendre » is no slip of « Prendre les clés du local »: the period's dates answer, not that task found by its
    # words (since the fourteenth round the tasks due before Christmas follow the dates, that one among them).
    reply = ask(troyes, "on a quoi à rendre avant Noël ?")
    assert reply.startswith("Agenda") and "Tâche sur ce sujet" not in reply, reply
    assert reply.index("Tâches à rendre") < reply.index("Prendre les clés"), reply
