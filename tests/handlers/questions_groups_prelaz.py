"""A group the understanding was never tuned on, for the thirteenth round's
blind set 22e (members writing in the first person about themselves and
their body, and the work after a meeting: tasks, who came, the minutes,
what was retained): the committee of the neighbourhood contract (contrat de
quartier) of Prélaz-Valency in Lausanne — the town, a residents'
association, the foundation for socio-cultural work, the town police, a
housing cooperative, Pro Senectute Vaud, Bénévolat-Vaud, a school, the
public transport company, an intercultural association and residents of
the neighbourhood commission.

The first meeting (September, school hall) was never recorded. After the
October and November meetings the secretariat typed who came with
/presents, /excuses and /absents and the tasks with /tache the day after;
some were closed since with /tache_faite or /tache_annuler. Before the
meeting of 9 December members said /present or /excuse.

The test sender is linked to Sandrine Jaquier (the residents'
association's chair). Organisation names are real public bodies or
plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import dated_setup
from tests.helpers import Chat

__all__ = ["PRELAZ_AFTER_SETUP", "PRELAZ_ASKERS", "PRELAZ_GROUPS"]

SLUG = "prelaz-lausanne"
ASKER = "Sandrine Jaquier"

MEMBERS = (
    ("Martine Chappuis", "Ville de Lausanne", "Cheffe de projet des contrats de quartier, présidente du comité"),
    ("Yann Pittet", "Ville de Lausanne", "Délégué à la participation, secrétariat du comité"),
    ("Sandrine Jaquier", "Association Vivre à Prélaz", "Présidente"),
    ("Léa Monnier", "Association Vivre à Prélaz", "Trésorière"),
    ("Patrick Rochat", "FASL", "Animateur socioculturel"),
    ("Nadia Ferreira", "Police municipale de Lausanne", "Correspondante de quartier"),
    ("Olivier Vuilleumier", "Société coopérative d'habitation Lausanne", "Gérant d'immeubles"),
    ("Fatou Diallo", "Commission de quartier", "Habitante, porte-parole du groupe jeunes"),
    ("Bernard Golay", "Commission de quartier", "Habitant, référent du groupe aînés"),
    ("Karine Dubois", "Pro Senectute Vaud", "Animatrice Quartiers Solidaires"),
    ("Mehdi Benali", "Établissement primaire de Prélaz", "Doyen"),
    ("Claire Favre", "Bénévolat-Vaud", "Conseillère en bénévolat"),
    ("Julien Perret", "Ville de Lausanne, Service des parcs et domaines", "Jardinier, référent des plantages"),
    ("Anne-Sophie Rey", "Commission de quartier", "Habitante, groupe mobilité"),
    ("Thomas Baud", "Transports publics de la région lausannoise", "Chargé des relations avec les quartiers"),
    ("Aïcha Haddad", "Appartenances", "Médiatrice interculturelle"),
)

MEETINGS = (
    ("2026-09-16 18:30", "2026-09-16 20:30", "Collège de Prélaz, aula", ()),
    ("2026-10-21 18:30", "2026-10-21 20:30", "Maison de quartier de Prélaz", ()),
    ("2026-11-25 18:30", "2026-11-25 20:30", "Collège de Prélaz, aula", ()),
    ("2026-12-09 18:30", "2026-12-09 20:30", "Maison de quartier de Prélaz",
     ("Potager urbain : calendrier des travaux", "Fête de quartier 2027", "Éclairage du passage sous-voie")),
    ("2027-01-20 18:30", "2027-01-20 20:30", "Collège de Prélaz, aula", ()),
    ("2027-03-17 18:30", "2027-03-17 20:30", "Maison de quartier de Prélaz", ()),
)

DEADLINES = (
    ("2026-12-18", "Dossier du budget participatif à déposer"),
    ("2027-01-15", "Plan des plantages de Valency"),
    ("2027-03-31", "Rapport intermédiaire du contrat de quartier"),
    ("2027-05-29", "Fête de quartier de Prélaz"),
)

DECISIONS = (
    ("2026-09-16", 1, "Le comité du contrat de quartier se réunit le mercredi soir, une fois par mois environ."),
    ("2026-09-16", 1, "Le budget participatif du quartier est doté de 30 000 francs pour 2027."),
    ("2026-10-21", 2, "La fête de quartier de Prélaz a lieu le samedi 29 mai 2027 sur l'esplanade de Valency."),
    ("2026-10-21", 2, "La Police municipale organise une marche exploratoire de nuit avec les habitantes en janvier."),
    ("2026-10-21", 2, "Pro Senectute Vaud lance un diagnostic Quartiers Solidaires à Prélaz."),
    ("2026-11-25", 3, "Le projet de potager urbain de l'Association Vivre à Prélaz est retenu pour le budget participatif."),
    ("2026-11-25", 3, "Le projet de boîte à livres du groupe jeunes n'est pas retenu cette année."),
    ("2026-11-25", 3, "La Ville de Lausanne finance les bacs du potager à hauteur de 4 000 francs."),
    ("2026-11-25", 3, "Les permanences d'accueil des habitants ont lieu le jeudi de 16h à 18h dans le local de la SCHL."),
    ("2026-11-25", 3, "Les tl étudient le déplacement de l'arrêt Valency d'ici l'été 2027."),
    ("2026-11-25", 3, "Le procès-verbal est envoyé par le secrétariat dans les dix jours après chaque séance."),
    ("2026-11-25", 3, "Bénévolat-Vaud forme les bénévoles de la fête de quartier en mars 2027."),
)

# What the secretariat typed the day after each recorded meeting (the clock is
# set there, so that /tache ties the task to the meeting just held).
AFTER_MEETINGS = (
    ("2026-10-22 09:00", (
        "/presents n°2 Martine Chappuis, Yann Pittet, Sandrine Jaquier, Léa Monnier, Patrick Rochat, "
        "Nadia Ferreira, Olivier Vuilleumier, Bernard Golay, Karine Dubois, Claire Favre, Julien Perret, "
        "Anne-Sophie Rey",
        "/excuses n°2 Mehdi Benali, Thomas Baud, Aïcha Haddad",
        "/absents n°2 Fatou Diallo",
        "/tache Demander le devis des bacs du potager pour le 20/11 @Léa Monnier",
        "/tache Recenser les bénévoles pour la fête de quartier pour le 6/11 @Claire Favre",
        "/tache Envoyer le questionnaire aux habitants pour le 30/10 @Sandrine Jaquier",
    )),
    ("2026-11-26 09:00", (
        "/presents n°3 Martine Chappuis, Yann Pittet, Sandrine Jaquier, Patrick Rochat, Fatou Diallo, "
        "Bernard Golay, Karine Dubois, Mehdi Benali, Julien Perret, Anne-Sophie Rey, Aïcha Haddad",
        "/excuses n°3 Léa Monnier, Claire Favre, Nadia Ferreira",
        "/absents n°3 Olivier Vuilleumier, Thomas Baud",
        "/tache Envoyer le compte rendu de la séance du 25 novembre pour le 4/12 @Yann Pittet",
        "/tache Préparer le dossier du budget participatif pour le 18/12 @Sandrine Jaquier",
        "/tache Contacter les tl pour l'arrêt de bus Valency pour le 10/12 @Anne-Sophie Rey",
        "/tache Organiser le repas canadien des aînés pour le 16/12 @Bernard Golay",
        "/tache Envoyer les affiches de la fête de quartier à l'imprimeur pour le 27/11 @Patrick Rochat",
        "/tache Vérifier l'éclairage du passage sous-voie @Nadia Ferreira",
        "/tache Réserver le local de la SCHL pour les permanences pour le 11/12 @Olivier Vuilleumier",
        "/tache Traduire le flyer en portugais et en tigrinya pour le 8/1 @Aïcha Haddad",
        "/tache Rendre le plan des plantages pour le 15/1 @Julien Perret",
        "/tache Relancer la gérance pour la salle commune @Sandrine Jaquier",
        "/tache Commander des gilets pour les bénévoles pour le 4/12 @Claire Favre",
    )),
)

# Closed since: the volunteers counted and the questionnaire sent; the
# vests dropped (Bénévolat-Vaud lends its own).
CLOSED = ("/tache_faite 2", "/tache_faite 3", "/tache_annuler 14 Bénévolat-Vaud prête les siens")

# What members said before the meeting of 9 December (séance n°4).
RSVPS = (
    ("Sandrine Jaquier", "/present"),
    ("Patrick Rochat", "/present"),
    ("Karine Dubois", "/present"),
    ("Bernard Golay", "/present"),
    ("Léa Monnier", "/excuse"),
    ("Thomas Baud", "/excuse"),
)


after_meetings = dated_setup(SLUG, ASKER, "plz", AFTER_MEETINGS, CLOSED, RSVPS)

PRELAZ_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, ASKER)}
PRELAZ_ASKERS = {SLUG: ASKER}
# What is typed after the group is set up (questions_groups.build_group runs it).
PRELAZ_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: after_meetings}
