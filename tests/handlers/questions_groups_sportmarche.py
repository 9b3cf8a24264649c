"""A group written in the twenty-first round (helper r21b) for the blind
set 29b: the youth-sport coordination of Marche-en-Famenne (Belgian province
of Luxembourg) — the town's sports and youth aldermen and its sport-youth
coordinator, the local sports centre, the CPAS, the ADEPS, the Province's
sports service, the youth centre, an AMO, the royal athénée, the
francophone handisport league, two youth clubs and the town's social
cohesion plan. A consultative sports council alternates with a sport-youth
working group (« GT »); sport vouchers, carnival holiday camps and the
sports day are the subjects. Tasks in the store; the person asking is the
town's sport-youth coordinator. Organisation names are public bodies or
plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["SPORTMARCHE_ASKERS", "SPORTMARCHE_GROUPS", "SPORTMARCHE_TASKS"]

SLUG = "sport-marche"
ASKER = "Aurélie Lambotte"

MEMBERS = (
    ("Jean-Luc Collignon", "Ville de Marche-en-Famenne", "Échevin des sports, président du conseil consultatif des sports"),
    ("Olivier Dujardin", "Ville de Marche-en-Famenne", "Échevin de la jeunesse"),
    ("Aurélie Lambotte", "Ville de Marche-en-Famenne", "Coordinatrice sport-jeunesse au service des sports"),
    ("Benoît Remacle", "Centre sportif local de Marche", "Gestionnaire des infrastructures sportives"),
    ("Didier Gillet", "CPAS de Marche-en-Famenne", "Président du CPAS"),
    ("Sarah Grégoire", "CPAS de Marche-en-Famenne", "Assistante sociale, référente chèques sport"),
    ("Nathalie Dewez", "ADEPS", "Conseillère sport pour la province de Luxembourg"),
    ("Philippe Lejeune", "Province de Luxembourg", "Responsable du service provincial des sports"),
    ("Kevin Marchal", "Maison des jeunes de Marche", "Animateur coordinateur"),
    ("Yasmina Belkacem", "AMO Color'Ados", "Éducatrice de rue"),
    ("Mélanie Hubert", "Athénée royal de Marche-en-Famenne", "Professeure d'éducation physique"),
    ("Julie Poncelet", "Ligue Handisport Francophone", "Conseillère technique régionale"),
    ("Thierry Lambert", "Royal Basket Club Famenne", "Président du club"),
    ("Marc Henrotte", "Football Club Marloie", "Responsable des équipes de jeunes"),
    ("Catherine Noël", "Plan de cohésion sociale de Marche", "Cheffe de projet PCS"),
)

MEETINGS = (
    ("2026-09-17 18:30", "2026-09-17 20:30", "Conseil consultatif des sports, hôtel de ville de Marche, salle du conseil", ()),
    ("2026-10-21 18:00", "2026-10-21 20:00", "Groupe de travail sport-jeunesse, Maison des jeunes de Marche", ()),
    ("2026-11-18 18:30", "2026-11-18 20:30", "Conseil consultatif des sports, hall omnisports de Hollogne", ()),
    ("2026-12-09 18:00", "2026-12-09 20:00", "Groupe de travail sport-jeunesse, CPAS de Marche, salle polyvalente",
     ("Chèques sport 2027", "Stages de Carnaval", "Fête du sport de juin")),
    ("2027-01-21 18:30", "2027-01-21 20:30", "Conseil consultatif des sports, hôtel de ville de Marche, salle du conseil",
     ("Budget sport 2027", "Mérites sportifs", "Accessibilité des halls aux personnes handicapées")),
    ("2027-03-17 18:00", "2027-03-17 20:00", "Groupe de travail sport-jeunesse, Athénée royal de Marche-en-Famenne", ()),
)

DEADLINES = (
    ("2026-12-04", "Retour des candidatures pour les mérites sportifs"),
    ("2026-12-18", "Dépôt du dossier de subside ADEPS pour la fête du sport"),
    ("2027-01-15", "Remise des listes de bénéficiaires des chèques sport"),
    ("2027-02-12", "Clôture des inscriptions aux stages de Carnaval"),
)

DECISIONS = (
    ("2026-09-17", 1, "Le conseil consultatif des sports se réunit tous les deux mois, en alternance avec le groupe de "
                      "travail sport-jeunesse."),
    ("2026-09-17", 1, "Les chèques sport passent à 50 euros par enfant et par an pour les familles suivies par le CPAS."),
    ("2026-10-21", 2, "Les stages de Carnaval sont ouverts aux enfants de 6 à 14 ans."),
    ("2026-10-21", 2, "Le hall de Hollogne est mis gratuitement à disposition des clubs de jeunes le mercredi après-midi."),
    ("2026-10-21", 2, "Une navette gratuite relie Aye et On au centre sportif pendant les stages."),
    ("2026-11-18", 3, "La fête du sport aura lieu le dimanche 13 juin 2027 au stade communal."),
    ("2026-11-18", 3, "Les mérites sportifs 2026 seront remis lors d'une soirée le vendredi 29 janvier 2027."),
    ("2026-11-18", 3, "Le budget sport-jeunesse 2027 est fixé à 42 000 euros, dont 15 000 euros de subside ADEPS."),
    ("2026-11-18", 3, "Les clubs qui accueillent des jeunes porteurs de handicap reçoivent une prime de 500 euros."),
    ("2026-11-18", 3, "Le stage de Carnaval coûte 60 euros la semaine, 30 euros pour les familles suivies par le CPAS."),
)

SPORTMARCHE_TASKS = {
    SLUG: (
        ("Envoyer le procès-verbal du conseil du 18 novembre", "Aurélie Lambotte", "2026-11-27", 3),
        ("Préparer le dossier de subside pour la fête du sport", "Aurélie Lambotte", "2026-12-18", 3),
        ("Relancer les clubs pour les mérites sportifs", "Olivier Dujardin", "2026-12-04", 3),
        ("Réserver le hall de Hollogne pour les stages de Carnaval", "Benoît Remacle", "2026-12-15", 2),
        ("Imprimer les affiches des stages", "Kevin Marchal", "2026-11-25", 2),
        ("Contacter les transporteurs pour la navette", "Catherine Noël", "2026-11-20", 2, "done"),
        ("Établir la liste des familles bénéficiaires des chèques sport", "Sarah Grégoire", "2027-01-15", 1),
        ("Trouver des moniteurs pour le handisport", "Julie Poncelet", "2027-01-29", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
SPORTMARCHE_ASKERS = {SLUG: ASKER}

SPORTMARCHE_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, "Jean-Luc Collignon")}
