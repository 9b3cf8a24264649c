"""A group written by the lead in the eighteenth round, for the lead's blind
set 30, written at the start of the round out of every engineer's reach,
measured on main and then fixed: the local health contract (contrat local
de santé) of Morlaix Communauté — the intercommunality that coordinates it,
the regional health agency, the health insurance fund, the hospital, the
department, the youth employment mission, a municipal social action centre,
a multi-professional health centre, the school nurses, an addictions
association, a mayor's deputy and the Mutualité. A steering committee twice
a year, working groups on mental health and on access to care, a youth
health forum. Tasks and attendance in the store; the person asking is the
contract's coordinator. Organisation names are real public bodies or
plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["MORLAIX_AFTER_SETUP", "MORLAIX_ASKERS", "MORLAIX_GROUPS", "MORLAIX_TASKS"]

SLUG = "cls-morlaix"

MORLAIX_MEMBERS = (
    ("Maëlle Quéré", "Morlaix Communauté", "Coordinatrice du contrat local de santé"),
    ("Hervé Le Gall", "Morlaix Communauté", "Vice-président à la santé, président du comité de pilotage"),
    ("Isabelle Pouliquen", "ARS Bretagne", "Déléguée départementale du Finistère"),
    ("Karim Benali", "CPAM du Finistère", "Chargé de mission prévention"),
    ("Claire Abgrall", "Centre hospitalier des Pays de Morlaix", "Cadre de santé en psychiatrie"),
    ("Loïc Guillou", "Conseil départemental du Finistère", "Responsable de l'action sociale du territoire"),
    ("Sophie Le Roux", "Mission locale du Pays de Morlaix", "Conseillère santé jeunes"),
    ("Julien Madec", "CCAS de Morlaix", "Directeur"),
    ("Anne Cloarec", "Maison de santé pluriprofessionnelle de Plouigneau", "Médecin généraliste, coordinatrice"),
    ("Gaëlle Nédélec", "Éducation nationale", "Infirmière conseillère technique"),
    ("Patrick Salaün", "Association Addictions France", "Éducateur spécialisé"),
    ("Yves Kerbrat", "Mairie de Plourin-lès-Morlaix", "Adjoint aux affaires sociales"),
    ("Nadia Haddad", "Mutualité française Bretagne", "Chargée de prévention"),
)

MORLAIX_MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:30", "Comité de pilotage, hôtel de communauté de Morlaix", ()),
    ("2026-10-13 09:30", "2026-10-13 12:00", "Groupe de travail santé mentale, centre hospitalier de Morlaix", ()),
    ("2026-11-17 14:00", "2026-11-17 16:00", "Groupe de travail accès aux soins, maison de santé de Plouigneau", ()),
    ("2026-12-08 09:30", "2026-12-08 12:00", "Groupe de travail santé mentale, CCAS de Morlaix",
     ("Semaines d'information sur la santé mentale 2027", "Formation aux premiers secours en santé mentale",
      "Annuaire des ressources")),
    ("2027-01-14 14:00", "2027-01-14 17:00", "Forum santé des jeunes, Mission locale de Morlaix",
     ("Stands des partenaires", "Communication auprès des lycées")),
    ("2027-02-02 14:00", "2027-02-02 16:30", "Comité de pilotage, hôtel de communauté de Morlaix",
     ("Bilan à mi-parcours", "Avenant 2027")),
)

MORLAIX_DEADLINES = (
    ("2026-12-04", "Retour des fiches actions à la coordinatrice"),
    ("2026-12-18", "Réponse à l'appel à projets prévention de l'ARS"),
    ("2027-01-08", "Inscriptions des lycées au forum santé des jeunes"),
    ("2027-03-31", "Évaluation à mi-parcours du contrat"),
)

MORLAIX_DECISIONS = (
    ("2026-09-22", 1, "Le contrat local de santé est prolongé jusqu'en 2028 par un avenant."),
    ("2026-09-22", 1, "Le comité de pilotage se réunit deux fois par an, en février et en septembre."),
    ("2026-09-22", 1, "Le poste de coordinatrice est financé à parts égales par l'ARS et Morlaix Communauté."),
    ("2026-10-13", 2, "Vingt professionnels du territoire seront formés aux premiers secours en santé mentale en 2027."),
    ("2026-10-13", 2, "Un annuaire des ressources en santé mentale est envoyé aux mairies et aux CCAS."),
    ("2026-10-13", 2, "Les semaines d'information sur la santé mentale ont lieu en mars à Morlaix et à Plouigneau."),
    ("2026-11-17", 3, "Une bourse d'installation est proposée aux jeunes médecins qui s'installent à Plouigneau."),
    ("2026-11-17", 3, "Le bus de dépistage passe une fois par mois dans les communes sans médecin."),
    ("2026-11-17", 3, "La téléconsultation en pharmacie est étendue à trois nouvelles communes."),
    ("2026-11-17", 3, "La CPAM tient une permanence d'accès aux droits le premier mercredi du mois au CCAS."),
)

MORLAIX_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du groupe accès aux soins", "Maëlle Quéré", "2026-11-27", 3),
        ("Recenser les ressources en santé mentale pour l'annuaire", "Claire Abgrall", "2026-12-04", 2),
        ("Trouver une salle pour le forum santé des jeunes", "Sophie Le Roux", "2026-11-20", 2, "done"),
        ("Préparer le dossier de bourse d'installation", "Anne Cloarec", "2026-11-25", 3),
        ("Réserver le bus de dépistage pour janvier", "Karim Benali", "2026-12-15", 3),
        ("Organiser la formation aux premiers secours en santé mentale", "Patrick Salaün", "2027-01-29", 2),
        ("Rédiger la réponse à l'appel à projets prévention", "Maëlle Quéré", "2026-12-16", 1),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
MORLAIX_ASKERS = {SLUG: "Maëlle Quéré"}

MORLAIX_GROUPS = {
    SLUG: (MORLAIX_MEMBERS, MORLAIX_MEETINGS, MORLAIX_DEADLINES, MORLAIX_DECISIONS, "Hervé Le Gall"),
}

# What the coordinator typed after the access-to-care working group (séance n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Maëlle Quéré, Hervé Le Gall, Karim Benali, Loïc Guillou, Julien Madec, Anne Cloarec, "
    "Yves Kerbrat, Nadia Haddad",
    "/excuses n°3 Isabelle Pouliquen, Gaëlle Nédélec",
    "/absents n°3",
)

# What members said in the chat before the mental-health working group (séance n°4).
RSVPS = (
    ("Claire Abgrall", "/present"),
    ("Patrick Salaün", "/present"),
    ("Julien Madec", "/present"),
    ("Loïc Guillou", "/excuse"),
)

MORLAIX_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, "Maëlle Quéré", "mx", ATTENDANCE_COMMANDS, RSVPS),
}
