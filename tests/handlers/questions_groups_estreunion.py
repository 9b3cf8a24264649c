"""A group written for blind set 32a (twenty-fifth round, helper r25a): the
home-care network of the East of La Réunion (« réseau de maintien à domicile
de l'Est ») — the support-and-coordination service (DAC Est Réunion) that
runs it, the CCAS of Saint-Benoît (whose director chairs the comité de
pilotage) and of Saint-André, the home nursing service (SSIAD), a home-help
service (SAAD), the regional health agency (ARS La Réunion), the general
social-security fund (CGSS), the Département's APA team, the MDPH, the
hospital group of the East (GHER), the intercommunality (CIREST, its
transport à la demande), the town of Bras-Panon, the carers' association
and the self-employed nurses. Its comité de pilotage alternates with a
working group on carers (« groupe de travail aidants »); a carers' day in
February. Attendance recorded with the commands; tasks in the store; the
person asking is the SSIAD's coordinating nurse, a member, not the
coordinator, who dictates her questions to her phone between two home
visits. Organisation names are real public bodies or plausible ones; every
person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["ESTREUNION_AFTER_SETUP", "ESTREUNION_ASKERS", "ESTREUNION_GROUPS", "ESTREUNION_TASKS"]

SLUG = "domicile-est974"

ESTREUNION_MEMBERS = (
    ("Murielle Payet", "DAC Est Réunion", "Coordinatrice du réseau, animatrice du groupe de travail aidants"),
    ("Jean-Marc Hoarau", "CCAS de Saint-Benoît", "Directeur du CCAS, président du comité de pilotage"),
    ("Sabrina Grondin", "CCAS de Saint-André", "Responsable du pôle seniors, vice-présidente du comité de pilotage"),
    ("Christelle Técher", "SSIAD de l'Est", "Infirmière coordinatrice du service de soins infirmiers à domicile"),
    ("Didier Fontaine", "ARS La Réunion", "Chargé de mission parcours des personnes âgées"),
    ("Nadia Boyer", "CGSS La Réunion", "Assistante sociale du service social retraite"),
    ("Patrick Rivière", "Département de La Réunion", "Responsable de l'équipe APA du territoire Est"),
    ("Josée Morel", "SAAD Ti Kaz Services", "Responsable de secteur de l'aide à domicile"),
    ("Laurent Maillot", "Association Rézo Aidants Est", "Président de l'association des aidants"),
    ("Véronique Lauret", "Groupe hospitalier Est Réunion", "Assistante sociale du service de gériatrie"),
    ("Éric Dijoux", "CIREST", "Chargé de mission mobilité et transport à la demande"),
    ("Fabienne Nativel", "Mairie de Bras-Panon", "Adjointe au maire déléguée aux affaires sociales et aux aînés"),
    ("Yannick Sautron", "MDPH de La Réunion", "Référent du secteur Est"),
    ("Stéphanie Ethève", "Cabinet infirmier de Saint-André", "Infirmière libérale, représentante des infirmiers libéraux"),
)

ESTREUNION_MEETINGS = (
    ("2026-09-17 09:00", "2026-09-17 12:00", "Comité de pilotage, salle du conseil du CCAS de Saint-Benoît", ()),
    ("2026-10-13 14:00", "2026-10-13 16:30", "Groupe de travail aidants, Maison des associations de Saint-André", ()),
    ("2026-11-19 09:00", "2026-11-19 12:00", "Comité de pilotage, salle polyvalente de la mairie de Bras-Panon", ()),
    ("2026-12-08 14:30", "2026-12-08 17:00", "Groupe de travail aidants, CCAS de Saint-André",
     ("Bilan de l'accueil de jour du mercredi", "Questionnaire aux aidants", "Préparation de la journée des aidants")),
    ("2027-01-21 09:00", "2027-01-21 12:00", "Comité de pilotage, salle du conseil du CCAS de Saint-Benoît",
     ("Réponse à l'appel à projets répit de l'ARS", "Plan d'alerte cyclonique", "Budget 2027 du réseau")),
    ("2027-02-10 08:30", "2027-02-10 16:00", "Journée des aidants de l'Est, salle des fêtes de Bras-Panon", ()),
    ("2027-03-18 09:00", "2027-03-18 12:00", "Comité de pilotage, siège de la CIREST, Saint-André", ()),
)

ESTREUNION_DEADLINES = (
    ("2026-12-04", "Transmission du registre des personnes vulnérables pour la saison cyclonique"),
    ("2026-12-15", "Dépôt du dossier de l'appel à projets répit des aidants auprès de l'ARS"),
    ("2027-01-08", "Retour des questionnaires aidants à la coordination"),
    ("2027-02-26", "Bilan annuel 2026 du réseau à l'ARS et au Département"),
)

ESTREUNION_DECISIONS = (
    ("2026-09-17", 1, "Le comité de pilotage se réunit tous les deux mois, en alternance à Saint-Benoît, "
                      "Saint-André et Bras-Panon."),
    ("2026-09-17", 1, "Une fiche de liaison commune est remplie par le SSIAD, les SAAD et les CCAS pour chaque "
                      "sortie d'hospitalisation."),
    ("2026-09-17", 1, "Les situations complexes sont présentées en réunion de concertation le premier mardi du mois."),
    ("2026-10-13", 2, "Un accueil de jour pour les aidants est ouvert le mercredi matin au CCAS de Saint-André."),
    ("2026-10-13", 2, "Le transport à la demande de la CIREST est gratuit pour l'aidant qui accompagne une personne "
                      "âgée à un rendez-vous médical."),
    ("2026-10-13", 2, "Une formation de 12 heures aux gestes de premiers secours est proposée aux aidants familiaux, "
                      "financée par la CGSS."),
    ("2026-11-19", 3, "Le réseau demande à l'ARS un financement de 45 000 euros pour la plateforme de répit."),
    ("2026-11-19", 3, "En alerte cyclonique orange, les passages du SSIAD sont maintenus et les visites des SAAD sont "
                      "limitées aux personnes seules."),
    ("2026-11-19", 3, "Le DAC tient un numéro unique d'appui aux professionnels du lundi au vendredi de 8 h à 17 h."),
    ("2026-11-19", 3, "Les évaluations APA des personnes isolées se font en binôme avec le CCAS."),
)

ESTREUNION_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de pilotage du 19 novembre", "Murielle Payet", "2026-11-26", 3),
        ("Transmettre le registre des personnes vulnérables au CCAS de Saint-Benoît", "Christelle Técher",
         "2026-12-04", 3),
        ("Rédiger le dossier de l'appel à projets répit", "Sabrina Grondin", "2026-12-14", 3),
        ("Mettre à jour la fiche de liaison de sortie d'hospitalisation", "Véronique Lauret", "2026-11-20", 3),
        ("Organiser le transport des aidants pour la journée du 10 février", "Éric Dijoux", "2027-01-29", 3),
        ("Diffuser le questionnaire aux aidants", "Laurent Maillot", "2026-12-11", 2),
        ("Réserver la salle des fêtes de Bras-Panon pour la journée des aidants", "Fabienne Nativel", "2026-11-13", 2,
         "done"),
        ("Présenter les aides de la CGSS aux aidants retraités", "Nadia Boyer", "2026-12-08", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the SSIAD's coordinating nurse.
ESTREUNION_ASKERS = {SLUG: "Christelle Técher"}

ESTREUNION_GROUPS = {
    SLUG: (ESTREUNION_MEMBERS, ESTREUNION_MEETINGS, ESTREUNION_DEADLINES, ESTREUNION_DECISIONS, "Murielle Payet"),
}

# What the coordinator's account typed after the comité de pilotage in Bras-Panon (séance n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Murielle Payet, Jean-Marc Hoarau, Sabrina Grondin, Christelle Técher, Didier Fontaine, "
    "Patrick Rivière, Fabienne Nativel, Éric Dijoux",
    "/excuses n°3 Nadia Boyer, Yannick Sautron",
    "/absents n°3",
)

# What members said in the chat before the working group on carers in Saint-André (séance n°4).
RSVPS = (
    ("Laurent Maillot", "/present"),
    ("Josée Morel", "/present"),
    ("Nadia Boyer", "/present"),
    ("Stéphanie Ethève", "/excuse"),
)

ESTREUNION_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, "Christelle Técher", "er", ATTENDANCE_COMMANDS, RSVPS),
}
