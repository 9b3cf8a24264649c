"""A group the understanding was never tuned on, for the seventeenth round's
blind set 26b (topics named in other words than the record's): the
steering committee of the plan climat-air-énergie territorial (PCAET) of
the Communauté de communes du Clermontais (Hérault), with its four
thematic working groups — mobilités, énergie, habitat, agriculture et
alimentation — and a public bike workshop. Each meeting's place names the
body that meets (« Comité de pilotage du PCAET, … », « Groupe de travail
énergie, … », « Atelier vélo, … »), as a coordinator types it.

Members ask in their own words: « la réunion sur l'énergie », « le groupe
qui bosse sur le logement », « la piste cyclable » for the « liaison
cyclable », « le photovoltaïque » for « panneaux solaires », « les bus » for
the « transport à la demande », « le compost » for « biodéchets ».

Tasks in the store (typed with /tache after each meeting, two closed
since); the person asking is linked to the PCAET's chargée de mission; no
attendance recorded. Organisation names are real public bodies or plausible
ones; every person is invented."""

from __future__ import annotations

__all__ = ["PCAET34_ASKERS", "PCAET34_GROUPS", "PCAET34_TASKS"]

SLUG = "pcaet-clermontais"

PCAET34_MEMBERS = (
    ("Élodie Marchand", "Communauté de communes du Clermontais", "Chargée de mission PCAET"),
    ("Gérard Bousquet", "Communauté de communes du Clermontais",
     "Vice-président chargé de la transition écologique, président du comité de pilotage"),
    ("Julien Roux", "Communauté de communes du Clermontais",
     "Responsable du service mobilités, animateur du groupe de travail mobilités"),
    ("Fanny Guiraud", "Communauté de communes du Clermontais", "Responsable du service prévention des déchets"),
    ("Sylvie Fabre", "Mairie de Clermont-l'Hérault", "Adjointe à l'urbanisme, animatrice du groupe de travail habitat"),
    ("Bernard Cabrol", "Mairie de Canet", "Maire"),
    ("Nadia Benali", "Hérault Énergies",
     "Chargée de projet énergies renouvelables, animatrice du groupe de travail énergie"),
    ("Marc Delmas", "Chambre d'agriculture de l'Hérault",
     "Conseiller agriculture et climat, animateur du groupe de travail agriculture et alimentation"),
    ("Thierry Combes", "ADEME Occitanie", "Ingénieur territorial"),
    ("Laura Pastor", "DDTM de l'Hérault", "Chargée de mission climat"),
    ("Pierre Albert", "Région Occitanie", "Chargé de mission rénovation énergétique"),
    ("Amandine Vidal", "France Rénov' Cœur d'Hérault", "Conseillère France Rénov'"),
    ("Romain Teissier", "Syndicat Centre Hérault", "Responsable de la collecte"),
    ("Hugo Martel", "Vélo Clermontais", "Président de l'association"),
    ("Sophie Lacroix", "Conseil de développement du Pays Cœur d'Hérault", "Membre du bureau"),
    ("Chloé Granier", "Enedis", "Interlocutrice des collectivités"),
)

PCAET34_MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:30",
     "Comité de pilotage du PCAET, siège de la communauté de communes, Clermont-l'Hérault", ()),
    ("2026-10-08 14:00", "2026-10-08 16:00", "Groupe de travail mobilités, salle Georges-Brassens, Clermont-l'Hérault",
     ()),
    ("2026-10-15 09:30", "2026-10-15 12:00", "Groupe de travail énergie, mairie de Canet", ()),
    ("2026-11-05 14:00", "2026-11-05 16:00", "Groupe de travail habitat, espace France Rénov', Clermont-l'Hérault",
     ()),
    ("2026-11-19 18:00", "2026-11-19 20:00", "Groupe de travail agriculture et alimentation, cave coopérative de Nébian",
     ()),
    ("2026-11-26 14:00", "2026-11-26 16:30",
     "Comité de pilotage du PCAET, siège de la communauté de communes, Clermont-l'Hérault", ()),
    ("2026-12-08 18:00", "2026-12-08 20:30", "Atelier vélo, salle des fêtes de Paulhan",
     ("Tracé de la liaison cyclable Clermont-l'Hérault – Canet", "Stationnement des vélos à la gare routière")),
    ("2026-12-15 09:30", "2026-12-15 12:00", "Groupe de travail énergie, siège de la communauté de communes",
     ("Cadastre solaire", "Panneaux solaires sur les toitures intercommunales", "Réseau de chaleur au bois de Paulhan")),
    ("2027-01-14 14:00", "2027-01-14 16:00", "Groupe de travail habitat, mairie de Paulhan", ()),
    ("2027-01-28 14:00", "2027-01-28 16:00", "Groupe de travail mobilités, siège de la communauté de communes", ()),
    ("2027-02-11 14:00", "2027-02-11 16:30",
     "Comité de pilotage du PCAET, siège de la communauté de communes, Clermont-l'Hérault",
     ("Bilan à mi-parcours du plan d'actions", "Budget 2027 du PCAET")),
)

PCAET34_DEADLINES = (
    ("2026-12-11", "Dépôt du dossier Fonds vert pour la liaison cyclable"),
    ("2026-12-18", "Retour des communes sur l'extinction de l'éclairage public"),
    ("2027-01-22", "Cahier des charges de l'étude du réseau de chaleur"),
    ("2027-03-05", "Rapport de bilan à mi-parcours du PCAET"),
)

PCAET34_DECISIONS = (
    ("2026-09-22", 1, "Le comité de pilotage du PCAET se réunit une fois par trimestre."),
    ("2026-09-22", 1, "Quatre groupes de travail thématiques sont créés : mobilités, énergie, habitat, agriculture et "
                      "alimentation."),
    ("2026-09-22", 1, "Le bilan à mi-parcours du PCAET est présenté au conseil communautaire en mars 2027."),
    ("2026-10-08", 2, "Une liaison cyclable entre Clermont-l'Hérault et Canet est inscrite au schéma directeur "
                      "cyclable."),
    ("2026-10-08", 2, "Le transport à la demande est étendu à toutes les communes du Clermontais à partir du "
                      "4 janvier 2027."),
    ("2026-10-08", 2, "Une aire de covoiturage de 40 places est aménagée près de l'échangeur de l'A75 à "
                      "Clermont-l'Hérault."),
    ("2026-10-15", 3, "Des panneaux solaires sont installés sur les toitures de six bâtiments intercommunaux d'ici "
                      "2028."),
    ("2026-10-15", 3, "Une étude de faisabilité est lancée pour un réseau de chaleur au bois à Paulhan."),
    ("2026-10-15", 3, "Le cadastre solaire est mis en ligne pour les habitants au premier trimestre 2027."),
    ("2026-11-05", 4, "Une aide de 1 500 euros est versée aux propriétaires pour l'isolation thermique des logements "
                      "construits avant 1975."),
    ("2026-11-05", 4, "Les permanences France Rénov' ont lieu le premier mercredi de chaque mois à la mairie de "
                      "Paulhan."),
    ("2026-11-19", 5, "Les cantines scolaires servent 40 % de produits locaux d'ici septembre 2027."),
    ("2026-11-19", 5, "Un diagnostic du stockage de carbone dans les sols agricoles est confié à la Chambre "
                      "d'agriculture."),
    ("2026-11-26", 6, "La collecte des biodéchets en porte-à-porte est généralisée à Clermont-l'Hérault en avril "
                      "2027."),
    ("2026-11-26", 6, "Le budget 2027 du PCAET est fixé à 320 000 euros."),
    ("2026-11-26", 6, "L'extinction de l'éclairage public de 23 h à 5 h est proposée à toutes les communes."),
    ("2026-11-26", 6, "Des composteurs individuels sont distribués gratuitement aux habitants qui en font la "
                      "demande."),
)

PCAET34_TASKS = {
    SLUG: (
        ("Chiffrer le tracé de la liaison cyclable Clermont-Canet", "Julien Roux", "2026-11-20", 2),
        ("Recenser les arrêts du transport à la demande", "Julien Roux", "2026-12-18", 2),
        ("Lister les toitures des bâtiments intercommunaux", "Nadia Benali", "2026-11-27", 3),
        ("Contacter les bureaux d'études pour le réseau de chaleur", "Thierry Combes", "2026-12-10", 3),
        ("Rédiger le règlement de l'aide à l'isolation", "Amandine Vidal", "2026-12-04", 4),
        ("Préparer le flyer des permanences France Rénov'", "Élodie Marchand", "2026-12-09", 4),
        ("Recenser les producteurs locaux pour les cantines", "Marc Delmas", "2027-01-08", 5),
        ("Commander les composteurs individuels", "Fanny Guiraud", "2026-11-30", 6, "done"),
        ("Envoyer le compte rendu du comité de pilotage du 26 novembre", "Élodie Marchand", "2026-12-03", 6),
        ("Préparer le courrier aux maires sur l'extinction de l'éclairage public", "Gérard Bousquet", "2026-12-07",
         6),
        ("Planifier les tournées de collecte des biodéchets", "Romain Teissier", "2027-02-15", 6),
        ("Réserver la salle des fêtes de Paulhan pour l'atelier vélo", "Hugo Martel", "2026-11-25", 6, "done"),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
PCAET34_ASKERS = {SLUG: "Élodie Marchand"}

PCAET34_GROUPS = {
    SLUG: (PCAET34_MEMBERS, PCAET34_MEETINGS, PCAET34_DEADLINES, PCAET34_DECISIONS, "Élodie Marchand"),
}
