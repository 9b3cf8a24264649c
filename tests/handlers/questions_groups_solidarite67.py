"""A group written for the ninth round's decisions-in-other-words sets
(18c, 18cb): a Bas-Rhin working group on food aid and energy poverty
around Strasbourg (the Ville, the Eurométropole, the Collectivité
européenne d'Alsace, the CCAS, the CAF, the DDETS, Électricité de
Strasbourg, the local energy agency, the food banks and charities, a
social landlord). Its sixteen decisions are worded as minutes word them
(« Validation de … », « Accord pour … », « Report à … », « Refus de … »,
passives naming who pays), so that members ask them by who pays, by
consequence, by body or by date. Members hold charges close to some
decisions (the volunteers, the home visits, the mobile grocery). Tasks in
the store; the person asking is linked to the group's secretary.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

__all__ = ["SOLIDARITE67_ASKERS", "SOLIDARITE67_GROUPS", "SOLIDARITE67_TASKS"]

SLUG = "solidarite67"

SOLIDARITE67_MEMBERS = (
    ("Claire Schaeffer", "Ville de Strasbourg", "Adjointe à la maire chargée des solidarités, présidente du groupe"),
    ("Thomas Kieffer", "Eurométropole de Strasbourg", "Chargé de mission précarité énergétique, secrétaire du groupe"),
    ("Nadia Bouzid", "Collectivité européenne d'Alsace (CeA)", "Cheffe du service action sociale de proximité"),
    ("Marc Hirtz", "Banque alimentaire du Bas-Rhin", "Président"),
    ("Sophie Wendling", "Banque alimentaire du Bas-Rhin", "Responsable des bénévoles"),
    ("Julien Ostermann", "CCAS de Strasbourg", "Directeur adjoint, référent des aides aux factures d'énergie"),
    ("Amélie Roth", "Restos du Cœur du Bas-Rhin", "Responsable départementale"),
    ("Karim Belhadj", "Électricité de Strasbourg (ÉS)", "Responsable solidarité clients"),
    ("Lucie Meyer", "ALEC du Grand Strasbourg", "Conseillère énergie, visites à domicile"),
    ("Patrick Fuchs", "CAF du Bas-Rhin", "Conseiller technique action sociale"),
    ("Emma Lienhard", "Secours populaire du Bas-Rhin", "Coordinatrice de l'épicerie solidaire mobile"),
    ("Denis Wolff", "Ville de Schiltigheim", "Directeur du CCAS"),
    ("Fanny Kuntz", "Habitation moderne", "Chargée d'accompagnement social des locataires"),
    ("Olivier Stoll", "DDETS du Bas-Rhin", "Chef du pôle lutte contre la pauvreté"),
)

SOLIDARITE67_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Centre administratif de Strasbourg, salle 1", ()),
    ("2026-10-15 09:30", "2026-10-15 12:00", "Maison des associations, Strasbourg", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Mairie de Schiltigheim, salle du conseil", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Banque alimentaire du Bas-Rhin, Geispolsheim",
     ("Bilan de la collecte de novembre", "Campagne d'information sur le chèque énergie", "Plan grand froid")),
    ("2027-01-21 09:30", "2027-01-21 11:30", "Visioconférence", ("Bilan des visites à domicile",)),
    ("2027-03-11 14:00", "2027-03-11 16:30", "Hôtel de la Collectivité européenne d'Alsace, Strasbourg", ()),
)

SOLIDARITE67_DEADLINES = (
    ("2026-12-05", "Inscriptions des bénévoles pour la distribution de Noël"),
    ("2026-12-18", "Dépôt de la demande au Fonds de solidarité logement, volet énergie"),
    ("2027-01-15", "Retour des chiffres de fréquentation des épiceries solidaires"),
    ("2027-03-31", "Fin de la trêve hivernale"),
)

SOLIDARITE67_DECISIONS = (
    ("2026-09-17", 1, "Le groupe se réunit un jeudi par mois, en alternance à Strasbourg et dans une commune "
                      "de l'Eurométropole."),
    ("2026-09-17", 1, "Le compte rendu est rédigé par l'Eurométropole et diffusé sous huit jours."),
    ("2026-09-17", 1, "Validation de la charte de partenariat entre les structures d'aide alimentaire."),
    ("2026-09-17", 1, "Accord pour une collecte commune Banque alimentaire / Restos du Cœur dans les "
                      "hypermarchés de l'Eurométropole les 27 et 28 novembre."),
    ("2026-10-15", 2, "La navette de livraison entre l'entrepôt de Geispolsheim et les épiceries solidaires est "
                      "financée par la CeA pour 2027."),
    ("2026-10-15", 2, "Le CCAS de Strasbourg prend en charge les impayés d'électricité jusqu'à 300 € par foyer."),
    ("2026-10-15", 2, "Mise à disposition gratuite par la Ville de Schiltigheim d'un local rue Principale pour "
                      "l'épicerie solidaire."),
    ("2026-10-15", 2, "ÉS s'engage à ne procéder à aucune coupure d'électricité chez les foyers suivis par un "
                      "travailleur social."),
    ("2026-10-15", 2, "Le budget 2027 du groupe est arrêté à 45 000 €, dont 20 000 € pour le matériel "
                      "d'économie d'énergie."),
    ("2026-11-19", 3, "Les visites à domicile de l'ALEC sont étendues aux quartiers prioritaires de "
                      "Schiltigheim et de Bischheim."),
    ("2026-11-19", 3, "Distribution de 500 kits d'économie d'énergie (ampoules LED, multiprises, joints de "
                      "fenêtre) lors des permanences."),
    ("2026-11-19", 3, "Report à mars 2027 de la mise en route du second camion de l'épicerie mobile, faute "
                      "de chauffeur."),
    ("2026-11-19", 3, "Les personnes reçues à l'aide alimentaire sont orientées vers l'ALEC par un formulaire "
                      "unique."),
    ("2026-11-19", 3, "Refus de la participation financière des bénéficiaires (1 € par colis) : les colis "
                      "restent gratuits."),
    ("2026-11-19", 3, "Les bénévoles de la Banque alimentaire sont formés par l'ALEC au repérage de la "
                      "précarité énergétique."),
    ("2026-11-19", 3, "La CAF finance un poste de conseillère en économie sociale et familiale à mi-temps "
                      "pour les ateliers budget."),
)

SOLIDARITE67_TASKS = {
    SLUG: (
        ("Envoyer la convention de la navette à la CeA", "Nadia Bouzid", "2026-12-08", 2),
        ("Recruter un chauffeur pour le second camion", "Emma Lienhard", "2027-02-15", 3),
        ("Commander les kits d'économie d'énergie", "Lucie Meyer", "2026-11-30", 3),
        ("Préparer le formulaire d'orientation vers l'ALEC", "Thomas Kieffer", "2026-12-03", 3),
        ("Organiser le planning des bénévoles de la collecte", "Sophie Wendling", "2026-11-20", 1, "done"),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
SOLIDARITE67_ASKERS = {SLUG: "Thomas Kieffer"}

SOLIDARITE67_GROUPS = {
    SLUG: (SOLIDARITE67_MEMBERS, SOLIDARITE67_MEETINGS, SOLIDARITE67_DEADLINES, SOLIDARITE67_DECISIONS,
           "Thomas Kieffer"),
}
