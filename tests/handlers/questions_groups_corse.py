"""A third group written by the lead during the seventh round, after an
engineer had looked into the lead's working copy: a Corsican network of
social groceries and food aid around Ajaccio and Bastia (the Collectivité
de Corse, communes, CCAS, the Banque alimentaire, the Red Cross, the
Secours populaire, an insertion workshop). Tasks in the store.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

__all__ = ["CORSE_GROUPS", "CORSE_TASKS"]

CORSE_MEMBERS = (
    ("Marie-Paule Santoni", "Collectivité de Corse", "Conseillère exécutive en charge des solidarités"),
    ("Jean-Baptiste Orsini", "Collectivité de Corse", "Chef de projet précarité alimentaire"),
    ("Livia Casanova", "CCAS d'Ajaccio", "Directrice"),
    ("Antoine Luciani", "Ville de Bastia", "Adjoint au maire chargé de l'action sociale"),
    ("Sandrine Pieri", "Banque alimentaire de Corse", "Responsable logistique"),
    ("Paul-Félix Mattei", "Croix-Rouge française, Corse-du-Sud", "Délégué territorial"),
    ("Nadia Ferrandi", "Secours populaire de Haute-Corse", "Secrétaire générale"),
    ("Thomas Cristofini", "Atelier d'insertion Terra Nova", "Encadrant technique"),
    ("Élisabeth Giacometti", "Épicerie solidaire A Funtana", "Présidente bénévole"),
    ("Yasmina Bensaïd", "CCAS d'Ajaccio", "Conseillère en économie sociale et familiale"),
    ("Dominique Poli", "Réseau des épiceries solidaires de Corse", "Coordinatrice du réseau"),
)

CORSE_MEETINGS = (
    ("2026-09-29 09:30", "2026-09-29 12:00", "Hôtel de la Collectivité de Corse, Ajaccio", ()),
    ("2026-10-27 09:30", "2026-10-27 12:00", "Maison des associations, Bastia", ()),
    ("2026-11-24 14:00", "2026-11-24 16:30", "Épicerie solidaire A Funtana, Ajaccio", ()),
    ("2026-12-10 09:30", "2026-12-10 12:00", "Visioconférence", ("Collecte nationale de novembre : bilan", "Approvisionnement en produits frais", "Calendrier 2027")),
    ("2027-01-21 09:30", "2027-01-21 12:00", "Mairie de Corte, salle du conseil", ("Antenne de Corte",)),
    ("2027-02-25 09:30", "2027-02-25 12:00", "Maison des associations, Bastia", ()),
)

CORSE_DEADLINES = (
    ("2026-12-04", "Chiffres de la collecte de novembre"),
    ("2026-12-18", "Demande de subvention au fonds de soutien à l'aide alimentaire"),
    ("2027-01-11", "Charte commune des épiceries solidaires"),
    ("2027-02-15", "Rapport d'activité 2026 du réseau"),
)

CORSE_DECISIONS = (
    ("2026-09-29", 1, "Le réseau se réunit chaque mois, alternativement en Corse-du-Sud et en Haute-Corse."),
    ("2026-09-29", 1, "Une camionnette frigorifique est mutualisée entre les épiceries du Grand Ajaccio."),
    ("2026-10-27", 2, "Les producteurs locaux livrent des fruits et légumes invendus deux fois par semaine."),
    ("2026-10-27", 2, "La participation des bénéficiaires est fixée à 10 % du prix en magasin."),
    ("2026-11-24", 3, "Une antenne itinérante dessert les villages de la Castagniccia à partir de mars."),
    ("2026-11-24", 3, "Les bénévoles suivent une formation à l'hygiène alimentaire avant la fin du premier trimestre."),
)

CORSE_TASKS = {
    "epiceries2a": (
        ("Envoyer les chiffres de la collecte", "Sandrine Pieri", "2026-11-30", 3),
        ("Monter le dossier de subvention au fonds de soutien", "Jean-Baptiste Orsini", "2026-12-16", 3),
        ("Rédiger le projet de charte commune", "Dominique Poli", "2027-01-08", 3),
        ("Trouver un local pour l'antenne de Corte", "Antoine Luciani", "2026-11-20", 2),
    ),
}

CORSE_GROUPS = {
    "epiceries2a": (CORSE_MEMBERS, CORSE_MEETINGS, CORSE_DEADLINES, CORSE_DECISIONS, "Dominique Poli"),
}
