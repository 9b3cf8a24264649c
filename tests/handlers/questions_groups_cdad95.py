"""A group the understanding was never tuned on, for the fifteenth round's
blind set 23a (members speaking of their own body and of themselves: « mon
asso », « chez nous », « ma cheffe », « qui vient de chez nous jeudi ? »,
« j'ai une tâche ? », « nos tâches », « ma collègue »): the departmental
access-to-rights council of the Val-d'Oise (Conseil départemental de l'accès
au droit) — the judicial court of Pontoise that chairs it, its secretariat,
the bar, the notaries, the conciliators, a justice and law house, victims'
and women's associations, the housing information agency, the family
associations' union, the Département, a CCAS, the prefecture's France
services mission and one France services, a mission locale.

The first meeting (September, court) was never recorded. After the October
and November meetings the secretariat typed who came with /presents,
/excuses and /absents and the tasks with /tache the day after; some were
closed since. Before the meeting of Thursday 3 December members said
/present or /excuse.

The test sender is linked to Nadège Kouassi (lawyer of the association Du
Côté des Femmes; her director Laetitia Bonnard sits in the council too).
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import dated_setup
from tests.helpers import Chat

__all__ = ["CDAD95_AFTER_SETUP", "CDAD95_ASKERS", "CDAD95_GROUPS"]

SLUG = "cdad95"
ASKER = "Nadège Kouassi"

MEMBERS = (
    ("Anne-Claire Vernet", "Tribunal judiciaire de Pontoise", "Présidente du tribunal judiciaire, présidente du CDAD"),
    ("Hugo Delmas", "CDAD du Val-d'Oise", "Secrétaire général, secrétariat du conseil"),
    ("Sophie Albertini", "Ordre des avocats du Val-d'Oise", "Bâtonnière"),
    ("Karim Haddouche", "Ordre des avocats du Val-d'Oise", "Avocat, référent des consultations gratuites"),
    ("Nadège Kouassi", "Association Du Côté des Femmes", "Juriste, permanences au point-justice de Cergy"),
    ("Laetitia Bonnard", "Association Du Côté des Femmes", "Directrice"),
    ("Mamadou Sow", "France Victimes 95", "Juriste d'aide aux victimes"),
    ("Corinne Marchal", "Maison de justice et du droit d'Argenteuil", "Greffière, responsable de la MJD"),
    ("Julien Ferrand", "Conseil départemental du Val-d'Oise", "Chef du service de l'action sociale"),
    ("Patricia Nguyen", "CCAS de Sarcelles", "Directrice"),
    ("Thierry Lebas", "Préfecture du Val-d'Oise", "Chargé de mission France services"),
    ("Inès Belkacem", "France services de Garges-lès-Gonesse", "Animatrice"),
    ("Olivier Renaud", "Chambre des notaires du Val-d'Oise", "Notaire, délégué à l'accès au droit"),
    ("Fatima Zerrouki", "Mission locale de Cergy", "Conseillère en insertion, référente justice"),
    ("Romain Carpentier", "ADIL du Val-d'Oise", "Juriste logement"),
    ("Bernard Jolivet", "Conciliateurs de justice du Val-d'Oise", "Conciliateur de justice, secteur de Cergy"),
    ("Josiane Perrot", "UDAF du Val-d'Oise", "Bénévole, référente surendettement"),
)

MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Tribunal judiciaire de Pontoise, salle des délibérations", ()),
    ("2026-10-15 09:30", "2026-10-15 12:00", "Maison de justice et du droit d'Argenteuil", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Hôtel du Département, Cergy", ()),
    ("2026-12-03 14:00", "2026-12-03 16:30", "Tribunal judiciaire de Pontoise, salle des délibérations",
     ("Bilan des permanences des points-justice", "Convention avec les France services",
      "Journée de l'accès au droit 2027")),
    ("2027-01-21 09:30", "2027-01-21 12:00", "Point-justice de Sarcelles", ("Rapport d'activité 2026",)),
    ("2027-03-18 14:00", "2027-03-18 16:00", "Visioconférence", ()),
)

DEADLINES = (
    ("2026-12-11", "Retour des statistiques des permanences 2026"),
    ("2026-12-18", "Dépôt des demandes de subvention au CDAD pour 2027"),
    ("2027-01-29", "Rapport d'activité 2026 du CDAD"),
    ("2027-03-12", "Journée de l'accès au droit à Cergy"),
)

DECISIONS = (
    ("2026-09-17", 1, "Le conseil se réunit un jeudi par mois, en alternance à Pontoise, Argenteuil et Cergy."),
    ("2026-09-17", 1, "Le barreau du Val-d'Oise tient une permanence d'avocats gratuite chaque mercredi matin au "
                      "point-justice de Cergy."),
    ("2026-10-15", 2, "L'association Du Côté des Femmes assure une permanence d'aide aux victimes de violences "
                      "conjugales le mardi à la MJD d'Argenteuil."),
    ("2026-10-15", 2, "Le CDAD finance 120 heures de consultations juridiques dans les France services en 2027."),
    ("2026-10-15", 2, "Les conciliateurs de justice tiennent une permanence mensuelle à la France services de "
                      "Garges-lès-Gonesse."),
    ("2026-10-15", 2, "Le projet de point-justice itinérant de la Mission locale de Cergy n'est pas retenu cette année."),
    ("2026-11-19", 3, "La subvention de l'association Du Côté des Femmes est reconduite à 18 000 euros pour 2027."),
    ("2026-11-19", 3, "Un annuaire départemental des permanences d'accès au droit est publié en février 2027."),
    ("2026-11-19", 3, "La Journée de l'accès au droit a lieu le vendredi 12 mars 2027 à l'université de Cergy."),
    ("2026-11-19", 3, "L'ADIL du Val-d'Oise anime un atelier sur les expulsions locatives pour les travailleurs "
                      "sociaux des CCAS en janvier."),
    ("2026-11-19", 3, "Le Conseil départemental met un bureau à disposition du point-justice de Sarcelles."),
    ("2026-11-19", 3, "Le compte rendu est rédigé par le secrétariat du CDAD et envoyé sous quinze jours."),
    ("2026-11-19", 3, "Les associations partenaires transmettent leurs statistiques de fréquentation chaque trimestre."),
)

# What the secretariat typed the day after each recorded meeting (the clock is
# set there, so that /tache ties the task to the meeting just held).
AFTER_MEETINGS = (
    ("2026-10-16 09:00", (
        "/presents n°2 Anne-Claire Vernet, Hugo Delmas, Sophie Albertini, Karim Haddouche, Nadège Kouassi, "
        "Laetitia Bonnard, Mamadou Sow, Corinne Marchal, Julien Ferrand, Thierry Lebas, Inès Belkacem, "
        "Romain Carpentier",
        "/excuses n°2 Patricia Nguyen, Olivier Renaud, Bernard Jolivet",
        "/absents n°2 Fatima Zerrouki, Josiane Perrot",
        "/tache Envoyer le planning des permanences de la MJD pour le 6/11 @Corinne Marchal",
        "/tache Rédiger la fiche réflexe violences conjugales pour le 13/11 @Nadège Kouassi",
        "/tache Recenser les France services volontaires pour les consultations pour le 30/10 @Thierry Lebas",
    )),
    ("2026-11-20 09:00", (
        "/presents n°3 Anne-Claire Vernet, Hugo Delmas, Karim Haddouche, Nadège Kouassi, Mamadou Sow, "
        "Corinne Marchal, Julien Ferrand, Patricia Nguyen, Fatima Zerrouki, Romain Carpentier, Josiane Perrot",
        "/excuses n°3 Laetitia Bonnard, Sophie Albertini, Thierry Lebas, Inès Belkacem",
        "/absents n°3 Olivier Renaud, Bernard Jolivet",
        "/tache Envoyer le compte rendu de la séance du 19 novembre pour le 4/12 @Hugo Delmas",
        "/tache Transmettre les statistiques de fréquentation du troisième trimestre pour le 27/11 @Nadège Kouassi",
        "/tache Signer la convention de subvention 2027 pour le 18/12 @Laetitia Bonnard",
        "/tache Préparer le programme de la Journée de l'accès au droit pour le 15/1 @Sophie Albertini",
        "/tache Organiser l'atelier sur les expulsions locatives pour le 22/1 @Romain Carpentier",
        "/tache Installer le bureau du point-justice de Sarcelles pour le 11/12 @Julien Ferrand",
        "/tache Mettre à jour l'annuaire des permanences pour le 29/1 @Inès Belkacem",
        "/tache Relancer les avocats volontaires pour les permanences de Cergy pour le 25/11 @Karim Haddouche",
        "/tache Traduire la plaquette du point-justice en arabe et en turc @Mamadou Sow",
        "/tache Demander le bilan annuel des conciliateurs @Bernard Jolivet",
        "/tache Diffuser l'invitation à l'atelier aux travailleurs sociaux des CCAS pour le 8/1 @Patricia Nguyen",
        "/tache Commander des kakemonos pour le point-justice pour le 10/12 @Thierry Lebas",
    )),
)

# Closed since: the reflex sheet written (the asker's), the France services
# counted; the roll-up banners dropped (the prefecture lends its own).
CLOSED = ("/tache_faite 2", "/tache_faite 3", "/tache_annuler 15 la préfecture prête les siens")

# What members said before the meeting of Thursday 3 December (séance n°4).
RSVPS = (
    ("Nadège Kouassi", "/present"),
    ("Karim Haddouche", "/present"),
    ("Corinne Marchal", "/present"),
    ("Patricia Nguyen", "/present"),
    ("Laetitia Bonnard", "/excuse"),
    ("Mamadou Sow", "/excuse"),
)


after_meetings = dated_setup(SLUG, ASKER, "cdad", AFTER_MEETINGS, CLOSED, RSVPS)

CDAD95_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, "Hugo Delmas")}
CDAD95_ASKERS = {SLUG: ASKER}
# What is typed after the group is set up (questions_groups.build_group runs it).
CDAD95_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: after_meetings}
