"""A group written for blind set 25c (sixteenth round, helper r17c): the
commission d'attribution des places d'accueil de la petite enfance of the
Ville de Saint-Nazaire — the town's early-childhood service and its one-stop
desk, the CAF de Loire-Atlantique, the Département's PMI, the CCAS, a
municipal multi-accueil and an associative crèche, the relais petite enfance,
the Mission locale, France Travail, a single parents' association, the UDAF
and a conseil citoyen. Its decisions hold conditions and criteria (ages,
priorities, residence, rates, an income ceiling, cumulation, reserved places),
the kind of record a member asks about as a family's case. Tasks in the
store; the person asking is the one-stop desk's coordinator. Organisation
names are real public bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["EAJESN44_ASKERS", "EAJESN44_GROUPS", "EAJESN44_TASKS"]

SLUG = "eaje-sn44"

EAJESN44_MEMBERS = (
    ("Solène Guérin", "Ville de Saint-Nazaire", "Adjointe à la petite enfance, présidente de la commission d'attribution"),
    ("Yannick Le Floch", "Ville de Saint-Nazaire", "Directeur de la petite enfance"),
    ("Maëlle Provost", "Ville de Saint-Nazaire", "Coordinatrice du guichet unique petite enfance"),
    ("Anne-Laure Bouvier", "CAF de Loire-Atlantique", "Conseillère territoriale petite enfance"),
    ("Hélène Morvan", "Département de Loire-Atlantique", "Médecin de PMI"),
    ("Karima Haddad", "Département de Loire-Atlantique", "Puéricultrice de PMI"),
    ("Julien Tessier", "CCAS de Saint-Nazaire", "Travailleur social, référent des familles monoparentales"),
    ("Nadège Rialland", "Multi-accueil de la Bouletterie", "Directrice"),
    ("Claire Jouan", "Crèche associative Les Moussaillons", "Directrice"),
    ("Pauline Cadiou", "Relais petite enfance de Saint-Nazaire", "Animatrice du relais"),
    ("Romain Guillou", "Mission locale de l'agglomération nazairienne", "Conseiller, référent parentalité"),
    ("Sylvie Perrot", "France Travail Saint-Nazaire", "Conseillère à l'emploi, référente garde d'enfants"),
    ("Fatou Diallo", "Association Parents Solos 44", "Représentante des parents"),
    ("Thierry Bernard", "UDAF de Loire-Atlantique", "Représentant des familles"),
    ("Samia Benali", "Conseil citoyen Saint-Nazaire Ouest", "Membre, habitante du quartier de la Bouletterie"),
)

EAJESN44_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Hôtel de ville de Saint-Nazaire, salle des commissions", ()),
    ("2026-10-15 14:00", "2026-10-15 16:30", "Maison de la petite enfance, Saint-Nazaire", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Hôtel de ville de Saint-Nazaire, salle des commissions", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Multi-accueil de la Bouletterie",
     ("Examen des dossiers de décembre", "Grille de cotation des priorités", "Bilan des places d'urgence")),
    ("2027-01-21 14:00", "2027-01-21 16:30", "Hôtel de ville de Saint-Nazaire, salle des commissions",
     ("Attributions de janvier", "Règlement de fonctionnement 2027", "Questions diverses")),
    ("2027-03-18 14:00", "2027-03-18 16:30", "Agence CAF de Saint-Nazaire", ()),
)

EAJESN44_DEADLINES = (
    ("2026-12-04", "Dépôt des dossiers pour la commission de décembre"),
    ("2026-12-18", "Réponse des familles aux propositions de places"),
    ("2027-01-29", "Envoi du bilan annuel des attributions à la CAF"),
    ("2027-03-01", "Ouverture des préinscriptions pour la rentrée de septembre 2027"),
)

EAJESN44_DECISIONS = (
    ("2026-09-17", 1, "Les enfants sont accueillis de dix semaines jusqu'à leurs trois ans, et jusqu'à six ans lorsqu'ils "
                      "sont en situation de handicap."),
    ("2026-09-17", 1, "Les places sont attribuées en priorité aux parents qui reprennent un emploi ou entrent en formation "
                      "qualifiante."),
    ("2026-09-17", 1, "Seules les familles domiciliées à Saint-Nazaire peuvent déposer une demande ; les autres sont "
                      "inscrites sur les places restées vacantes."),
    ("2026-09-17", 1, "Un dossier est complet avec l'avis d'imposition et un justificatif de domicile de moins de trois "
                      "mois."),
    ("2026-09-17", 1, "La commission se réunit chaque mois, sauf en août."),
    ("2026-10-15", 2, "Le tarif horaire appliqué aux familles allocataires du RSA est fixé au plancher de 0,50 euro."),
    ("2026-10-15", 2, "Une famille de trois enfants bénéficie d'un taux d'effort réduit à 0,0413 % de ses revenus "
                      "mensuels."),
    ("2026-10-15", 2, "Le plafond de ressources pris en compte pour le calcul du tarif est de 7 000 euros par mois."),
    ("2026-10-15", 2, "Les demandes déposées en cours d'année sont examinées à chaque commission, dans la limite des "
                      "places disponibles."),
    ("2026-10-15", 2, "L'aide communale à l'emploi d'une assistante maternelle ne se cumule pas avec une place en crèche "
                      "municipale."),
    ("2026-10-15", 2, "Trois places d'urgence sont réservées aux situations signalées par la PMI ou le service social "
                      "départemental."),
    ("2026-11-19", 3, "Dix places du multi-accueil de la Bouletterie sont réservées aux familles résidant dans les "
                      "quartiers prioritaires de la ville."),
    ("2026-11-19", 3, "Une prime de 300 euros est versée aux assistantes maternelles qui accueillent un enfant en "
                      "horaires atypiques."),
    ("2026-11-19", 3, "Une famille qui refuse deux propositions de place repasse en fin de liste d'attente."),
    ("2026-11-19", 3, "Les fratries sont prioritaires lorsqu'un aîné est déjà accueilli dans la même structure."),
    ("2026-11-19", 3, "La préinscription est possible à partir du sixième mois de grossesse."),
    ("2026-11-19", 3, "L'atelier baby-sitting du relais petite enfance est ouvert aux jeunes de 16 à 25 ans."),
    ("2026-11-19", 3, "Les parents de moins de 26 ans suivis par la Mission locale obtiennent une place sous quinze jours."),
    ("2026-11-19", 3, "Un contrat d'accueil régulier porte sur au moins deux demi-journées par semaine."),
    ("2026-11-19", 3, "La crèche Les Moussaillons ouvre de 6h30 à 21h pour les parents aux horaires décalés."),
)

EAJESN44_TASKS = {
    SLUG: (
        ("Mettre à jour le règlement de fonctionnement des crèches", "Yannick Le Floch", "2026-12-15", 3),
        ("Envoyer les courriers de réponse aux familles", "Maëlle Provost", "2026-11-27", 3),
        ("Recenser les assistantes maternelles en horaires atypiques", "Pauline Cadiou", "2026-12-11", 3),
        ("Préparer la grille de cotation des critères de priorité", "Maëlle Provost", "2027-01-08", 3),
        ("Transmettre la liste des places d'urgence à la PMI", "Nadège Rialland", "2026-11-20", 2, "done"),
        ("Simuler le nouveau barème pour les familles nombreuses", "Anne-Laure Bouvier", "2026-11-30", 2),
        ("Présenter l'atelier baby-sitting dans les lycées", "Romain Guillou", "2027-01-15", 3),
        ("Rédiger une fiche d'information sur le cumul des aides", "Julien Tessier", "", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
EAJESN44_ASKERS = {SLUG: "Maëlle Provost"}

EAJESN44_GROUPS = {
    SLUG: (EAJESN44_MEMBERS, EAJESN44_MEETINGS, EAJESN44_DEADLINES, EAJESN44_DECISIONS, "Solène Guérin"),
}
