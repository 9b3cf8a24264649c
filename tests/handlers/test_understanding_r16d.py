"""Long, formal and embedded messages, that blind set 24d (cfppa72, the
conférence des financeurs of the Sarthe) missed on its first run, asked in
its group and in the Nord vaudois youth commission (yverdon), whose
meetings, decisions and minutes differ:

- a request wrapped as a letter — greeting, context, thanks, signature —
  is read alone first (letter.py): « Bonjour à toutes et à tous, suite à
  notre échange de ce matin, pourriez-vous me rappeler la date … ? Je vous
  remercie par avance. Bien cordialement, Nadia »;
- the polite wrapper of a request for information is dropped whole, in the
  middle of its sentence too (« je vous saurais gré de bien vouloir me
  communiquer », « serait-il possible d'avoir », « je me permets de vous
  demander ce qui … », « je me permets de vous relancer au sujet du PV »);
- a request pointing at the sentence before (« un élu m'interroge sur le
  montant … Pourriez-vous me le rappeler ? »), at a quoted line (« > … à la
  séance plénière du 17 décembre. Du coup, cette séance commence à quelle
  heure ? ») or at a sitting its head names (« n'ayant pu assister à la
  plénière du 19 novembre, … ce qui y a été décidé ? »);
- « une date précise : laquelle ? » asks which date; of two requests, the
  one answered;
- « au sein de la conférence » frames the question when no member's body is
  a conférence (own_group.group_scope);
- a full stop after an initial or a title ends no sentence (« M. Lasserre »);
- « où en est le compte rendu de la plénière du 19 novembre ? » asks after
  the open task on the minutes (minutes_task.py); « l'ordre du jour … est-il
  arrêté ? Merci de me le communiquer » asks for the agenda; « le
  vice-président de la conférence » is the title of two words over the
  group, not a « vice-présidente chargée de …, présidente de la conférence »;
- a message opened by a colleague's @handle (« @Laurent peux-tu me
  confirmer … ? ») or by a name and a comma asks the bot nothing, nor does a
  request to do something (« auriez-vous l'amabilité, Madame Lemercier, de
  bien vouloir signer la convention ? ») or to give what the members hold
  (« pourriez-vous m'envoyer vos fiches actions ? »)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def sarthe() -> Chat:
    """Set 24d's group, asked by the conference's chargée de mission Aurélie Chauvin."""
    return build_group("cfppa72")


@pytest.fixture(scope="module")
def yverdon() -> Chat:
    """Set 19d's group, asked by the youth service's head Raphaël Duvoisin."""
    return build_group("yverdon")


@pytest.mark.parametrize(("text", "intent", "key"), [
    ("Bonjour à toutes et à tous, suite à notre échange de ce matin, pourriez-vous me rappeler la date de notre "
     "prochaine réunion ? Je vous remercie par avance. Bien cordialement, Aurélie", "meeting_next", "n°4"),
    ("Bonjour Madame, Monsieur, je vous saurais gré de bien vouloir me communiquer la date de la prochaine réunion. "
     "Veuillez agréer mes salutations distinguées.", "meeting_next", "n°4"),
    ("Bonjour, je dois faire valider mes déplacements par ma hiérarchie. Serait-il possible d'avoir les dates de "
     "toutes les réunions à venir ? Merci d'avance, Émilie", "meetings_upcoming", "Prochaines séances"),
    ("Bonjour, > Le programme coordonné 2027 sera adopté à la séance plénière du 17 décembre. Du coup, cette séance "
     "commence à quelle heure ? Merci", "meeting_which", "n°5"),
    ("Bonjour à tous, afin de préparer au mieux la séance du 17 décembre, serait-il possible de connaître les points "
     "inscrits à l'ordre du jour ? Bien cordialement", "agenda_items", "Sélection des projets retenus"),
    ("Bonjour à toutes et à tous, sauf erreur de ma part, les fiches actions du programme coordonné doivent être "
     "envoyées avant une date précise : laquelle ? Merci, Olivier", "dates_period", "15 décembre"),
    ("Bonjour, je me permets de vous solliciter concernant le rapport d'activité : pour quand doit-il être transmis "
     "à la CNSA ? Cordialement", "dates_period", "29 janvier"),
    ("Bonjour à toutes et à tous, un élu m'interroge sur le montant du concours de la CNSA pour 2026. Pourriez-vous "
     "me le rappeler ? Bien cordialement", "decisions_topic", "1 240 000"),
    ("Bonjour, je me permets de vous demander ce qui a été décidé au sujet du forfait autonomie des résidences. "
     "Merci par avance, Yasmina", "decisions_topic", "350 000"),
    ("Bonjour à toutes et à tous, n'ayant pu assister à la plénière du 19 novembre, pourriez-vous me dire ce qui y a "
     "été décidé ? Merci par avance. Bien cordialement, Christine", "decisions_recent", "n°3"),
    ("Bonjour, je me permets de vous relancer au sujet du compte rendu de la dernière réunion. Merci par avance.",
     "minutes_request", "n°3"),
    ("Bonjour, je souhaite envoyer une convention signée. Qui assure le secrétariat de la conférence ? Merci",
     "in_charge", "Maison départementale"),
    ("Bonjour, qui représente la MSA au sein de la conférence ? Merci par avance", "org_representative",
     "Sylvie Guérin"),
    ("Bonjour, je découvre cet outil. Pourriez-vous m'indiquer ce que vous êtes en mesure de faire ? Merci", "help",
     "/aide"),
    ("Bonjour, l'ordre du jour du comité technique est-il arrêté ? Merci de me le communiquer. Cordialement, Olivier",
     "agenda_items", "Fiches actions"),
    ("Bonjour, où en est le compte rendu de la plénière du 19 novembre ? Il me semble qu'il devait être envoyé fin "
     "novembre. Merci", "in_charge", "en retard"),
    ("Bonjour à tous, qui est le vice-président de la conférence ? Merci d'avance", "role_holder", "Patrick Fouquet"),
])
def test_letters_in_the_sarthe(sarthe: Chat, text: str, intent: str, key: str) -> None:
    assert key in sure(sarthe, text, intent)


@pytest.mark.parametrize(("text", "intent", "key"), [
    ("Bonjour Madame, Monsieur, je vous saurais gré de bien vouloir me communiquer la date de la prochaine séance. "
     "Veuillez agréer mes salutations distinguées.", "meeting_next", "n°5"),
    ("Bonjour, je dois faire valider mes déplacements par ma hiérarchie. Serait-il possible d'avoir les dates de "
     "toutes les séances à venir ? Merci d'avance, Léa", "meetings_upcoming", "Prochaines séances"),
    ("Bonjour à tous, afin de préparer au mieux la séance du 16 décembre, serait-il possible de connaître les points "
     "inscrits à l'ordre du jour ? Bien cordialement", "agenda_items", "Élection du bureau"),
    ("Bonjour, un syndic m'interroge sur la répartition du coût du travailleur social hors murs. Pourriez-vous me la "
     "rappeler ? Bien cordialement", "decisions_topic", "prorata"),
    ("Bonjour à toutes et à tous, n'ayant pu assister à la plénière du 18 novembre, pourriez-vous me dire ce qui y a "
     "été décidé ? Bien cordialement, Sandrine", "decisions_recent", "n°4"),
    ("Bonjour, je me permets de vous relancer au sujet du PV de la dernière plénière. Merci par avance.",
     "minutes_request", "n°4"),
    ("Bonjour, sauf erreur de ma part, les demandes de subvention doivent être déposées avant une date précise : "
     "laquelle ? Merci, Léa", "dates_period", "22 décembre"),
    ("Bonjour, l'ordre du jour de la prochaine plénière est-il arrêté ? Merci de me le communiquer. Cordialement",
     "agenda_items", "Élection du bureau"),
    ("Bonjour, où en est le PV de la plénière de novembre ? Merci", "in_charge", "Isabelle Rapin"),
    ("qui est le vice-président de la commission ?", "role_holder", "Pierre-Alain Gueissaz"),
])
def test_letters_in_yverdon(yverdon: Chat, text: str, intent: str, key: str) -> None:
    assert key in sure(yverdon, text, intent)


@pytest.mark.parametrize("text", [
    "@Laurent peux-tu me confirmer que le questionnaire est bien parti aux résidences ? Merci",
    "Bonjour Gérard, pourriez-vous nous faire un retour de la réunion du CDCA lors de la prochaine plénière ? "
    "Merci par avance",
    "Bonjour, auriez-vous l'amabilité, Madame Lemercier, de bien vouloir signer la convention jointe ? "
    "Avec mes remerciements.",
    "Bonjour à toutes et à tous, je vous informe que je serai absente du 14 au 18 décembre. En cas d'urgence, vous "
    "pouvez joindre le secrétariat de la MDA. Bien cordialement, Aurélie",
    "Karim, tu peux me rappeler quand tu as un moment ? Merci",
    # What the members hold, asked of them: « vos fiches actions », « votre présence ».
    "Bonjour, pourriez-vous m'envoyer vos fiches actions avant le 15 décembre ? Merci par avance. Cordialement",
    "Bonjour, merci de me confirmer votre présence à la plénière du 17 décembre. Cordialement, Nadège",
])
def test_not_asked_of_the_bot(sarthe: Chat, text: str) -> None:
    assert not outcome_of(sarthe, text).confident


def test_colleague_handle_in_yverdon(yverdon: Chat) -> None:
    assert not outcome_of(yverdon, "@Isabelle peux-tu me confirmer que le PV est bien parti ? Merci").confident


def test_initial_ends_no_sentence(sarthe: Chat) -> None:
    """« M. Tessier » is one sentence with its question, not a letter cut at « M. »."""
    assert "CPAM" in sure(sarthe, "Bonjour, qui est M. Tessier ? Merci", "who_is")
