"""A group written for the tenth round's decisions-in-other-words sets
(19a, 19ab): a Dordogne working group on the agricultural and food
transition of the Périgord (the Département, the Chambre d'agriculture,
the communauté de communes Sarlat-Périgord Noir, the lycée agricole of
Périgueux, the DDT, organic farmers, Terre de Liens, the food bank, the
town of Sarlat). Its decisions hold the where, when, how much, what target
and for whom of what the group decided (a producers' market, a subsidy, a
target for school meals, a guide, a website refused), so that members ask
them by that slot, by synonym, by hypernym or by meeting. Tasks in the
store; the person asking is linked to the Sarlat deputy mayor. Organisation
names are real public bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["AGRI24_ASKERS", "AGRI24_GROUPS", "AGRI24_TASKS"]

SLUG = "agri24"

AGRI24_MEMBERS = (
    ("Véronique Lasserre", "Conseil départemental de la Dordogne",
     "Vice-présidente chargée de l'agriculture et de l'alimentation, présidente du groupe"),
    ("Damien Fargeot", "Conseil départemental de la Dordogne", "Chargé de mission restauration collective des collèges"),
    ("Sébastien Maury", "Chambre d'agriculture de la Dordogne", "Conseiller circuits courts et diversification"),
    ("Annick Delpech", "Chambre d'agriculture de la Dordogne", "Élue, responsable de l'installation-transmission"),
    ("Jérôme Castagné", "Communauté de communes Sarlat-Périgord Noir (CCSPN)",
     "Vice-président chargé du développement économique"),
    ("Claire Bouyssou", "Communauté de communes Sarlat-Périgord Noir (CCSPN)",
     "Animatrice du projet alimentaire territorial, coordinatrice du groupe"),
    ("Nadège Roumagnac", "Lycée agricole de Périgueux", "Directrice de l'exploitation agricole du lycée"),
    ("Thibault Marty", "AgroBio Périgord", "Animateur des filières bio"),
    ("Lucie Vergnolle", "Terre de Liens Nouvelle-Aquitaine", "Chargée de mission foncier agricole"),
    ("Patrick Sudrie", "Banque alimentaire de la Dordogne", "Président"),
    ("Maëlle Dufaure", "DDT de la Dordogne", "Cheffe du service économie agricole"),
    ("Hervé Lacoste", "Mairie de Sarlat-la-Canéda", "Adjoint au maire délégué à l'éducation et aux cantines"),
)

AGRI24_MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:30", "Lycée agricole de Périgueux, amphithéâtre", ()),
    ("2026-10-20 09:30", "2026-10-20 12:00", "Maison de l'intercommunalité, Sarlat", ()),
    ("2026-11-17 14:00", "2026-11-17 16:30", "Chambre d'agriculture, Coulounieix-Chamiers", ()),
    ("2026-12-15 14:00", "2026-12-15 16:30", "Hôtel du Département, Périgueux, salle Montaigne",
     ("Bilan de l'enquête auprès des cantines", "Préparation du marché de producteurs", "Questions diverses")),
    ("2027-01-26 09:30", "2027-01-26 11:30", "Visioconférence", ("Plan de formation des cuisiniers",)),
    ("2027-02-23 14:00", "2027-02-23 16:30", "Mairie de Sarlat, salle du conseil", ()),
)

AGRI24_DEADLINES = (
    ("2026-12-11", "Retour de l'enquête auprès des cantines scolaires"),
    ("2026-12-18", "Dépôt de la candidature à l'appel à projets du programme national pour l'alimentation"),
    ("2027-01-22", "Envoi des fiches producteurs pour le guide"),
    ("2027-03-05", "Journée installation-transmission au lycée agricole"),
)

AGRI24_DECISIONS = (
    ("2026-09-22", 1, "Le groupe se réunit le troisième mardi de chaque mois, en alternance entre Périgueux et Sarlat."),
    ("2026-09-22", 1, "Objectif de 50 % de produits locaux, dont 25 % bio, dans les cantines des collèges d'ici fin 2027."),
    ("2026-09-22", 1, "Claire Bouyssou tient le secrétariat du groupe et diffuse les comptes rendus."),
    ("2026-10-20", 2, "Le marché de producteurs de printemps se tiendra place de la Liberté à Sarlat, le samedi 10 avril 2027."),
    ("2026-10-20", 2, "Une subvention de 18 000 € est accordée par le Département pour l'étude de faisabilité de la légumerie."),
    ("2026-10-20", 2, "L'étude de la légumerie est confiée à la Chambre d'agriculture, avec un rendu en mars 2027."),
    ("2026-10-20", 2, "Le guide des producteurs locaux est imprimé à 5 000 exemplaires et distribué dans les mairies "
                      "et les offices de tourisme en février 2027."),
    ("2026-10-20", 2, "Pas de site internet propre au groupe : les informations sont publiées sur le site de la "
                      "communauté de communes."),
    ("2026-11-17", 3, "Une formation à la cuisine des produits frais est proposée aux cuisiniers des collèges, au "
                      "lycée agricole, en janvier 2027."),
    ("2026-11-17", 3, "Un inventaire des fermes sans repreneur est lancé sur trois communes pilotes : "
                      "Salignac-Eyvigues, Carlux et Saint-Geniès."),
    ("2026-11-17", 3, "Les invendus du marché de producteurs sont donnés à la Banque alimentaire."),
    ("2026-11-17", 3, "Report du forum installation-transmission au printemps 2027."),
    ("2026-11-17", 3, "Budget 2027 du groupe : 42 000 €, dont 30 000 € du Département et 12 000 € de la "
                      "communauté de communes."),
    ("2026-11-17", 3, "La ferme du lycée agricole fournit les yaourts de deux collèges de Périgueux à partir de janvier."),
    ("2026-11-17", 3, "Les paniers de légumes solidaires sont vendus 5 € aux familles suivies par le CCAS, le "
                      "Département prenant en charge le reste."),
)

AGRI24_TASKS = {
    SLUG: (
        ("Envoyer le questionnaire aux gestionnaires de cantines", "Damien Fargeot", "2026-11-20", 3),
        ("Réserver la place de la Liberté auprès de la mairie", "Hervé Lacoste", "2027-01-15", 3),
        ("Rédiger le cahier des charges de l'étude de la légumerie", "Sébastien Maury", "2026-12-04", 2),
        ("Collecter les fiches des producteurs pour le guide", "Thibault Marty", "2027-01-22", 2),
    ),
}

AGRI24_ASKERS = {SLUG: "Hervé Lacoste"}

AGRI24_GROUPS = {
    SLUG: (AGRI24_MEMBERS, AGRI24_MEETINGS, AGRI24_DEADLINES, AGRI24_DECISIONS, "Claire Bouyssou"),
}
