"""People referred to loosely, that blind set 29d (gdv47, the commission
consultative of the schéma d'accueil des gens du voyage of Lot-et-Garonne,
asked by its coordinator on Tuesday 1 December 2026) missed on its first run;
asked here in other words:

- what was decided of a member (« X avait proposé quoi ? », « X a été chargé
  de quoi ? », « les décisions qui concernent X »): the decisions writing their
  name (person_records.decisions_naming);
- « les collègues de X », « X bosse avec qui ? »: the other members of their
  body (person_records.colleagues_of);
- a member's card checked (« X elle est à A ou à B ? », « X c'est le … ? ») or
  asked for contact (person_records.card_asked);
- « X il vient … », « la CAF elle a … »: the resumed pronoun dropped
  (person_records.without_resumed_pronoun); « le commandant Roux »: the
  member's own title before their name (without_title_before_name);
- « celle qui remplace Karim »: the member whose role says so
  (person_records.successor_of);
- « X sera là à <lieu> ? »: presence at the meeting held there
  (presence_cues.someone_goes_to);
- « l'élu(e) à … » held by a vice-president (answers_people.role_holder);
  « la gendarmerie », « le groupe technique » (entities.toml); a month is no
  name cut short (persons.py); what a member with nothing left did
  (commands/tasks.py);
- a first name two members share is asked back, never guessed."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def gdv() -> Chat:
    """Set 29d's group: two Sandrines, a Marie and a Marie-Christine, « JP », « Paulo », Hélène de Lamothe…"""
    return build_group("gdv47")


@pytest.mark.parametrize(("text", "intent", "shown"), [
    # what a decision made of a member
    ("Élodie avait proposé quoi ?", "decisions_topic", "tablette"),
    ("on a retenu quoi de la proposition de Mme Durand ?", "decisions_topic", "3 euros"),
    ("François Dupuy-Marsan a été chargé de quoi ?", "decisions_topic", "stationnements illicites"),
    ("quelles décisions concernent Paul Ferreira ?", "decisions_topic", "recensement"),
    # colleagues
    ("Thierry il bosse avec qui ?", "org_members", "Paul Ferreira"),
    ("les collègues de Mme Lafitte ?", "org_members", "Camille Estève"),
    ("Karim Haddou a des collègues dans le groupe ?", "org_members", "seul membre"),
    # the card checked or asked for contact
    ("Élodie Sarrazin elle est à la DSDEN ou au Département ?", "who_is", "DSDEN de Lot-et-Garonne"),
    ("comment joindre Paulo ?", "who_is", "Paul Ferreira"),
    ("Mme Gaubert c'est la cheffe du service insertion ?", "who_is", "Conseil départemental"),
    # a resumed pronoun, a title before the name
    ("Nathalie elle vient le 15 ?", "rsvp_upcoming", "a annoncé sa présence"),
    ("le Département il a des choses à faire ?", "tasks_mine", "terrains familiaux"),
    ("la vice-présidente de Lamothe vient le 15 ?", "rsvp_upcoming", "a présenté ses excuses"),
    ("le maire Castagné était là en novembre ?", "attendance_meeting", "parmi les présents"),
    # who took over
    ("qui a remplacé Karim Mansouri ?", "role_holder", "Sandrine Bordes"),
    ("c'est qui qui remplace Karim à la CAF ?", "role_holder", "Sandrine Bordes"),
    # presence at a meeting's place
    ("Karim sera là à Villeneuve ?", "rsvp_upcoming", "a annoncé sa présence"),
    ("Thomas Roux sera là à Villeneuve ?", "rsvp_upcoming", "a présenté ses excuses"),
    # titles and bodies by their usual words
    ("c'est qui l'élu à l'habitat ?", "role_holder", "Thierry Bonnefoy"),
    ("quelqu'un de la gendarmerie dans le groupe ?", "org_representative", "Thomas Roux"),
    ("c'est quand le groupe technique de mars ?", "meeting_which", "16 mars"),
    ("la réunion de mars c'est où ?", "meeting_which", "16 mars"),
    # nothing left, what was done
    ("qu'est-ce que François devait faire ?", "tasks_mine", "déjà faite"),
])
def test_loose_reference_answered(gdv: Chat, text: str, intent: str, shown: str) -> None:
    outcome = outcome_of(gdv, text)
    assert outcome.confident and outcome.intent == intent, (text, outcome.intent, outcome.reply.plain())
    assert shown in outcome.reply.plain(), (text, outcome.reply.plain())


@pytest.mark.parametrize(("text", "both"), [
    ("c'est qui Sandrine ?", ("Sandrine Bordes", "Sandrine Lafitte")),
    ("Sandrine elle bosse où ?", ("Sandrine Bordes", "Sandrine Lafitte")),
    ("tu as le numéro de Sandrine ?", ("Sandrine Bordes", "Sandrine Lafitte")),
    ("c'est qui Marie ?", ("Marie Lopez", "Marie-Christine Gaubert")),
])
def test_shared_first_name_asked_back(gdv: Chat, text: str, both: tuple[str, str]) -> None:
    # Two members answer to the name: the bot lists them and asks, it does not pick one.
    outcome = outcome_of(gdv, text)
    assert not outcome.confident, (text, outcome.reply.plain())
    assert all(name in outcome.reply.plain() for name in both), outcome.reply.plain()


@pytest.mark.parametrize("text", [
    "Sandrine elle a proposé quoi ?",
    "Marie était là la dernière fois ?",
    "les collègues de Sandrine ?",
])
def test_shared_first_name_never_guessed(gdv: Chat, text: str) -> None:
    assert not outcome_of(gdv, text).confident, text


@pytest.mark.parametrize("text", [
    "je suis d'accord avec la proposition d'Élodie.",
    "merci Nathalie pour ta proposition",
    "Paulo il arrive dans 10 minutes",
    "Karim, tu es où ? on t'attend",
    "le commandant Roux nous rejoint après la pause",
])
def test_chat_naming_members_left_alone(gdv: Chat, text: str) -> None:
    assert not outcome_of(gdv, text).confident, (text, outcome_of(gdv, text).reply.plain())
