"""A group the understanding was never tuned on, for the eighteenth round's
blind set 27b (the work after a meeting: minutes, recaps, who came and what
came out of a given sitting, asked by a member back from leave): the
network of the social centres of the Pays de Lorient — the social centres
and neighbourhood houses of Lorient, Lanester, Hennebont and Ploemeur, the
network's own staff, the family allowance fund, the agglomeration, the town
of Lorient, the Département, the regional federation of social centres and
the MSA.

The network holds several kinds of sittings, the kind written first in the
place as a secretary types it: its plénière (every centre), its comité de
pilotage (the funders), its bureau (the officers) and the working group on
youth, the « réunion des animateurs ». After the plénières, the copils and
the working group's meetings the network's officer in charge of the minutes
typed who came with /presents, /excuses and /absents (nothing was recorded
for the two bureaux) and the next steps with /tache, the minutes among them;
some were closed since (the September copil's minutes sent, the October
working group's too). Before the coming bureau and copil members said
/present or /excuse.

The test sender is linked to Erwan Le Gall (a youth worker of the Maison
pour tous de Kervénanec, present in the autumn, then on paternity leave
from early November: excused at the November copil, working group and
plénière). Organisation names are real public bodies or plausible ones;
every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import dated_setup
from tests.helpers import Chat

__all__ = ["CSXLORIENT_AFTER_SETUP", "CSXLORIENT_ASKERS", "CSXLORIENT_GROUPS"]

SLUG = "csx-lorient"
ASKER = "Erwan Le Gall"

MEMBERS = (
    ("Erwan Le Gall", "Maison pour tous de Kervénanec", "Animateur jeunesse"),
    ("Soizic Le Guennec", "Maison pour tous de Kervénanec", "Directrice"),
    ("Gwenaëlle Tanguy", "Centre social Albert-Jacquard, Lanester", "Directrice, présidente du réseau"),
    ("Yoann Jégo", "Centre social Albert-Jacquard, Lanester",
     "Animateur jeunesse, référent du groupe de travail jeunesse"),
    ("Nadège Kerbrat", "Réseau des centres sociaux du Pays de Lorient", "Coordinatrice du réseau"),
    ("Claire Morvan", "Réseau des centres sociaux du Pays de Lorient",
     "Chargée de mission, secrétariat des instances et comptes rendus"),
    ("Mehdi Benali", "Maison de quartier du Bois-du-Château", "Directeur, trésorier du réseau"),
    ("Laëtitia Guillou", "Maison de quartier du Bois-du-Château", "Animatrice famille"),
    ("Ronan Le Dréan", "Centre socioculturel Jean-Ferrat, Hennebont", "Directeur, vice-président du réseau"),
    ("Fatou Diallo", "Centre socioculturel Jean-Ferrat, Hennebont", "Animatrice jeunesse"),
    ("Anne-Sophie Rivière", "Centre social de Ploemeur", "Directrice"),
    ("Thierry Le Bihan", "CAF du Morbihan", "Conseiller technique territorial"),
    ("Marine Cadoret", "Lorient Agglomération", "Chargée de mission cohésion sociale"),
    ("Patrick Évenou", "Ville de Lorient", "Adjoint au maire chargé de la vie des quartiers"),
    ("Sandrine Le Corre", "Département du Morbihan", "Responsable territoriale de l'action sociale"),
    ("Julien Hamon", "Fédération des centres sociaux de Bretagne", "Délégué fédéral"),
    ("Katell Riou", "MSA Portes de Bretagne", "Travailleuse sociale"),
)

MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 17:00", "Plénière du réseau, Maison pour tous de Kervénanec, Lorient", ()),
    ("2026-09-22 09:30", "2026-09-22 12:00", "Comité de pilotage, Maison de l'Agglomération, Lorient", ()),
    ("2026-10-05 18:00", "2026-10-05 20:00", "Bureau du réseau, Centre social Albert-Jacquard, Lanester", ()),
    ("2026-10-15 14:00", "2026-10-15 16:30",
     "Groupe de travail jeunesse (réunion des animateurs), Centre socioculturel Jean-Ferrat, Hennebont", ()),
    ("2026-11-02 18:00", "2026-11-02 19:30", "Bureau du réseau, visioconférence", ()),
    ("2026-11-10 09:30", "2026-11-10 12:00", "Comité de pilotage, Maison de l'Agglomération, Lorient", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30",
     "Groupe de travail jeunesse (réunion des animateurs), Maison de quartier du Bois-du-Château, Lorient", ()),
    ("2026-11-26 14:00", "2026-11-26 17:00", "Plénière du réseau, Centre socioculturel Jean-Ferrat, Hennebont", ()),
    ("2026-12-07 18:00", "2026-12-07 19:30", "Bureau du réseau, visioconférence",
     ("Budget 2027 du réseau", "Recrutement du service civique")),
    ("2026-12-15 09:30", "2026-12-15 12:00", "Comité de pilotage, Maison de l'Agglomération, Lorient",
     ("Renouvellement des projets sociaux", "Convention pluriannuelle avec la CAF", "Bilan des chantiers jeunes")),
    ("2027-01-14 14:00", "2027-01-14 16:30",
     "Groupe de travail jeunesse (réunion des animateurs), Centre social de Ploemeur", ()),
    ("2027-03-04 14:00", "2027-03-04 17:00", "Plénière du réseau, Centre social Albert-Jacquard, Lanester", ()),
)

DEADLINES = (
    ("2026-12-11", "Dépôt des dossiers de l'appel à projets jeunesse de l'agglomération"),
    ("2026-12-18", "Envoi des bilans d'activité 2026 des centres à la CAF"),
    ("2027-01-31", "Renouvellement des agréments centre social de Lanester et d'Hennebont"),
    ("2027-02-26", "Inscriptions aux chantiers jeunes des vacances de printemps"),
)

DECISIONS = (
    ("2026-09-17", 1, "Le réseau adopte sa feuille de route 2026-2028 autour de trois axes : jeunesse, "
                      "parentalité et accès aux droits."),
    ("2026-09-17", 1, "La plénière du réseau se réunit trois fois par an, en tournant entre les centres."),
    ("2026-09-17", 1, "Chaque centre désigne un référent jeunesse pour le groupe de travail."),
    ("2026-09-22", 2, "Le budget 2026 du réseau est arrêté à 48 000 euros, dont 30 000 euros de la CAF."),
    ("2026-09-22", 2, "Lorient Agglomération finance une étude sur les besoins des 16-25 ans."),
    ("2026-09-22", 2, "Le comité de pilotage se réunit deux fois par trimestre."),
    ("2026-10-05", 3, "La cotisation des centres au réseau passe à 600 euros par an."),
    ("2026-10-05", 3, "Le réseau recrute un volontaire en service civique à partir de janvier."),
    ("2026-10-15", 4, "Les chantiers jeunes des vacances de printemps sont organisés en commun par les centres."),
    ("2026-10-15", 4, "Un temps d'échange de pratiques entre animateurs a lieu une fois par trimestre."),
    ("2026-11-02", 5, "Le bureau valide le logo et la plaquette du réseau."),
    ("2026-11-02", 5, "Le projet de budget 2027 est préparé par le trésorier pour le bureau de décembre."),
    ("2026-11-10", 6, "La CAF porte sa participation au réseau à 35 000 euros en 2027."),
    ("2026-11-10", 6, "Les projets sociaux de Lanester et d'Hennebont sont renouvelés pour quatre ans."),
    ("2026-11-10", 6, "L'étude sur les 16-25 ans est confiée à l'université Bretagne Sud."),
    ("2026-11-19", 7, "Un séjour inter-centres pour les 14-17 ans est organisé en juillet à Quiberon."),
    ("2026-11-19", 7, "Les animateurs jeunesse tiennent une permanence commune au lycée Dupuy-de-Lôme le mercredi."),
    ("2026-11-26", 8, "La plénière adopte le rapport d'activité 2026 du réseau."),
    ("2026-11-26", 8, "Une journée des bénévoles des centres est organisée le 5 juin 2027 à Lanester."),
    ("2026-11-26", 8, "Le réseau lance une enquête auprès des habitants sur l'accès aux droits."),
)

# What the network's officer typed the day after each recorded sitting (the
# clock is set there, so that /tache ties the task to the meeting just held).
AFTER_MEETINGS = (
    ("2026-09-18 09:00", (
        "/presents n°1 Erwan Le Gall, Soizic Le Guennec, Gwenaëlle Tanguy, Yoann Jégo, Nadège Kerbrat, "
        "Claire Morvan, Mehdi Benali, Laëtitia Guillou, Ronan Le Dréan, Fatou Diallo, Anne-Sophie Rivière, "
        "Thierry Le Bihan, Marine Cadoret, Julien Hamon",
        "/excuses n°1 Patrick Évenou, Sandrine Le Corre",
        "/absents n°1 Katell Riou",
        "/tache Envoyer le compte rendu de la plénière de septembre pour le 25/09 @Claire Morvan",
    )),
    ("2026-09-23 09:00", (
        "/presents n°2 Gwenaëlle Tanguy, Nadège Kerbrat, Claire Morvan, Mehdi Benali, Thierry Le Bihan, "
        "Marine Cadoret, Patrick Évenou, Julien Hamon",
        "/excuses n°2 Sandrine Le Corre",
        "/tache Envoyer le relevé de décisions du comité de pilotage pour le 30/09 @Claire Morvan",
    )),
    ("2026-10-16 09:00", (
        "/presents n°4 Erwan Le Gall, Yoann Jégo, Laëtitia Guillou, Fatou Diallo, Nadège Kerbrat",
        "/excuses n°4 Katell Riou",
        "/tache Rédiger le compte rendu de la réunion des animateurs pour le 23/10 @Yoann Jégo",
        "/tache Recenser les chantiers possibles dans chaque centre pour le 13/11 @Fatou Diallo",
    )),
    ("2026-11-11 09:00", (
        "/presents n°6 Gwenaëlle Tanguy, Nadège Kerbrat, Claire Morvan, Mehdi Benali, Thierry Le Bihan, "
        "Marine Cadoret, Sandrine Le Corre",
        "/excuses n°6 Erwan Le Gall, Patrick Évenou",
        "/absents n°6 Julien Hamon",
        "/tache Envoyer le relevé de décisions du copil de novembre pour le 20/11 @Claire Morvan",
        "/tache Préparer la convention avec l'université Bretagne Sud pour le 15/12 @Marine Cadoret",
    )),
    ("2026-11-20 09:00", (
        "/presents n°7 Yoann Jégo, Laëtitia Guillou, Fatou Diallo, Nadège Kerbrat",
        "/excuses n°7 Erwan Le Gall",
        "/absents n°7 Katell Riou",
        "/tache Rédiger le compte rendu de la réunion des animateurs de novembre pour le 27/11 @Yoann Jégo",
        "/tache Demander le devis du camping de Quiberon pour le 18/12 @Fatou Diallo",
    )),
    ("2026-11-27 09:00", (
        "/presents n°8 Soizic Le Guennec, Gwenaëlle Tanguy, Yoann Jégo, Nadège Kerbrat, Claire Morvan, "
        "Mehdi Benali, Ronan Le Dréan, Fatou Diallo, Anne-Sophie Rivière, Thierry Le Bihan, Julien Hamon",
        "/excuses n°8 Erwan Le Gall, Laëtitia Guillou, Marine Cadoret",
        "/absents n°8 Patrick Évenou, Sandrine Le Corre, Katell Riou",
        "/tache Envoyer le compte rendu de la plénière de novembre pour le 4/12 @Claire Morvan",
        "/tache Rédiger le questionnaire de l'enquête accès aux droits pour le 8/01 @Anne-Sophie Rivière",
    )),
)

# Closed since: the September plénière's and copil's minutes sent, the October working group's written.
CLOSED = ("/tache_faite 1", "/tache_faite 2", "/tache_faite 3")

# What members said before the bureau of 7 December (séance n°9).
RSVPS = (
    ("Gwenaëlle Tanguy", "/present"),
    ("Mehdi Benali", "/present"),
    ("Ronan Le Dréan", "/excuse"),
)


after_meetings = dated_setup(SLUG, ASKER, "csx56", AFTER_MEETINGS, CLOSED, RSVPS)

CSXLORIENT_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, ASKER)}
CSXLORIENT_ASKERS = {SLUG: ASKER}
# What is typed after the group is set up (questions_groups.build_group runs it).
CSXLORIENT_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: after_meetings}
