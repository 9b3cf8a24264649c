"""A Finistère working group on the ecological transition of small communes
and their intercommunalités (Douarnenez Communauté, Quimper Bretagne
Occidentale, the Haut Pays Bigouden, two rural communes, the Département,
the Région, the ADEME, an energy agency, the chamber of trades, the breton
language office, a repair café and the Parc d'Armorique), written by the
synonyms engineer of the seventh round for blind set 16a. Its decisions are
recorded the way coordinators write them (« Budget 2027 : 12 000 € alloués
aux ateliers de réparation », « Le groupe retient l'option navette
électrique … »), so that questions ask about them in other words. Tasks in
the store. Organisation names are real public bodies or plausible ones;
every person is invented."""

from __future__ import annotations

__all__ = ["FINISTERE_GROUPS", "FINISTERE_TASKS"]

FINISTERE_MEMBERS = (
    ("Gwenaëlle Le Gall", "Douarnenez Communauté", "Vice-présidente à la transition écologique, coordinatrice du groupe"),
    ("Yann Kerhervé", "Quimper Bretagne Occidentale", "Chargé de mission mobilités"),
    ("Soizic Tanguy", "Conseil départemental du Finistère", "Cheffe du service environnement"),
    ("Erwan Le Bihan", "Commune de Plogonnec", "Maire"),
    ("Maëlle Quéméner", "Commune de Pouldergat", "Adjointe au maire chargée des écoles et de la restauration scolaire"),
    ("Loïc Guéguen", "ADEME Bretagne", "Ingénieur économie circulaire"),
    ("Anne-Laure Cloarec", "Agence locale de l'énergie de Cornouaille", "Conseillère en énergie partagée"),
    ("Tangi Morvan", "Chambre de métiers et de l'artisanat du Finistère", "Conseiller développement durable"),
    ("Nolwenn Riou", "Office public de la langue bretonne", "Chargée de mission signalétique bilingue"),
    ("Pierre-Yves Le Roux", "Région Bretagne", "Référent transports BreizhGo pour la Cornouaille"),
    ("Katell Jaouen", "Repair café de Douarnenez", "Présidente de l'association"),
    ("Hervé Le Floc'h", "Communauté de communes du Haut Pays Bigouden", "Directeur général des services"),
    ("Mathilde Bourhis", "Parc naturel régional d'Armorique", "Chargée de mission biodiversité"),
    ("Julien Caradec", "Ville de Douarnenez", "Responsable du service déchets"),
)

FINISTERE_MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 16:30", "Siège de Douarnenez Communauté, Tréboul", ()),
    ("2026-10-22 09:30", "2026-10-22 12:00", "Mairie de Plogonnec, salle du conseil", ()),
    ("2026-11-19 14:00", "2026-11-19 16:00", "Visioconférence", ()),
    ("2026-12-17 14:00", "2026-12-17 16:30", "Quimper Bretagne Occidentale, salle du conseil communautaire, Quimper",
     ("Bilan des ateliers de réparation", "Navette électrique Quimper-Douarnenez", "Budget 2027")),
    ("2027-01-21 09:30", "2027-01-21 12:00", "Mairie de Pouldergat", ("Redevance des ordures ménagères",)),
    ("2027-03-18 14:00", "2027-03-18 16:00", "Maison du Haut Pays Bigouden, Pouldreuzic", ()),
)

FINISTERE_DEADLINES = (
    ("2026-12-08", "Retour des relevés de consommation des bâtiments communaux"),
    ("2026-12-18", "Dépôt du dossier Fonds vert en préfecture"),
    ("2027-01-15", "Réponse à l'enquête mobilité de la Région"),
    ("2027-02-20", "Forum de la réparation à Douarnenez"),
)

FINISTERE_DECISIONS = (
    ("2026-09-24", 1, "Le groupe se réunit le troisième jeudi du mois, à tour de rôle dans chaque intercommunalité."),
    ("2026-09-24", 1, "Adoption de la feuille de route transition 2026-2028."),
    ("2026-09-24", 1, "Le groupe retient l'option navette électrique pour la ligne Quimper-Douarnenez."),
    ("2026-09-24", 1, "Extinction de l'éclairage public de 23 h à 5 h dans les communes volontaires."),
    ("2026-09-24", 1, "Les panneaux des nouveaux équipements seront rédigés en français et en breton."),
    ("2026-10-22", 2, "Budget 2027 : 12 000 € alloués aux ateliers de réparation."),
    ("2026-10-22", 2, "Cantines : objectif de 40 % de produits bio et locaux à Plogonnec et Pouldergat pour la rentrée 2027."),
    ("2026-10-22", 2, "Accord pour expérimenter le covoiturage solidaire entre Pouldergat et Douarnenez avec Ouestgo."),
    ("2026-10-22", 2, "Le Département prend en charge le diagnostic énergétique de cinq salles des fêtes."),
    ("2026-10-22", 2, "Biodéchets : composteurs partagés dans chaque bourg avant l'été 2027."),
    ("2026-10-22", 2, "Tarification incitative des ordures ménagères : décision reportée à la séance de janvier."),
    ("2026-11-19", 3, "20 vélos à assistance électrique achetés en commun et prêtés aux agents communaux."),
    ("2026-11-19", 3, "Le Parc d'Armorique réalise l'inventaire des haies bocagères."),
    ("2026-11-19", 3, "Un guide des éco-gestes est remis aux associations qui utilisent les salles communales."),
    ("2026-11-19", 3, "Dossier Fonds vert : candidature commune pour rénover les écoles de Plogonnec et de Pouldergat."),
    ("2026-11-19", 3, "Six bornes de recharge pour voitures électriques sur les parkings des mairies."),
    ("2026-11-19", 3, "Le compte rendu d'octobre est approuvé sans modification."),
    ("2026-11-19", 3, "Les secrétaires de mairie suivront une formation aux achats publics responsables en mars."),
    ("2026-11-19", 3, "Marchés de Douarnenez et de Plogonnec zéro plastique : gobelets et sacs réutilisables."),
)

FINISTERE_TASKS = {
    "transition29": (
        ("Chiffrer le coût de la navette électrique", "Yann Kerhervé", "2026-12-10", 1),
        ("Traduire les panneaux en breton", "Nolwenn Riou", "2026-11-20", 1),
        ("Commander les vélos à assistance électrique", "Hervé Le Floc'h", "2026-11-28", 3),
        ("Recenser les écoles candidates au Fonds vert", "Maëlle Quéméner", "2026-12-12", 3),
        ("Rédiger le guide des éco-gestes", "Anne-Laure Cloarec", "2026-12-15", 3),
    ),
}

FINISTERE_GROUPS = {
    "transition29": (FINISTERE_MEMBERS, FINISTERE_MEETINGS, FINISTERE_DEADLINES, FINISTERE_DECISIONS,
                     "Gwenaëlle Le Gall"),
}
