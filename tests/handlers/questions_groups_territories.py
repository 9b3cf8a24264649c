"""A group the understanding was never tuned on, for held-out set 7
(written by the third engineer before their changes): a Nouvelle-Aquitaine
network of local authorities for the social and solidarity economy (élus,
DGS, intercommunalités, a Région, a Fondation, a Département). Tasks in
the store. Organisation names are real public bodies or plausible ones;
every person is invented."""

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

TERRITORY_TASKS = {
    "ess-na": (
        ("Rassembler les fiches d'expérience", "Amandine Loubière", "2026-11-25", 2),
        ("Rédiger le guide des achats responsables", "Hugo Lasserre", "2027-01-15", 3),
        ("Réserver l'amphithéâtre des rencontres régionales", "Ophélie Guichard", "2026-11-29", 2),
        ("Chiffrer le fonds d'innovation sociale", "Rémi Sabathé", "2027-01-08", 3),
    ),
}

TERRITORY_GROUPS = {
    "ess-na": (ESS_MEMBERS, ESS_MEETINGS, ESS_DEADLINES, ESS_DECISIONS, "Pascal Doumenjou"),
}
