"""A group written by helper r20a in the twentieth round, for blind set 28a:
the steering of the « contrat local de santé » (CLS) of a rural community of
communes in the Pays de Bray (Seine-Maritime) — the community of communes,
two towns, the regional health agency (ARS), the sub-prefecture, CAF, CPAM,
MSA, the Mission locale (two members), the doctors' CPTS, the local hospital's
mobile psychiatry team, the Département's mother-and-child nurse, a France
Services and a home-help association. Steering committees (Thursday) alternate
with working groups (Tuesday). Tasks in the store; attendance typed with
/presents, /excuses, /absents, and members' /present or /excuse for the
meeting of 15 December. The person asking is the CLS coordinator.
Organisation names are public bodies or plausible ones; every person is
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CLSBRAY_AFTER_SETUP", "CLSBRAY_ASKERS", "CLSBRAY_GROUPS", "CLSBRAY_TASKS"]

SLUG = "clsbray"
ASKER = "Romane Lefrançois"

MEMBERS = (
    ("Hélène Duchaussoy", "Communauté de communes des 4 Rivières",
     "Vice-présidente chargée de la santé, présidente du comité de pilotage"),
    ("Romane Lefrançois", "Communauté de communes des 4 Rivières", "Coordinatrice du contrat local de santé"),
    ("Bruno Cavelier", "Ville de Gournay-en-Bray", "Adjoint au maire chargé des affaires sociales"),
    ("Agnès Vimont", "ARS Normandie", "Déléguée départementale adjointe de la Seine-Maritime"),
    ("Didier Lemonnier", "Sous-préfecture de Dieppe", "Secrétaire général de la sous-préfecture"),
    ("Sabrina Kaci", "CAF de la Seine-Maritime", "Conseillère territoriale"),
    ("Jérôme Hautot", "CPAM de Rouen-Elbeuf-Dieppe", "Chargé de prévention"),
    ("Maryse Leborgne", "MSA Haute-Normandie", "Animatrice de l'action sanitaire et sociale"),
    ("Nicolas Prévost", "Mission locale du Pays de Bray", "Conseiller insertion, référent santé"),
    ("Léa Tassin", "Mission locale du Pays de Bray", "Directrice"),
    ("Alain Mauger", "CPTS du Pays de Bray", "Médecin généraliste, président de la CPTS"),
    ("Corinne Desjardins", "Centre hospitalier de Gournay-en-Bray", "Cadre de santé de l'équipe mobile de psychiatrie"),
    ("Yasmine Belhadj", "Département de la Seine-Maritime", "Infirmière de PMI au centre médico-social de Gournay"),
    ("Thierry Grenier", "France Services de Forges-les-Eaux", "Animateur"),
    ("Pauline Roussel", "ADMR du Pays de Bray", "Responsable de secteur"),
)

MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 16:30",
     "Comité de pilotage du CLS, siège de la communauté de communes, Gournay-en-Bray", ()),
    ("2026-10-13 09:30", "2026-10-13 12:00",
     "Groupe de travail santé mentale, centre hospitalier de Gournay-en-Bray", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30",
     "Comité de pilotage du CLS, mairie de Forges-les-Eaux, salle du conseil", ()),
    ("2026-12-15 09:30", "2026-12-15 12:00",
     "Groupe de travail accès aux soins, maison de santé de Forges-les-Eaux",
     ("Bus santé itinérant", "Recrutement des médecins", "Bilan des permanences de la CPAM")),
    ("2027-01-21 14:00", "2027-01-21 16:30",
     "Comité de pilotage du CLS, siège de la communauté de communes, Gournay-en-Bray",
     ("Programmation 2027", "Budget du CLS")),
    ("2027-03-16 09:30", "2027-03-16 12:00", "Groupe de travail santé mentale, Mission locale, Gournay-en-Bray", ()),
)

DEADLINES = (
    ("2026-12-11", "Retour des questionnaires des médecins généralistes"),
    ("2026-12-18", "Dépôt du dossier de financement à l'ARS"),
    ("2027-01-15", "Premières versions des fiches actions 2027"),
    ("2027-02-26", "Bilan annuel du CLS"),
)

DECISIONS = (
    ("2026-09-24", 1, "Le comité de pilotage se réunit trois fois par an ; les groupes de travail se réunissent entre "
                      "deux comités de pilotage."),
    ("2026-09-24", 1, "Le contrat local de santé couvre 2026-2030 et retient trois axes : l'accès aux soins, la santé "
                      "mentale et la prévention chez les jeunes."),
    ("2026-10-13", 2, "L'équipe mobile de psychiatrie tient une permanence à la Mission locale le mardi matin."),
    ("2026-10-13", 2, "Une formation aux premiers secours en santé mentale est proposée aux animateurs de France "
                      "Services."),
    ("2026-11-19", 3, "Le bus santé itinérant dessert douze communes à partir de mars 2027."),
    ("2026-11-19", 3, "La CPAM tient une permanence à France Services de Forges-les-Eaux le premier jeudi du mois."),
    ("2026-11-19", 3, "Le budget 2027 du CLS est fixé à 120 000 euros, dont 60 000 euros de l'ARS."),
    ("2026-11-19", 3, "Les réunions ont lieu en alternance à Gournay-en-Bray et à Forges-les-Eaux."),
    ("2026-11-19", 3, "Une soirée d'information sur l'installation des jeunes médecins est organisée le jeudi "
                      "28 janvier à Gournay-en-Bray."),
)

CLSBRAY_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de pilotage du 19 novembre", "Romane Lefrançois", "2026-11-27", 3),
        ("Réserver la salle pour la soirée d'information des jeunes médecins", "Bruno Cavelier", "2026-12-10", 3),
        ("Établir la liste des communes desservies par le bus santé", "Thierry Grenier", "2026-11-26", 3, "done"),
        ("Diffuser le questionnaire aux médecins généralistes", "Alain Mauger", "2026-11-20", 3),
        ("Former les animateurs aux premiers secours en santé mentale", "Corinne Desjardins", "2027-01-29", 2),
        ("Transmettre les chiffres du non-recours aux soins", "Jérôme Hautot", "2026-11-13", 2, "done"),
        ("Préparer le dossier de financement pour l'ARS", "Romane Lefrançois", "2026-12-18", 3),
        ("Recenser les jeunes sans médecin traitant", "Nicolas Prévost", "2026-12-04", 3),
        ("Chiffrer le coût du bus santé", "Maryse Leborgne", "2026-11-25", 3),
    ),
}

# What the secretary typed after each meeting: n°1 12 present, 2 excused, 1 absent; n°2 8 and 2;
# n°3 11 present, 3 excused, 1 absent.
ATTENDANCE_COMMANDS = (
    "/presents n°1 Hélène Duchaussoy, Romane Lefrançois, Bruno Cavelier, Agnès Vimont, Didier Lemonnier, "
    "Sabrina Kaci, Jérôme Hautot, Maryse Leborgne, Léa Tassin, Alain Mauger, Corinne Desjardins, Thierry Grenier",
    "/excuses n°1 Yasmine Belhadj, Pauline Roussel",
    "/absents n°1 Nicolas Prévost",
    "/presents n°2 Romane Lefrançois, Agnès Vimont, Nicolas Prévost, Léa Tassin, Corinne Desjardins, "
    "Yasmine Belhadj, Thierry Grenier, Alain Mauger",
    "/excuses n°2 Sabrina Kaci, Jérôme Hautot",
    "/presents n°3 Hélène Duchaussoy, Romane Lefrançois, Bruno Cavelier, Agnès Vimont, Sabrina Kaci, "
    "Jérôme Hautot, Maryse Leborgne, Nicolas Prévost, Alain Mauger, Thierry Grenier, Pauline Roussel",
    "/excuses n°3 Didier Lemonnier, Corinne Desjardins, Léa Tassin",
    "/absents n°3 Yasmine Belhadj",
)

# What members said before the meeting of 15 December (n°4).
RSVPS = (
    ("Agnès Vimont", "/present"),
    ("Alain Mauger", "/present"),
    ("Thierry Grenier", "/present"),
    ("Jérôme Hautot", "/excuse"),
    ("Pauline Roussel", "/excuse"),
)

CLSBRAY_ASKERS = {SLUG: ASKER}
CLSBRAY_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, "Hélène Duchaussoy")}
# What is typed after the group is set up (questions_groups.build_group runs it).
CLSBRAY_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "clsbray", ATTENDANCE_COMMANDS, RSVPS),
}
