"""Plain-French questions on a group that is not the demo group: the
figures of the evaluation sets must stay at the issue's targets, and the
replies a member reads must carry the answer."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import DATA, Score, build_group, evaluate, group_of, load_set
from tests.helpers import Chat


def reaches_targets(score: Score, correct: bool = True) -> None:
    """The issue's targets (the share of correct answers only where asked)."""
    detail = "\n".join(score.failures)
    if correct:
        assert score.pct_correct >= 95.0, detail
    assert score.pct_confident_wrong <= 1.0, detail
    if score.chatter:  # a set of questions only (questions_tricky.tsv) has no non-questions to measure
        assert score.pct_quiet >= 97.0, detail


@pytest.fixture(scope="module")
def chat() -> Chat:
    return build_group()


def test_development_set_reaches_the_targets(chat: Chat) -> None:
    rows = load_set("questions_dev.tsv")
    assert sum(1 for r in rows if r[0] != "none") >= 300 and sum(1 for r in rows if r[0] == "none") >= 60
    score = evaluate(chat, rows)
    reaches_targets(score)


def test_the_demo_group_in_swiss_usage_reaches_the_targets() -> None:
    rows = load_set("questions_dev_demo.tsv")
    score = evaluate(build_group(group_of("questions_dev_demo.tsv")), rows)
    reaches_targets(score)


# Sets written blind and fixed after their first run (figures in their headers and in the test below):
# guarded whole from then on. One set per line, so that merges only add lines.
FIXED_AFTER_FIRST_RUN = (
    "questions_heldout5.tsv",
    "questions_heldout6.tsv",
    "questions_heldout7.tsv",
    "questions_heldout8.tsv",
    "questions_heldout9.tsv",
    "questions_heldout10.tsv",
    "questions_heldout11.tsv",
    "questions_heldout12.tsv",
    "questions_heldout12b.tsv",
    "questions_heldout13.tsv",
    "questions_heldout13b.tsv",
    "questions_heldout13c.tsv",
    "questions_heldout13d.tsv",
    "questions_heldout14.tsv",
    "questions_heldout14b.tsv",
    "questions_heldout14c.tsv",
    "questions_dates_blind.tsv",
    "questions_heldout15e.tsv",
    "questions_heldout15eb.tsv",
    "questions_heldout15g.tsv",
    "questions_heldout15gb.tsv",
    "questions_heldout15a.tsv",
    "questions_heldout15ab.tsv",
    "questions_heldout15c.tsv",
    "questions_heldout15cb.tsv",
    "questions_heldout16e.tsv",
    "questions_heldout16eb.tsv",
    "questions_heldout16h.tsv",
    "questions_heldout16g.tsv",
    "questions_heldout16gb.tsv",
    "questions_heldout17b.tsv",  # roles and charges worded unlike roles: 82.4 % at its first run, 95.4 % after
    "questions_heldout17d.tsv",  # after a meeting (attendance, minutes, tasks): 83.8 % at its first run
    "questions_heldout17db.tsv",  # the same, second set: 88.0 % at its first run
    "questions_heldout17f.tsv", "questions_heldout17fb.tsv",
    "questions_heldout17e.tsv",
    "questions_heldout17eb.tsv",
    "questions_heldout18e.tsv", "questions_heldout18eb.tsv",  # a stranger's general set, Lyon: 87.4 % and 94.2 % at first run
    "questions_heldout17c.tsv",
    "questions_heldout17cb.tsv",
    "questions_heldout16d_b.tsv",  # attendance, second set: 88.4 % at its first run, 98.6 % after the eighth round
    "questions_heldout_lead4.tsv",  # the lead's: 90.1 % on the seventh round's merged branches, 98.3 % now
    "questions_heldout_lead6.tsv",  # 94.2 % on the seventh round's merged branches, 97.1 % now
    "questions_heldout_lead7.tsv",  # 95.8 % on the eighth round's merged branches, 98.3 % after the lead's fixes
    "questions_heldout18b.tsv", "questions_heldout18bb.tsv",  # meeting nouns, periods in words: 76.7 % and 91.5 % first
    "questions_heldout18d.tsv", "questions_heldout18db.tsv",  # roles worded unlike roles: 87.6 % and 86.0 % first run
    "questions_heldout18h.tsv", "questions_heldout18h2.tsv",  # after a meeting, ninth round: 86.9 % and 88.6 % at first
    "questions_heldout18a.tsv",  # bodies named by a word their names lack: 79.9 % at its first run
    "questions_heldout18ab.tsv",  # the same, second set: 94.2 % at its first run
    "questions_heldout18f.tsv", "questions_heldout18fb.tsv",  # Swiss chat: 89.4 % and 87.9 % at their first runs
    "questions_heldout19c.tsv", "questions_heldout19cb.tsv",  # bodies by kind, the group's own name: 70.8 % and 80.4 % first
    "questions_heldout19b.tsv", "questions_heldout19bb.tsv",  # « qui … » and its source: 75.8 % (relabelled) and 90.0 % first
    "questions_heldout19g.tsv", "questions_heldout19gb.tsv",  # Hainaut and Geneva, tenth round: 85.6 % and 92.2 % first
    "questions_heldout19h.tsv", "questions_heldout19hb.tsv",  # after a meeting, tenth round: 87.9 % and 94.9 % first
    "questions_heldout19e.tsv",  # typed on a phone: 91.3 % at its first run
    "questions_heldout19f.tsv",  # a stranger's general set, Haute-Vienne culture group: 88.6 % at its first run
    "questions_heldout20g.tsv",  # meetings called by many nouns (Namur platform), eleventh round: 83.2 % first
    "questions_heldout20a.tsv",  # a stranger's general set, Saint-Brieuc city contract group: 88.6 % at its first run
    "questions_heldout20d.tsv",  # periods bounded in questions, eleventh round: 84.2 % at its first run
    "questions_heldout20e.tsv",  # typed on a phone, Namur insertion platform, eleventh round: 88.6 % at its first run
    "questions_heldout20b.tsv",  # r11b's, Tarn contrat local de santé, bodies by kind or alias: 87.4 % at its first run
    "questions_heldout_lead13.tsv",  # the lead's: 92.9 % before the tenth round, 94.4 % on its merged branches
    "questions_heldout_lead16.tsv",  # the lead's: 91.3 % before the eleventh round and on its merged branches
    "questions_heldout_lead17.tsv",  # the lead's: 91.8 % measured once on the eleventh round's final code
    "questions_heldout20f.tsv",  # « qui … » in a Renens early-childhood group, eleventh round: 90.8 % at its first run
    "questions_heldout20h.tsv",  # after a meeting, Brussels (eleventh round): 92.2 % / 3.2 % wrong at its first run
    "questions_heldout21d.tsv",  # Swiss romand usage, Broye integration platform (twelfth round): 86.4 % / 3.7 % wrong
    "questions_heldout21h.tsv",  # typed fast or dictated, Martinique risks group (twelfth round): 84.1 % / 1.2 % first
    "questions_heldout21e.tsv",  # after a meeting and who does what, Niort PEDT (twelfth round): 94.5 % / 0.7 % first
    "questions_heldout21c.tsv",  # spoken word order, Chambéry social cohesion (twelfth round): 87.8 % / 5.1 % wrong first
    "questions_heldout21f.tsv",  # a stranger's general set, Mantois employment task force: 86.7 % / 2.9 % wrong first
    # A busy group chat, Poitiers associations' collective (twelfth round): 86.0 % / 3.1 % wrong / 95.0 % quiet at its
    # first run.
    "questions_heldout21g.tsv",
    "questions_heldout22a.tsv",  # bodies as members name them, Haute-Garonne young people leaving care: 81.4 % / 7.7 % first
    "questions_heldout_lead18.tsv",  # the lead's: 93.9 % as written before the twelfth round (95.6 % relabelled)
    "questions_heldout_lead20.tsv",  # the lead's: 96.7 % / 0 % measured once on the twelfth round's final code
    "questions_heldout22c.tsv",  # meetings by kind and by whom they gather, Aulnay contrat de ville: 85.2 % / 6.5 % first
    "questions_heldout22d.tsv",  # roles, titles and charges, Val d'Yerres CISPD (thirteenth round): 85.1 % / 4.5 % wrong first
    "questions_heldout23b.tsv",  # facts inside decisions in other words, Brussels CPAS network: 74.5 % / 2.5 % wrong first
    "questions_heldout23c.tsv",  # the calendar as a whole or by period, Sarine social network (r15c): 80.3 % / 4.7 % wrong first
    "questions_heldout_lead24.tsv",  # the lead's: a Valais early-childhood network, 91.4 % / 2.9 % wrong as written
    "questions_heldout24a.tsv",  # bodies and roles named loosely, Thionville comité local pour l'emploi: 85.4 % / 5.3 % first
    "questions_heldout24b.tsv",  # yes-or-no checks, counts and amounts, Tournai's CCA (ATL): 80.6 % / 7.6 % wrong first
    "questions_heldout24d.tsv",  # long, formal and embedded messages, Sarthe CFPPA: 55.4 % / 6.9 % wrong / 98.0 % quiet first
    "questions_heldout25a.tsv",  # clipped words, own initials, rhythms, Ouest lausannois youth: 71.4 % / 5.0 % wrong first
    "questions_heldout25b.tsv",  # what is planned and what changes, Couëron PEDT (r17b): 73.9 % / 2.5 % wrong first
    "questions_heldout_lead26.tsv",  # the lead's: a CLEA in Charente, 87.4 % / 3.8 % wrong as written on main
    "questions_heldout_lead28.tsv",  # the lead's: Grenoble's CTAI, 89.6 % / 3.2 % wrong as written on main (92.2 / 0.6 relabelled)
    "questions_heldout26a.tsv",  # r18a: the group's rules and habits, first run 63.1 % / 6.4 % / 100 %
    "questions_heldout26c.tsv",  # lists and counts, filtered, Verviers PCS (r18c): 78.1 % / 8.9 % wrong first
    "questions_heldout_lead30.tsv",  # the lead's: Morlaix's health contract, 90.1 % / 4.0 % wrong as written on main (92.1 / 2.0 relabelled)
    "questions_heldout_lead31.tsv",  # the lead's: Sierre's seniors' platform, 95.3 % / 2.0 % wrong once on the merged code (96.0 / 1.3 relabelled)
    "questions_heldout_lead32.tsv",  # the lead's: Saint-Brieuc's food project, 91.0 % / 4.5 % wrong as written on main (93.5 / 1.9 relabelled)
    "questions_heldout28b.tsv",  # r20b: quantities and amounts, Creil's contrat de ville, 87.0 % / 0.6 % wrong first (87.6 / 0 relabelled)
    "questions_heldout_lead33.tsv",  # the lead's: Strasbourg's CLLAJ, 94.0 % / 2.0 % wrong once on the merged code (94.7 / 1.3 relabelled)
    "questions_heldout28c.tsv",  # r20c: first run 88.8 % / 2.6 % / 100 %; attendance in plain French (coming_cues.py)
    "questions_heldout29a.tsv",  # r21a: « qui » where a task, a role and a body compete, 91.1 % / 4.2 % / 91.9 % first (92.3 / 3.1 / 97.1 relabelled), 96.4 / 0 / 97.1 after
    "questions_heldout29b.tsv",  # r21b: casual chat register, Marche-en-Famenne's youth sport; first run 91.2 % / 1.9 % / 100 % (92.5 / 0.6 relabelled)
    "questions_heldout29c.tsv",  # r21c: the formal register, Lot-et-Garonne's ODPE, 78.5 % / 2.2 % wrong first (79.6 / 1.1 relabelled)
    "questions_heldout29d.tsv",  # r21d: people referred to loosely (gdv47), 75.3 % / 4.7 % / 100 % first (77.1 / 2.9 relabelled)
    "questions_heldout_lead34.tsv",  # the lead's: Lozère's France Services, 94.8 % / 2.6 % wrong as written on main (96.1 / 1.3 relabelled)
    "questions_heldout_lead35.tsv",  # the lead's: the Vosges' caregivers' network, 92.6 % / 4.0 % / 96.8 % as written on main (93.7 / 2.9 relabelled)
    "questions_heldout28a.tsv",  # r20a's negation set (Pays de Bray's CLS), fixed in r23c: first run 78.0 % / 6.9 % / 100 % (79.2 / 5.8 relabelled)
    "questions_heldout30a.tsv",  # r23a: a SAGE's commission locale de l'eau (cle-sevre), mixed register, first run 87.9 / 2.3 / 100 (88.4 / 1.7 relabelled)
    "questions_heldout30b.tsv",  # r23b: formal register, Meurthe-et-Moselle's energy-poverty committee, first run 83.8 % / 2.2 % / 100 % (84.3 / 1.6 relabelled)
    "questions_heldout31b.tsv",  # r24b: SMS / typo register, Noyon's conseil citoyen (cc-noyon60), first run 96.5 / 0.6 / 97.0
    "questions_heldout31a.tsv",  # r24a: the Swiss register, the Gros-de-Vaud's day-care network (aje-gdv), first run 87.8 / 2.1 / 100
    "questions_heldout30c.tsv",  # r23c: negation, first run 82.5 / 2.8 / 100; finished in r24d (97.2 / 0 / 100)
    "questions_heldout_lead36.tsv",  # the lead's set 36 (pre18, dates and periods in questions), first run 91.4 / 2.9 / 100 (92.6 / 1.7 relabelled)
    "questions_heldout_lead37.tsv",  # the lead's set 37 (pvd15, requests and indirect questions), first run 85.9 / 2.9 / 100 (86.5 / 2.4 relabelled)
    "questions_heldout_lead38.tsv",  # the lead's set 38 (citeedu93, typed fast on a phone), first run 92.1 / 1.1 / 100 (93.2 / 0 relabelled)
    "questions_heldout_lead39.tsv",  # the lead's set 39 (incub-na, franglais and start-up jargon), first run 81.2 / 1.3 / 100
    "questions_heldout_lead40.tsv",  # the lead's set 40 (geronto71, a filière gérontologique), first run 92.1 / 2.8 / 100 (93.2 / 1.7 relabelled)
    "questions_heldout_lead41.tsv",  # the lead's set 41 (cdad86, a CDAD: the law's professionals), first run 96.0 / 1.7 / 100 (96.5 / 1.2 relabelled)
    "questions_heldout_lead42.tsv",  # the lead's set 42 (vif29, against violence within families), first run 97.1 / 1.2 / 96.7 (97.7 / 0.6 relabelled)
    "questions_heldout_lead43.tsv",  # the lead's set 43 (clsm-tarbes, a conseil local de santé mentale), first run 97.5 / 0 / 100: all three targets
    "questions_heldout_lead44.tsv",  # the lead's set 44 (cdiae-yonne, insertion par l'activité économique), first run 91.9 / 3.8 / 100 (93.5 / 2.2 relabelled)
    "questions_heldout_lead45.tsv",  # the lead's set 45 (riviere-midouze, a river basin's syndicat), first run 93.2 / 2.3 / 100
    "questions_heldout_lead46.tsv",  # the lead's set 46 (pat-brocel46, a projet alimentaire territorial), first run 91.5 / 4.0 / 100
    "questions_heldout_lead47.tsv",  # the lead's set 47 (cispd-avre47, a CISPD's working group), first run 92.7 / 2.8 / 100
    "questions_heldout_lead48.tsv",  # the lead's set 48 (quartier-vernier48, a Geneva contrat de quartier), first run 92.9 / 2.6 / 100
    "questions_heldout31c.tsv",  # r24c: the work after a meeting (tasks, attendance, minutes), the Gers' France services, first run 87.2 / 5.6 / 100 (87.7 / 5.1 relabelled)
    "questions_heldout32b.tsv",  # r25b: the work after a meeting, a foundation's grant committee (fondation45), first run 80.7 / 6.8 / 100 (83.2 / 4.3 relabelled)
    "questions_heldout32c.tsv",  # r25c: long messages and compound questions, Charente-Maritime's digital inclusion (inclnum17), first run 84.9 / 2.2 / 100
    "questions_heldout33b.tsv",  # r26b: the work after a meeting, formal register, Ardenne Métropole's CLS (clsardennes08), first run 76.0 / 6.1 / 100 (78.2 / 3.9 relabelled)
    "questions_heldout33a.tsv",  # r26a: vague and descriptive references, a newcomer's set, Loir-et-Cher's child protection (enfance41), first run 73.1 / 8.8 / 100 (73.7 / 8.2 relabelled)
    "questions_heldout34c.tsv",  # r27d: a stranger's general set in Québec French, a Montréal table de quartier (tqrosemont), first run 88.5 / 2.9 / 100 (90.8 / 0.6 relabelled)
    "questions_heldout34a.tsv",  # r27a: people, meetings and things referred to by description, the Côte-d'Or's PDALHPD (pdalhpd21), first run 85.7 / 3.6 / 100
    "questions_heldout34b.tsv",  # r27b: a stranger's general set, elected officials and staff of small communes, a communauté de communes' commission mobilité (ccource10), first run 87.6 / 6.5 / 100
    "questions_heldout35a.tsv",  # r28a: a stranger's general set in Belgian French, the insertion platform of the CPAS and commune of Ottignies-Louvain-la-Neuve (isp1340), first run 92.1 / 2.6 / 100 (93.1 / 1.6 relabelled)
    "questions_heldout35c.tsv",  # r28d: a stranger's general set in plain and second-language French, a conseil des usagers (usagers72), first run 85.8 / 7.4 / 100 (86.4 / 6.8 relabelled)
    "questions_heldout35b.tsv",  # r28b: time in questions, the Nièvre's committee on public reading (lecture58), first run 82.2 / 8.3 / 100 (85.0 / 5.6 relabelled)
    "questions_heldout36c.tsv",  # r29d: a stranger's general set in spoken syntax, a rural commune's comité des aînés (aines23), first run 88.9 / 5.8 / 100 (91.8 / 2.9 relabelled)
    "questions_heldout36a.tsv",  # r29a: acronyms and institutional jargon, a contrat de ville's steering group in the Oise (qpv60), first run 83.1 / 5.2 / 97.1 (84.9 / 3.5 relabelled)
    "questions_heldout36b.tsv",  # r29b: confirming and yes/no questions, the conseil portuaire of a Morbihan port (port56), first run 86.3 / 7.4 / 100
    "questions_heldout37a.tsv",  # r30a: a newcomer's first weeks, the comité de suivi of a CLS in the Jura (cls-jura39), first run 91.4 / 4.6 / 100 (92.4 / 3.6 relabelled)
    "questions_heldout37b.tsv",  # r30b: a stranger's general set in the French of West and Central Africa and the Maghreb, a collectif of diaspora associations in the Val-d'Oise (diaspora95), first run 75.9 / 2.1 / 96.9
    "questions_heldout38b.tsv",  # r31b: a stranger's general set with the chat's own furniture (emojis, ???, capitals, quotes, asides, hashtags, links, @tous), the comité de pilotage of a cité éducative in the Nord (citeduc59), first run 89.7 / 4.1 / 100 (90.3 / 3.6 relabelled)
    "questions_heldout38a.tsv",  # r31a: the coordinator's and the secretary's checks, the CLSPD of a Bouches-du-Rhône town (clspd13), first run 85.2 / 1.7 / 97.2 (85.7 / 1.3 relabelled)
    "questions_heldout_lead52.tsv",  # the lead's set 52 (thirtieth round, written by w31a): a CLI around a nuclear site in the Tarn-et-Garonne (cli82), first run 86.9 / 5.0 / 100
    "questions_heldout39a.tsv",  # r32a: a topic at the centre, the comité technique of a Drôme intercommunality's PCAET (pcaet26), first run 91.2 / 4.2 / 100 (92.4 / 2.9 relabelled)
    "questions_heldout39b.tsv",  # r32b: a stranger's general set in letter-like, formal messages in Swiss French, the commission sociale of a Vaud commune (cosoc-vd), first run 87.0 / 5.3 / 100 (87.5 / 4.8 relabelled)
    "questions_heldout40a.tsv",  # r33a: young people's French, the conseil municipal des jeunes of a Gironde town (cmj33), first run 86.7 / 5.7 / 100 (87.6 / 4.8 relabelled), 96.2 / 1.0 / 100 on the merged round (one more label set to the right reply)
    "questions_heldout40b.tsv",  # r33b: questions asked for someone else or passed on, the comité de suivi of a PAT in the Lot (pat46), first run 73.6 / 5.9 / 100 (75.1 / 5.5 relabelled)
    "questions_heldout41b.tsv",  # r34b: where and how to join (hybrid meetings, rooms, towns, Teams links), the CLSM of a Hautes-Alpes communauté de communes (clsm05), first run 86.8 / 3.3 / 100 (88.2 / 1.9 relabelled)
    "questions_heldout42b.tsv",  # r35b: people who come and go (departures, arrivals, leaves, interim), the comité de pilotage of a PLIE in the Nord (plie59), first run 82.5 / 7.7 / 100 (84.0 / 6.2 relabelled)
    "questions_heldout42a.tsv",  # r35a: the French of La Réunion coloured by Creole (lé kan, ki i, zot la décidé, néna), the conseil citoyen and partners of a contrat de ville in La Réunion (quartiers974), first run 60.7 / 6.5 / 97.1 (61.2 / 6.1 relabelled)
    "questions_heldout_lead64.tsv",  # w35a wrote it, the lead measured it (83.1 / 2.9 / 94.3), r35e fixed it: a hospital's commission des usagers in the Maine-et-Loire (cdu49)
    "questions_heldout_lead65.tsv",  # w35b wrote it, the lead measured it (88.0 / 2.9 / 94.3), r35f fixed it: a university campus's student-life copil in the Puy-de-Dôme (campus63)
    "questions_heldout_lead66.tsv",  # w35c wrote it, the lead measured it (90.3 / 3.4 / 100), r35g fixed it: a regional nature park's tourism commission in the Vercors (pnrvercors)
    "questions_heldout_lead69.tsv",  # w36c wrote it, the lead measured it (88.2 / 5.2 / 100), r36g fixed it: a SPIP's comité local des partenaires for a prison of the Vienne (spip86)
    "questions_heldout43c.tsv",  # r36c: documents and deliverables named by their kind (the convention, the avenant, the dossier DETR, the fiche action 3, the diaporama, the CR), the CRTE copil of a Haute-Marne communauté de communes (crte52), first run 91.2 / 5.4 / 100
    "questions_heldout43a.tsv",  # r36a: French as German-speaking partners write it (la Sitzung, le Protokoll, …, oder ?) and Alsatian French, the cross-border employment group of a Eurodistrict around Strasbourg and the Ortenau (eurodist67), first run 72.8 / 4.2 / 100
    "questions_heldout_lead68.tsv",  # w36b wrote it, the lead measured it (90.2 / 4.2 / 100), r36f fixed it: a ski resort's comité saisonniers in the Tarentaise (saison73)
    "questions_heldout_lead67.tsv",  # w36a wrote it, the lead measured it (88.0 / 5.3 / 97.1; 88.9 / 4.3 relabelled), r36e fixed it: a TZCLD's comité local pour l'emploi in the Ardèche (tzcld07)
    "questions_heldout_lead72.tsv",  # w37c wrote it, the lead measured it (88.4 / 1.0 / 97.1; 88.9 / 0.5 relabelled), r37g fixed it: the commission de suivi de site of a Seveso chemical platform on the Rhône (css38)
    "questions_heldout44b.tsv",  # r37b: real-word errors and homophones (« c'est ou », « qu'elle heure », « on ce voit », « la CAFE », « Mme beau-fils »), the comité de pilotage of a Plan mercredi near Évreux (evreux27), first run 86.9 / 3.9 / 97.1 (87.4 / 3.4 relabelled)
    "questions_heldout44a.tsv",  # r37a: the French of Marseille and Provence (vé, zou, dégun, tarpin, on se capte, les minots, en bas / là-haut) and the quartiers' words, the comité de suivi of an NPNRU project in the north of Marseille (npnru13), first run 79.3 / 0.5 / 97.1
    "questions_heldout_lead71.tsv",  # w37b wrote it, the lead measured it (88.9 / 3.8 / 97.1; 89.9 / 2.9 relabelled), r37f fixed it: a CPTS's bureau élargi in the Cantal (cpts15)
    "questions_heldout44c.tsv",  # r37c: meetings, deadlines and decisions named by their date (le 15/12, du 15.12, celle du mardi 8, le jeudi 15 of a Tuesday, il y a deux semaines, la date du 20), the PSAD of a Moselle district (psad57), first run 92.7 / 2.8 / 97.1
    "questions_heldout45c.tsv",  # r38c: questions not for the bot beside real ones (Marc tu peux…, t'es où ?, sérieux personne n'a la clé ?, il fait beau à Noirmoutier ?, qui veut des chocolatines ?), the bureau élargi of a Vendée town's OMS (oms85), first run 89.8 / 4.0 / 97.4
    "questions_heldout_lead75.tsv",  # w38c wrote it, the lead measured it (90.5 / 3.8 / 97.1; 92.4 / 1.9 relabelled), r38g fixed it: a commission consultative for the integration of foreigners in the canton of Neuchâtel (integne26)
    "questions_heldout_lead73.tsv",  # w38a wrote it, the lead measured it (90.4 / 4.3 / 100), r38e fixed it: a hospital's commission des usagers in the Finistère (cdu29)
    "questions_heldout45b.tsv",  # r38b: the search box (« prochaine réu lieu », « CAF représentant », « décision plafond aide énergie », « ODJ 10/12 », « présents 19/11 », « tâches moi »), the comité technique of a Fonds de solidarité pour le logement in the Vienne (fsl86), first run 79.5 / 2.3 / 97.1
    "questions_heldout_lead76.tsv",  # w39a wrote it, the lead measured it (84.1 / 5.6 / 100; 86.0 / 3.7 relabelled), r39e fixed it to 92.1 / 0.9, r40r to 95.3 / 0 (the CCSPL a kind of group again, told from a syndicat holding one): the commission consultative des services publics locaux of an agglomeration in the Loire (ccspl42)
    "questions_heldout46c.tsv",  # r39c: amounts, figures and budgets (« les 15 000 € c'était pour quoi ? », « 1,5 k€ c'est le plafond de quoi ? », « c'est 48h ou 72h ? », « le budget du FAJ pour l'an prochain ? », « combien de permis on a financés ? »), the comité d'attribution of a Fonds d'aide aux jeunes in the Gironde (faj33), first run 89.6 / 1.8 / 91.4
    "questions_heldout_lead77.tsv",  # w39b wrote it, the lead measured it (88.7 / 1.9 / 97.1; 89.6 / 1.4 / 97.2 relabelled), r39f fixed it: a Luxembourg commune's commission consultative communale d'intégration (cccilux)
    "questions_heldout_lead80.tsv",  # w40b wrote it, the lead measured it (89.3 / 0.9 / 97.1; 89.7 / 0.5 relabelled), r40f fixed it: the comité de pilotage of a commune's Atlas de la biodiversité communale in the Ardèche (abc07)
    "questions_heldout_lead81.tsv",  # w40c wrote it, the lead measured it (87.6 / 1.9 / 100), r40g fixed it: the comité de ligne of the TER lines Dijon – Is-sur-Tille – Langres and Dijon – Beaune (ligne21)
    "questions_heldout_lead79.tsv",  # w40a wrote it, the lead measured it (81.0 / 3.8 / 100; 81.5 / 3.3 relabelled), r40e fixed it: the conseil de la vie sociale of an EHPAD in the Morbihan (cvs56)
    "questions_heldout47b.tsv",  # r40b: nicknames, diminutives, initials and misspelled names (« Fred », « Manu », « Marie-Jo », « la Cath », « JPL », « M. Lefebre », « la gendar' », « le proc' », « Marie du parquet », a name nobody holds), the CLSPD of a Gard town near Alès (clspd30), first run 79.8 / 2.2 / 97.5
    "questions_heldout47c.tsv",  # r40c: counting, how many, since when and how long (« combien de temps il nous reste pour répondre ? », « c'est dans combien de temps ? », « combien d'adhérents en 2024 ? », « ça fait combien de temps que le GEIQ existe ? », « combien de décisions au comité des partenaires ? »), the conseil d'administration of a GEIQ BTP in the Isère (geiq38), first run 90.4 / 1.3 / 85.7
    "questions_heldout47a.tsv",  # r40a: the French of the Antilles coloured by Creole (« ki lè réinion-la ? », « kimoun ka représenté CAF-la ? », « sa nou té décidé pou transpò-a ? »), the comité technique of the Département de la Guadeloupe's PDI (pdi971), first run 60.2 / 4.2 / 100
    "questions_heldout_lead83.tsv",  # w41b wrote it, the lead measured it (77.6 / 7.9 / 100), r41f fixed it to 95.8 / 0.5 (one label relabelled): the CALEOL of an OPH in the Sarthe (caleol72)
    "questions_heldout_lead82.tsv",  # w41a wrote it, the lead measured it (82.0 / 4.7 / 100; 82.9 / 3.8 relabelled), r41e fixed it: the comité de direction of an intercommunal Office de tourisme in the Luberon (otluberon84)
    "questions_heldout48a.tsv",  # r41a: the French of Alsace and the Moselle (« ça geht's ? », « hopla », « gell ? », « il vient avec mardi ? », « on fait comment avec le car ? », « la Mme Muller », « am Dienstag 8.12. um 18 Uhr », « awa »), the comité de pilotage of a Sundgau PEDT with bilingual schools (sundgau68), first run 87.3 / 2.3 / 100
    "questions_heldout49a.tsv",  # r42a: the French of Lyon, Saint-Étienne and the Franco-Provençal country (« ça fait une paye », « pas de pressage, mais … », « c'est pas le tout », « on se rejoint en bas », « quèque chose », « à la bourre », « c'est quand déjà ? », « c'est-y toujours mardi ? », « la Marie-Jo », « le Dédé »), the comité de pilotage of a contrat de ville in the vallée du Gier (gier42), first run 92.3 / 2.7 / 97.4
    "questions_heldout_lead85.tsv",  # w42b wrote it, the lead measured it (90.5 / 5.0 / 97.4; 91.0 / 4.5 relabelled), r42f fixed it to 95.5 / 0 / 97.4: the comité de pilotage of a tiers-lieu numérique and fablab in the Val-de-Marne (fablab94)
    "questions_heldout49b.tsv",  # r42b: the asker's own business (« je suis convoqué mardi ? », « on m'a mis excusé ? », « c'est à moi d'envoyer le PV ? », « qui me remplace ? », « j'ai raté quoi le 19 ? »), the conseil d'administration of an MJC in Ille-et-Vilaine (mjc35), first run 80.4 / 6.25 / 100; r43s raised it to 95.1 / 0.9 / 100
    "questions_heldout_lead86.tsv",  # w43a wrote it, the lead measured it (92.4 / 1.7 / 100; 92.8 / 1.3 relabelled), r43e fixed it to 96.6 / 0.4 / 100: the restricted formation (cellule de veille, groupe opérationnel) of the CLSPD of a town in the Essonne (clspd91)
    "questions_heldout49c.tsv",  # r42c: a condominium in difficulty and its plan de sauvegarde in the field's own words (« le syndic », « le CS », « l'administratrice provisoire du bat C », « l'AG où on a voté la toiture », « la cage 3 », « l'OPAH-CD », « l'ORCOD-IN »), the comité de pilotage of a copropriété's plan de sauvegarde in Seine-Saint-Denis (copro93), first run 81.9 / 4.4 / 100; r43r raised it to 95.2 / 0.4 / 100, r43u to 95.6 / 0.4 / 100
    "questions_heldout_lead87.tsv",  # w43b wrote it, the lead measured it (87.0 / 3.0 / 100; 87.8 / 2.2 relabelled), r43f fixed it to 95.7 / 0 / 100: the commission locale de l'eau of a SAGE in the Doubs and the Jura (sage25)
    "questions_heldout_lead89.tsv",  # w44b wrote it, the lead measured it (87.8 / 2.8 / 100; 89.4 / 1.2 relabelled), fx44b fixed it to 95.1 / 0 / 100: the comité de direction of a réseau d'accueil de jour des enfants in the canton of Vaud (ajevd)
    "questions_heldout_lead93.tsv",  # w45d wrote it, the lead measured it (89.4 / 2.0 / 97.4; 90.2 / 1.2 relabelled), fx46a fixed it to 95.1 / 0.4 / 97.4: the conseil d'administration of a régie de quartier in the Nord (regie59)
    "questions_heldout_lead92.tsv",  # w45c wrote it, the lead measured it (89.6 / 1.9 / 97.5), fx45c fixed it to 95.8 / 0.4 / 100: the commission restauration of a SIVU de restauration scolaire in the Isère (sivu38)
    "questions_heldout_lead95.tsv",  # w46b wrote it, the lead measured it (89.5 / 0.4 / 100), fx46e fixed it to 95.1 / 0.4 / 100: the commission consultative de la jeunesse of a commune of the Nord vaudois (ccjvd)
    "questions_heldout_lead84.tsv",  # w42a wrote it, the lead measured it (83.9 / 3.2 / 94.6; 84.4 / 2.8 relabelled), r42e fixed it, r43s and r43u raised it to 95.4 / 0 / 100: the commission communale des impôts directs of a commune of the Somme (ccid80)
    "questions_heldout_lead54.tsv",  # w31c wrote it, the lead measured it (90.3 / 2.6 / 100), r44t fixed its last confident wrong (96.4 / 0 / 100): an épiceries solidaires network's copil in Gironde (episol33)
    "questions_heldout48c.tsv",  # r41c: is it still on (« c'est toujours jeudi ? », « c'est maintenu ? », « il paraît que le forum est avancé », « c'est toujours avec l'APEC ? »), the organising committee of a departmental job fair in the Loiret (forum45), first run 66.4 / 12.8 / 100; r45s raised it to 95.7 / 0 / 100
    "questions_heldout_lead51.tsv",  # w30c wrote it, the lead measured it (89.1 / 5.2 / 100; 89.1 / 4.7 relabelled), r45r fixed its last confident wrong (95.8 / 0 / 100): a network of secrétaires de mairie in the Haut-Jura (secmairie39)
    "questions_heldout_lead14.tsv",  # the lead's set 14 (tenth round): Villeurbanne's PEdT steering group typed as parents and youth workers type (villeurbanne), first run 86.0 / 3.0 / 97.4 (relabelled), r45r relabelled its last confident wrong to the sets' convention (98.0 / 0 / 100)
    "questions_heldout_lead88.tsv",  # w44a wrote it, the lead measured it (77.4 / 4.4 / 100; 86.7 / 0.8 relabelled), fx44a and r45l raised it, fx46c to 95.2 / 0 / 100: the conseil d'école of a groupe scolaire in the Loiret (ecole45)
    "questions_heldout_lead97.tsv",  # w47a wrote it, the lead measured it (91.0 / 2.3 / 100; 91.8 / 1.6 relabelled), fx47c raised it, fx47c2 to 95.3 / 0.4 / 100: the groupe de suivi of the schéma départemental d'accueil des gens du voyage of the Marne (gdv51)
    "questions_heldout_lead90.tsv",  # w45a wrote it, the lead measured it (87.5 / 4.0 / 97.5; 90.3 / 1.2 relabelled), fx45a raised it, fx46c to 95.2 / 0.4 / 97.5: the conseil d'administration of a centre social et culturel in the Sarthe (centresocial72)
    "questions_heldout_lead94.tsv",  # w46a wrote it, the lead measured it (88.6 / 2.4 / 97.5), fx46a raised it, fx47b to 95.3 / 0.4 / 97.5: the conseil local de santé mentale of a town in the Rhône (clsm69)
    "questions_heldout_lead96.tsv",  # w46c wrote it, the lead measured it (90.1 / 2.8 / 97.6; 90.9 / 2.4 relabelled, on 0c08dc47), fx47a fixed it to 95.2 / 0.4 / 100: the comité de pilotage of a Cité éducative in Seine-Saint-Denis (citeduc93)
)


# Every set is evaluated once (an evaluation asks all its questions anew, which is the suite's longest work):
# the sets fixed after their first run are held to every target, the others to the confident ones.
HELD_OUT = sorted({p.name for p in DATA.glob("questions_heldout*.tsv")} | set(FIXED_AFTER_FIRST_RUN))


def test_every_set_fixed_after_its_first_run_exists() -> None:
    # A name mistyped in FIXED_AFTER_FIRST_RUN would guard nothing.
    assert [name for name in FIXED_AFTER_FIRST_RUN if not (DATA / name).is_file()] == []


@pytest.mark.parametrize("name", HELD_OUT)
def test_a_held_out_set_reaches_its_targets(name: str) -> None:
    # Fixed after their first run, guarded whole: sets 5 to 12b (88.7 %, 90.0 %, 90.2 %, 90.2 %, 86.3 %, 91.7 %,
    # 95.5 %, 82.6 % and 94.0 % at their first run, recorded in their headers), 13 to 13d (formal register, 68.6 %,
    # 73.4 %, 84.6 % and 84.8 %), 14 to 14c (entities, 74.5 %, 91.9 % and 92.9 %), the questions carrying a date
    # (63.6 %), 15e and 15eb (chat register, 83.0 % and 97.0 %), 15g and 15gb (questions carrying a date, 79.2 % and
    # 82.6 %), 15a and 15ab (organisations and places, 86.2 % and 90.5 %), 15c and 15cb (meetings, 66.4 % and
    # 81.1 %), 16e and 16eb (tasks, 51.2 % and 72.4 %), 16h (a stranger's general set, Swiss-French, 89.3 %), 17e
    # and 17eb (a stranger's general set on an Aveyron group, 86.6 % and 87.5 %) and the others listed above reached
    # the targets through general fixes.
    # Written after the code, the others: their share of correct answers is reported (bench/questions_report.py),
    # not tuned for; wrong confident answers and answered chatter must stay under the targets there too.
    rows = load_set(name)
    score = evaluate(build_group(group_of(name)), rows)
    reaches_targets(score, correct=name in FIXED_AFTER_FIRST_RUN)


def test_messages_that_are_not_requests_are_not_answered_with_confidence() -> None:
    # 251 messages of a working group's chat (news of decisions and meetings, questions to other
    # members, general knowledge, thanks, jokes): 98.0 % quiet at its first run, recorded in its header.
    rows = load_set("questions_chatter.tsv")
    assert len(rows) >= 200 and all(intent == "none" for intent, _, _ in rows)
    score = evaluate(build_group(group_of("questions_chatter.tsv")), rows)
    assert score.pct_quiet >= 97.0, "\n".join(score.failures)


def test_elliptic_questions_that_look_like_chatter_reach_the_targets() -> None:
    # « c'est où déjà ? », « la charte, validée ? », « et le trésorier ? »: 88.2 % at the first run.
    rows = load_set("questions_tricky.tsv")
    assert len(rows) >= 40 and all(intent != "none" for intent, _, _ in rows)
    score = evaluate(build_group(group_of("questions_tricky.tsv")), rows)
    reaches_targets(score)


def test_answers_show_what_was_asked(chat: Chat) -> None:
    assert "Sophie Garnier" in chat.say("qui représente Sceaux @GreffierBot ?", private=True)
    assert "Nathalie Lefèvre" in chat.say("Greffier, qui représente le CD92 ?", private=True)
    assert "Séance n°6" in chat.say("la réunion de mars", private=True)
    assert "Dernière séance n°3" in chat.say("la dernière réunion", private=True)
    assert "Aucune tâche en retard." in chat.say("quelles tâches sont en retard ?", private=True)


def test_unsure_offers_readings_and_single_keywords_list_nothing(chat: Chat) -> None:
    for text in ("j'ai pris ma décision, je viens en train", "vous avez vu la décision du Conseil d'État ?",
                 "on a une date pour le pot de fin d'année ?", "date de naissance de Victor Hugo", "merci", "bonjour à tous"):
        reply = chat.say(text, private=True)
        assert "Décision n°" not in reply and "Échéance n°" not in reply and "Séance n°" not in reply, (text, reply)


def test_group_chat_answers_only_when_addressed(chat: Chat) -> None:
    assert chat.reply("le greffier du tribunal a signé", addressed=False) is None
    assert chat.reply("qui représente Sceaux ?", addressed=False) is None
    assert "Sophie Garnier" in chat.say("Greffier : qui représente Sceaux ?", addressed=False)
