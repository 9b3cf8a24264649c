"""A group the understanding was never tuned on, for the fourteenth round's
blind set 23c (the calendar asked as a whole or by period): the social
coordination platform of the district of la Sarine (canton de Fribourg),
chaired by the préfecture — the Ville de Fribourg and its social aid
service, the communes of Villars-sur-Glâne, Marly and Givisiez, the
regional social service of Sarine-Campagne, the cantonal Service de
l'action sociale, the Réseau Santé de la Sarine, Pro Senectute Fribourg,
Caritas Fribourg, REPER, the Croix-Rouge fribourgeoise, La Tuile and the
association Banc Public.

The platform sits in plenary « séances » on a Thursday afternoon about once
a month (none in July and August); deadlines run through the winter (the cold plan, the Christmas
fund, the annual report, a cantonal consultation). Some deadlines are past.
The test sender is linked to Isabelle Mauron (the Réseau Santé's
coordinator). Organisation names are real public bodies or plausible ones;
every person is invented."""

from __future__ import annotations

__all__ = ["SARINE_ASKERS", "SARINE_GROUPS"]

SLUG = "sarine-fr"

MEMBERS = (
    ("Anne-Laure Currat", "Préfecture de la Sarine", "Préfète, présidente de la plateforme"),
    ("Cédric Overney", "Préfecture de la Sarine", "Collaborateur administratif, secrétaire de la plateforme"),
    ("Nathalie Clerc", "Ville de Fribourg", "Conseillère communale, directrice des affaires sociales"),
    ("Marc-Antoine Bapst", "Ville de Fribourg", "Chef du Service de l'aide sociale"),
    ("Sophie Rossier", "Service de l'action sociale (SASoc)", "Collaboratrice scientifique"),
    ("Isabelle Mauron", "Réseau Santé de la Sarine", "Coordinatrice du réseau"),
    ("Laurent Yerly", "Pro Senectute Fribourg", "Responsable du travail social"),
    ("Valérie Kolly", "Caritas Fribourg", "Responsable de la consultation sociale"),
    ("Yannick Chassot", "REPER", "Travailleur social hors murs"),
    ("Jean-Daniel Brügger", "Commune de Villars-sur-Glâne", "Conseiller communal, affaires sociales"),
    ("Claudine Roulin", "Commune de Marly", "Responsable du service social"),
    ("Thierry Schorderet", "Commune de Givisiez", "Syndic"),
    ("Fabienne Aebischer", "Service social régional de la Sarine-Campagne", "Assistante sociale"),
    ("Pascal Gumy", "Croix-Rouge fribourgeoise", "Responsable des transports bénévoles"),
    ("Élodie Ducrest", "La Tuile", "Directrice du centre d'hébergement d'urgence"),
    ("Amina Kovač", "Association Banc Public", "Animatrice de l'accueil de jour"),
)

MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:00", "Préfecture de la Sarine, salle du Conseil", ()),
    ("2026-10-22 14:00", "2026-10-22 16:00", "Maison de Ville de Fribourg", ()),
    ("2026-11-26 14:00", "2026-11-26 16:00", "Pro Senectute Fribourg, salle de conférence", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Préfecture de la Sarine, salle du Conseil",
     ("Plan grand froid : places d'hébergement d'urgence", "Fonds de Noël de la Sarine", "Calendrier des séances 2027")),
    ("2027-01-14 14:00", "2027-01-14 16:00", "Caritas Fribourg, salle de réunion",
     ("Bilan du plan grand froid", "Rapport annuel 2026")),
    ("2027-02-18 14:00", "2027-02-18 16:00", "Commune de Marly, salle du Conseil général", ()),
    ("2027-03-25 14:00", "2027-03-25 16:00", "REPER, Fribourg", ()),
    ("2027-06-17 14:00", "2027-06-17 16:00", "Préfecture de la Sarine, salle du Conseil", ("Bilan de l'année",)),
    ("2027-09-16 14:00", "2027-09-16 16:00", "Réseau Santé de la Sarine, Villars-sur-Glâne", ()),
)

DEADLINES = (
    ("2026-10-30", "Inventaire des aides communales"),
    ("2026-11-20", "Bilan de l'action paniers d'automne"),
    ("2026-12-04", "Retour des communes sur le plan grand froid"),
    ("2026-12-11", "Liste des places d'hébergement d'urgence"),
    ("2026-12-18", "Demandes au fonds de Noël de la Sarine"),
    ("2027-01-29", "Rapport annuel 2026 de la plateforme"),
    ("2027-03-12", "Réponse à la consultation cantonale Senior+"),
    ("2027-04-30", "Dossiers pour la Journée sociale de la Sarine"),
)

DECISIONS = (
    ("2026-09-17", 1, "La plateforme se réunit en séance plénière le jeudi après-midi, une fois par mois, sauf en juillet et en août."),
    ("2026-09-17", 1, "Le secrétariat de la plateforme est tenu par la Préfecture de la Sarine."),
    ("2026-09-17", 1, "Le procès-verbal est envoyé aux membres dans les quinze jours après chaque séance."),
    ("2026-10-22", 2, "La Ville de Fribourg met à disposition 30 lits supplémentaires à La Tuile du 1er décembre au 31 mars."),
    ("2026-10-22", 2, "Le plan grand froid est déclenché dès que la température descend sous moins cinq degrés la nuit."),
    ("2026-10-22", 2, "Caritas Fribourg coordonne la distribution des paniers alimentaires pendant les fêtes."),
    ("2026-10-22", 2, "Pro Senectute Fribourg organise les visites aux aînés isolés de la Sarine-Campagne."),
    ("2026-11-26", 3, "Le fonds de Noël de la Sarine est doté de 45 000 francs, financés par les communes au prorata des habitants."),
    ("2026-11-26", 3, "Une aide du fonds de Noël est plafonnée à 300 francs par ménage."),
    ("2026-11-26", 3, "La Croix-Rouge fribourgeoise assure les transports vers les lieux d'accueil d'urgence la nuit."),
    ("2026-11-26", 3, "La Journée sociale de la Sarine a lieu le samedi 22 mai 2027 au Forum Fribourg."),
    ("2026-11-26", 3, "REPER ouvre un accueil pour les jeunes le mercredi après-midi pendant les vacances scolaires."),
    ("2026-11-26", 3, "Le bureau de la plateforme prépare le calendrier des séances 2027."),
)

# The member the test chats' sender is linked to (« je », « mes »).
SARINE_ASKERS = {SLUG: "Isabelle Mauron"}

SARINE_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, "Anne-Laure Currat")}
