"""A group the understanding was never tuned on, for the blind set 17c (the
eighth round's set on abbreviations and chat shorthand): a Nord
job-insertion network around Lille, the Avesnois and the Valenciennois,
with the Métropole européenne de Lille, two communautés de communes, an
agglomeration, a PLIE, a CCAS, the Département du Nord, France Travail, a
mission locale, a maison de l'emploi, the CCI, an association and three
structures d'insertion par l'activité économique (SIAE).

The coordinator typed most bodies by their long name WITHOUT the initials
members use in chat (« Métropole européenne de Lille », « Communauté de
communes du Pays de Mormal », « Plan local pour l'insertion et l'emploi du
Valenciennois », « Centre communal d'action sociale de Tourcoing »,
« Communauté d'agglomération Maubeuge Val de Sambre »), one with its
initials in brackets (CCFI), and the roles as minutes write them
(« Conseiller en insertion professionnelle », « Encadrant technique
d'insertion », « Référente RSA »). The meeting that is not a plenary
carries its kind at the head of the place (« Comité de pilotage, … »), as
coordinators do when a meeting has no other text field. Tasks in the
store. Organisation names are real public bodies or plausible ones; every
person is invented."""

from __future__ import annotations

__all__ = ["INSERTION59_GROUPS", "INSERTION59_TASKS"]

INSERTION_MEMBERS = (
    ("Véronique Delcroix", "Métropole européenne de Lille",
     "Vice-présidente chargée de l'insertion et de l'emploi, présidente du réseau"),
    ("Mathieu Vandenbussche", "Métropole européenne de Lille", "Chargé de mission clauses sociales"),
    ("Élodie Carlier", "Métropole européenne de Lille", "Coordinatrice du réseau insertion, secrétaire des réunions"),
    ("Sylvie Dhondt", "Communauté de communes du Pays de Mormal", "Directrice du développement économique et de l'emploi"),
    ("Bertrand Lefebvre", "Communauté de communes de Flandre intérieure (CCFI)",
     "Vice-président délégué à l'emploi et à la formation"),
    ("Samia Haddad", "Communauté d'agglomération Maubeuge Val de Sambre", "Chargée de mission politique de la ville"),
    ("Nadia Bouaziz", "Plan local pour l'insertion et l'emploi du Valenciennois", "Facilitatrice des clauses sociales"),
    ("Grégoire Deram", "Plan local pour l'insertion et l'emploi du Valenciennois",
     "Conseiller en insertion professionnelle, référent de parcours"),
    ("Fabienne Wallart", "Centre communal d'action sociale de Tourcoing", "Directrice adjointe, responsable du pôle insertion"),
    ("Patrick Declercq", "Département du Nord", "Conseiller départemental délégué à l'insertion"),
    ("Laurence Debruyne", "Département du Nord", "Référente RSA, direction territoriale de l'Avesnois"),
    ("Karima Ouchène", "France Travail", "Conseillère entreprises, agence de Maubeuge"),
    ("Youssef Amrani", "Mission locale de l'Avesnois", "Conseiller référent du contrat d'engagement jeune"),
    ("Hélène Poulain", "Maison de l'emploi du Cambrésis", "Chargée de relations entreprises"),
    ("Thomas Vasseur", "Chambre de commerce et d'industrie Grand Lille", "Conseiller emploi-formation"),
    ("Jérôme Bultez", "Les Jardins de Mormal", "Encadrant technique d'insertion du chantier maraîcher"),
    ("Anne-Sophie Vermeersch", "Nord Recyclage", "Directrice de l'entreprise d'insertion, représentante des SIAE au réseau"),
    ("Christian Dupuis", "Tremplin Avenir Nord", "Président de l'association"),
    ("Marie-Claude Leroy", "Tremplin Avenir Nord", "Bénévole, responsable de l'accueil et du planning des bénévoles"),
)

INSERTION_MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 16:30", "Métropole européenne de Lille, boulevard des Cités Unies, Lille", ()),
    ("2026-10-22 09:30", "2026-10-22 12:00", "Communauté de communes du Pays de Mormal, Le Quesnoy", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "CCAS de Tourcoing, salle Watteau", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Maison de l'emploi du Cambrésis, Cambrai",
     ("Bilan des clauses sociales", "Camion frigorifique : organisation des tournées", "Calendrier 2027")),
    ("2027-01-14 09:30", "2027-01-14 12:00", "Métropole européenne de Lille, salle du conseil",
     ("Appel à projets insertion de la Métropole",)),
    ("2027-01-28 10:00", "2027-01-28 12:00", "Comité de pilotage, Hôtel du Département du Nord, Lille",
     ("Bilan annuel du réseau",)),
    ("2027-02-11 14:00", "2027-02-11 15:30", "Visioconférence", ()),
    ("2027-03-11 14:00", "2027-03-11 16:30", "Les Jardins de Mormal, Locquignol", ("Visite du chantier maraîcher",)),
)

INSERTION_DEADLINES = (
    ("2026-12-04", "Retour des fiches de poste pour le job dating"),
    ("2026-12-11", "Bilan des heures d'insertion au Département"),
    ("2027-01-15", "Dépôt des dossiers à l'appel à projets insertion de la Métropole"),
    ("2027-01-29", "Conseil d'administration du PLIE"),
    ("2027-02-05", "Job dating de l'insertion à Maubeuge"),
    ("2027-03-12", "Assemblée générale de Tremplin Avenir Nord"),
)

INSERTION_DECISIONS = (
    ("2026-09-24", 1, "Le réseau se réunit une fois par mois, en alternance entre la métropole et les territoires ruraux."),
    ("2026-09-24", 1, "Les comptes rendus sont envoyés aux membres dans les dix jours qui suivent chaque réunion."),
    ("2026-10-22", 2, "Un camion frigorifique est acheté en commun avec le chantier d'insertion Les Jardins de Mormal."),
    ("2026-10-22", 2, "La Métropole finance quarante heures de formation pour les encadrants techniques des structures d'insertion."),
    ("2026-11-19", 3, "Les clauses sociales des marchés de la communauté de communes du Pays de Mormal sont suivies par la facilitatrice du PLIE."),
    ("2026-11-19", 3, "Le Département du Nord ouvre trente places de parcours pour les allocataires du RSA dans les chantiers d'insertion."),
    ("2026-11-19", 3, "Une permanence de France Travail est tenue chaque mardi au CCAS de Tourcoing."),
    ("2026-11-19", 3, "Les bénévoles de Tremplin Avenir Nord suivent une formation à l'accueil des publics en janvier."),
)

INSERTION59_TASKS = {
    "insertion59": (
        ("Envoyer le compte rendu de la réunion de novembre", "Élodie Carlier", "2026-11-29", 3),
        ("Préparer l'ordre du jour de la réunion de décembre", "Élodie Carlier", "2026-12-07", 3),
        ("Chiffrer l'entretien du camion frigorifique", "Jérôme Bultez", "2026-11-27", 2),
        ("Recenser les offres de stage des entreprises partenaires", "Karima Ouchène", "2026-12-09", 3),
        ("Relancer les structures d'insertion pour le bilan des heures", "Grégoire Deram", "2026-12-03", 3),
    ),
}

INSERTION59_GROUPS = {
    "insertion59": (INSERTION_MEMBERS, INSERTION_MEETINGS, INSERTION_DEADLINES, INSERTION_DECISIONS, "Élodie Carlier"),
}

# A second group for set 17cb, written after the first set's fixes without looking at its answers: a
# Seine-Maritime network on young people's access to work around Rouen and Elbeuf, the bodies again stored by
# their long names (Métropole Rouen Normandie, Communauté d'agglomération Seine-Eure, Communauté de communes
# Caux-Austreberthe, École de la deuxième chance, Groupement d'employeurs pour l'insertion et la qualification…),
# a technical committee written at the head of a place (« Comité technique, … »).
YOUTH76_MEMBERS = (
    ("Claire Duboc", "Métropole Rouen Normandie", "Vice-présidente chargée de l'emploi et de l'insertion, présidente du réseau"),
    ("Antoine Lemonnier", "Métropole Rouen Normandie", "Chargé de mission emploi des jeunes, animateur du réseau"),
    ("Sonia Benkhelifa", "Communauté d'agglomération Seine-Eure", "Responsable du service politique de la ville"),
    ("Julien Costentin", "Communauté de communes Caux-Austreberthe", "Directeur général adjoint"),
    ("Manon Leprévost", "Mission locale de l'agglomération d'Elbeuf", "Conseillère en insertion professionnelle"),
    ("Yannick Hauchecorne", "Mission locale de l'agglomération d'Elbeuf", "Directeur"),
    ("Nadège Quesnel", "Département de la Seine-Maritime", "Cheffe du service insertion, référente du plan jeunes"),
    ("Karim Bensaïd", "École de la deuxième chance de Rouen", "Formateur référent"),
    ("Élise Marchand", "Groupement d'employeurs pour l'insertion et la qualification Normandie", "Chargée de relations entreprises"),
    ("Thierry Lecoq", "France Travail", "Conseiller à l'emploi, agence d'Elbeuf"),
    ("Pauline Vautier", "Caisse d'allocations familiales de la Seine-Maritime", "Conseillère technique jeunesse"),
    ("Mathilde Grenier", "Point information jeunesse d'Elbeuf", "Animatrice, responsable des ateliers numériques"),
    ("Olivier Delamare", "Auto-école sociale Permis d'avenir", "Président de l'association, moniteur bénévole"),
)

YOUTH76_MEETINGS = (
    ("2026-10-08 14:00", "2026-10-08 16:30", "Métropole Rouen Normandie, 108 allée François-Mitterrand, Rouen", ()),
    ("2026-11-12 09:30", "2026-11-12 12:00", "Mission locale de l'agglomération d'Elbeuf, Elbeuf", ()),
    ("2026-11-26 14:00", "2026-11-26 15:30", "Comité technique, visioconférence", ()),
    ("2026-12-09 14:00", "2026-12-09 16:30", "École de la deuxième chance, Rouen",
     ("Bilan du forum de l'alternance", "Minibus pour les entretiens d'embauche", "Calendrier 2027")),
    ("2027-01-13 14:00", "2027-01-13 15:30", "Comité technique, visioconférence", ("Tableau de bord des parcours",)),
    ("2027-02-10 09:30", "2027-02-10 12:00", "Communauté de communes Caux-Austreberthe, Pavilly",
     ("Mobilité des jeunes en zone rurale",)),
)

YOUTH76_DEADLINES = (
    ("2026-12-04", "Retour des fiches d'inscription au job dating"),
    ("2026-12-18", "Dossier de demande au Fonds social européen (FSE+)"),
    ("2027-01-20", "Forum de l'alternance à Elbeuf"),
    ("2027-02-26", "Assemblée générale du groupement d'employeurs"),
    ("2027-03-19", "Rapport d'activité du point information jeunesse"),
)

YOUTH76_DECISIONS = (
    ("2026-10-08", 1, "Le réseau se réunit en plénière tous les deux mois et en comité technique entre deux plénières."),
    ("2026-10-08", 1, "Un minibus de la Métropole conduit les jeunes des communes rurales à leurs entretiens d'embauche."),
    ("2026-11-12", 2, "L'auto-école sociale réserve vingt places de permis de conduire aux jeunes suivis par la mission locale."),
    ("2026-11-12", 2, "Les ateliers de rédaction de CV ont lieu chaque mercredi au point information jeunesse."),
    ("2026-11-12", 2, "Le Département finance cinquante bourses de transport pour les stagiaires de l'école de la deuxième chance."),
    ("2026-11-26", 3, "Un tableau de bord commun des parcours est tenu par la mission locale et France Travail."),
)

INSERTION59_TASKS["jeunes76"] = (
    ("Envoyer le compte rendu du comité technique", "Antoine Lemonnier", "2026-11-30", 3),
    ("Recenser les jeunes sans permis dans les communes rurales", "Julien Costentin", "2026-12-15", 2),
    ("Monter le dossier FSE+", "Nadège Quesnel", "2026-12-16", 2),
    ("Préparer la salle de l'École de la deuxième chance", "Karim Bensaïd", "2026-12-07", 3),
)

INSERTION59_GROUPS["jeunes76"] = (YOUTH76_MEMBERS, YOUTH76_MEETINGS, YOUTH76_DEADLINES, YOUTH76_DECISIONS, "Antoine Lemonnier")
