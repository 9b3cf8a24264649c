"""Decisions asked in other words than recorded (blind set 17a): irregular
derivations (« l'ouverture » for « ouvre », « l'élection » for « élu »,
« le paiement » for « payés », « le recrutement » for « recrute »), a
weekday or a season that is part of the decision's topic (« l'ouverture
le dimanche » is no Sunday to look in), a time of day recorded where the
question says « l'horaire », « le vote » as a noun, « c'est quoi la règle
pour … » as a decision question, and the tight [topics] synonyms in full.
Tested on a group invented here (a Drôme network of small libraries and
village services), not on budget38."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.understanding.normalise import words
from handlers.understanding.topics import topic_scores
from tests.handlers.questions_groups import invented_group
from tests.helpers import Chat

PARIS = ZoneInfo("Europe/Paris")
DECISIONS = (
    "La ludothèque de Die ouvre le dimanche de 14h à 18h.",
    "Le marché de producteurs de Crest ferme le mardi en août.",
    "La permanence du point info se tient au foyer rural de 9h à 12h.",
    "Le bureau du réseau est élu pour un an par l'assemblée.",
    "Les intervenants des ateliers sont payés à la séance, sur facture.",
    "Le réseau recrute une animatrice pour les bibliothèques itinérantes.",
    "Les adhérents votent par voie électronique.",
    "La bibliothèque de Saillans reste accessible aux habitants des hameaux par un portage à domicile.",
    "Les familles s'inscrivent aux ateliers la semaine précédente.",
    "Le réseau se réunit le deuxième lundi du mois à 18h30.",
    "Le dojo de Luc-en-Diois accueille les clubs le samedi matin.",
)


@pytest.fixture(scope="module")
def drome() -> Chat:
    chat = invented_group(
        "lectures26",
        ("Martine Roux", "Réseau des bibliothèques du Diois", "Coordinatrice"),
        ("Pascal Vernet", "Commune de Saillans", "Adjoint à la culture"),
        ("Inès Brunel", "Ludothèque de Die", "Animatrice"),
    )
    data = chat.store.group("lectures26")
    data.add_meeting(datetime(2026, 11, 10, 18, 0, tzinfo=PARIS), datetime(2026, 11, 10, 20, 0, tzinfo=PARIS), "Die")
    for text in DECISIONS:
        data.add_decision(text, date(2026, 11, 10), 1, "Martine Roux", "telegram:coord-1",
                          datetime(2026, 11, 10, 20, 0, tzinfo=PARIS))
    pilot = next(m for m in data.members() if m.name == "Inès Brunel")
    data.add_task("Trouver un local pour la ludothèque de Châtillon", pilot.number, date(2027, 1, 15), 1,
                  "Inès Brunel", "Martine Roux", "telegram:coord-1")
    return chat


@pytest.mark.parametrize(("question", "shown"), [
    # A weekday after « le » / « du » is a habit, part of the topic (it was read as next Sunday).
    ("on avait tranché quoi pour l'ouverture le dimanche ?", "ouvre le dimanche"),
    ("la fermeture du mardi, c'est acté ?", "ferme le mardi"),
    # Irregular derivations, in either direction.
    ("qu'a-t-on décidé pour l'élection du bureau ?", "est élu pour un an"),
    ("on avait acté quoi pour le paiement des intervenants ?", "payés à la séance"),
    ("le recrutement d'une animatrice, c'est décidé ?", "recrute une animatrice"),
    ("qu'est-ce qu'on a décidé pour l'inscription aux ateliers ?", "s'inscrivent aux ateliers"),
    # A time of day recorded, « l'horaire » asked.
    ("l'horaire de la permanence du point info, c'est décidé ?", "de 9h à 12h"),
    # « le vote » is a noun after its article, no verb of deciding.
    ("le vote électronique, c'est acté ?", "votent par voie électronique"),
    # « c'est quoi la règle pour … » asks for a decision (« règle » is no task « réglée »).
    ("c'est quoi la règle pour le portage à domicile ?", "portage à domicile"),
    # The meetings' hour or day, asked of a decision (those words never make a topic otherwise).
    ("c'est quoi la règle pour l'heure de nos réunions ?", "se réunit le deuxième lundi"),
    ("on se voit quel jour du mois, c'était décidé comment ?", "se réunit le deuxième lundi"),
    # A hypernym (« le sport ») finds where it is played; a part of the day is an hour.
    ("qu'a-t-on décidé pour le sport le samedi ?", "Le dojo de Luc-en-Diois"),
    ("les créneaux des clubs au dojo, c'est acté ?", "samedi matin"),
])
def test_a_decision_asked_in_other_words_is_found(drome: Chat, question: str, shown: str) -> None:
    reply = drome.say(question, private=True)
    assert "Décisions sur" in reply and shown in reply, reply


def test_a_weekday_without_its_article_stays_a_day(drome: Chat) -> None:
    """« qu'a-t-on décidé mardi ? » asks for a Tuesday's decisions, not for the market closed on Tuesdays."""
    reply = drome.say("qu'a-t-on décidé mardi ?", private=True)
    assert "ferme le mardi" not in reply, reply


def test_the_verb_of_deciding_still_asks_for_decisions(drome: Chat) -> None:
    """« on a vote quoi » (« voté » typed without its accent) still asks what was decided."""
    reply = drome.say("on a vote quoi pour l'élection du bureau ?", private=True)
    assert "est élu pour un an" in reply, reply


def test_tight_synonyms_count_in_full_and_loose_ones_half() -> None:
    """« déposer » is « dépôt » (a tight family of lexicon.toml's [topics]); « mensuel » is only close
    to « chaque mois » (a loose one): it still counts half."""
    assert topic_scores(words("déposer", shorthand=False), ["Dépôt des dossiers"]) == [1.0]
    assert topic_scores(words("repousser", shorthand=False), ["Report de l'assemblée générale"]) == [1.0]
    assert topic_scores(words("mensuel", shorthand=False), ["Le groupe se réunit chaque mois"]) == [0.5]


def test_a_clock_time_is_no_hour_of_a_record_without_one() -> None:
    """« l'horaire » finds a decision stating a time, not one without."""
    assert topic_scores(words("horaire", shorthand=False),
                        ["La permanence ouvre à 9h30.", "La permanence est à la mairie."]) == [1.0, 0.0]



def test_news_of_a_town_council_decision_is_not_answered(drome: Chat) -> None:
    """« vous avez vu la décision du conseil municipal sur … ? » speaks of the town's decision, even when the
    group decided something on the same topic: no list of the group's decisions."""
    reply = drome.say("vous avez vu la décision du conseil municipal sur la ludothèque ?", private=True)
    assert "Décisions sur" not in reply and "ouvre le dimanche" not in reply, reply


def test_a_meeting_question_is_still_a_meeting_question(drome: Chat) -> None:
    """« à quelle heure est la prochaine réunion ? » asks for a meeting, not for the decision on their hour."""
    reply = drome.say("à quelle heure est la prochaine réunion ?", private=True)
    assert "se réunit le deuxième lundi" not in reply, reply


def test_looking_for_is_finding(drome: Chat) -> None:
    """« qui cherche un local … ? » names the task « Trouver un local … »."""
    reply = drome.say("qui cherche un local pour la ludothèque ?", private=True)
    assert "Inès Brunel" in reply, reply
