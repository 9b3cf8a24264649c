"""Two groups the understanding was never tuned on, for the held-out sets
of the third engineer: a Nouvelle-Aquitaine network of local authorities
for the social and solidarity economy (set 7, written before their
changes: élus, DGS, intercommunalités, a Région, a Fondation, a
Département) and a Lausanne–Fribourg group of neighbourhood associations
in Swiss usage (set 8, written after). Tasks in the store. Organisation
names are real public bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["TERRITORY_GROUPS", "TERRITORY_TASKS"]

ESS_MEMBERS = (
    ("Bérénice Laffargue", "Région Nouvelle-Aquitaine", "Vice-présidente chargée de l'économie sociale et solidaire"),
    ("Thierry Castaing", "Bordeaux Métropole", "Directeur général des services"),
    ("Maëlle Darrigade", "Communauté d'agglomération Pays Basque", "Cheffe de projet alimentation durable"),
    ("Jean-Baptiste Larrieu", "Communauté de communes du Béarn des Gaves", "Président de l'intercommunalité"),
    ("Sandrine Peyrot", "Ville de Poitiers", "Adjointe au maire déléguée à l'économie solidaire"),
    ("Hugo Lasserre", "Département de la Gironde", "Chargé de mission achats responsables"),
    ("Céline Etcheverry", "Fondation Macif", "Déléguée régionale"),
    ("Pascal Doumenjou", "CRESS Nouvelle-Aquitaine", "Directeur, président du réseau"),
    ("Ophélie Guichard", "Ville de Limoges", "Directrice générale adjointe aux solidarités"),
    ("Rémi Sabathé", "Banque des Territoires", "Responsable de l'investissement à impact"),
    ("Amandine Loubière", "CRESS Nouvelle-Aquitaine", "Animatrice du réseau, secrétaire des séances"),
)

ESS_MEETINGS = (
    ("2026-09-15 10:00", "2026-09-15 12:30", "Hôtel de Région, Bordeaux", ()),
    ("2026-10-20 14:00", "2026-10-20 17:00", "Tiers-lieu La Smalah, Poitiers", ()),
    ("2026-11-17 10:00", "2026-11-17 12:00", "Visioconférence", ()),
    ("2026-12-08 09:30", "2026-12-08 12:30", "Maison de l'intercommunalité, Bayonne",
     ("Commande publique responsable", "Fonds territorial d'innovation sociale", "Questions diverses")),
    ("2027-01-19 14:00", "2027-01-19 16:30", "Hôtel de ville de Limoges", ("Rencontres régionales de l'ESS",)),
    ("2027-03-16 10:00", "2027-03-16 12:30", "Cité numérique, Bègles", ()),
)

ESS_DEADLINES = (
    ("2026-12-05", "Envoi des fiches d'expérience des collectivités"),
    ("2026-12-19", "Candidature à l'appel à manifestation d'intérêt sur les tiers-lieux"),
    ("2027-01-22", "Inscriptions aux rencontres régionales de l'ESS"),
    ("2027-02-27", "Contribution au schéma régional de développement économique"),
)

ESS_DECISIONS = (
    ("2026-09-15", 1, "Le réseau se réunit chaque mois, tour à tour dans un territoire membre."),
    ("2026-09-15", 1, "Une clause d'insertion figure dans les marchés de restauration collective des membres."),
    ("2026-10-20", 2, "La Fondation Macif cofinance un poste d'animation du réseau pendant deux ans."),
    ("2026-10-20", 2, "Les rencontres régionales de l'ESS ont lieu à Limoges en février."),
    ("2026-11-17", 3, "Un guide des achats socialement responsables est rédigé avec le Département de la Gironde."),
)

QUARTIERS_MEMBERS = (
    ("Nadia Bovet", "Ville de Lausanne", "Conseillère municipale, directrice de la cohésion sociale"),
    ("Laurent Cotting", "Ville de Fribourg", "Syndic"),
    ("Elodie Rossier", "Fondation pour l'animation socioculturelle lausannoise (FASL)", "Animatrice de la maison de quartier de Chailly"),
    ("Damien Jaquier", "Service de l'enfance et de la jeunesse (SEJ)", "Délégué cantonal à la jeunesse"),
    ("Aurélie Python", "REPER Fribourg", "Travailleuse sociale hors murs"),
    ("Marc-Henri Dafflon", "Association des communes fribourgeoises (ACF)", "Secrétaire général"),
    ("Sonia Favre", "Pro Senectute Fribourg", "Responsable du travail social communautaire"),
    ("Yves Chappuis", "Loterie Romande", "Membre de l'organe de répartition vaudois"),
    ("Fatou Ndiaye", "Bureau lausannois pour les immigrés (BLI)", "Chargée de projets intégration"),
    ("Julien Menétrey", "Haute école de travail social Fribourg (HETS-FR)", "Professeur, président du collectif"),
    ("Chantal Overney", "Ville de Fribourg", "Secrétaire du collectif"),
)

QUARTIERS_MEETINGS = (
    ("2026-09-10 18:00", "2026-09-10 20:00", "Ancienne Gare, Fribourg", ()),
    ("2026-10-08 18:00", "2026-10-08 20:00", "Maison de quartier de Chailly, Lausanne", ()),
    ("2026-11-12 18:30", "2026-11-12 20:00", "Visioconférence", ()),
    ("2026-12-09 18:00", "2026-12-09 20:30", "Maison de quartier de la Pontaise, Lausanne",
     ("Fête des voisins 2027", "Subventions de la Loterie Romande", "Divers")),
    ("2027-02-03 18:00", "2027-02-03 20:00", "Centre de loisirs du Jura, Fribourg", ("Bilan de l'été",)),
    ("2027-04-07 18:00", "2027-04-07 20:00", "Casino de Montbenon, Lausanne", ()),
)

QUARTIERS_DEADLINES = (
    ("2026-12-04", "Dépôt des demandes de subvention à la Loterie Romande"),
    ("2026-12-22", "Envoi du bilan des animations estivales"),
    ("2027-01-29", "Inscriptions des quartiers à la Fête des voisins"),
    ("2027-03-12", "Rapport d'activité au Service de l'enfance et de la jeunesse"),
)

QUARTIERS_DECISIONS = (
    ("2026-09-10", 1, "Le collectif se réunit un mercredi soir par mois, en alternance à Lausanne et à Fribourg."),
    ("2026-09-10", 1, "Les maisons de quartier partagent un agenda commun des activités en ligne."),
    ("2026-10-08", 2, "Une demande commune de subvention est déposée à la Loterie Romande."),
    ("2026-10-08", 2, "Les aînés sont associés à la Fête des voisins avec Pro Senectute."),
    ("2026-11-12", 3, "Un atelier de cuisine interculturel est organisé avec le BLI au printemps."),
)

TERRITORY_TASKS = {
    "ess-na": (
        ("Rassembler les fiches d'expérience", "Amandine Loubière", "2026-11-25", 2),
        ("Rédiger le guide des achats responsables", "Hugo Lasserre", "2027-01-15", 3),
        ("Réserver l'amphithéâtre des rencontres régionales", "Ophélie Guichard", "2026-11-29", 2),
        ("Chiffrer le fonds d'innovation sociale", "Rémi Sabathé", "2027-01-08", 3),
    ),
    "quartiers-romands": (
        ("Compléter le dossier de la Loterie Romande", "Yves Chappuis", "2026-11-26", 2),
        ("Recenser les quartiers pour la Fête des voisins", "Elodie Rossier", "2027-01-15", 3),
        ("Envoyer les photos de l'été", "Aurélie Python", "2026-11-30", 2),
        ("Contacter les cuisiniers de l'atelier", "Fatou Ndiaye", "2027-02-20", 3),
    ),
}

TERRITORY_GROUPS = {
    "ess-na": (ESS_MEMBERS, ESS_MEETINGS, ESS_DEADLINES, ESS_DECISIONS, "Pascal Doumenjou"),
    "quartiers-romands": (QUARTIERS_MEMBERS, QUARTIERS_MEETINGS, QUARTIERS_DEADLINES, QUARTIERS_DECISIONS,
                          "Julien Menétrey"),
}
