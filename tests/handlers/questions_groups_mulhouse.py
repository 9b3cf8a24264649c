"""A second group written by the lead during the seventh round, never shown
to its engineers: the steering committee of a Mulhouse « cité éducative »
(the national education authority, the city and its agglomeration, the
CAF, the prefecture's delegate, social centres, a prevention association),
with tasks in the store. Organisation names are real public bodies or
plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["MULHOUSE_GROUPS", "MULHOUSE_TASKS"]

MULHOUSE_MEMBERS = (
    ("Nathalie Schaeffer", "Ville de Mulhouse", "Adjointe au maire déléguée à l'éducation"),
    ("Éric Wenger", "Ville de Mulhouse", "Directeur de l'éducation et de l'enfance"),
    ("Claire Muller", "Éducation nationale", "Inspectrice de l'éducation nationale, circonscription Mulhouse Ouest"),
    ("Farid Haddad", "Collège Bourtzwiller", "Principal, chef de file de la cité éducative"),
    ("Léa Fischer", "Préfecture du Haut-Rhin", "Déléguée du préfet pour les quartiers"),
    ("Thierry Koenig", "CAF du Haut-Rhin", "Responsable de l'action sociale territoriale"),
    ("Samia Belkacem", "Centre socioculturel Papin", "Directrice"),
    ("Jonathan Meyer", "Association Prévention Sud Alsace", "Éducateur de prévention spécialisée"),
    ("Aurélie Bauer", "Programme de réussite éducative (PRE)", "Coordinatrice du PRE"),
    ("Marc Zimmermann", "Mulhouse Alsace Agglomération", "Chargé de mission politique de la ville"),
    ("Inès Lopes", "Ville de Mulhouse", "Cheffe de projet de la cité éducative"),
)

MULHOUSE_MEETINGS = (
    ("2026-09-22 17:30", "2026-09-22 19:00", "Collège Bourtzwiller, salle polyvalente", ()),
    ("2026-10-20 17:30", "2026-10-20 19:00", "Centre socioculturel Papin", ()),
    ("2026-11-24 17:30", "2026-11-24 19:00", "Hôtel de ville de Mulhouse, salle du conseil", ()),
    ("2026-12-15 17:30", "2026-12-15 19:00", "Collège Bourtzwiller, salle polyvalente",
     ("Point sur les vacances apprenantes", "Budget 2027 de la cité éducative", "Tour de table")),
    ("2027-01-26 17:30", "2027-01-26 19:00", "Préfecture du Haut-Rhin, Colmar", ("Revue annuelle avec l'État",)),
    ("2027-03-09 17:30", "2027-03-09 19:00", "Centre socioculturel Papin", ()),
)

MULHOUSE_DEADLINES = (
    ("2026-12-03", "Remontée des effectifs des ateliers du mercredi"),
    ("2026-12-11", "Dossier de demande de crédits 2027"),
    ("2027-01-08", "Programme des vacances d'hiver"),
    ("2027-02-26", "Rapport d'évaluation à l'Agence nationale de la cohésion des territoires"),
)

MULHOUSE_DECISIONS = (
    ("2026-09-22", 1, "Le comité de pilotage se réunit chaque mois à 17h30, en dehors du temps scolaire."),
    ("2026-09-22", 1, "Les ateliers d'aide aux devoirs du mercredi sont ouverts aux élèves de CM2 et de sixième."),
    ("2026-10-20", 2, "Un parcours de prévention du harcèlement est proposé dans les trois collèges du quartier."),
    ("2026-10-20", 2, "La cité éducative achète trente ordinateurs portables prêtés aux familles."),
    ("2026-11-24", 3, "Les vacances apprenantes de Pâques sont organisées avec les centres socioculturels."),
    ("2026-11-24", 3, "Les parents sont associés au comité de pilotage par deux représentants élus."),
)

MULHOUSE_TASKS = {
    "citeeduc68": (
        ("Envoyer la liste des élèves inscrits aux ateliers", "Aurélie Bauer", "2026-11-27", 3),
        ("Préparer le dossier de crédits 2027", "Inès Lopes", "2026-12-09", 3),
        ("Commander les ordinateurs portables", "Éric Wenger", "2026-11-13", 2),
        ("Organiser l'élection des représentants des parents", "Samia Belkacem", "2027-01-15", 3),
    ),
}

MULHOUSE_GROUPS = {
    "citeeduc68": (MULHOUSE_MEMBERS, MULHOUSE_MEETINGS, MULHOUSE_DEADLINES, MULHOUSE_DECISIONS, "Inès Lopes"),
}
