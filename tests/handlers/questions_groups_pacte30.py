"""A group the understanding was never tuned on, for the twentieth round's
blind set 29a (« qui » questions where a member's task, a role title and a
body's representative compete): the coordination committee of the « pacte
local des solidarités » of Alès Agglomération (Gard) — the agglomeration,
the CCAS d'Alès, two towns of the territory, the CAF, the Département, the
CPAM, France Travail, the Mission locale, the sub-prefecture, the social
landlord Habitat du Gard, a social centre and two food-aid charities.

The records are made so that the readings compete: a task on the forum and
a decision naming the social centre; a « chargée de mission logement » and a
task on emergency housing held by the landlord; a decision giving the first
reception to the CCAS whose director also holds the task on its charter; a
president of the committee beside a president of a charity's branch; two
members of the Mission locale, one of them « référent ».

The test sender is linked to Lucas Reboul (the agglomeration's officer for
insertion). Organisation names are real public bodies or plausible ones;
every person is invented."""

from __future__ import annotations

__all__ = ["PACTE30_ASKERS", "PACTE30_GROUPS", "PACTE30_TASKS"]

SLUG = "pacte-ales30"

PACTE30_MEMBERS = (
    ("Christiane Méjean", "Alès Agglomération",
     "Vice-présidente déléguée à la cohésion sociale, présidente du comité de coordination"),
    ("Nadège Fabre", "Alès Agglomération", "Coordinatrice du pacte local des solidarités"),
    ("Lucas Reboul", "Alès Agglomération", "Chargé de mission insertion"),
    ("Samia Belkacem", "Alès Agglomération", "Chargée de mission logement, animatrice du groupe de travail logement"),
    ("Fabrice Delord", "CCAS d'Alès", "Directeur"),
    ("Mireille Castanier", "CCAS d'Alès", "Travailleuse sociale, référente RSA"),
    ("Patrick Soulier", "Ville de La Grand-Combe", "Adjoint au maire chargé des affaires sociales"),
    ("Maryse Chabert", "Ville de Saint-Christol-lez-Alès", "Conseillère municipale déléguée à la solidarité"),
    ("Joëlle Pradier", "CAF du Gard", "Conseillère territoriale"),
    ("Romain Teissier", "Conseil départemental du Gard", "Responsable de l'unité territoriale d'action sociale d'Alès"),
    ("Élise Vidal", "Conseil départemental du Gard", "Conseillère en insertion professionnelle"),
    ("Thierry Coste", "CPAM du Gard", "Chargé de mission accès aux soins"),
    ("Karima Ouali", "France Travail Alès", "Directrice d'agence"),
    ("Anaïs Roux", "Mission locale Jeunes Alès Pays des Cévennes", "Directrice"),
    ("Benoît Chapelle", "Mission locale Jeunes Alès Pays des Cévennes", "Conseiller, référent du contrat d'engagement jeune"),
    ("Claire Moreau", "Sous-préfecture d'Alès", "Déléguée du préfet"),
    ("Hélène Bastide", "Habitat du Gard", "Chargée de gestion locative sociale"),
    ("Yasmine Ferhat", "Centre social Les Cévennes", "Animatrice famille, référente du point numérique"),
    ("Gérard Vincent", "Secours populaire, comité d'Alès", "Trésorier du comité"),
    ("Daniel Arnal", "Restos du Cœur du Gard", "Président de l'antenne d'Alès"),
)

PACTE30_MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:30", "Alès Agglomération, salle du conseil communautaire", ()),
    ("2026-10-20 09:30", "2026-10-20 12:00", "Mairie de La Grand-Combe, salle des mariages", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Centre social Les Cévennes, Alès", ()),
    ("2026-12-15 14:00", "2026-12-15 16:30", "Alès Agglomération, salle du conseil communautaire",
     ("Bilan des diagnostics communaux", "Préparation du forum de l'accès aux droits", "Bus des droits")),
    ("2027-01-26 09:30", "2027-01-26 12:00", "CAF du Gard, antenne d'Alès",
     ("Convention des permanences", "Budget 2027")),
    ("2027-03-09 14:00", "2027-03-09 16:30", "Mairie de Saint-Christol-lez-Alès", ()),
)

PACTE30_DEADLINES = (
    ("2026-12-11", "Retour des diagnostics communaux"),
    ("2026-12-18", "Dépôt de la demande de financement du bus des droits au Département"),
    ("2027-01-22", "Inscriptions des structures au forum de l'accès aux droits"),
    ("2027-03-31", "Bilan annuel du pacte local des solidarités à la préfecture"),
)

PACTE30_DECISIONS = (
    ("2026-09-22", 1, "Le comité de coordination se réunit toutes les six semaines environ, en alternance à Alès et "
                      "dans une commune du territoire."),
    ("2026-09-22", 1, "Le CCAS d'Alès pilote le premier accueil social inconditionnel sur le territoire de "
                      "l'agglomération."),
    ("2026-09-22", 1, "La Mission locale est chargée du repérage des jeunes sans solution, avec France Travail."),
    ("2026-10-20", 2, "Un bus des droits passe une fois par mois dans les communes rurales à partir de mars 2027, "
                      "financé par le Département."),
    ("2026-10-20", 2, "Le forum de l'accès aux droits a lieu le 4 février 2027 au centre social Les Cévennes."),
    ("2026-10-20", 2, "La CAF tient une permanence le mardi matin au CCAS de La Grand-Combe."),
    ("2026-11-19", 3, "Les demandes d'hébergement d'urgence passent toutes par le SIAO du Gard."),
    ("2026-11-19", 3, "Habitat du Gard réserve dix logements par an aux ménages suivis dans le cadre du pacte."),
    ("2026-11-19", 3, "Le budget 2027 du pacte est de 180 000 euros, partagé entre l'État, le Département et "
                      "l'Agglomération."),
    ("2026-11-19", 3, "Le Secours populaire et les Restos du Cœur coordonnent l'aide alimentaire pendant l'hiver."),
)

PACTE30_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité du 19 novembre", "Nadège Fabre", "2026-11-27", 3),
        ("Organiser le forum de l'accès aux droits", "Yasmine Ferhat", "2027-02-04", 2),
        ("Centraliser les inscriptions des structures au forum", "Mireille Castanier", "2027-01-22", 2),
        ("Rédiger la charte du premier accueil", "Fabrice Delord", "2026-12-10", 1),
        ("Recenser les logements d'urgence disponibles", "Hélène Bastide", "2026-11-30", 3),
        ("Préparer la convention des permanences avec la CAF", "Joëlle Pradier", "2027-01-20", 2),
        ("Chiffrer le coût du bus des droits", "Romain Teissier", "2026-12-14", 2),
        ("Lister les jeunes sans solution pour la commission de suivi", "Benoît Chapelle", "2026-12-04", 3),
        ("Relancer les communes pour les diagnostics", "Lucas Reboul", "2026-12-08", 3),
        ("Former les bénévoles à l'outil de prise de rendez-vous", "Lucas Reboul", "2026-11-20", 2, "done"),
        ("Mettre à jour l'annuaire des permanences", "Thierry Coste", "2026-11-25", 3),
        ("Réserver la salle pour le comité de mars", "Maryse Chabert", None, 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
PACTE30_ASKERS = {SLUG: "Lucas Reboul"}

PACTE30_GROUPS = {
    SLUG: (PACTE30_MEMBERS, PACTE30_MEETINGS, PACTE30_DEADLINES, PACTE30_DECISIONS, "Nadège Fabre"),
}
