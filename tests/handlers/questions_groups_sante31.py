"""A Haute-Garonne working group of the ninth round, for set 18d (roles and
charges worded unlike roles): the contrat local de santé (CLS) of Toulouse,
with the Ville and its CCAS, the ARS Occitanie, the CPAM, the CHU, the
Département, Toulouse Métropole, the Ville de Colomiers, the maison des
adolescents, the Mutualité and two associations. Titles are written as a
CLS's minutes write them (« adjointe à la santé », « chargée de mission
CLS », « coordinatrice ASV », « médiatrice santé », « référent handicap »)
and several members share a body or a word of their titles (two at the
ARS, two at the CPAM, two at the CCAS, an elected official for health at
the Ville and another for disability at Colomiers), so a question naming
one must find the right one. Set 18db's group, the contrat local de santé
of the Comminges (Saint-Gaudens) carried by a PETR, is built the same way.
Tasks in the store. Organisation names are real public bodies or plausible
ones; every person is invented."""

from __future__ import annotations

__all__ = ["SANTE31_GROUPS", "SANTE31_TASKS"]

SANTE31_MEMBERS = (
    ("Sophie Carrère", "Ville de Toulouse", "Adjointe au maire chargée de la santé"),
    ("Amandine Sabatier", "Ville de Toulouse", "Chargée de mission CLS, coordinatrice du groupe de travail"),
    ("Karima Bensaïd", "Ville de Toulouse", "Coordinatrice de l'atelier santé ville (ASV) des quartiers nord"),
    ("Fatoumata Keïta", "Ville de Toulouse", "Médiatrice santé au Mirail et à Bagatelle"),
    ("Chantal Roques", "Ville de Toulouse", "Assistante du groupe, convocations et comptes rendus"),
    ("Jean-Pierre Sicard", "ARS Occitanie", "Délégué départemental de la Haute-Garonne"),
    ("Marion Lagarde", "ARS Occitanie", "Chargée de prévention et promotion de la santé"),
    ("Thomas Vignaux", "CPAM de la Haute-Garonne", "Responsable du service accès aux droits et aux soins"),
    ("Yasmina Haddad", "CPAM de la Haute-Garonne", "Conseillère de la mission accompagnement santé"),
    ("Sandrine Py", "CCAS de Toulouse", "Directrice générale"),
    ("Alexandre Fourcade", "CCAS de Toulouse", "Référent handicap et accessibilité"),
    ("Claire Estève", "CHU de Toulouse", "Psychiatre, médecin responsable de l'équipe mobile psychiatrie précarité"),
    ("Delphine Bouscatel", "CHU de Toulouse", "Cadre de santé de la permanence d'accès aux soins de santé (PASS)"),
    ("Gilles Doumerc", "Conseil départemental de la Haute-Garonne", "Directeur de la protection maternelle et infantile"),
    ("Élise Ferran", "Maison des adolescents de la Haute-Garonne", "Psychologue, référente santé mentale des jeunes"),
    ("Jérôme Sarda", "Ville de Colomiers", "Conseiller municipal délégué au handicap"),
    ("Nadia Touati", "Mutualité Française Occitanie", "Chargée de projets prévention des seniors"),
    ("Pierre Dauriac", "Toulouse Métropole", "Chargé de mission santé environnementale et qualité de l'air"),
    ("Monique Estrade", "Association Entraide Santé Toulouse Nord", "Présidente"),
    ("Hervé Pujol", "Association Entraide Santé Toulouse Nord", "Coordinateur des bénévoles et du transport solidaire"),
)

SANTE31_MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:30", "Hôtel de ville de Toulouse, salle du Conseil", ()),
    ("2026-10-20 09:30", "2026-10-20 12:00", "CCAS de Toulouse, rue Caffarelli", ()),
    ("2026-11-17 14:00", "2026-11-17 16:00", "Visioconférence", ()),
    ("2026-12-08 14:00", "2026-12-08 16:30", "Maison de quartier de Bagatelle, Toulouse",
     ("Bilan de la médiation santé", "Fiches actions du CLS 2027", "Santé mentale des jeunes")),
    ("2027-01-19 09:30", "2027-01-19 11:30", "Visioconférence", ("Dépistage du diabète : préparation",)),
    ("2027-03-09 14:00", "2027-03-09 16:30", "Mairie de Colomiers, salle des fêtes", ()),
)

SANTE31_DEADLINES = (
    ("2026-12-11", "Retour des fiches actions du CLS 2027"),
    ("2026-12-18", "Envoi du bilan de l'atelier santé ville à l'ARS"),
    ("2027-01-15", "Dépôt des projets à l'appel à projets prévention de l'ARS"),
    ("2027-03-16", "Semaines d'information sur la santé mentale à Toulouse"),
)

SANTE31_DECISIONS = (
    ("2026-09-22", 1, "Le groupe de travail se réunit chaque mois, en alternance à Toulouse et à Colomiers."),
    ("2026-09-22", 1, "La médiation santé est étendue au quartier de Bagatelle."),
    ("2026-10-20", 2, "La CPAM tient une permanence d'ouverture des droits au CCAS deux fois par mois."),
    ("2026-10-20", 2, "Un bus de dépistage du diabète passe dans les quartiers nord au printemps."),
    ("2026-11-17", 3, "Le transport solidaire vers les consultations est confié aux bénévoles d'Entraide Santé."),
    ("2026-11-17", 3, "Les fiches actions du CLS sont rédigées en binôme Ville et ARS."),
)

SANTE31_TASKS = {
    "sante31": (
        ("Recruter des chauffeurs bénévoles pour le transport solidaire", "Hervé Pujol", "2026-12-15", 3),
        ("Mettre à jour l'annuaire des lieux d'écoute pour les jeunes", "Élise Ferran", "2026-12-04", 3),
        ("Réserver le bus de dépistage auprès de la Mutualité", "Nadia Touati", "2027-01-10", 2),
        ("Envoyer le bilan de l'atelier santé ville à l'ARS", "Karima Bensaïd", "2026-12-18", 3),
        ("Rédiger la convention de permanence avec la CPAM", "Thomas Vignaux", "2026-11-25", 2),
        ("Recenser les capteurs de qualité de l'air près des écoles", "Pierre Dauriac", "2027-02-01", 3),
    ),
}

# Set 18db's group, written after the fixes of set 18d and asked without looking at its failures: the contrat
# local de santé of the Comminges (Saint-Gaudens), carried by a PETR, built the same way.
COMMINGES_MEMBERS = (
    ("Marie-Hélène Soulé", "Ville de Saint-Gaudens", "Maire adjointe déléguée à la santé et aux solidarités"),
    ("Julien Cabanac", "PETR Pays Comminges Pyrénées", "Coordonnateur du contrat local de santé"),
    ("Aurélie Fabre", "PETR Pays Comminges Pyrénées", "Animatrice santé mentale, coordinatrice du CLSM"),
    ("Émilie Caussade", "PETR Pays Comminges Pyrénées", "Assistante administrative, secrétariat du CLS"),
    ("Bernard Lapeyre", "ARS Occitanie", "Référent territorial pour le Comminges"),
    ("Stéphanie Rouch", "CPAM de la Haute-Garonne", "Conseillère service aux partenaires, accès aux soins"),
    ("Philippe Sentenac", "Centre hospitalier Comminges Pyrénées", "Médecin chef du service des urgences"),
    ("Nathalie Dupuy", "Centre hospitalier Comminges Pyrénées", "Assistante sociale, référente de la PASS"),
    ("Cédric Ader", "CCAS de Saint-Gaudens", "Directeur"),
    ("Laetitia Barrau", "CCAS de Saint-Gaudens", "Travailleuse sociale, accompagnement des seniors isolés"),
    ("Sylvie Castéra", "Conseil départemental de la Haute-Garonne", "Cheffe de la maison des solidarités de Saint-Gaudens"),
    ("Hugo Peyrou", "Maison de santé pluriprofessionnelle d'Aspet", "Infirmier coordinateur"),
    ("Fanny Mauran", "Communauté de communes Cœur et Coteaux du Comminges", "Vice-présidente chargée de la santé"),
    ("Rachid Ouali", "Association Addictions France", "Éducateur spécialisé, prévention des addictions"),
    ("Odette Pujo", "Ligue contre le cancer de la Haute-Garonne", "Bénévole, responsable des actions de dépistage"),
    ("Kevin Lassalle", "Ville de Saint-Gaudens", "Chargé de communication"),
)

COMMINGES_MEETINGS = (
    ("2026-09-29 14:00", "2026-09-29 16:30", "Mairie de Saint-Gaudens, salle du conseil", ()),
    ("2026-10-27 14:00", "2026-10-27 16:30", "Maison de santé d'Aspet", ()),
    ("2026-11-24 09:30", "2026-11-24 11:30", "Visioconférence", ()),
    ("2026-12-15 14:00", "2026-12-15 16:30", "Centre hospitalier Comminges Pyrénées, salle Pyrène",
     ("Permanences d'accès aux soins", "Mois sans tabac : bilan", "Programme 2027 du CLS")),
    ("2027-01-26 14:00", "2027-01-26 16:00", "Visioconférence", ()),
    ("2027-03-23 14:00", "2027-03-23 16:30", "PETR Pays Comminges Pyrénées, Saint-Gaudens", ()),
)

COMMINGES_DEADLINES = (
    ("2026-12-10", "Retour des indicateurs du CLS au PETR"),
    ("2027-01-20", "Candidatures au dispositif médecins solidaires"),
    ("2027-02-28", "Octobre rose : bilan des dépistages à transmettre à la Ligue"),
)

COMMINGES_DECISIONS = (
    ("2026-09-29", 1, "Le comité du CLS se réunit tous les deux mois, à Saint-Gaudens ou dans une maison de santé."),
    ("2026-10-27", 2, "Une navette relie les villages de la vallée à la maison de santé d'Aspet le mardi."),
    ("2026-10-27", 2, "Le CCAS accueille une permanence de la CPAM pour la complémentaire santé solidaire."),
    ("2026-11-24", 3, "Les premiers secours en santé mentale sont proposés aux agents des mairies."),
    ("2026-11-24", 3, "La Ligue organise un dépistage itinérant du cancer du sein au printemps."),
)

COMMINGES_TASKS = (
    ("Trouver un chauffeur pour la navette d'Aspet", "Hugo Peyrou", "2026-12-12", 3),
    ("Former les agents aux premiers secours en santé mentale", "Aurélie Fabre", "2027-01-31", 3),
    ("Imprimer les affiches du dépistage itinérant", "Kevin Lassalle", "2026-11-28", 3),
    ("Compiler les indicateurs du CLS", "Julien Cabanac", "2026-12-10", 3),
)

SANTE31_TASKS["comminges"] = COMMINGES_TASKS

SANTE31_GROUPS = {
    "sante31": (SANTE31_MEMBERS, SANTE31_MEETINGS, SANTE31_DEADLINES, SANTE31_DECISIONS, "Amandine Sabatier"),
    "comminges": (COMMINGES_MEMBERS, COMMINGES_MEETINGS, COMMINGES_DEADLINES, COMMINGES_DECISIONS, "Julien Cabanac"),
}
