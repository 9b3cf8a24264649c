"""A group written by helper r31c in the thirtieth round, for blind set 38c
(a person at the centre: questions that pivot on one member): the conseil
de développement of an invented pays in Finistère, the Pays Monts et Aulne
— its two co-presidents (one for the citizens' college, one for the
associations' college), the pays' staff who runs it (a chargée de mission,
the coordinator, and the pays' director), the pays' elected president, the
Région Bretagne (a regional councillor and a territorial officer), the CCI
Finistère, the lycée agricole de l'Aulne (a deputy head who replaces a
colleague), an invented bagad, an invented dairy cooperative, an invented
AMAP, an invented mission locale, Familles Rurales and two citizens (the
asker one of them). Two members share a first name (Yann Kerhervé of the
Région and Yann Guillou of the bagad) and a third is a Yannick; several
have compound first names that members shorten (Marie-Thérèse, Pierre-Yves,
Anne-Laure). Plénières, a commission alimentation et circuits courts,
bureaux, a commission mobilités et jeunesse and a forum des initiatives
locales; the avis on the contrat de pays, the projet alimentaire
territorial, a marché de producteurs, a survey of the young's mobility.
Decisions that name members (the co-presidency, a proposal, a replacement
at the bureau). Tasks (three late, two done, one cancelled; two the
asker's), the attendance of the commission of October and the bureau of
November in the store, announced presences for the plénière of 3
December; the person asking is a member, not the coordinator. The Région,
the CCI and the lycée agricole are public bodies; the pays, the bagad, the
cooperative, the AMAP and the mission locale are invented; every person is
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CODEV29_AFTER_SETUP", "CODEV29_ASKERS", "CODEV29_GROUPS", "CODEV29_TASKS"]

SLUG = "codev29"
ASKER = "Soazig Pennec"
CODEV = "Conseil de développement du Pays Monts et Aulne"
PAYS = "Pays Monts et Aulne"
REGION = "Région Bretagne"

CODEV29_MEMBERS = (
    ("Yannick Le Bihan", CODEV, "Coprésident du conseil de développement, collège des citoyens"),
    ("Anne-Laure Quéméner", CODEV, "Coprésidente du conseil de développement, collège des associations"),
    ("Gwenaëlle Tanguy", PAYS, "Chargée de mission, animatrice du conseil de développement"),
    ("Pierre-Yves Jaouen", PAYS, "Directeur du Pays"),
    ("Jean-Yves Le Roux", PAYS, "Président du Pays, maire de Pleyben"),
    ("Katell Morvan", REGION, "Conseillère régionale référente pour le Pays"),
    ("Yann Kerhervé", REGION, "Chargé de mission territorial, antenne de Quimper"),
    ("Erwan Le Gall", "CCI Finistère", "Conseiller entreprises, délégation de Châteaulin"),
    ("Maëlle Caradec", "Lycée agricole de l'Aulne", "Directrice adjointe, remplace Hervé Le Floch depuis septembre"),
    ("Yann Guillou", "Bagad Bro an Aulne", "Président du bagad"),
    ("Loïc Salaün", "Coopérative laitière des Monts", "Directeur de la coopérative, collège économique"),
    ("Tifenn Cozic", "AMAP du Faou", "Coprésidente de l'AMAP, référente alimentation"),
    ("Ronan Le Meur", "Mission locale Monts et Aulne", "Conseiller en insertion professionnelle"),
    ("Marie-Thérèse Lagadec", "Familles Rurales du Finistère", "Présidente de l'association locale du Faou"),
    ("Christophe Le Du", CODEV, "Membre du collège des citoyens, référent mobilités"),
    ("Soazig Pennec", CODEV, "Membre du collège des citoyens"),
)

CODEV29_MEETINGS = (
    ("2026-09-19 09:30", "2026-09-19 12:30",
     "Assemblée plénière du conseil de développement, salle polyvalente de Pleyben", ()),
    ("2026-10-07 18:30", "2026-10-07 20:30",
     "Commission alimentation et circuits courts, lycée agricole de l'Aulne, Châteaulin", ()),
    ("2026-11-16 18:00", "2026-11-16 20:00", "Bureau du conseil de développement, siège du Pays, Châteaulin", ()),
    ("2026-12-03 18:00", "2026-12-03 20:30",
     "Assemblée plénière du conseil de développement, salle polyvalente de Pleyben",
     ("Vote de l'avis sur le contrat de pays 2027-2032", "Présentation du projet alimentaire territorial",
      "Accueil des nouveaux membres du collège des citoyens", "Questions diverses")),
    ("2027-01-12 18:30", "2027-01-12 20:30", "Commission mobilités et jeunesse, Mission locale, Châteaulin",
     ("Résultats de l'enquête sur la mobilité des 16-25 ans", "Transport à la demande vers les lycées")),
    ("2027-03-11 18:00", "2027-03-11 20:00", "Bureau du conseil de développement, siège du Pays, Châteaulin",
     ("Programme du forum des initiatives locales", "Bilan du marché de producteurs")),
    ("2027-04-24 09:30", "2027-04-24 17:00", "Forum des initiatives locales, halles du Faou",
     ("Ouverture par le bagad", "Stands des porteurs de projets")),
)

CODEV29_DEADLINES = (
    ("2026-12-11", "Candidatures pour le collège des citoyens (renouvellement partiel)"),
    ("2026-12-18", "Envoi de l'avis du conseil de développement au comité syndical du Pays"),
    ("2027-01-22", "Réponse à l'appel à projets régional « Bien manger pour tous »"),
    ("2027-02-26", "Remise du diagnostic sur la mobilité des jeunes à la Région"),
    ("2027-03-31", "Inscriptions des porteurs de projets au forum des initiatives locales"),
)

CODEV29_DECISIONS = (
    ("2026-09-19", 1, "Le conseil de développement est coprésidé par Yannick Le Bihan pour le collège des citoyens "
                      "et Anne-Laure Quéméner pour le collège des associations."),
    ("2026-09-19", 1, "Le bureau se réunit tous les deux mois au siège du Pays à Châteaulin ; l'assemblée plénière "
                      "trois fois par an."),
    ("2026-09-19", 1, "Sur proposition de Tifenn Cozic, une commission alimentation et circuits courts est créée."),
    ("2026-10-07", 2, "Les cantines des collèges et lycées du pays visent 30 % de produits locaux d'ici 2028 dans le "
                      "cadre du projet alimentaire territorial."),
    ("2026-10-07", 2, "La coopérative laitière et l'AMAP du Faou organisent ensemble un marché de producteurs mensuel "
                      "à Pleyben à partir de mars 2027."),
    ("2026-10-07", 2, "Une légumerie partagée pour les cantines du pays sera installée au lycée agricole de l'Aulne."),
    ("2026-11-16", 3, "Erwan Le Gall remplace Loïc Salaün au bureau pour le collège économique à partir de janvier "
                      "2027."),
    ("2026-11-16", 3, "L'avis sur le contrat de pays est rédigé par quatre membres du bureau et soumis au vote de "
                      "la plénière de décembre."),
    ("2026-11-16", 3, "Sur proposition de Yann Guillou, le bagad Bro an Aulne ouvre le forum des initiatives locales."),
    ("2026-11-16", 3, "L'enquête sur la mobilité des 16-25 ans est confiée à la mission locale avec l'appui de la "
                      "Région."),
    ("2026-11-16", 3, "Les frais de déplacement des membres bénévoles sont remboursés au barème kilométrique."),
)

CODEV29_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu de la plénière de septembre", "Gwenaëlle Tanguy", "2026-09-30", 1, "done"),
        ("Recenser les producteurs intéressés par le marché mensuel", "Loïc Salaün", "2026-11-06", 2),
        ("Organiser une visite de la légumerie de Quimper", "Maëlle Caradec", "2026-11-13", 2, "cancelled"),
        ("Rédiger le questionnaire de l'enquête mobilité des jeunes", "Ronan Le Meur", "2026-11-20", 3),
        ("Envoyer les convocations à la plénière de décembre", "Gwenaëlle Tanguy", "2026-11-24", 3, "done"),
        ("Préparer la synthèse des contributions sur le contrat de pays", "Anne-Laure Quéméner", "2026-11-27", 3),
        ("Relire le projet d'avis sur le contrat de pays", "Soazig Pennec", "2026-12-02", 3),
        ("Présenter le projet alimentaire territorial en plénière", "Tifenn Cozic", "2026-12-03", 3),
        ("Lancer l'appel à candidatures pour le collège des citoyens", "Yannick Le Bihan", "2026-12-04", 3),
        ("Faire le point sur le budget du conseil de développement", "Pierre-Yves Jaouen", "2026-12-15", 3),
        ("Porter l'avis du conseil de développement au comité syndical", "Jean-Yves Le Roux", "2026-12-18", 3),
        ("Transmettre les chiffres des transports scolaires de la Région", "Yann Kerhervé", "2027-01-08", 3),
        ("Monter le dossier de l'appel à projets « Bien manger pour tous »", "Gwenaëlle Tanguy", "2027-01-15", 3),
        ("Rédiger un article sur le conseil de développement pour le journal du Pays", "Soazig Pennec",
         "2027-01-22", 3),
        ("Diffuser l'enquête mobilité auprès des familles", "Marie-Thérèse Lagadec", "2027-01-29", 3),
        ("Présenter les aides de la CCI aux commerces ruraux", "Erwan Le Gall", "2027-02-05", 3),
        ("Réserver les halles du Faou pour le forum", "Christophe Le Du", "2027-02-12", 3),
        ("Préparer l'ouverture musicale du forum avec le bagad", "Yann Guillou", "2027-03-19", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): a citizen of the citizens' college.
CODEV29_ASKERS = {SLUG: ASKER}

CODEV29_GROUPS = {
    SLUG: (CODEV29_MEMBERS, CODEV29_MEETINGS, CODEV29_DEADLINES, CODEV29_DECISIONS, "Gwenaëlle Tanguy"),
}

# What the chargée de mission typed after the commission alimentation of October (n°2) and the bureau of November
# (n°3); nothing was recorded for the plénière of September (n°1). The asker was present at both.
ATTENDANCE_COMMANDS = (
    "/presents n°2 Tifenn Cozic, Gwenaëlle Tanguy, Maëlle Caradec, Loïc Salaün, Anne-Laure Quéméner, "
    "Marie-Thérèse Lagadec, Soazig Pennec, Christophe Le Du",
    "/excuses n°2 Yann Kerhervé",
    "/absents n°2 Erwan Le Gall",
    "/presents n°3 Yannick Le Bihan, Anne-Laure Quéméner, Gwenaëlle Tanguy, Pierre-Yves Jaouen, Loïc Salaün, "
    "Tifenn Cozic, Ronan Le Meur, Yann Guillou, Soazig Pennec",
    "/excuses n°3 Erwan Le Gall, Jean-Yves Le Roux",
    "/absents n°3 Christophe Le Du",
)

# What members said in the chat before the plénière of 3 December (n°4).
RSVPS = (
    ("Yannick Le Bihan", "/present"),
    ("Anne-Laure Quéméner", "/present"),
    ("Gwenaëlle Tanguy", "/present"),
    ("Loïc Salaün", "/present"),
    ("Katell Morvan", "/present"),
    ("Yann Guillou", "/present"),
    ("Erwan Le Gall", "/excuse"),
    ("Maëlle Caradec", "/excuse"),
)

CODEV29_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "cd", ATTENDANCE_COMMANDS, RSVPS),
}
