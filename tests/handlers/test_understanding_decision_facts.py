"""A question of fact that one decision states (decision_facts.py): a count
(« combien de places ? » for « quinze places »), a weekday (« c'est quel
jour ? » for « le jeudi après-midi »), an hour. And a role whose title is
written as the office's noun (« secrétariat du groupe ») holds that title
(persons.holds_role). The groups are invented here, in other words than
the lead's sets."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.handlers.questions_eval import ask
from tests.handlers.questions_groups import invented_group
from tests.helpers import Chat

PARIS = ZoneInfo("Europe/Paris")
DECISIONS = (
    "La banque alimentaire réserve douze colis par semaine aux étudiants du campus.",
    "Une consultation juridique gratuite se tient au centre social le mercredi matin.",
    "Le vestiaire solidaire accueille le public de 14h à 17h.",
    "Le réseau recrute deux services civiques pour la collecte.",
    "Chaque structure désigne un référent pour les familles monoparentales.",
)


@pytest.fixture(scope="module")
def solidarity() -> Chat:
    chat = invented_group(
        "solidarite31",
        ("Hélène Cabrol", "Ville de Colomiers", "Adjointe aux solidarités, présidence du réseau"),
        ("Damien Roques", "Secours catholique", "Animateur, secrétariat du réseau"),
        ("Nora Haddou", "Banque alimentaire de Toulouse", "Responsable des partenariats"),
        ("Lina Fabre", "CCAS de Colomiers", "Conseillère en économie sociale et familiale"),
    )
    data = chat.store.group("solidarite31")
    data.add_meeting(datetime(2026, 11, 5, 14, 0, tzinfo=PARIS), datetime(2026, 11, 5, 16, 0, tzinfo=PARIS),
                     "Centre social de Colomiers")
    data.add_meeting(datetime(2026, 12, 10, 14, 0, tzinfo=PARIS), datetime(2026, 12, 10, 16, 0, tzinfo=PARIS),
                     "Mairie de Colomiers")
    for text in DECISIONS:
        data.add_decision(text, date(2026, 11, 5), 1, "Hélène Cabrol", "telegram:coord-1",
                          datetime(2026, 11, 5, 18, 0, tzinfo=PARIS))
    return chat


@pytest.mark.parametrize(("question", "shown"), [
    ("combien de colis pour les étudiants ?", "douze colis par semaine"),
    ("on a combien de services civiques pour la collecte ?", "recrute deux services civiques"),
    ("la consultation juridique au centre social, c'est quel jour ?", "le mercredi matin"),
    ("le vestiaire solidaire ouvre à quelle heure ?", "de 14h à 17h"),
])
def test_a_fact_one_decision_states_is_answered_by_it(solidarity: Chat, question: str, shown: str) -> None:
    reply = ask(solidarity, question)
    # « Décision sur … » when decision_slots.py finds the one decision, « Décisions sur … » from decision_facts.py.
    assert reply.startswith(("Décision sur", "Décisions sur")), reply
    assert shown in reply


@pytest.mark.parametrize("question", [
    # A count no decision states with that noun, an hour no decision gives: no decision is offered as the answer.
    "combien de colis pour les familles monoparentales ?",
    "la consultation juridique c'est à quelle heure ?",
    # « qui » asks for a person, not a rule.
    "qui réserve des colis aux étudiants, c'est quel jour ?",
])
def test_no_decision_is_given_for_a_fact_it_does_not_state(solidarity: Chat, question: str) -> None:
    assert not ask(solidarity, question).startswith("Décisions sur")


def test_the_meeting_hour_is_still_the_meeting(solidarity: Chat) -> None:
    assert "Prochaine séance" in ask(solidarity, "la prochaine réunion c'est à quelle heure ?")


@pytest.mark.parametrize(("question", "holder"), [
    ("qui assure le secrétariat du réseau ?", "Damien Roques"),
    ("c'est qui la secrétaire du réseau ?", "Damien Roques"),
    ("qui a la présidence du réseau ?", "Hélène Cabrol"),
    # A title's own stem is not replaced by a shorter one (« conseillère » stays « conseillère »).
    ("qui est la CESF du CCAS ?", "Lina Fabre"),
])
def test_a_title_written_as_its_office_is_held(solidarity: Chat, question: str, holder: str) -> None:
    reply = ask(solidarity, question)
    assert holder in reply and "Je ne trouve personne" not in reply, reply
