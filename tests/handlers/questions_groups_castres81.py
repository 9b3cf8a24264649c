"""A group invented for the eleventh round (r11b): the steering committee of
the contrat local de santé (CLS) of the Castres-Mazamet urban area, in the
Tarn (Occitanie). Its members' bodies are written in full in the store
(« Communauté d'agglomération de Castres-Mazamet », « Conseil départemental
du Tarn », « Sous-préfecture de Castres », « Association Addictions
France »…) while members speak of them by kind, acronym, town or common
alias (« l'agglo », « le département », « la préf' », « l'ANPAA »), and of
the group itself as « le CLS », « le copil santé ». Attendance recorded with
the commands; tasks in the store; the person asking is linked to a member.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CASTRES81_AFTER_SETUP", "CASTRES81_ASKERS", "CASTRES81_GROUPS", "CASTRES81_TASKS"]

SLUG = "castres81"

CASTRES81_MEMBERS = (
    ("Sophie Rouquette", "Ville de Castres", "Adjointe au maire déléguée à la santé, présidente du comité de pilotage"),
    ("Julie Azaïs", "Communauté d'agglomération de Castres-Mazamet", "Coordinatrice du contrat local de santé"),
    ("Thierry Calvet", "Agence régionale de santé Occitanie", "Délégué départemental adjoint du Tarn"),
    ("Nathalie Bousquet", "Caisse primaire d'assurance maladie du Tarn", "Responsable du service prévention"),
    ("Marc Sabatier", "Conseil départemental du Tarn", "Chef du service de protection maternelle et infantile"),
    ("Élodie Fabre", "Centre hospitalier intercommunal Castres-Mazamet", "Directrice adjointe chargée des parcours"),
    ("Karim Benali", "Sous-préfecture de Castres", "Délégué du préfet pour la politique de la ville"),
    ("Hélène Vidal", "Mutualité sociale agricole Midi-Pyrénées Nord", "Conseillère en prévention"),
    ("Pierre Cabrol", "Communauté professionnelle territoriale de santé du Sud Tarn", "Médecin généraliste, président"),
    ("Laure Granier", "Instance régionale d'éducation et de promotion de la santé Occitanie", "Chargée de projets"),
    ("Jean-Luc Ferrand", "Tarn Habitat", "Responsable de la gestion locative"),
    ("Amandine Roques", "Centre communal d'action sociale de Mazamet", "Directrice"),
    ("Bernard Escande", "Ville de Mazamet", "Conseiller municipal délégué aux aînés"),
    ("Céline Marty", "Caisse d'allocations familiales du Tarn", "Conseillère territoriale"),
    ("Yannick Pujol", "Castres Athlétisme Club", "Éducateur sport-santé"),
    ("Sandrine Alquier", "Association Addictions France", "Infirmière de prévention"),
    ("Mathilde Teulier", "Mission locale Sud Tarn", "Conseillère santé des jeunes"),
    ("Paul Gaubert", "Région Occitanie", "Chargé de mission santé"),
    ("Odile Cros", "Union départementale des associations familiales du Tarn", "Déléguée aux familles"),
)

CASTRES81_MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:30", "Hôtel de ville de Castres, salle des Consuls", ()),
    ("2026-10-20 14:00", "2026-10-20 16:30", "Centre hospitalier du Pays d'Autan, site du Causse", ()),
    ("2026-11-24 14:00", "2026-11-24 16:30", "Mairie de Mazamet, salle du conseil", ()),
    ("2026-12-15 14:00", "2026-12-15 16:30", "Hôtel de ville de Castres, salle des Consuls",
     ("Bilan de la campagne de vaccination", "Santé mentale des jeunes", "Questions diverses")),
    ("2027-01-26 14:00", "2027-01-26 16:30", "Maison France services de Labruguière", ("Programmation 2027",)),
    ("2027-03-09 14:00", "2027-03-09 16:30", "Siège de l'agglomération, avenue Charles-de-Gaulle", ()),
)

CASTRES81_DEADLINES = (
    ("2026-12-04", "Fiches actions de l'axe santé mentale"),
    ("2026-12-18", "Diagnostic local de santé actualisé"),
    ("2027-01-15", "Dossier de cofinancement à déposer auprès de l'ARS"),
    ("2027-02-12", "Programme du forum sport-santé"),
)

CASTRES81_DECISIONS = (
    ("2026-09-22", 1, "Le contrat local de santé couvre les quatorze communes de l'agglomération pour 2026-2030."),
    ("2026-09-22", 1, "Un groupe de travail santé mentale est créé, animé par la coordinatrice."),
    ("2026-10-20", 2, "L'Assurance maladie finance deux journées de dépistage du cancer en 2027."),
    ("2026-10-20", 2, "Le forum sport-santé se tient au parc des expositions de Castres en avril 2027."),
    ("2026-11-24", 3, "Les consultations de médecins retraités à Mazamet sont prolongées jusqu'en juin 2027."),
    ("2026-11-24", 3, "Tarn Habitat met un logement à disposition des internes en médecine à Labruguière."),
)

CASTRES81_TASKS = {
    SLUG: (
        ("Envoyer les fiches actions aux pilotes", "Julie Azaïs", "2026-11-27", 3),
        ("Réserver le parc des expositions pour le forum", "Yannick Pujol", "2027-01-15", 2),
        ("Transmettre les chiffres du dépistage", "Nathalie Bousquet", "2026-11-20", 2),
        ("Préparer le questionnaire sur la santé des jeunes", "Mathilde Teulier", "2026-12-11", 3),
        ("Rédiger le compte rendu du 24 novembre", "Julie Azaïs", "2026-12-04", 3),
        ("Recenser les logements libres pour les internes", "Jean-Luc Ferrand", "2026-11-30", 3),
        ("Organiser la formation aux premiers secours en santé mentale", "Laure Granier", "2027-02-01", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
CASTRES81_ASKERS = {SLUG: "Julie Azaïs"}

# What the secretary typed after the meetings (n°1 never recorded).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Sophie Rouquette, Julie Azaïs, Thierry Calvet, Nathalie Bousquet, Élodie Fabre, "
    "Pierre Cabrol, Laure Granier, Yannick Pujol, Mathilde Teulier",
    "/excuses n°2 Marc Sabatier, Karim Benali",
    "/presents n°3 Sophie Rouquette, Julie Azaïs, Thierry Calvet, Marc Sabatier, Jean-Luc Ferrand, "
    "Amandine Roques, Bernard Escande, Sandrine Alquier, Odile Cros, Hélène Vidal",
    "/excuses n°3 Élodie Fabre, Paul Gaubert",
    "/absents n°3 Karim Benali",
)

# What members said before the meeting of 15 December (n°4).
RSVPS = (
    ("Thierry Calvet", "/present"),
    ("Céline Marty", "/present"),
    ("Karim Benali", "/excuse"),
    ("Pierre Cabrol", "/excuse"),
)

record_attendance = recorded_attendance(SLUG, CASTRES81_ASKERS[SLUG], "cs", ATTENDANCE_COMMANDS, RSVPS)

CASTRES81_GROUPS = {
    SLUG: (CASTRES81_MEMBERS, CASTRES81_MEETINGS, CASTRES81_DEADLINES, CASTRES81_DECISIONS, "Julie Azaïs"),
}

CASTRES81_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}
