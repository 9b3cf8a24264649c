"""A group written by r24c in the twenty-fourth round, for blind set 31c
(the work after a meeting): the departmental network of the France services
houses of the Gers — the prefecture's coordinator and the sub-prefect who is
its referent, the agents of the France services of Mirande, Lectoure and
Nogaro, the partners who hold counters, visits or video desks in them (CAF,
CPAM, MSA, France Travail, the public finances directorate, La Poste, the
ANTS), the Department's digital-inclusion officer and a community of
communes. A departmental committee each quarter, animators' meetings every
two months, a network meeting in between. Tasks (two late, two done, one
cancelled) and attendance of two meetings in the store, announced presences
for the next one; the person asking is a member, not the coordinator: the
France services agent of Mirande. Organisation names are real public bodies
or plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["FSGERS_AFTER_SETUP", "FSGERS_ASKERS", "FSGERS_GROUPS", "FSGERS_TASKS"]

SLUG = "fs-gers"

FSGERS_MEMBERS = (
    ("Sandrine Lafforgue", "Préfecture du Gers", "Coordinatrice départementale du réseau France services"),
    ("Jean-Marc Dupouy", "Préfecture du Gers", "Sous-préfet de Condom, référent France services"),
    ("Audrey Castéra", "France services de Mirande", "Conseillère France services"),
    ("Romain Sarrabère", "France services de Lectoure", "Animateur de la France services"),
    ("Nathalie Bourdette", "France services de Nogaro", "Responsable de la France services"),
    ("Karima Haddad", "CAF du Gers", "Responsable de l'accès aux droits"),
    ("Frédéric Lamothe", "CPAM du Gers", "Chargé des relations avec les partenaires"),
    ("Émilie Daguzan", "MSA Midi-Pyrénées Sud", "Conseillère en protection sociale"),
    ("Olivier Pujos", "France Travail Occitanie", "Directeur de l'agence d'Auch"),
    ("Christine Massartic", "Direction départementale des finances publiques du Gers",
     "Responsable de l'accueil de proximité"),
    ("Patrice Dauba", "La Poste", "Directeur de secteur du Gers"),
    ("Marie-Hélène Abadie", "Conseil départemental du Gers", "Chargée de mission inclusion numérique"),
    ("Laurent Cazaux", "Communauté de communes Astarac Arros en Gascogne",
     "Vice-président chargé des services au public"),
    ("Céline Fitte", "ANTS", "Déléguée territoriale de l'Agence nationale des titres sécurisés"),
)

FSGERS_MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 16:30", "Comité départemental France services, préfecture du Gers, Auch", ()),
    ("2026-10-13 09:30", "2026-10-13 12:00", "Réunion des animateurs, France services de Lectoure", ()),
    ("2026-11-17 09:30", "2026-11-17 12:30", "Réunion du réseau, CAF du Gers, Auch", ()),
    ("2026-12-10 09:30", "2026-12-10 12:00", "Réunion des animateurs, France services de Mirande",
     ("Bilan de fréquentation 2026", "Permanences des finances publiques", "Formulaire commun de rendez-vous")),
    ("2027-01-21 14:00", "2027-01-21 16:30", "Comité départemental France services, préfecture du Gers, Auch",
     ("Budget 2027 du réseau", "Bus France services itinérant", "Labellisation de Masseube")),
    ("2027-03-16 09:30", "2027-03-16 12:00", "Réunion du réseau, France services de Nogaro", ()),
)

FSGERS_DEADLINES = (
    ("2026-12-04", "Remontée des chiffres de fréquentation de novembre"),
    ("2026-12-18", "Retour de l'enquête de satisfaction des usagers"),
    ("2027-01-15", "Dossier de subvention FNADT 2027"),
    ("2027-02-26", "Inscription des conseillers à la formation MSA"),
)

FSGERS_DECISIONS = (
    ("2026-09-24", 1, "Le réseau se réunit en comité départemental chaque trimestre et les animateurs tous les deux mois."),
    ("2026-09-24", 1, "Chaque France services tient une permanence de la CAF en visioconférence au moins une fois par "
                      "semaine."),
    ("2026-09-24", 1, "Le bus France services itinérant dessert l'Astarac à partir d'avril 2027."),
    ("2026-10-13", 2, "Les conseillers suivent en février une journée de formation de la MSA sur les aides aux "
                      "exploitants agricoles."),
    ("2026-10-13", 2, "Un rendez-vous avec un agent des finances publiques est proposé dans chaque France services "
                      "pendant la campagne de déclaration des revenus."),
    ("2026-10-13", 2, "Les demandes de carte grise et de permis de conduire sont accompagnées sur rendez-vous "
                      "uniquement."),
    ("2026-11-17", 3, "La France services de Nogaro ouvre le samedi matin à partir du 9 janvier."),
    ("2026-11-17", 3, "Un formulaire commun de prise de rendez-vous avec les partenaires est mis en place au 1er "
                      "janvier."),
    ("2026-11-17", 3, "Les usagers sans adresse électronique sont aidés à en créer une dès le premier rendez-vous."),
    ("2026-11-17", 3, "France Travail tient une permanence mensuelle à Mirande le premier jeudi du mois."),
)

FSGERS_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité départemental", "Sandrine Lafforgue", "2026-10-01", 1, "done"),
        ("Transmettre les coordonnées des correspondants MSA aux conseillers", "Émilie Daguzan", "2026-10-23", 2,
         "done"),
        ("Commander des tablettes pour l'accueil numérique", "Laurent Cazaux", "2026-12-31", 2, "cancelled"),
        ("Demander un devis pour le bus France services itinérant", "Marie-Hélène Abadie", "2026-11-13", 2),
        ("Envoyer le compte rendu de la réunion du réseau", "Sandrine Lafforgue", "2026-11-27", 3),
        ("Mettre à jour l'annuaire des référents partenaires", "Audrey Castéra", "2026-12-03", 3),
        ("Relancer La Poste pour le guichet de Masseube", "Patrice Dauba", "2026-12-11", 3),
        ("Réserver la salle du comité de janvier", "Jean-Marc Dupouy", "2026-12-18", 3),
        ("Imprimer les affiches de la permanence France Travail", "Audrey Castéra", "2027-01-08", 3),
        ("Préparer le bilan de fréquentation 2026", "Sandrine Lafforgue", "2027-01-14", 3),
        ("Organiser la formation des conseillers à la déclaration en ligne", "Christine Massartic", "2027-01-15", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the agent of Mirande.
FSGERS_ASKERS = {SLUG: "Audrey Castéra"}

FSGERS_GROUPS = {
    SLUG: (FSGERS_MEMBERS, FSGERS_MEETINGS, FSGERS_DEADLINES, FSGERS_DECISIONS, "Sandrine Lafforgue"),
}

# What the coordinator's account typed after the animators' meeting in Lectoure (n°2) and the network meeting at
# the CAF (n°3); nothing was recorded for the committee of September (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Sandrine Lafforgue, Audrey Castéra, Romain Sarrabère, Nathalie Bourdette, Karima Haddad, "
    "Émilie Daguzan, Christine Massartic",
    "/excuses n°2 Frédéric Lamothe, Olivier Pujos",
    "/absents n°2 Patrice Dauba",
    "/presents n°3 Sandrine Lafforgue, Jean-Marc Dupouy, Romain Sarrabère, Nathalie Bourdette, Karima Haddad, "
    "Frédéric Lamothe, Émilie Daguzan, Olivier Pujos, Marie-Hélène Abadie",
    "/excuses n°3 Audrey Castéra, Christine Massartic",
    "/absents n°3 Patrice Dauba, Laurent Cazaux",
)

# What members said in the chat before the animators' meeting in Mirande (n°4).
RSVPS = (
    ("Romain Sarrabère", "/present"),
    ("Karima Haddad", "/present"),
    ("Nathalie Bourdette", "/present"),
    ("Olivier Pujos", "/excuse"),
)

FSGERS_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, "Audrey Castéra", "fg", ATTENDANCE_COMMANDS, RSVPS),
}
