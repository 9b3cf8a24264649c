"""A group the understanding was never tuned on, for the blind sets 18a and
18ab (bodies named by a word their names lack): a Lausanne / canton de Vaud
working group on social action in winter (emergency beds, transition
housing, study grants for young adults), led by the Ville de Lausanne's
social service, with the cantonal office of study grants (whose name says
« cantonal » but never « canton »), the commune of Prilly, the district
prefecture, the agglomeration project Lausanne-Morges, a régie, the CHUV,
associations, and two bodies whose names share the tail « Ouest
lausannois » (a regional social centre and the SDOL). Swiss usage in the
roles (municipale, cheffe d'office, préfet, syndic). Tasks in the store.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

__all__ = ["VAUDSOCIAL_GROUPS", "VAUDSOCIAL_TASKS"]

SLUG = "vaudsocial"

VD_MEMBERS = (
    ("Corinne Chevalley", "Office cantonal des bourses d'études et d'apprentissage (OCBE)", "Cheffe d'office"),
    ("Yves Pittet", "Office cantonal des bourses d'études et d'apprentissage (OCBE)",
     "Juriste, répondant pour les jeunes adultes en formation"),
    ("Émilie Tschumi", "Ville de Lausanne", "Conseillère municipale, directrice Sports et cohésion sociale"),
    ("Samuel Gander", "Ville de Lausanne", "Chef du Service social Lausanne (SSL), président du groupe de travail"),
    ("Lucie Cornaz", "Ville de Lausanne", "Secrétaire du groupe"),
    ("Patrick Jaunin", "Commune de Prilly", "Municipal des affaires sociales"),
    ("Aurélie Bovay", "Centre social régional de l'Ouest lausannois (CSR)",
     "Responsable d'unité au CSR de Renens, assistante sociale"),
    ("Nicolas Burnier", "Stratégie et développement de l'Ouest lausannois (SDOL)", "Chef de projet, urbaniste"),
    ("Mireille Cherpillod", "Projet d'agglomération Lausanne-Morges (PALM)", "Cheffe de projet mobilité"),
    ("Thomas Reymond", "Préfecture du district de Lausanne", "Préfet"),
    ("Fatima Dos Santos", "Régie Bernard Nicod", "Gérante d'immeubles, référente logements sociaux"),
    ("Jean-Marc Oulevay", "Caritas Vaud", "Responsable du service de désendettement"),
    ("Salomé Pasche", "Association Sleep-In", "Coordinatrice de l'accueil de nuit"),
    ("Kevin Meylan", "Point d'Eau Lausanne", "Directeur"),
    ("Hélène Bugnon", "Centre hospitalier universitaire vaudois (CHUV)",
     "Médecin cheffe de l'unité des populations vulnérables"),
    ("Arnaud Duc", "Croix-Rouge vaudoise", "Responsable du soutien aux proches aidants"),
)

VD_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Hôtel de Ville de Lausanne, salle des commissions", ()),
    ("2026-10-22 09:00", "2026-10-22 11:30", "Centre social régional, rue de Lausanne 35, Renens", ()),
    ("2026-11-19 14:00", "2026-11-19 16:00", "Préfecture du district de Lausanne, place du Château 1", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Maison de commune de Prilly, salle du Conseil",
     ("Plan grand froid", "Bourses d'études des jeunes adultes", "Budget 2027")),
    ("2027-01-14 09:00", "2027-01-14 11:00", "Visioconférence", ("Point sur les logements de transition",)),
    ("2027-02-25 14:00", "2027-02-25 16:30", "CHUV, rue du Bugnon 46, Lausanne", ("Rapport annuel au Conseil d'État",)),
)

VD_DEADLINES = (
    ("2026-12-08", "Retour des chiffres des nuitées d'urgence"),
    ("2026-12-18", "Dépôt des demandes de bourse pour le semestre de printemps"),
    ("2027-01-15", "Réponse à la consultation sur la loi sur l'action sociale vaudoise (LASV)"),
    ("2027-02-05", "Forum de l'Ouest lausannois sur le logement à Renens"),
    ("2027-03-31", "Remise du rapport annuel au Conseil d'État"),
)

VD_DECISIONS = (
    ("2026-09-17", 1, "Le groupe de travail se réunit toutes les cinq semaines, en alternance à Lausanne et dans l'Ouest lausannois."),
    ("2026-09-17", 1, "Un guichet commun d'information sociale ouvre au Flon dès février 2027."),
    ("2026-10-22", 2, "La Régie Bernard Nicod réserve dix logements de transition aux familles suivies par le CSR."),
    ("2026-10-22", 2, "Les bourses d'études des jeunes adultes sont présentées lors d'une permanence mensuelle dans chaque CSR."),
    ("2026-11-19", 3, "Le plan grand froid ouvre 60 lits supplémentaires du 1er décembre au 31 mars."),
    ("2026-11-19", 3, "Les navettes de nuit vers le Sleep-In sont financées par la Ville de Lausanne."),
    ("2026-11-19", 3, "Les comptes rendus sont déposés sur social.up dans les dix jours qui suivent la séance."),
)

VAUDSOCIAL_TASKS = {
    SLUG: (
        ("Recenser les logements de transition disponibles", "Fatima Dos Santos", "2026-12-09", 2),
        ("Préparer le dépliant sur les bourses d'études", "Yves Pittet", "2026-12-04", 2),
        ("Organiser les navettes de nuit vers le Sleep-In", "Salomé Pasche", "2026-11-28", 3),
        ("Chiffrer le guichet commun du Flon", "Nicolas Burnier", "2027-01-08", 1),
        ("Réserver la salle du Conseil de Prilly", "Patrick Jaunin", "2026-12-03", 3),
    ),
}

VAUDSOCIAL_GROUPS = {
    SLUG: (VD_MEMBERS, VD_MEETINGS, VD_DEADLINES, VD_DECISIONS, "Lucie Cornaz"),
}
