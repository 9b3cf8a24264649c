"""A group the understanding was never tuned on, for the eighteenth round's
blind set 27a (bodies asked by what they are or do rather than by their
registered name: « les impôts » for the DDFiP, « les allocs » for the CAF,
« le chômage » for France Travail, « la mairie » for the town, « la sécu »
for the CPAM, « les HLM » for the social landlord, « l'hôpital », « la
fac »…): the comité local pour l'emploi of the Grand Périgueux — the
préfecture of the Dordogne and the agglomeration that chair it, France
Travail's Périgueux agency, the Département's insertion service, the CAF,
the CPAM, the DDFiP, the Ville de Périgueux and its CCAS, the Mission
locale, Périgord Habitat, the Centre hospitalier, the university's Campus
Périgord, Cap emploi and the CCI.

After each of the three autumn meetings the committee's secretary typed
who came with /presents, /excuses and /absents and, the day after, the
tasks with /tache; some were closed since. Before the meeting of 10
December some members said /present or /excuse.

The test sender is linked to Claire Dubreuil (the agglomeration's officer,
the committee's secretary). Organisation names are real public bodies;
every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import dated_setup
from tests.helpers import Chat

__all__ = ["CLE24_AFTER_SETUP", "CLE24_ASKERS", "CLE24_GROUPS"]

SLUG = "cle-perigueux"
ASKER = "Claire Dubreuil"

MEMBERS = (
    ("Claire Dubreuil", "Grand Périgueux", "Chargée de mission emploi et insertion, secrétaire du comité"),
    ("Bernard Lacombe", "Grand Périgueux", "Vice-président chargé de l'économie et de l'emploi, coprésident du comité"),
    ("Anne-Sophie Roche", "Préfecture de la Dordogne", "Secrétaire générale adjointe, coprésidente du comité"),
    ("Mathieu Delpech", "France Travail Périgueux", "Directeur d'agence"),
    ("Sonia Ferreira", "France Travail Périgueux", "Conseillère emploi, référente RSA"),
    ("Patrick Vergnaud", "Conseil départemental de la Dordogne", "Directeur de l'insertion et du RSA"),
    ("Élise Marty", "Conseil départemental de la Dordogne", "Travailleuse sociale, référente de parcours"),
    ("Karine Bousquet", "CAF de la Dordogne", "Conseillère technique territoriale"),
    ("Olivier Mazeau", "CPAM de la Dordogne", "Responsable de l'accès aux droits"),
    ("Gilles Champeau", "DDFiP de la Dordogne", "Conseiller aux décideurs locaux"),
    ("Nadia Belkacem", "Ville de Périgueux", "Adjointe au maire chargée de l'emploi et de l'insertion"),
    ("Julie Lafon", "CCAS de Périgueux", "Responsable du pôle insertion"),
    ("Thomas Reynaud", "Mission locale du Grand Périgueux", "Directeur"),
    ("Fatima Ouali", "Périgord Habitat", "Chargée de développement social"),
    ("Damien Rouquier", "Centre hospitalier de Périgueux", "Responsable du recrutement"),
    ("Laure Brunet", "Université de Bordeaux, Campus Périgord", "Chargée d'insertion professionnelle"),
    ("Sébastien Coste", "Cap emploi Dordogne", "Chargé de mission entreprises"),
    ("Hugo Mallet", "CCI de la Dordogne", "Conseiller emploi et formation"),
)

MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Préfecture de la Dordogne, salle des fêtes", ()),
    ("2026-10-15 09:30", "2026-10-15 12:00", "Agence France Travail de Périgueux", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Hôtel de ville de Périgueux", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Siège du Grand Périgueux",
     ("Bilan de l'accompagnement des allocataires du RSA", "Forum des métiers de la santé",
      "Logement des alternants")),
    ("2027-01-21 09:30", "2027-01-21 12:00", "Centre hospitalier de Périgueux", ()),
    ("2027-03-18 14:00", "2027-03-18 16:30", "Campus Périgord", ()),
)

DEADLINES = (
    ("2026-12-04", "Liste des allocataires du RSA sans référent"),
    ("2026-12-18", "Appel à projets insertion 2027 du Département"),
    ("2027-01-15", "Bilan annuel du comité local pour l'emploi"),
    ("2027-02-11", "Forum des métiers de la santé au Centre hospitalier"),
    ("2027-03-31", "Diagnostic territorial emploi-formation"),
)

DECISIONS = (
    ("2026-09-17", 1, "Le comité local pour l'emploi se réunit une fois par mois, sauf l'été, sous la coprésidence "
                      "de la préfecture et du Grand Périgueux."),
    ("2026-09-17", 1, "France Travail envoie chaque mois au comité le nombre d'allocataires du RSA inscrits et "
                      "orientés."),
    ("2026-09-17", 1, "Le Département reste l'organisme référent pour l'accompagnement social des allocataires du "
                      "RSA."),
    ("2026-09-17", 1, "La CAF transmet chaque semaine au Département la liste des nouveaux allocataires du RSA."),
    ("2026-10-15", 2, "La Mission locale accompagne en priorité les jeunes de 16 à 25 ans sortis du lycée sans "
                      "diplôme."),
    ("2026-10-15", 2, "La CPAM tient une permanence d'accès aux droits santé à l'agence France Travail le mardi "
                      "matin."),
    ("2026-10-15", 2, "La DDFiP anime deux ateliers sur la déclaration de revenus pour les personnes accompagnées, "
                      "en avril et en mai."),
    ("2026-10-15", 2, "Périgord Habitat réserve 10 logements par an aux jeunes en alternance."),
    ("2026-11-19", 3, "Le Centre hospitalier accueille le forum des métiers de la santé le 11 février 2027."),
    ("2026-11-19", 3, "Le CCAS oriente vers France Travail les allocataires du RSA qui n'ont pas de référent."),
    ("2026-11-19", 3, "Le Campus Périgord ouvre ses ateliers CV aux demandeurs d'emploi le jeudi après-midi."),
    ("2026-11-19", 3, "Cap emploi et France Travail tiennent une permanence commune pour les travailleurs "
                      "handicapés le premier lundi du mois."),
    ("2026-11-19", 3, "La Ville de Périgueux prête une salle de la mairie pour les job datings."),
)

# What the secretary typed the day after each meeting (the clock is set
# there, so that /tache ties the task to the meeting just held).
AFTER_MEETINGS = (
    ("2026-09-18 09:00", (
        "/presents n°1 Claire Dubreuil, Bernard Lacombe, Anne-Sophie Roche, Mathieu Delpech, Sonia Ferreira, "
        "Patrick Vergnaud, Élise Marty, Karine Bousquet, Olivier Mazeau, Nadia Belkacem, Julie Lafon, "
        "Thomas Reynaud, Fatima Ouali, Sébastien Coste",
        "/excuses n°1 Gilles Champeau, Laure Brunet",
        "/absents n°1 Damien Rouquier, Hugo Mallet",
    )),
    ("2026-10-16 09:00", (
        "/presents n°2 Claire Dubreuil, Bernard Lacombe, Anne-Sophie Roche, Mathieu Delpech, Sonia Ferreira, "
        "Patrick Vergnaud, Karine Bousquet, Olivier Mazeau, Gilles Champeau, Julie Lafon, Thomas Reynaud, "
        "Damien Rouquier, Laure Brunet",
        "/excuses n°2 Élise Marty, Nadia Belkacem, Fatima Ouali",
        "/absents n°2 Sébastien Coste, Hugo Mallet",
        "/tache Envoyer les chiffres des inscrits RSA d'octobre pour le 6/11 @Mathieu Delpech",
        "/tache Proposer les dates des ateliers déclaration de revenus pour le 13/11 @Gilles Champeau",
        "/tache Recenser les logements pour les alternants pour le 20/11 @Fatima Ouali",
    )),
    ("2026-11-20 09:00", (
        "/presents n°3 Claire Dubreuil, Bernard Lacombe, Mathieu Delpech, Sonia Ferreira, Patrick Vergnaud, "
        "Élise Marty, Olivier Mazeau, Nadia Belkacem, Julie Lafon, Fatima Ouali, Damien Rouquier, Laure Brunet, "
        "Sébastien Coste, Hugo Mallet",
        "/excuses n°3 Anne-Sophie Roche, Karine Bousquet, Thomas Reynaud",
        "/absents n°3 Gilles Champeau",
        "/tache Envoyer le compte rendu de la réunion du 19 novembre pour le 27/11 @Claire Dubreuil",
        "/tache Réserver les stands du forum des métiers de la santé pour le 15/01 @Damien Rouquier",
        "/tache Transmettre la liste des allocataires sans référent pour le 4/12 @Patrick Vergnaud",
        "/tache Préparer le planning des ateliers CV pour le 27/11 @Laure Brunet",
        "/tache Chiffrer les places d'accueil des nouveaux allocataires pour le 11/12 @Karine Bousquet",
        "/tache Réserver la salle de la mairie pour le job dating de janvier pour le 8/12 @Nadia Belkacem",
        "/tache Relancer les employeurs pour le forum @Hugo Mallet",
    )),
)

# Closed since: the October figures sent, the tax workshops' dates proposed.
CLOSED = ("/tache_faite 1", "/tache_faite 2")

# What members said before the meeting of 10 December at the agglomeration's seat (séance n°4).
RSVPS = (
    ("Claire Dubreuil", "/present"),
    ("Bernard Lacombe", "/present"),
    ("Karine Bousquet", "/present"),
    ("Patrick Vergnaud", "/present"),
    ("Damien Rouquier", "/excuse"),
    ("Thomas Reynaud", "/excuse"),
)


after_meetings = dated_setup(SLUG, ASKER, "cle24", AFTER_MEETINGS, CLOSED, RSVPS)

CLE24_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, ASKER)}
CLE24_ASKERS = {SLUG: ASKER}
# What is typed after the group is set up (questions_groups.build_group runs it).
CLE24_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: after_meetings}
