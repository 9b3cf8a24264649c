"""A group written for the eighth round's decisions-in-other-words set
(17a): an Isère intercommunal working group on the participatory budget
and the local public services of the Grésivaudan (the communauté de
communes, the Département, communes large and very small, a médiathèque,
the waste service, France services, a social centre, the conseil de
développement). Its decisions are worded as minutes word them, so that
members ask about them in other words: « ouvrir » asked as « ouverture »,
« élu » as « élection », « moins de 1 000 habitants » as « les petites
communes », « à 17h30 » as « l'horaire ». A second group (trieves38, the
Trièves) serves the second set (17ab). Organisation names are real public
bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["BUDGET38_GROUPS", "BUDGET38_TASKS"]

BUDGET38_MEMBERS = (
    ("Chantal Reynaud", "Communauté de communes Le Grésivaudan", "Vice-présidente chargée de la démocratie participative"),
    ("Bastien Goury", "Communauté de communes Le Grésivaudan", "Chargé de mission budget participatif, coordinateur du groupe"),
    ("Anne-Laure Vial", "Communauté de communes Le Grésivaudan", "Responsable du service finances"),
    ("Émilie Faure-Brac", "Département de l'Isère", "Cheffe du service territorial du Grésivaudan"),
    ("Gilles Arnaud", "Ville de Pontcharra", "Adjoint au maire chargé de la culture"),
    ("Nadia Belkacem", "Ville de Crolles", "Directrice de la restauration scolaire"),
    ("Hervé Mollard", "Commune des Adrets", "Maire"),
    ("Sonia Perrin-Jacquet", "Ville d'Allevard", "Conseillère municipale déléguée à l'environnement"),
    ("Yannick Bouvier", "Service déchets du Grésivaudan", "Responsable des déchetteries"),
    ("Léa Chabert", "France services du Grésivaudan", "Animatrice de l'espace du Touvet"),
    ("Rachid Ould-Ali", "Centre social des Vallons", "Directeur"),
    ("Marion Tissot", "Médiathèque intercommunale de Pontcharra", "Responsable de la médiathèque"),
    ("Julien Cottaz", "Conseil de développement du Grésivaudan", "Président"),
)

BUDGET38_MEETINGS = (
    ("2026-09-01 17:30", "2026-09-01 19:30", "Siège du Grésivaudan, Crolles", ()),
    ("2026-10-06 17:30", "2026-10-06 19:30", "Salle des fêtes, Pontcharra", ()),
    ("2026-11-03 17:30", "2026-11-03 19:30", "Visioconférence", ()),
    ("2026-12-08 17:30", "2026-12-08 19:30", "Mairie d'Allevard, salle du conseil",
     ("Règlement du budget participatif 2027", "Horaires de la médiathèque", "Questions diverses")),
    ("2027-01-05 17:30", "2027-01-05 19:30", "Siège du Grésivaudan, Crolles", ("Recevabilité des projets",)),
    ("2027-02-02 17:30", "2027-02-02 19:30", "Salle polyvalente, Les Adrets", ()),
)

BUDGET38_DEADLINES = (
    ("2026-12-15", "Dépôt des idées des habitants sur la plateforme"),
    ("2027-01-22", "Avis technique des services sur les projets déposés"),
    ("2027-03-01", "Début du vote des habitants"),
    ("2027-06-18", "Proclamation des projets lauréats à Crolles"),
)

BUDGET38_DECISIONS = (
    ("2026-09-01", 1, "Le groupe se réunit le premier mardi de chaque mois à 17h30."),
    ("2026-09-01", 1, "Les communes de moins de 1 000 habitants reçoivent au moins 15 % de l'enveloppe."),
    ("2026-09-01", 1, "L'enveloppe du budget participatif 2027 est fixée à 400 000 euros."),
    ("2026-09-01", 1, "Un projet ne peut pas dépasser 50 000 euros."),
    ("2026-10-06", 2, "La médiathèque de Pontcharra ouvre le samedi de 10h à 18h à partir de janvier."),
    ("2026-10-06", 2, "La déchetterie d'Allevard ferme le lundi de novembre à mars."),
    ("2026-10-06", 2, "Les membres du jury citoyen sont tirés au sort sur les listes électorales."),
    ("2026-10-06", 2, "Le président du comité de suivi est élu pour deux ans par les délégués des communes."),
    ("2026-10-06", 2, "Les habitants dès 16 ans votent en ligne ou dans leur mairie."),
    ("2026-11-03", 3, "Les porteurs de projets lauréats sont payés en deux fois : 60 % à la signature, le solde à la réception des travaux."),
    ("2026-11-03", 3, "Le Grésivaudan recrute deux médiateurs numériques pour les espaces France services."),
    ("2026-11-03", 3, "Les usagers s'inscrivent au transport à la demande la veille avant midi."),
    ("2026-11-03", 3, "Les repas des cantines sont préparés par la cuisine centrale de Crolles."),
    ("2026-11-03", 3, "Les frais de déplacement des bénévoles sont remboursés sur justificatif."),
    ("2026-11-03", 3, "La piscine intercommunale du Touvet est gratuite pour les moins de 12 ans le mercredi."),
    ("2026-11-03", 3, "Les espaces France services restent ouverts jusqu'à 19h le jeudi."),
)

BUDGET38_TASKS = {
    "budget38": (
        ("Rédiger le règlement du budget participatif", "Bastien Goury", "2026-11-27", 3),
        ("Préparer la fiche de poste des médiateurs numériques", "Léa Chabert", "2026-11-20", 3),
        ("Tirer au sort le jury citoyen", "Julien Cottaz", "2027-01-15", 3),
        ("Chiffrer l'ouverture du samedi à la médiathèque", "Marion Tissot", "2026-12-04", 2),
        ("Mettre en ligne la plateforme de dépôt des idées", "Anne-Laure Vial", "2026-11-10", 2, "done"),
    ),
}

# The second group of the eighth round's decisions set (17ab), written after the first set's fixes: the
# local public services of the Trièves (communauté de communes, communes, a health centre, a tourist office).
TRIEVES_MEMBERS = (
    ("Odile Jullien", "Communauté de communes du Trièves", "Vice-présidente chargée des services à la population"),
    ("Loïc Armand", "Communauté de communes du Trièves", "Directeur des services techniques"),
    ("Fanny Chevrier", "Commune de Mens", "Maire"),
    ("Thibault Rosset", "Commune de Clelles", "Adjoint chargé de la santé"),
    ("Mireille Gachet", "Maison de santé de Clelles", "Coordinatrice"),
    ("Samir Haddouche", "Office de tourisme du Trièves", "Directeur"),
    ("Claire Vautrin", "Commune de Monestier-de-Clermont", "Conseillère déléguée aux sports"),
    ("Denis Brochier", "Association Trièves Solidarités", "Président bénévole"),
    ("Agathe Morel", "Communauté de communes du Trièves", "Animatrice du groupe, chargée de mission"),
)

TRIEVES_MEETINGS = (
    ("2026-09-17 18:00", "2026-09-17 20:00", "Salle du conseil, Mens", ()),
    ("2026-10-15 18:00", "2026-10-15 20:00", "Mairie de Clelles", ()),
    ("2026-11-19 18:00", "2026-11-19 20:00", "Visioconférence", ()),
    ("2026-12-17 18:00", "2026-12-17 20:00", "Salle des fêtes, Monestier-de-Clermont", ("Tarifs 2027", "Marché d'été")),
    ("2027-01-21 18:00", "2027-01-21 20:00", "Salle du conseil, Mens", ()),
)

TRIEVES_DEADLINES = (
    ("2026-12-11", "Retour des communes sur les tarifs de l'eau"),
    ("2027-01-15", "Dossier de subvention pour la maison de santé"),
    ("2027-03-31", "Programme du marché de producteurs"),
)

TRIEVES_DECISIONS = (
    ("2026-09-17", 1, "Le groupe se retrouve le troisième jeudi du mois à 18h."),
    ("2026-09-17", 1, "Les hameaux de moins de 50 habitants sont desservis par le bus à la demande deux fois par semaine."),
    ("2026-09-17", 1, "La maison de santé de Clelles accueille un médecin salarié à partir de février."),
    ("2026-10-15", 2, "Le gymnase de Monestier est ouvert aux associations le dimanche matin."),
    ("2026-10-15", 2, "La cantine de Mens sert un repas végétarien le lundi."),
    ("2026-10-15", 2, "Les tarifs du périscolaire sont calculés selon le quotient familial."),
    ("2026-10-15", 2, "Le marché de producteurs se tient le vendredi soir de mai à septembre."),
    ("2026-11-19", 3, "Le conseil des jeunes est élu par les collégiens du Trièves."),
    ("2026-11-19", 3, "L'office de tourisme recrute deux saisonniers pour l'été."),
    ("2026-11-19", 3, "Les associations reçoivent leur subvention en un seul versement au printemps."),
    ("2026-11-19", 3, "Les salles communales se réservent en ligne au moins trois semaines à l'avance."),
    ("2026-11-19", 3, "L'eau potable est facturée au même prix dans toutes les communes."),
    ("2026-11-19", 3, "Les bénévoles de la bibliothèque sont formés par la médiathèque départementale."),
)

TRIEVES_TASKS = (
    ("Chiffrer le poste de médecin salarié", "Mireille Gachet", "2026-11-30", 2),
    ("Trouver des producteurs pour le marché du vendredi", "Samir Haddouche", "2027-03-01", 2),
    ("Mettre en ligne le formulaire de réservation des salles", "Loïc Armand", "2026-12-20", 3),
)

BUDGET38_TASKS["trieves38"] = TRIEVES_TASKS

BUDGET38_GROUPS = {
    "budget38": (BUDGET38_MEMBERS, BUDGET38_MEETINGS, BUDGET38_DEADLINES, BUDGET38_DECISIONS, "Bastien Goury"),
    "trieves38": (TRIEVES_MEMBERS, TRIEVES_MEETINGS, TRIEVES_DEADLINES, TRIEVES_DECISIONS, "Agathe Morel"),
}
