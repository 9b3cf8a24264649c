"""A group written by the lead in the nineteenth round, for the lead's blind
set 33, written during the round out of every engineer's reach and measured
once, on the round's merged code: the partners' committee of the local
committee for young people's housing (CLLAJ) of Strasbourg — the CLLAJ's
coordinator, the Eurométropole's councillor who chairs it and its housing
officer, the youth employment mission, a social landlord, the family
allowance fund, Action Logement, the housing information agency (ADIL),
the emergency housing service (SIAO), the students' welfare body (CROUS),
the Collectivité européenne d'Alsace's housing solidarity fund and a young
workers' residence. A housing allocation commission every second Thursday,
a partners' committee, a youth housing forum. Tasks and attendance in the
store; the person asking is a member, not the coordinator: the youth
mission's counsellor. Organisation names are real public bodies or
plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CLLAJ_AFTER_SETUP", "CLLAJ_ASKERS", "CLLAJ_GROUPS", "CLLAJ_TASKS"]

SLUG = "cllaj-strasbourg"

CLLAJ_MEMBERS = (
    ("Élodie Schaller", "CLLAJ Strasbourg", "Coordinatrice du comité partenarial"),
    ("Marc Oberlé", "Eurométropole de Strasbourg",
     "Conseiller eurométropolitain délégué au logement des jeunes, président du comité partenarial"),
    ("Laetitia Kieffer", "Eurométropole de Strasbourg", "Chargée de mission habitat"),
    ("Thomas Wendling", "Mission locale pour l'emploi de Strasbourg", "Conseiller en insertion"),
    ("Céline Haegel", "Ophéa", "Chargée de gestion locative"),
    ("Yasmina Belkacem", "CAF du Bas-Rhin", "Travailleuse sociale"),
    ("Julien Muller", "Action Logement", "Conseiller logement des jeunes actifs"),
    ("Sandrine Roth", "ADIL 67", "Juriste"),
    ("Karim Zerrouki", "SIAO 67", "Coordinateur de l'accueil des jeunes"),
    ("Anne-Sophie Meyer", "CROUS de Strasbourg", "Assistante sociale"),
    ("Pierre Fischer", "Collectivité européenne d'Alsace", "Responsable du fonds de solidarité logement"),
    ("Lucie Grasser", "Résidence Habitat Jeunes Kléber", "Directrice"),
)

CLLAJ_MEETINGS = (
    ("2026-09-15 14:00", "2026-09-15 16:00", "Comité partenarial, centre administratif de l'Eurométropole", ()),
    ("2026-10-08 09:30", "2026-10-08 11:30", "Commission d'attribution, locaux du CLLAJ", ()),
    ("2026-11-12 09:30", "2026-11-12 11:30", "Commission d'attribution, locaux du CLLAJ", ()),
    ("2026-12-10 09:30", "2026-12-10 11:30", "Commission d'attribution, locaux du CLLAJ",
     ("Demandes de logement en attente", "Bilan de la colocation solidaire", "Calendrier des commissions 2027")),
    ("2027-01-19 14:00", "2027-01-19 16:30", "Comité partenarial, centre administratif de l'Eurométropole",
     ("Bilan annuel 2026", "Convention avec Action Logement", "Préparation du forum logement")),
    ("2027-03-17 13:30", "2027-03-17 18:00", "Forum logement des jeunes, salle de la Bourse", ()),
)

CLLAJ_DEADLINES = (
    ("2026-12-04", "Liste des jeunes prioritaires pour la commission de décembre"),
    ("2026-12-18", "Réponse à l'appel à projets de la CeA sur le logement des jeunes"),
    ("2027-01-29", "Rapport d'activité 2026 du CLLAJ"),
    ("2027-02-26", "Inscriptions des partenaires au forum logement"),
)

CLLAJ_DECISIONS = (
    ("2026-09-15", 1, "La commission d'attribution se réunit le deuxième jeudi de chaque mois."),
    ("2026-09-15", 1, "Le CLLAJ coordonne le dispositif de colocation solidaire avec Ophéa."),
    ("2026-09-15", 1, "Les jeunes de moins de 26 ans sans ressources sont orientés vers le SIAO."),
    ("2026-10-08", 2, "Douze logements en colocation solidaire sont ouverts dans le quartier de Hautepierre."),
    ("2026-10-08", 2, "La garantie Visale d'Action Logement est proposée à chaque jeune accompagné."),
    ("2026-10-08", 2, "Un atelier budget logement a lieu le premier mercredi du mois à la Mission locale."),
    ("2026-11-12", 3, "Le forum logement des jeunes aura lieu le 17 mars à la salle de la Bourse."),
    ("2026-11-12", 3, "Les dossiers incomplets sont renvoyés au prescripteur sous huit jours."),
    ("2026-11-12", 3, "L'ADIL tient une permanence juridique au CLLAJ le mardi après-midi."),
    ("2026-11-12", 3, "Le loyer restant à charge en colocation est plafonné à 250 euros par mois."),
)

CLLAJ_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu de la commission d'octobre", "Élodie Schaller", "2026-10-20", 2, "done"),
        ("Mettre à jour la liste des logements disponibles", "Céline Haegel", "2026-11-27", 3),
        ("Préparer le bilan de la colocation solidaire", "Élodie Schaller", "2026-12-08", 3),
        ("Envoyer les fiches de liaison au CLLAJ", "Thomas Wendling", "2026-12-03", 3),
        ("Réserver la salle de la Bourse pour le forum", "Laetitia Kieffer", "2026-12-15", 3),
        ("Relancer Action Logement pour la convention", "Marc Oberlé", "2027-01-08", 3),
        ("Rédiger le rapport d'activité 2026", "Élodie Schaller", "2027-01-22", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the youth mission's counsellor.
CLLAJ_ASKERS = {SLUG: "Thomas Wendling"}

CLLAJ_GROUPS = {
    SLUG: (CLLAJ_MEMBERS, CLLAJ_MEETINGS, CLLAJ_DEADLINES, CLLAJ_DECISIONS, "Marc Oberlé"),
}

# What the coordinator's account typed after the November allocation commission (séance n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Élodie Schaller, Thomas Wendling, Céline Haegel, Yasmina Belkacem, Sandrine Roth, "
    "Karim Zerrouki, Lucie Grasser",
    "/excuses n°3 Marc Oberlé, Pierre Fischer",
    "/absents n°3",
)

# What members said in the chat before the December commission (séance n°4).
RSVPS = (
    ("Céline Haegel", "/present"),
    ("Sandrine Roth", "/present"),
    ("Karim Zerrouki", "/present"),
    ("Julien Muller", "/excuse"),
)

CLLAJ_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, "Thomas Wendling", "cl", ATTENDANCE_COMMANDS, RSVPS),
}
