"""A group written by the lead in the nineteenth round, for the lead's blind
set 32, written at the start of the round out of every engineer's reach and
measured on main: the steering group of the territorial food project
(projet alimentaire territorial, PAT) of Saint-Brieuc Armor Agglomération —
the intercommunality that coordinates it and its vice-president who chairs
it, the chamber of agriculture, the central kitchen that cooks for the
schools, the food bank, the Secours populaire, a town, the department, an
agricultural school, a farmers' network (CIVAM), a municipal social grocery
and the farmers' social insurance. A steering committee three times a year,
a commission on school catering, a working group on food poverty, a food
forum. Tasks and attendance in the store; the person asking is a member,
not the coordinator: the food bank's volunteer in charge of collections.
Organisation names are real public bodies or plausible ones; every person is
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["PAT_AFTER_SETUP", "PAT_ASKERS", "PAT_GROUPS", "PAT_TASKS"]

SLUG = "pat-saintbrieuc"

PAT_MEMBERS = (
    ("Gwenaëlle Le Bihan", "Saint-Brieuc Armor Agglomération", "Chargée de mission PAT, coordinatrice"),
    ("Jean-Yves Morvan", "Saint-Brieuc Armor Agglomération",
     "Vice-président à l'agriculture et à l'alimentation, président du comité de pilotage"),
    ("Yannick Le Goff", "Chambre d'agriculture de Bretagne", "Conseiller circuits courts"),
    ("Sophie Rault", "Cuisine centrale de Saint-Brieuc", "Responsable de la cuisine centrale"),
    ("Marie-Claire Hamon", "Banque alimentaire des Côtes-d'Armor", "Bénévole responsable des collectes"),
    ("Thomas Le Saux", "Secours populaire des Côtes-d'Armor", "Secrétaire départemental"),
    ("Erwan Baudet", "Ville de Ploufragan", "Adjoint aux solidarités"),
    ("Annaïg Collet", "Département des Côtes-d'Armor", "Conseillère en économie sociale et familiale"),
    ("Pascal Le Floch", "Lycée Saint-Ilan", "Enseignant en agronomie"),
    ("Claire Jégou", "CIVAM des Côtes-d'Armor", "Animatrice"),
    ("Samira Ouali", "CCAS de Saint-Brieuc", "Responsable de l'épicerie sociale"),
    ("Loïc Tanguy", "MSA d'Armorique", "Travailleur social"),
)

PAT_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Comité de pilotage, Hôtel d'agglomération de Saint-Brieuc", ()),
    ("2026-10-13 09:30", "2026-10-13 12:00", "Commission restauration collective, cuisine centrale de Saint-Brieuc", ()),
    ("2026-11-19 14:00", "2026-11-19 16:00", "Groupe précarité alimentaire, Banque alimentaire à Ploufragan", ()),
    ("2026-12-08 09:30", "2026-12-08 12:00", "Commission restauration collective, lycée Saint-Ilan à Langueux",
     ("Part des produits bio dans les cantines", "Plateforme d'approvisionnement local", "Formation des cuisiniers")),
    ("2027-01-14 14:00", "2027-01-14 16:30", "Comité de pilotage, Hôtel d'agglomération de Saint-Brieuc",
     ("Bilan 2026 du PAT", "Budget 2027", "Candidature à l'appel à projets du PNA")),
    ("2027-03-20 10:00", "2027-03-20 17:00", "Forum de l'alimentation, Espace Victor Hugo à Ploufragan", ()),
)

PAT_DEADLINES = (
    ("2026-12-11", "Retour des menus tests des cantines"),
    ("2027-01-08", "Dossier de candidature à l'appel à projets du Programme national pour l'alimentation"),
    ("2027-02-05", "Bilan de la collecte solidaire de décembre"),
    ("2027-03-01", "Programme du forum de l'alimentation"),
)

PAT_DECISIONS = (
    ("2026-09-17", 1, "Le comité de pilotage se réunit trois fois par an, le jeudi après-midi."),
    ("2026-09-17", 1, "Le PAT vise 30 % de produits locaux dans la restauration scolaire d'ici 2028."),
    ("2026-09-17", 1, "Une enveloppe de 40 000 euros est réservée à la lutte contre la précarité alimentaire."),
    ("2026-10-13", 2, "Un repas végétarien par semaine est servi dans toutes les cantines de l'agglomération dès janvier."),
    ("2026-10-13", 2, "Les cuisiniers des communes suivront une formation sur les protéines végétales au printemps."),
    ("2026-10-13", 2, "Une plateforme commune d'approvisionnement local est étudiée avec la Chambre d'agriculture."),
    ("2026-11-19", 3, "Une collecte solidaire est organisée dans les supermarchés les 4 et 5 décembre."),
    ("2026-11-19", 3, "Les épiceries sociales reçoivent en priorité les invendus des producteurs du marché de Saint-Brieuc."),
    ("2026-11-19", 3, "Le Secours populaire et la Banque alimentaire tiennent un stand commun au forum de l'alimentation."),
    ("2026-11-19", 3, "Le forum de l'alimentation aura lieu le 20 mars à l'Espace Victor Hugo."),
)

PAT_TASKS = {
    SLUG: (
        ("Envoyer le questionnaire aux cantines", "Gwenaëlle Le Bihan", "2026-10-30", 2, "done"),
        ("Recenser les producteurs intéressés par la plateforme", "Yannick Le Goff", "2026-12-18", 2),
        ("Organiser la formation des cuisiniers", "Sophie Rault", "2027-02-26", 2),
        ("Trouver des bénévoles pour la collecte", "Marie-Claire Hamon", "2026-11-30", 3),
        ("Préparer les affiches de la collecte", "Thomas Le Saux", "2026-11-27", 3),
        ("Rédiger le dossier PNA", "Gwenaëlle Le Bihan", "2027-01-06", 3),
        ("Réserver l'Espace Victor Hugo pour le forum", "Erwan Baudet", "2026-12-15", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the food bank's volunteer.
PAT_ASKERS = {SLUG: "Marie-Claire Hamon"}

PAT_GROUPS = {
    SLUG: (PAT_MEMBERS, PAT_MEETINGS, PAT_DEADLINES, PAT_DECISIONS, "Jean-Yves Morvan"),
}

# What the coordinator's account typed after the working group on food poverty (séance n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Gwenaëlle Le Bihan, Marie-Claire Hamon, Thomas Le Saux, Samira Ouali, Annaïg Collet, "
    "Erwan Baudet, Loïc Tanguy",
    "/excuses n°3 Jean-Yves Morvan, Claire Jégou",
    "/absents n°3",
)

# What members said in the chat before the school-catering commission (séance n°4).
RSVPS = (
    ("Sophie Rault", "/present"),
    ("Pascal Le Floch", "/present"),
    ("Yannick Le Goff", "/present"),
    ("Claire Jégou", "/excuse"),
)

PAT_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, "Marie-Claire Hamon", "pat", ATTENDANCE_COMMANDS, RSVPS),
}
