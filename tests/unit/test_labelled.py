"""Pinned scores of the rules on the real-news labelled corpus (issue 11): train and dev splits.

``data/labelled/train`` (215 articles) is what rules and the gazetteer may learn
from; ``data/labelled/dev`` (82 articles) is the honest check of each change.
The frozen test split is deliberately absent: it is scored once per design
change by hand and recorded in docs/eval.md, never by a test.  Exact (tp, fp, fn)
of events and of entities are pinned so any change in either direction is seen.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.extract.evaluate import parse_records, score
from policykg.extract.pipeline import extract_articles
from policykg.extract.read import read_paths

LABELLED = Path(__file__).resolve().parents[2] / "data" / "labelled"
# split -> (articles, (events tp, fp, fn), (entities tp, fp, fn))
# xrec (recall): verb_classes.jsonl, "May" / "No. 1" no hedges, quoted decisions in 「」, background facts after
# "following" out of a hedge's reach, "other tariffs" a distinct measure, vowed countermeasures as threats,
# relative clauses take their antecedent as actor, border closures, petitions as requests,
# bare licence nouns:
# train 109/104/108 -> 145/104/72,
# dev 40/36/42 -> 44/36/38.
# merged xact + xrec + xdate + xprec (2026-12-05): train 163/50/54, dev 50/30/32; entities 851/73/54, 204/21/49
# + batches l6_en_global and l7_zh_mixed (71 new articles, same code): train 216/91/101, dev 74/46/49;
# entities 1105/99/141, 301/35/71
# + batch l8_en_linguistics (44 articles): train 247/112/128, dev 96/58/56; entities 1242/123/173, 392/56/94
# + batch l9_zh_world (36 articles): train 267/135/142, dev 98/68/65; entities 1382/135/229, 437/59/122
# + batch l10_en_dates (39 articles): train 297/150/164, dev 109/73/78; entities 1483/151/299, 480/68/144
# + review of l6-l10 (28 label edits, branch lrev): train 295/152/165, dev 110/72/78; entities 1483/151/299, 482/66/143
# + batch l11_en_europe_apac (36 articles): train 318/179/196, dev 124/77/88; entities 1651/167/356, 533/69/159
# + xdate2 (dates: this_morning, clause_tense, fronted_day, news_day, signature_day, anchored_day; entities:
# nearest_owner, firm_descriptor, trade_frame, bare_commission): train events 318/178/196, dates 99 -> 110 of 171,
# entities 1652/164/355; dev events 124/77/88, dates 39 -> 42 of 63, entities 535/67/157
# + xev (approval, threat, probe, deal, statement, control and noun rules): train events 323/183/191,
# dev 135/75/77; on the articles of batches l6-l11, which none of these rules was written from: train +0 tp +5 fp,
# dev +0 tp +2 fp (the gain is on the older articles the rule classes were read from)
# + xent3 agencies (entity_home: domain_owner, home_country, office_title; "&" in ministry names; the
# gazetteer's id word for Taiwan, Korea, Lithuania): train events 325/185/189, entities 1662/160/345;
# dev events 135/75/77, entities 538/66/154
# + xent3 firm_short_form (org:mazda for Mazda Motor Corp) and modifier_item ("steel company", "smartphone
# chips"): train entities 1665/151/342, dev 538/64/154; events unchanged
# + xent3 goods vocabulary (about 100 traded goods by HS section, EN + ZH): train entities 1732/158/275,
# dev 549/75/143; events train 325/191/189, dev 135/76/77 (bare INDUSTRIAL_POLICY nouns, "sugar export
# subsidies", "the decree ... to ensure an adequate sugar supply", take the new goods as their items)
# + xent3 people (quote_attribution, role_appositive, role_title): train entities 1743/159/264, dev 551/75/141;
# events train 325/192/189 ("Adviser X recently hinted at expanding export control": the hedge "hinted" is
# not one of the event rules', and the named adviser is now an actor), dev unchanged
# + xent3 firms by context (firm_descriptor_noun, outlet_source, firm_coordination; "DK Corp." keeps its
# suffix): train entities 1758/158/249, events 326/191/188; dev unchanged
# + xent3 modifier_item heads (tools, policies, training, models, "-based"): train entities 1758/156/249
# + xent3 person_gloss (总理莫里森（Scott Morrison）): train entities 1762/156/245
# + xent3 blocs (African Union, Mercosur, CPTPP, ECOWAS, GCC; bloc codes up to 8 letters): train entities
# 1766/156/241
# + xent3 firm_of_country ("Food Corporation of India"), a lower-case "ministry of commerce" is no longer China's
# by default (home_country; a bare "ministry" is never the US's): train entities 1767/154/240
# + xev3 restatements (restatement.restated_day, effect_of_measure): train events 323/183/191 -> 323/180/191,
# dev 135/75/77 -> 135/74/77
# + xev3 subjects (roles: Chinese private nouns 企业 / 果农 matched without a word boundary; 应X申请 puts X out
# of the subject): train 323/180/191 -> 324/176/190, dev 135/74/77 -> 136/69/76
# + xev3 goods_of_origin ("cheap Chinese imports" is no subject): train 324/176/190 -> 325/175/189, dev same
# + xev3 verb classes ("border closure" noun, passive "exports of X were banned", "banned rice exports"):
# train 325/175/189 -> 328/175/186, dev 136/69/76 -> 140/70/72 (dev entities 535/67/157 -> 536/67/156)
# + xev3 verb classes (revoking most-favoured-nation status is a TARIFF impose; "instituted" introduces a
# measure): train 328/175/186 -> 331/175/183, dev unchanged
# + xev3 Chinese import classes (开放 / 放开 / 恢复…进口 lift, 限制…进口 impose; 恢复…进口关税 is no reopening):
# train 331/175/183 -> 334/176/180, dev unchanged
# + xev3 purpose_rules (purpose_infinitive "the aim … is to reduce", advocated_act "pushed to lift"):
# train 334/176/180 -> 334/174/180, dev unchanged
# + xev3 topic_chain (对…的调查期限，由…延长至…: a Chinese topic clause and its comment are one statement):
# train 334/174/180 -> 335/174/179, dev unchanged
# + xev3 relief_rules.ended_relief (终止关税减让, "suspended preferential tariffs": ending a tariff relief is
# impose): train 335/174/179 -> 336/172/178, dev unchanged
# + xev3 relief_rules.negated_levy (不予征收 / 不再…加征 lift; a provision's 不征收 is no act):
# train 336/172/178 -> 336/171/178, dev unchanged
# + xev3 restatement.effect_of_prior_act ("This action bans …" tells what the act just stated does):
# train 336/171/178 -> 336/169/178, dev unchanged
# + xev3 roles.passive_patient (the subject of 被 is no actor): train 336/169/178 -> 337/169/177, dev unchanged
# + merge of xdate3, xent3, xev3 (lead)
# + xmiss recall classes (re-imposing, "hit X with duties", 禁止从…进口, MOU, 签订…协定, 达成一致, 接受…承诺, "a 25% tax
# on", "to tax imports", firms' trade-remedy complaints): train 340/177/174 -> 349/180/165, dev 140/71/72 -> 141/71/71
# + xmiss background.past_month (a background act dated by a month only, "tariffs … imposed in early April", is a
# past act, not dropped): train 349/180/165 -> 350/180/164, dev unchanged
# + xmiss light verbs ("apply a surtax", "sets quotas"), "increasing", "abolition" / "rollback":
# train 350/180/164 -> 351/180/163, dev 141/71/71 -> 141/70/71
# + xmiss classes (money "committed" / "pledged", "accession", "blocked the sale of X to", goods put under the
# "restricted" / "prohibited" category): train 351/180/163 -> 352/180/162, dev unchanged
# + xmiss "hit X—…—with duties" across dashes; "it may be recalled / noted that" is no hedge: train 352/180/162 ->
# 353/180/161, dev unchanged
# + xmiss noun_rules.headline_ban_type (a bare "ban" whose sentence names no trade flow takes the headline's):
# train 353/180/161 -> 355/181/159, dev unchanged
# + xmiss Chinese impose verbs 施加 / 祭出: train 355/181/159 -> 356/181/158, dev 141/70/71 -> 142/70/70
# + xmiss 提交…价格承诺申请 is a TARIFF request, not an export-licence application: train 356/181/158 -> 358/179/156,
# dev unchanged
# + xmiss export quotas ("export quotas", "a quota on … exports", 出口配额) are EXPORT_CONTROL: train 358/179/156 ->
# 359/178/155, dev unchanged
# - xmiss light verbs dropped again: intransitive "applies" made "the ban still applies" an act (its dev fp -1 was
# luck); transitive "apply a surtax" / "sets quotas" moved nothing: train unchanged, dev 142/70/70 -> 142/71/70
# - xmiss ablation of its own rows: rows that moved nothing dropped (re-imposing, 禁止从…进口, "MOU", "accept",
# money "committed", "blocked the sale of", export categories, "it may be recalled"); 接受…承诺 dropped (net fp):
# train 359/178/155 -> 359/177/155, dev unchanged
# + xent4 surname_coreference ("Mr. Ford" after "Premier Doug Ford"): train entities 1767/154/240 -> 1767/152/240,
# dev unchanged
# + xent4 title_of (a "for" inside the domain; "minister for foreign affairs X", lower-case ministry words):
# train entities 1767/152/240 -> 1769/152/238, dev unchanged
# + xent4 firm_suffix (a firm mention takes the corporate words after it, so a list walk goes on; trailing
# "Technology" is not judged as a ministry word): train entities 1769/152/238 -> 1771/153/236, dev unchanged
# + xent4 zh_title_name (外交部发言人赵立坚 -> person:zhao_lijian, pinyin of Mainland names after an office title,
# not for another state's office): train entities 1771/153/236 -> 1775/153/232, dev 552/75/140 -> 556/75/136
# + xent4 outlet_source at a sentence start ("According to The Japan Times"): train entities -> 1776/153/231,
# dev unchanged
# + xent4 firm_listing ("ASX-listed BlueScope Steel"): train entities -> 1777/153/230, dev unchanged
# + xent4 credits.photo_bracket ("(Name/AFP/Getty Images)", 图/达志影像美联社): train entities -> 1777/151/230,
# dev unchanged
# + xent4 home_country counts an agency's state ("DGTR ... the commerce ministry" is India's): train entities
# -> 1778/150/229, events 340/177/174 -> 340/176/174, dev unchanged
# + xent4 capitals as governments (Pyongyang, Tehran, Hanoi, Minsk, Vilnius ... 18 rows): train entities
# -> 1779/150/228, dev unchanged
# + xent4 ministries: "Agricultural" is a form of the agriculture domain ("the agricultural ministry"): train
# entities -> 1780/150/227, dev unchanged
# + xent4 bare_commission also for "the Council" (the Council named before, else the Council of the EU):
# train entities -> 1781/150/226, dev unchanged
# + xent4 gazetteer: "auto components" / 汽车零配件 are auto parts, "negotiating chip" is a stop row: train entities
# -> 1783/149/224, dev unchanged
# + xent4 modifier_item over a bracketed acronym ("artificial intelligence (AI) chips"): train entities
# -> 1783/148/224, dev unchanged
# + xent4 application_list (goods listed as the sectors another good is used in: "used in the natural gas,
# shipbuilding and display sectors", 运用于…陶瓷、玻璃等领域): train entities -> 1783/141/224, dev 556/75/136 -> 556/74/136
# + xent4 modifier_item before "strikes" / "attacks" ("drone strikes"): train entities -> 1783/140/224, dev unchanged
# + xent4 role_title in capitals ("SENATE PRESIDENT Francis G. Escudero"): train entities -> 1784/139/223, dev unchanged
# + xent4 firm_predicate_list ("Gerdau, Usiminas, CSN and ... Ternium are some of Brazil's largest steelmakers"):
# train entities -> 1789/139/218, dev unchanged
# + xent4 agency_descriptor ("agricultural watchdog Rosselkhoznadzor"); capitals trimmed to those rarely a venue
# (Kuala Lumpur, Bangkok, Jakarta, Manila out): train entities -> 1790/139/217, dev unchanged
# + xent4 corporate suffix not before an office title or a bill ("Primary Industries Minister", "... Mining bill"):
# train entities -> 1790/137/217, dev 556/74/136 -> 556/73/136
# + xent4 short and former country names (Sao Tome, Bosnia, Trinidad, Macedonia, Swaziland, Cape Verde ...):
# train entities -> 1791/137/216, dev unchanged
# + merge of xdate4, xmiss, xent4 (2026-12-06): train events 359/176/155, entities 1791/137/216; dev events
# 142/71/70, entities 556/73/136
# + xrole roles._COMPOUND ("Australian-owned X": no actor, no target): train 340/177/174 -> 341/176/173, dev unchanged
# + xrole coref.office_first (inherited actors led by an office holder: his state first):
# train 341/176/173 -> 342/175/172, dev unchanged
# + xrole event_rules.prolonged_suspension (a time adjunct before the object; an extended cut):
# train 342/175/172 -> 343/174/171, dev unchanged
# + xrole threat_scope.reserved_right (acts in the scope of "reserves the right to", 保留…的权利 are threatened):
# train 343/174/171 -> 343/173/171, dev unchanged
# + xrole quota_rules.export_quota ("export quotas", 出口配额 are EXPORT_CONTROL): train 343/173/171 -> 344/172/170,
# dev unchanged
# + xrole coref.decision_owner ("concerned about China's decision to tighten", 对中国加强…的决定感到关切):
# train 344/172/170 -> 344/171/170, dev unchanged
# + xrole refusal_rules (a refused proposal is the refuser's reject): train 344/171/170 -> 345/170/169, dev unchanged
# + xrole coref.main_explicit (inherit the actor of the previous sentence's main clause, not of an adjunct):
# train 345/170/169 -> 346/169/168, dev unchanged
# + xrole coref.titled_state (an office holder acts for the state his title names: "British Foreign Secretary X"):
# train 346/169/168 -> 347/168/167, dev unchanged
# + xrole exemption_rules.tariff_exemption (exempting goods or countries from a tariff is suspend):
# train 347/168/167 -> 349/168/165, dev unchanged
# + xrole truce_rules (a "tariff truce", 关税休战 is TARIFF suspend, prolonged extend; not a TRADE_DEAL):
# train 349/168/165 -> 351/167/163, dev unchanged
# + xrole licence_rules (a ban lifted by a licence, 必须获得…颁发的许可: EXPORT_CONTROL impose):
# train 351/167/163 -> 351/166/163, dev unchanged
# + xrole coref.headline_actor (a target-only headline: the body's most named free state) and refusal_rules
# (a refused possessive object of up to five words): train 351/166/163 -> 352/165/162, dev unchanged
# + xrole exemption_rules: a removal verb on the exemption is no suspend (tried: an exempting verb is suspend
# however far its tariff, train 352/165/162 -> 353/164/161 but heldout e 37/3/3 -> 36/4/4: dropped): unchanged
# + merge of xrole: train events 370/165/144, dev unchanged (142/71/70)
# + xfp stance_rules.stance_not_act ("hinted at", "pledged to", "lobbying … to get X to"): train 340/177/174 ->
# 340/172/174, dev unchanged
# + xfp stance_rules.still_in_place ("remain paused", "already under US sanctions"): train 340/172/174 -> 340/170/174,
# dev unchanged
# + xfp stance_rules.deal_as_frame ("goods covered by the CUSMA", "under intergovernmental agreements"):
# train 340/170/174 -> 340/165/174, dev unchanged
# + xfp stance_rules.subsidy_in_finding ("disputes over sugar subsidies", "finds X's subsidy inconsistent"):
# train 340/165/174 -> 340/158/174, dev 140/71/72 -> 140/70/72
# + xfp stance_rules.generic_statement ("generally involves", 普遍对其实施管制): train 340/158/174 -> 340/156/174,
# dev unchanged
# + xfp stance_rules.zh_conditional (若…,将…: the consequent of a Chinese conditional clause): train 340/156/174 ->
# 340/155/174, dev unchanged
# + xfp modality.modifier_of_other_noun heads of findings (调查的初步裁定, "investigation reports"):
# train 340/155/174 -> 340/154/174, dev unchanged
# + xfp stance_rules.framing_programme ("a ban … as part of economic sanctions"): train 340/154/174 -> 340/153/174,
# dev unchanged
# + xfp restatement.rate_schedule (其他公司则被征收62.4%: a firm group's rate line is the duty's schedule):
# train 340/153/174 -> 340/151/174, dev unchanged
# + xfp restatement.effect_of_prior_act ("The Entity List designation limits … by requiring …"): train 340/151/174
# -> 340/150/174, dev unchanged
# + xfp stance_rules.remit_statement ("Among the attributions of X are …", "oversees the regulation of"): train
# 340/150/174 -> 340/149/174, dev unchanged
# + xfp stance_rules.market_view (证券表示…: a brokerage's market view): train 340/149/174 -> 340/148/174, dev unchanged
# + xfp stance_rules.left_out_measure ("will exclude tariffs on steel"): train 340/148/174 -> 340/147/174, dev unchanged
# + xfp stance_rules.firm_business ("the company suspended sales"): train 340/147/174 -> 340/145/174, dev unchanged
# + xfp stance_rules.deal_names_tariff (终止《…协议》内…的关税减让: the deal's title names the concessions):
# train 340/145/174 -> 340/143/174, dev unchanged
# + xfp stance_rules.concluded_probe (结束了反补贴调查, "concluded its investigation"): train 340/143/174 ->
# 340/142/174, dev unchanged
# + xfp stance_rules.request_not_filed ("would continue to seek an exemption"): train 340/142/174 -> 340/141/174,
# dev unchanged
# + xfp modality.modal_before_verb (并得停止出口许可: the permissive modal before a verb that precedes its noun):
# train 340/141/174 -> 340/140/174, dev unchanged
# + xfp stance_rules.notice_of_ruling (发布公告,公布…调查的初步裁定: a notice of a ruling is no probe launched):
# train 340/140/174 -> 340/137/174, dev unchanged
# + xfp modality.named_standard reaches 20 characters after 按照 / 根据 (按照两国元首…会晤共识和…会晤共识): train
# 340/137/174 -> 340/136/174, dev 140/70/72 -> 140/69/72
# + xfp stance_rules.zh_conditional also reads 在…之前 (在…达成协议之前: not yet taken): train 340/136/174 ->
# 340/135/174, dev unchanged
# + xfp stance_rules.avoided_measure ("proposals to avoid duties on EVs"): train 340/135/174 -> 340/134/174, dev
# unchanged
# + xfp stance_rules.reaction_object (对…的决定感到关切 / 表示不满): train 340/134/174 -> 340/132/174, dev unchanged
# + xfp stance_rules.notice_of_event_phrase (发布公告,宣布有条件恢复…进口: the notice is the vehicle of the event
# phrase): train 340/132/174 -> 340/131/174, dev unchanged
# + xfp stance_rules.threat_of_other ("a threat of shortage …, and … imposed export restrictions"): train
# 340/131/174 -> 340/130/174, dev unchanged
# + xfp classes widened: demonstrative_restatement 此类措施, avoided_measure 回避, still_in_place "had been subject to":
# train 340/130/174 -> 340/128/174, dev 140/69/72 -> 140/68/72
# + merge of xfp: train events 369/119/145 (one true event lost in the merge), dev 142/68/70; reaction_object
# dropped for coref.decision_owner (one design for a decision named as the object of a reaction): train fp 119 -> 120;
# avoided_measure leaves a refused proposal to refusal_rules (train tp 369 -> 370); request_not_filed leaves "reserves
# the right to" to threat_scope (one design; the two applications of one train article now merge into one threaten:
# train tp 370 -> 369)
# + xmerge distinct_acts (another act of the same actor, type and action stays apart): added_act train 369/120/145
# -> 370/120/144, another_time -> 375/121/139, earlier_act -> 376/121/138; dev unchanged 142/68/70 by each
# + the learned re-scorer on (make train on the stop-12 rules: dev 142/68/70 -> 142/65/70, the frozen test split
# 165/110/127 -> 165/107/127; train is in-sample for it): train 376/121/138 -> 372/112/142
# + xitem: chipmaking equipment is item:semiconductor_equipment (its patterns merged; the forms generated as
# {semiconductor, chip, chipmaking, wafer fab} x {equipment, tools, machines, machinery}, 芯片/晶圆…设备):
# train entities 1791/137/216 -> 1795/134/212, dev 556/73/136 -> 558/71/134; events unchanged
# + xitem entity_items.process_subtype ("galvanised steel" is item:galvanized_steel, "parboiled rice"
# item:parboiled_rice): train entities -> 1802/135/205, dev unchanged 558/71/134, events unchanged
# + xitem entity_items.head_anaphora ("electric vehicles ... the vehicles" is no item:automobiles):
# train entities -> 1802/132/205, dev 558/71/134 -> 558/70/134, events unchanged
# + merge of xitem (after the re-scorer): train entities 1802/132/205, dev 558/70/134; events unchanged
# + xmerge2 distinct_acts: added_act after a fronted time adjunct and before a verb of issuing (当天稍早时,…还发布了
# …的公告): train events 372/112/142 -> 373/112/141; dated_modifier ("restrictions announced in May"): -> 375/112/139;
# dev unchanged 142/65/70 by each
# + xmerge2 distinct_acts.coordinated_act ("blacklisted three firms and targeted a congressman": a second act verb
# coordinated in one sentence, aimed at other parties): train 375/112/139 -> 376/112/138, dev 142/65/70 -> 143/65/69
# + xmerge2 distinct_acts.widened_measure (expanding / tightening / 扩大 a measure stated before is an act of its
# own): train 376/112/138 -> 377/112/137, dev unchanged 143/65/69
# + xmerge2 dated_modifier reads 原本 / 原先 ("原本对中国商品实施的10%关税", the tariff as first imposed): train
# 377/112/137 -> 378/112/136, dev unchanged 143/65/69
# + xmerge2 probe_rules.split_plural_probe reads any preposition of the plural's object ("probes against the EU's
# brandy and a chemical"): train 378/112/136 -> 379/112/135, dev unchanged 143/65/69
# + xent5 gazetteer intergov.jsonl (UN specialized agencies and related organisations, WOAH, Codex, IPPC): train
# entities 1802/132/205 -> 1805/133/202, dev 558/70/134 -> 559/70/133; events unchanged
# + xent5 gazetteer gov_hkg.jsonl (the HKSAR's fifteen policy bureaus and its trade and food-import departments):
# train entities -> 1809/135/198, dev unchanged 559/70/133; events unchanged
# + xent5 entity_agencies.zh_office_holder (香港保安局局长李家超: the office, no Agency): train entities
# -> 1808/133/199, dev 559/70/133 -> 559/69/133; events unchanged
# + xent5 entity_rules.name_particle ("Abdulla bin Touq Al Marri", "von der", "da") and _domain_lead (no domain word
# opens the name): train entities -> 1809/132/198, dev unchanged 559/69/133 (suspect: dev moved by 0); events unchanged
# + xent5 ministries.jsonl domains revenue and economy_and_finance (Korea's finance ministry is its MOEF): train
# entities -> 1811/131/196, dev unchanged 559/69/133 (suspect: dev moved by 0); events unchanged (train date acc
# 160 -> 158 of 187: the scorer's tie-break pairs two same-item duty events of one article the other way round)
# + xent5 gazetteer trade_remedy.jsonl (the trade-remedy investigating authorities of the main users of anti-dumping):
# train entities -> 1813/131/194, dev 559/69/133 -> 560/69/132; train events 372/112/142 -> 373/112/141, dev unchanged
# + xent5 entity_context.enumerated_pair (中、菲 is a pair like 中菲; 中美、中欧 two pairs): train entities
# -> 1814/131/193, dev unchanged 560/69/132 (suspect: dev moved by 0); events unchanged
# + merge of xmerge2 and xent5 (additive): train events 380/112/134, entities 1814/131/193; dev events 143/65/69,
# entities 560/69/132
# + xdate5 date forms (numeric_day, relative_month 上月/下月, future_start, zh_range, day_only_start, anchored
# "a day later", end/expire-at window cues; tests/unit/test_date_forms.py): events unchanged, dates unchanged
# + xdate5 event_dates.subject_day ("X on Tuesday decided to impose A and B"): train date acc 160/187 -> 161/187,
# dev unchanged 55/68; events unchanged
# + xdate5 announcement_day.issued_act ("The decision came out on Monday", "The decree was signed on Tuesday"):
# train date acc 161/187 -> 162/187, dev unchanged 55/68; events unchanged
# + xdate5 event_cues.REPORTED reads a time of day after the reporting verb ("announced Monday night that it
# would"): train and dev unchanged
# + xdate5 event_dates.reported_past (a past act with a time of its own, "imposed curbs in July, the ministry said
# on Tuesday", takes no day of saying): train and dev unchanged
# + xdate5 trailing_statement.dated_source ("…, according to a notification dated Nov. 20"): train and dev unchanged
# + xdate5 date_tense.zh_said (商务部5月20日发布公告 in a March article is the past May): train and dev unchanged
# + xdate5 date_tense.publication_skew (a past day at most two days after publication is that day): train and dev
# unchanged
# + xdate5 dates.past_end ("expired on January 31" in a March article is the past January): train and dev unchanged
# + xdate5 day_only publication_skew (16日 in a paper stamped the 15th is the 16th): train and dev unchanged
# + xdate5 date_tense.effect_day ("The tariffs take effect on Oct. 15" in July, 10月15日生效: a start ahead, not
# last October): train and dev unchanged
# + xdate5 date_relative.headline_start (今起 / 明起 / 即起 实施): train and dev unchanged
# + xdate5 date_usable.dispatch_weekday (a past weekday of a dispatch lies on or before its dateline): train and
# dev unchanged
# + xdate5 event_dates.city_dateline ("New Delhi, Aug 21: … today"): train and dev unchanged
# + xdate5 export_halt (types.jsonl) skips an export measure noun ("suspended its export ban / duty" is the
# measure's suspend, not a halt): train and dev unchanged
# + xdate5 "starting in / beginning in" are start cues and merge.start_year (a ban "starting in June 2023" is not
# one "since January 1, 2020"): train 372/112/142 -> 373/112/141 (date 162/187 -> 163/188), dev unchanged
# + merge of xdate5 (additive): train events 381/112/133 (date 163/191), dev unchanged 143/65/69
# + xfp2 restatement.effect_predicate / referent_effect ("Collection of tariffs … will start September 24",
# "The tariff increase took effect …": when a measure stated before applies): train 372/112/142 -> 372/110/142, dev
# unchanged 142/65/70
# + xfp2 restatement.generic_lead (a state's measure first named by a generic noun, "中国的反制措施", is the one a
# later statement names specifically): train 372/110/142 -> 372/108/142, dev unchanged 142/65/70
# + xfp2 credits.dateline_place (中评社北京9月18日电: the place a dispatch was filed from is no entity and no subject):
# train 372/108/142 -> 372/107/142, dev unchanged 142/65/70, entities unchanged
# + xfp2 hedges: a belief ("believes") and a claim passed on without its source (据报 / 据称 / 据传 / 传闻 / 据信):
# train 372/107/142 -> 372/105/142, dev unchanged 142/65/70 ("reportedly", "allegedly" tried and dropped: dev tp -1)
# + xfp2 distinct_acts.past_statement (此前 opening a relative clause on the object of 将 / 把 makes no past act):
# train 372/105/142 -> 372/104/142, dev unchanged 142/65/70
# + xfp2 gazetteer row 中共 = CHN (中共当局宣布取消…关税减让 was Taiwan's act): train 372/104/142 -> 374/105/140,
# dev unchanged 142/65/70, entities unchanged
# + xfp2 modality.named_standard reads "conform with / to"; stance_rules.remit_statement reads the remit up to the
# measure noun ("ARECOMS, established in 2019, oversees the regulation of …"): train 374/105/140 -> 373/103/141 (the
# tp lost was a remit statement matched by chance), dev unchanged 142/65/70
# + xfp2 claim_rules (unnecessary_measure 征收…已无必要, recommended_measure "to recommend imposing duties",
# regime_description "The Entity List subjects exporters to …"): train 373/103/141 -> 372/100/142 (the tp lost was a
# generic "recommendations for imposition … are forwarded" matched by chance), dev unchanged 142/65/70
# + xfp2 event_rules.named_law_as_basis reads a numbered provision after "under" ("under Section 232 of …") and a law
# after a state's possessive ("of the US' Trade Expansion Act"): train 372/100/142 -> 372/98/142, dev unchanged
# + xfp2 roles._PRIVATE reads organizations / entities / institutes / universities ("the Chinese organizations added
# to the Entity List" are listed parties, not China): train 372/98/142 -> 372/97/142, dev unchanged 142/65/70
# + xfp2 hedge 寻求 + a verb of acting (正在寻求同时发布…新规: an aim): train 372/97/142 -> 372/96/142, dev unchanged
# (the English "seeks to" tried: no change on train or dev, dropped)
# + xfp2 types.jsonl: a bare "memorandum" is no deal noun (a presidential memorandum is a directive; "memorandum of
# understanding / cooperation" stay): train 372/96/142 -> 372/95/142, dev unchanged 142/65/70
# + xfp2 claim_rules.diplomatic_agreement (双方就两国关系正常化达成一致, "agreed to normalize relations": diplomacy,
# no trade deal): train 372/95/142 -> 372/94/142, dev unchanged 142/65/70
# + xfp2 claim_rules.firm_deal ("the companies said they had signed a memorandum": business): train 372/94/142 ->
# 372/93/142, dev unchanged 142/65/70
# + xfp2 claim_rules.deal_at_risk (中美贸易休战协议岌岌可危, "the truce is in jeopardy": a deal in place): train
# 372/93/142 -> 372/92/142, dev unchanged 142/65/70
# + xfp2 modality.modifier_of_other_noun reads 截止时间 / 截止日期 / 到期日 (暂停加征关税措施截止时间另行通知: the pause's end
# date, no second pause): train 372/92/142 -> 372/91/142, dev unchanged 142/65/70
# + merge of xfp2 (additive): train events 381/91/133, dev unchanged 143/65/69
# + xaction noun_rules.directive_is_vehicle (a decree whose clause has a generic measure noun with its own strong verb,
# "signed a decree lifting its restrictions on imports", carries that act): train 372/112/142 -> 372/111/142, dev same
# + xaction refusal_rules.refused_advice ("rejected the recommendations … for the continuation of duties" is the
# refuser's reject, not a rejected measure dropped): train 372/111/142 -> 373/111/141, dev same
# + xaction refusal_rules.declined_remedy ("decided / chose not to impose anti-dumping duties" is the authority's
# reject, not a truce's suspend): train 373/111/141 -> 374/110/140, dev same
# + xaction gerund_rules.gerund_agent (the state right before an -ing act verb after a preposition is its subject,
# "in response to the US delaying its tariffs"): train 374/110/140 -> 376/110/138, dev same
# + xaction threat_rules.readiness_threat ("would be prepared to cut off exports") and conditioned_act ("will impose
# … if no deal is reached") are threaten, their hedge being the threat's frame: train 376/110/138 -> 377/110/137, dev same
# + xaction aspect_classes.jsonl (lift: "allowed the ban to expire"; TARIFF: "compensatory quotas") and
# noun_rules.anaphoric_ban ("this ban" keeps the type of the ban before it): train 377/110/137 -> 378/109/136, dev same
# + xaction aspect_classes.jsonl threaten (deliberation: 正研究采取…措施, 考虑采取, 不排除采取): train 378/109/136 ->
# 379/108/135, dev same
# + xaction modality.modifier_of_other_noun institution heads (出口管制当局 / 机构 / 机关 / 人员 name a body, not an
# act): train 379/108/135 -> 379/107/135, dev same
# + xaction gazetteer: Brazil's Foreign Trade Chamber (Gecex/Camex, org:gecex_camex), an actor of tariff acts the train
# split names: entities train 1802/132/205 -> 1804/132/203, dev 558/70/134 -> 560/70/132; events unchanged
# + xaction aspect_classes.jsonl suspend (granting or offering tariff exclusions / exemptions / waivers keeps the tariff
# and lets some off): train 379/107/135 -> 380/107/134, dev same
# + xaction exemption_rules.tariff_exemption reads the exemption verb anywhere in the clause (the 80-character limit
# dropped): train 380/107/134 -> 381/106/133, dev same
# + xaction action_rules.scope_extension also reads "extended <the measure> to <a party>" (impose) and
# participle_rules.attributive_operation ("the extended export bans …" restates, no act): train 381/106/133 ->
# 381/105/133, dev 142/65/70 -> 142/64/70 (the veto alone: train unchanged, dev fp -1; the scope reading alone: 0/0)
# + xaction participle_rules.attributive_operation also reads "threatened" after a preposition or a determiner
# ("to back off threatened steep tariffs": someone else's threat, named): train 381/105/133 -> 381/104/133, dev same
# + xaction pairing: a verb + 的 before a topic noun modifies it and the comment's verb after the noun acts on it
# (…征收的临时关税将不予征收 is the duty's lift, not a background levy): train 381/104/133 -> 382/104/132, dev same
# + merge of xaction (additive with xfp2 on two rows of modality._MODIFIED_HEAD): train events 391/83/123,
# entities 1816/131/191; dev events 143/64/69, entities 562/69/130
# + make train on the merged stop-13 rules: the re-scorer's cross-validation on train picks threshold 0.05 (it drops
# nothing the rules keep) and its dev check does not rise, so it is written "enabled": false: train events
# 391/83/123 -> 394/90/120, dev 143/64/69 -> 143/67/69 (rules alone; the stale stop-12 artefact no longer ships)
# + tools/gen_countries.py reads pycountry's zh_TW and zh_HK names too (纽西兰, 义大利, 沙乌地阿拉伯, 沙地阿拉伯, 肯亚 ...,
# converted to Simplified as articles are; ambiguous short forms such as 乔治亚 left out): train entities
# 1816/131/191 -> 1816/132/191 (Italy in a list of countries the labeller left out), dev 562/69/130 -> 563/69/129
# + xentforms: gov_can.jsonl (Canada's federal bodies named "X Canada": Global Affairs Canada, Finance Canada,
# Statistics Canada ...): train entities 1816/132/191 -> 1817/132/190, dev unchanged
# + xforms verb classes {PROHIBIT} / {HALT} written once (verb_forms.jsonl): every ban / halt pattern takes bar,
# outlaw, block, froze …; "ban <goods> exports" and the passive "exports … were banned": train same, dev 143/67/69 -> 144/67/68
# + xforms roles: 被 no longer puts the mention after it out of the subject (the agent of 华为被美国列入… is the actor):
# train same, dev same (0/0: kept as a grammatical fix of the trigger-forms table)
# + xforms threat_rules.warned_future ("warned (that) it would impose": the backshifted "would" frames the threat):
# train same, dev same (fires in neither split)
# + xforms verbs made of a measure noun (verb_forms.jsonl: blacklisted / to blacklist, froze the assets of, {PROBE}
# … imports / subsidies / dumping) and the passive "imports of … were banned": train same, dev 144/67/68 -> 145/67/67
# + xforms reported modality: "said it may / might / could" keeps its hedge (event_cues.EPISTEMIC), "called on X to
# V" hedges (hedges.jsonl): train same, dev same (neither fires in the two splits)
# + xforms event_rules.PROLONGED_AFTER (the pause as subject: "the pause … was extended", 暂停期延长), hedges
# "allegedly" / "did not rule out" / 不排除: train same, dev same ("reportedly" as a hedge: dev 145/67/67 ->
# 144/67/68, dropped; "extension" in the prolong frame: train fp +1, dropped)
# + xforms export_restricted passive takes the perfect ("exports … have been restricted"): train same, dev same
# (with "will be" too: train fp +1, dropped)
# + xforms gerund_rules.fronted_subject ("By / After imposing …, the United States …": the main clause's subject):
# train same, dev same (fires in neither split)
# + xforms events._passive reads the participle ending on the first word of a phrasal action ("is carrying out",
# "is rolling out" are active, not "-ut" participles): train same, dev same (fires in neither split)
# + xforms threat_rules.conditioned_act in Chinese (将 / 会 + act, 若 / 如果 / 除非 after it: threaten): train same,
# dev 145/67/67 -> 146/66/66 (若 as a clause hedge besides: dev tp -1, dropped)
# + xforms "put <object of up to 8 words> on hold" in the suspend class: train same, dev same (fires in neither)
# + xforms "licensed exports / sales" as EXPORT_CONTROL approve (verb_forms.jsonl): train same, dev same
# + merge of xentforms and xforms (additive): train events 394/90/120, entities 1817/132/190; dev events 146/66/66,
# entities 563/69/129
# + xforms2 type_forms.jsonl, the restriction verb class on imports ("restricted imports of"): train same, dev 146/66/66 -> 147/66/65
# + xforms2 type_forms.jsonl, 对…进行 + a trade-remedy probe noun (进行期终复审调查) as INVESTIGATION: train 394/90/120 -> 395/90/119, dev same
# + xforms2 type_forms.jsonl, other rows of test_type_forms.py (冻结…资产, "export rule", reopened market, committed to buy,
# requiring exporters to obtain licences, local-content rules, countermeasures against firms, state stakes, "pledged" money,
# price undertakings accepted / rejected, approving imports, barring from infrastructure, withdrawal from a deal): train same,
# dev same ("resumed exports" as EXPORT_BAN lift: train and dev fp +1, dropped; TRADE_DEAL lift or approve in
# pairing.ALLOWED: train fp +1, dropped; 接受…价格承诺 as approve: train fp +1, dropped)
# + xforms2 type_forms.jsonl, 取消对…企业的反制措施, 设立…投资基金, "banned purchases of": train same, dev same (收取港务费 as
# TARIFF: train same, dev same, but held-out set d fp +1, dropped)
# + xforms2 申请豁免…关税 as TARIFF request (export_application's 申请…豁免 leaves it when 关税 follows): train same, dev same
# + xforms2 moratorium as a ban noun, revoking export licences (撤销出口许可) as EXPORT_CONTROL impose, tightening scrutiny
# of exports, a government taking control of a named firm (SANCTION): train same, dev same ("phase out" as lift: train fp +1, dropped)
# + xforms2 the halt verbs of export_halt / purchase_halt skip a measure noun between ("suspended its ban on exports of"
# is the ban's suspend, not a new halt): train same, dev 147/66/65 -> 148/66/64
# + xforms2 保障措施 as a TARIFF noun: train same, dev same
# + xforms2 threat_rules.warned_future reads an event phrase as the reported act ("warned it would restrict … exports"):
# train same, dev same
# + xforms2 the passive of the resuming verbs ("imports of seafood were resumed") as IMPORT_RESTRICTION lift: train same,
# dev same
# + l12 batch added -> new figures: batch l12_world_mixed (55 articles; train +26, dev +12): train events
# 395/90/119 -> 418/111/139, entities 1817/132/190 -> 1950/178/260; dev events 148/66/64 -> 157/75/73, entities
# 563/69/129 -> 629/88/163
# + xprec6 continuing_rules ("continues to ban", "still bans", 维持…禁令, "is still in force", 仍然有效): train same, dev
# same (Chinese aspect markers 持续/仍 before the verb: train fp -2, dev tp -1, dropped); forecast_rules (another
# state's speaker saying what the actor will do): train same, dev same; notice_of_event_phrase in one English clause
# ("published a notice … announcing the inclusion of"): train 395/90/119 -> 395/89/119, dev same
# + xprec6 purpose_rules.pursued_removal ("seeking the removal of", "pushed for an end to", "demanded the withdrawal
# of"): train 395/89/119 -> 395/88/119, dev same (Chinese 寻求/争取 + a clause left out: it drops the seeker's request)
# + xprec6 modality.zh_power_modal (商务部可对…实施, 有权对…加征): train same, dev same
# (business_rules, a firm noun as subject ("Russia's refineries declared force majeure, halting supplies"): train tp -1,
# dev same, dropped; a generic "restrictions" merged into a ban of the same actor: train tp -3, dropped)
# merge xprec6 onto the l12 splits: train 418/111/139 -> 418/108/139, dev 157/75/73 -> 157/74/73 (entities same)
# + xparse6 parse_roles (read only with --model en_core_web_sm): these rules-only pins unchanged; with the model
# train events 395/91/119 -> 395/90/119, dev 148/66/64 -> 150/66/62 (rules alone: 395/90/119, 148/66/64)
# + xent6 zh/goods_cedict.jsonl (Chinese synonyms of the goods from CC-CEDICT, tools/gen_zh_goods.py): train same, dev
# entities 563/69/129 -> 564/68/128
# + xent6 entity_items.form_head (a metal or material before the noun of its traded form: nickel ore, dysprosium
# oxide, steel plates, 稀土矿): train entities 1817/132/190 -> 1818/134/189, dev 564/68/128 -> 566/69/126; events same
# + xent6 entity_items.zh_compound_head (稀土 + 设备 is "rare earth equipment" when the gazetteer names it, also over an
# elided modifier: 稀土设备和原辅料; the phrase row 稀土设备和原辅料 -> raw materials only is deleted): train entities
# 1818/134/189 -> 1820/134/187, dev same
# + xent6 ministries.jsonl: the commerce_and_industry domain and its Chinese forms (印度商业和工业部): train same, dev
# entities 566/69/126 -> 567/69/125
# merge xent6 onto the l12 splits (CEDICT rows 内燃机车 / 脆片 / 椰油 / 铸铁 made stop rows: a locomotive, crisps, coconut
# oil, cast iron): entities train 1950/178/260 -> 1953/180/257, dev 629/88/163 -> 633/90/159; events same
# + xrecall6 background.named_agent: the doer of a by-phrase after a participle is the actor, and a background act
# naming its doer needs no date ("the rule, introduced by President Biden"): train 395/90/119 -> 396/90/118, dev same
# + xrecall6 the Chinese launching verbs 展开 / 开展 / 开启 as weak announce verbs (展开了一系列调查): train 396/90/118 ->
# 397/91/117, dev 148/66/64 -> 150/67/62 (采取 in the same class: train +1 tp +4 fp, dev +2 tp +2 fp, dropped)
# + xrecall6 an aspect verb before a probing gerund ("started investigating the products") opens an investigation:
# train 397/91/117 -> 398/91/116, dev 150/67/62 -> 151/67/61
# + xrecall6 applying to join a trade agreement or body ("applied to join the CPTPP", 申请加入) as the applicant's
# TRADE_DEAL request (an event phrase licenses its own action; the applicant acts alone): train 398/91/116 ->
# 399/91/115, dev same (approving an accession as TRADE_DEAL approve: train same, dev same, dropped)
# + xrecall6 a quote that states the act in the perfect or progressive ("have been introduced", "is introducing") is
# a statement of fact, not a remark (quoted_remark no longer vetoes it): train 399/91/115 -> 401/92/113 (the fp is
# "export restrictions" of a sanctions package, labelled EXPORT_BAN), dev 151/67/61 -> 152/67/60
# + xrecall6 noun_rules.included_measure: a measure named as a part of an instrument the sentence adopts ("adopted the
# package, which includes a ban on LNG imports") is the adopter's act: train 401/92/113 -> 402/92/112, dev same
# + xrecall6 the passive refusal of an application or request ("requests from Canada have been rejected") as reject of
# the context's type: train 402/92/112 -> 403/92/111, dev same (an active row as well: train fp +1, and it took the
# pairing of "rejected export licence applications" away, dropped); an event row licenses its own action, so the
# trade-deal withdrawal rows of test_type_forms now give their TRADE_DEAL lift
# merge xrecall6 onto the l12 splits: train 418/108/139 -> 426/112/131, dev 157/74/73 -> 161/75/69; entities same
# + lead: event_cues.REPORTED reads a reporting frame between the verb of saying and "would" ("said in a statement
# it would", "at a news conference on Monday", "on its website", "told reporters"; 11 invented forms in
# test_trigger_forms.py, 8 newly passing): train 426/112/131 -> 426/113/131 (the new one restates an extension the
# gold labels once, "would suspend … until March 31"), dev same
# + lead: hedges of refusal and unlikelihood ("refused / declined to lift", "rejected calls to", "unlikely to",
# 拒绝解除, 不太可能; 7 invented forms in test_trigger_forms.py): train same, dev same
# l13 batch added -> new figures (its 47 articles: train +21, dev +13, test +13 by URL hash): train 241 -> 262
# articles, events 426/113/131 -> 460/137/155, entities 1953/180/257 -> 2089/202/319; dev 94 -> 107 articles, events
# 161/75/69 -> 172/83/76, entities 633/90/159 -> 694/110/210
# + xent7 home_government: a text written from Taiwan (关务署, 国贸署, 新台币, 民国N年, a bare clause-opening 总统府)
# makes its bare 财政部 Taiwan's (org:taiwan_ministry_of_finance added), 关务署 is its customs administration:
# entities train 1953/180/257 -> 1958/178/252, dev 633/90/159 -> 641/86/151; events train same, dev 161/75/69 ->
# 162/74/68; a body of Taiwan's government named in the text marks it too: train 1959/177/251 (events 426/112/131),
# dev same
# + xent7 steel.jsonl (steel mill products by family, EN + ZH: cold/hot-rolled, electrical steel, H-beams, seamless and
# welded pipes, wire rod, tinplate, galvanized, pre-painted): entities train 1959/177/251 -> 1966/176/244, dev
# 641/86/151 -> 646/86/146; events same
# + xent7 coordinated_owner (美国商务部、国防部和能源部: a bare Chinese ministry after a conjunction shares the state
# written for the one before it) and zh_ministry_state (a bare 省 is Japan's): train entities 1966/176/244 ->
# 1967/175/243, dev same
# + xent7 the trade ministries of Malaysia (org:miti_malaysia), New Zealand (org:mbie) and Brazil (org:brazil_mdic)
# under the train ids, with their ministry domains and acronyms: train entities 1967/175/243 -> 1970/172/240, dev
# 646/86/146 -> 648/84/144 (Vietnam's org:vietnam_moit as well: train 1969/173/241, dev 647/84/145, left out)
# + xent7 industry_pair ("Maanshan Iron and Steel Co., Ltd": the paired trades a suffixed firm name joins with "and"),
# six words before the suffix, "Pty Ltd": train entities 1970/172/240 -> 1972/172/238, dev same
# + xent7 raw_metal (a raw / unprocessed / unrefined mined metal is its ore: "raw nickel" is item:nickel_ore; not the
# by-product metals, "raw gallium") and the "by-products" form head: train entities 1972/172/238 -> 1975/172/235, dev
# 648/84/144 -> 649/84/143
# + xent7 entity_items.zh_shared_modifier (汽车及零部件: the head after a conjunction takes the goods name before it as its
# modifier when the gazetteer names the compound): train entities 1975/172/235 -> 1976/172/234, dev same
# + xent7 entity_agencies.zh_parent_prefix (国务院港澳事务办公室 is no mention of the State Council): train entities
# 1976/172/234 -> 1976/171/234, dev same
# + xent7 person_gloss after the titles of firms' and regions' heads (执行长, 行政总裁, 总经理, 老板, 州长 ...) and a gloss
# ending in a dot: train entities 1976/171/234 -> 1979/172/231, dev same
# + xent7 lower_title (the office titles in lower case, "Trade minister Parks Tau", and "Sheikh"): train entities
# 1979/172/231 -> 1981/172/229, events 426/112/131 -> 426/113/131 (the found minister becomes the actor of a
# review request read as a TARIFF impose), dev same
# merge xent7 onto the l13 splits: train events 460/137/155 -> 462/137/153, entities 2089/202/319 -> 2122/192/286;
# dev events 172/83/76 -> 173/82/75, entities 694/110/210 -> 714/103/190
# + xprec7 event coreference (event_coref.py; invented articles in test_coref_forms.py): a definite generic measure
# subject ("The ban, issued by …") restates the act whatever the goods of its predicate: train 426/113/131 ->
# 425/112/132 (the lost tp is a package the gold splits by goods), dev same; one written day and shared goods merge
# two nouns of one act (same_day_slots): train same, dev same
# + xprec7 a measure of any type named as violated, broken, flouted or defied is no act (violated_deal, once deals
# only; 违反…禁令, "flouting the export ban"): train 425/112/132 -> 425/111/132, dev same
# + xprec7 attributive_goods: a participle of the act as the adjective of goods or parties ("the volume of
# investigated imports", "subsidised imports", 被调查产品) states no act: train 425/111/132 -> 425/109/132, dev same
# + xprec7 reduced_relative: a participle of the act after a definite noun of parties or goods ("said the Chinese
# entities added to the list had …") refers to the act: train 425/109/132 -> 425/108/132, dev same
# + xprec7 event_coref.demonstrative_anaphor: a generic noun after a demonstrative (上述措施, "these measures"), or a
# notice in a sentence naming the measure so, is not separated by its clause's day: train 425/108/132 ->
# 425/107/132, dev same
# + xprec7 avoided_measure also reads an exemption sought from a measure ("seeks an exemption from Washington's 25
# percent tariff", "asked for exclusions from"): the seeker's request, not the owner's act: train 425/107/132 ->
# 425/106/132, dev same
# merge xprec7 onto the l13 splits: train events 462/137/153 -> 461/130/154, entities same; dev same
# trigger matrix rules (nominal_agent, aside_rules, matrix_classes.jsonl; branch xrecall7) -> unchanged
# xharm15 id harmonisation -> new figures (gold ids only, data/labelled/README.md "Harmonisation of ids"; 18 entity
# rows renamed in train, 7 in dev): events same; entities train 2122/192/286 -> 2132/182/276, dev 714/103/190 ->
# 718/99/185
# xfix15 aside_rules: a hedge in a non-restrictive relative / bracketed aside closed before the trigger -> unchanged
# xfix15 purpose_rules.deliberated_easing (正考虑是否取消, "deliberating an extension") -> unchanged
# xfix15 sentences: a lower-case aside between a pair of dashes is no sentence break -> unchanged
# xfix15 "sanctions" a verb only before a capital / counted object (case-sensitive lookahead), reimpose and
# designate-under-sanctions rows (sanction_classes.jsonl): train 461/130/154 -> 461/127/154, dev 173/82/75 -> 172/80/76
# merge xfix15 onto the harmonised splits: train events 461/130/154 -> 461/127/154, dev 173/82/75 -> 172/80/76
# (SANCTION impose: the bug had made one dev event right; F1 0.688 both), entities same
# xfp8 是否 as a Chinese clause hedge (the English "whether"; not after a verb of deliberation): train events
# 461/127/154 -> 461/126/154, dev unchanged 172/80/76 (suspect: dev moved by 0)
# xfp8 continuing_rules.current_regime ("currently imposes", 现行 / 目前…征收的): train -> 461/125/154, dev unchanged
# xfp8 figure_rules (collected_sum 征收…共5.5亿余元, zh_unbracketed_law 依据…实施办法), modifier heads (revenue,
# outreach, 案件, 手续, 宣导), modality.straddles_words (相关|税号): train -> 461/122/154, dev unchanged (suspect: 0)
# xfp8 statement_rules.evaluated_act ("eliminating duties has always been a priority", 禁止…出口是个好建议): train
# -> 461/121/154, dev unchanged (suspect: 0)
# xfp8 claim_rules.deal_in_the_works ("agreed to hammer out a deal", 努力达成, "has yet to be confirmed"): train
# -> 461/120/154, dev unchanged (suspect: 0)
# xfp8 relief_rules.ended_relief reads agreed / preferential rates (中止适用协定税率 imposes; 下调 them does not): train
# -> 461/119/154, dev unchanged (suspect: 0)
# xrole8 office_rules (possessive / apposed titles), coref.person_state, "announcing" (role_classes.jsonl) -> unchanged;
# xrole8 deal_rules.deal_parties (the subject first, the omitted subject of 与X达成协议) and roles.joint_owners
# ("Washington and Beijing's deal"): train 461/127/154 -> 463/122/152, dev 172/80/76 -> 172/79/76
# xrole8 appraisal_rules ("Denmark called the tariff threat unacceptable": a judge, no actor): train 463/122/152 ->
# 463/121/152, dev same
# merged xfp8 + xrole8 (stop 16): train 463/114/152, dev 172/79/76, entities unchanged
# xent8 latin_fold (Løkke -> lokke in minted ids) and Latin Extended-A letters in titled names (Paweł Łukaszewski):
# train entities 2132/182/276 -> 2133/181/275, dev same; events same
# xent8 zh_taiwan_name (Taiwan's officials in Wade-Giles: 经济部次长曾文生 -> person:tseng_wen_sheng; tools/gen_wadegiles.py),
# judging verbs / 则 / 今(31)日 after the name, 洪 赖 萧 傅 as surnames: train entities 2133/181/275 -> 2136/183/272
# (the 2 fp: ids the train gold spells otherwise, ou_jiang_an in pinyin and lii_wen), dev same; events same
# xent8 news_world.jsonl (162 news agencies and papers of the trading states, EN + ZH): train entities 2136/183/272 ->
# 2145/183/263, dev 718/99/185 -> 722/98/181; events same
# xent8 goods_hs.jsonl (40 traded goods by HS family: produce, vehicles, household goods, minerals and fuels, glass and
# metal products): train entities 2145/183/263 -> 2159/183/249, dev 722/98/181 -> 724/98/179; events same (items
# Jaccard train 0.668 -> 0.673, dev 0.672 -> 0.677; train date accuracy 196 -> 197 of 235); a chemicals family: train 0,
# dev fp +1, left out; carbon steel / 碳钢 left out (held-out set e labels 碳钢厚板 steel plates)
# xent8 stated_body (entity_legislatures): "the Mexican Congress" outranks the bare gazetteer "Congress" (the US
# Congress): train entities 2159/183/249 -> 2160/182/248, dev same; events same
# xent8 owned_listed_domain ("Turkey's Food, Agriculture and Livestock Ministry" -> the ministry of the whole list):
# train entities 2160/182/248 -> 2161/182/247, dev same; events same
# xent8 entity_zh_firms (zh_descriptor_gloss 出口商利特拉(Litera Meat), zh_latin_head Sterilgarda Alimenti公司,
# zh_latin_list Sony、DENSO等企业) and legal_prefix (PT Kimia Farma -> org:kimia_farma, Tbk): train entities
# 2161/182/247 -> 2167/182/241, dev 724/98/179 -> 725/98/178; events same
# xent8 Spokesman / Spokeswoman capitalised as titles before a name: train entities 2167/182/241 -> 2168/182/240, dev
# same; events same ("automotive" as automobiles tried: train +3 tp +2 fp, date accuracy -1, dev 0: dropped)
# xent8 firms_brokers.jsonl (China's main securities houses, EN + ZH): train entities 2168/182/240 -> 2170/182/238, dev
# same (a list of the world's banks, rating agencies and research houses: train 0, dev fp +1, left out; "fruit" /
# "vegetables" / 水果 / 蔬菜 as goods: dev +1 tp +3 fp, left out)
# xent8 listed_domain_name (entity_names: after a listed domain the name is its last two capitalised words, "Minister
# for Production, Foreign Trade, Investment and Fisheries Julio Prado"): train entities 2170/182/238 -> 2172/181/236,
# dev same; events same
# merged xfp8 + xrole8 + xent8 + xdate8 (stop 16): train 463/114/152 entities 2172/181/236, dev 172/79/76
# entities 725/98/178; train date 203/236
# xremedy8 remedy_classes.jsonl: safeguard / tariff-rate-quota nouns, import licences -> unchanged; "continue imposing
# anti-dumping duties" is TARIFF extend: train 461/127/154 -> 462/126/153, dev same
# xremedy8 trade-remedy authorities (Pakistan's NTC, KTC, DGAD, Gecex in Chinese, KPPI, the Philippine Tariff
# Commission): train events 462/126/153 -> 462/125/153, entities 2132/182/276 -> 2133/182/275; dev same
# xremedy8 接受…价格承诺 as approve with remedy_rules.approver_not_applicant (an inherited approval is not the
# applicant's): train 462/125/153 -> 463/125/152, dev same
# xaction8 (action matrix) halted_measure (halting a measure's implementation / for a window = suspend) -> unchanged;
# conditioned_act reads a fronted condition (If…, X will; 若…，将; 除非…否则将), zh_conditional lets it stand as a
# threat, conditional_speakers (the consequent's own subject, else the speaker before the condition), warned_future
# past a time adverbial: train 461/127/154 -> 462/127/153, dev unchanged
# xaction8 放松 / 松绑 as lift, 的期限延长 after a pause as extend -> unchanged; "keep / maintain <measure> (in place)
# until" as extend (actions.jsonl): train 462/127/153 -> 464/128/151, dev unchanged
# xaction8 temporary_lift reads a window after the measure ("removes export duties until October 31", "lifted the
# ban for three months": suspend), "added (on Monday) that" is speech, not the impose verb: train 464/128/151 ->
# 464/126/151, dev unchanged
# merged xremedy8 + xaction8 (stop 16): train 468/111/147 entities 2173/181/235, dev unchanged 172/79/76
# + xdemonym16 154 demonyms generated from countryinfo (en/countries_demonyms.jsonl), roles.envoys_nationals,
# roles.reported_subject: train events 468/111/147 -> 467/113/148 (a Ghanaian title makes Ghana the topic state of
# an untitled Nigerian president), entities 2173/181/235 -> 2174/181/234; dev unchanged
# + xprec9 values.resulting_rate ("reduced from 35 percent to 15 percent", 由35%降至15%: the rate a change starts
# from is not the measure's; 18 invented forms in test_rate_forms.py): train 467/113/148 -> 467/112/148 (a
# restatement no longer kept apart by its starting rate), dev same (suspect: dev moved by 0; 1 dev value changed)
# + xprec9 event_coref.named_reference (the owner's measure named in another party's protest, complaint or ruling,
# "denounced Japan's export restrictions", 针对…的决定表示不满; borrowed_day generalised): its tense does not part it
# from the act stated elsewhere, and it restates that act when the goods do not differ; 17 invented forms in
# test_reference_forms.py: train 467/112/148 -> 467/110/148 (date 206 -> 207/243), dev same (suspect: dev moved by
# 0; exempting a reference's own day when it comes first cost dev 1 tp again, left out; the act's date for a merged
# reference: train and dev date -1 each, dropped; named m past another_time: train tp -1, dropped)
# + xprec9 event_coref.determined_measure (a measure noun after a demonstrative, whatever its kind: "this import
# ban", 该进口禁令, 這項出口管制, 此项关税, restates the act of the same key unless its goods differ; 11 invented forms
# in test_determined_forms.py): train 467/110/148 -> 467/109/148, dev same (suspect: dev moved by 0; its day and
# tense exempted as well: train and dev same, left out)
# + xprec9 Chinese directives to another party as clause hedges (hedges.jsonl: 敦促, 促请, 呼吁, 督促, 力促, 吁请,
# 要求…加入 / 跟进; the Chinese of "urged X to", "called on X to"; 16 invented forms in test_directive_forms.py):
# train 467/109/148 -> 467/107/148, dev 172/79/76 -> 172/78/76 (施压 / 游说 as well: dev tp -1, left out)
# + xprec9 noun_rules.anaphoric_ban reads "restrictions" / "curbs" / 限制 too (these, those, such, "… in question",
# 该, 这些, 上述; "on Monday" is no complement): a demonstrative generic restriction takes the type of the restrictive
# measure stated before; 9 invented forms in test_anaphoric_type_forms.py: train 467/107/148 -> 468/105/147, dev
# same (suspect: dev moved by 0; a bare "the restrictions" as well: train tp -1, dropped)
# + xprec9 event_cues.PAST: a genitive time phrase dates the noun after it ("against last year's court ruling" is
# no past act; "last year's tariffs" still is); 13 invented phrases in test_past_forms.py: train 468/105/147 ->
# 468/104/147 (the whitelist removal's "It is the second retaliatory step" merges), dev same (suspect: dev moved by 0)
# + xprec9 event_rules.directive_vehicle (noun_rules.directive_carries_act: a directive noun, 行政命令 / "decree",
# with a strong act verb after it in its sentence is that act's vehicle, no industrial policy; 11 invented forms in
# test_vehicle_forms.py): train 468/104/147 -> 468/103/147, dev 172/78/76 -> 172/77/76 (an instrumental 以 / 通过 /
# "by" before the directive as well: train and dev same, left out)
# + xorg9 1,384 listed firms of 20 stock indices generated from pytickersymbols (en/firms_indices.jsonl): train
# entities 2174/181/234 -> 2175/181/233 (Pernod Ricard, named in Latin letters in a Chinese text), events and
# dev unchanged (index firms are few in trade news: a coverage table for unseen articles, not a fit)
# + xorg9 outlet_home (a bare national ministry is the outlet's state when the text names it; the state from the
# source's news row or the URL's country domain) and 陆 (Taiwan's press for the mainland) before a ministry: train
# entities 2175/181/233 -> 2176/180/232, events unchanged; dev entities 725/98/178 -> 726/96/177, events 172/79/76
# -> 173/78/75
# + xorg9 compound_domain (a ministry named by several domains answers to each: "Korea's industry ministry" is
# MOTIE) and the domain "industry": train entities 2176/180/232 -> 2178/180/230; dev and events unchanged
# + xorg9 a curated row org:tepco (the labelled id; "Tokyo Electric Power", "TEPCO", 东京电力), which the generated
# org:tokyo_electric_power gave way to: train entities 2178/180/230 -> 2180/179/228, dev 726/96/177 -> 727/96/176,
# dev events 173/78/75 -> 173/77/75
# + xorg9 wire-style firm suffixes from invented forms (test_firm_name_forms.py): a bare "Co" ("Zhejiang X Cobalt Co
# said"), "Tbk", "(Group)" / "(Holdings)" before the suffix, a name word opening with a digit ("3D"); a generic word
# or legal words alone before a suffix are no name: train unchanged, dev entities 727/96/176 -> 727/95/176
# + xorg9 outlet_home for customs (a bare "Customs Administration" / "the customs service" in a national outlet is
# its state's customs agency when the text names the state): train entities 2180/179/228 -> 2181/179/227, dev and
# events unchanged
# = merged xprec9 + xorg9 (lead, 15:05 UTC): train events 468/103/147, entities 2181/179/227; dev events 173/75/75,
# entities 727/95/176 (the two branches' dev fps add up: 79 -> 75)
# xitem9 trade_anchored (entity_trade_goods.py: "arms", "grains", "fruit", "vegetables", "machinery", "automotive",
# "oil", 武器/粮食/水果/蔬菜 only as the object of a trade flow): train entities 2174/181/234 -> 2183/181/225, events
# 467/113/148 -> 466/112/149 (OFAC's "also imposing" sanction now names the oil shipments, all the measure's goods:
# added_act merges it); dev entities 725/98/178 -> 726/98/177, events unchanged; items J train .672 -> .681, dev
# .677 -> .681 ("weapons" and singular "grain": dev fp +1 each, left out)
# xitem9 specific_items (item_scope.py: an event lists "cold-rolled steel", not also "steel"), facility heads for
# modifier_item ("nickel plant", "steel mills", "oil refinery"), "flat-rolled" as a process_subtype: train entities
# 2183/181/225 -> 2184/180/224, items J .681 -> .687; dev entities same, items J .681 -> .684; events same
# (Chinese facility heads 厂 / 系统 / 矿床 / 酸盐: train fp -2, dev tp -1 fp -1, dropped)
# xitem9 headline_goods (item_scope.py: a goods measure stated without goods takes the headline's goods): counts
# unchanged; items J train .687 -> .718, dev .684 -> .693 (the lead sentence's goods when the headline has none:
# train .713, dev .687, dropped; without IMPORT_RESTRICTION: train .715, dev same, kept it)
# xitem9 class nouns in specific_items (dual-use items, critical minerals, rare metals, vegetable oils,
# semiconductor materials dropped beside other goods): counts unchanged; items J train .718 -> .724, dev .693 ->
# .705 (chemicals as a class noun besides: train .722, dev .708; left out on train); rare metals out of the class
# and element groups never general (sample corpus items J .771 -> .825; train and dev unchanged)
# xitem9 facility heads after a process word ("nickel processing plant", "lithium refining facilities"): train
# entities 2184/180/224 -> 2184/179/224, dev unchanged
# = merged xitem9 as well (lead): train events 467/102/148, entities 2191/177/217; dev events 173/75/75, entities
# 728/95/175; items J train 0.724, dev 0.707
# xrecall9 easing verbs, vows of retaliation, object relative clauses (relative_rules) -> unchanged; the nominal
# halt of a trade flow ("a four-month export halt", "an import suspension") as a ban: train 467/113/148 ->
# 468/113/147, dev unchanged; purchase commitments stated by their sum ("will buy $4.5 billion of US farm products",
# 同意采购45亿美元的美国农产品): train 468/113/147 -> 470/112/145, dev unchanged
# xrecall9 presupposition_rules (a hedge does not reach "It may be recalled that …", the act a retaliation answers,
# 此前实施的 / 新签署的 past relatives; the answered act's doer after 对, "a response to Japan's decision to"):
# train 470/112/145 -> 474/112/141, dev unchanged
# xrecall9 Chinese import permits (进口许可, 入口准证) as licence nouns, 无须 / 不再需要…准证 as lift: train 474/112/141 ->
# 476/113/139, dev unchanged
# xrecall9 the de minimis relief of low-value imports (de minimis exemption / loophole, 小额免税) as a TARIFF relief whose
# end imposes the tariff, "closing a loophole" as its ending verb: train 476/113/139 -> 478/114/137, dev 172/79/76 ->
# 173/79/75
# xrecall9 the Chinese verb 限制 with its trade flow as object (印尼1月限制棕榈油出口): train 478/114/137 -> 479/114/136, dev
# unchanged
# = merged xrecall9 as well (lead): train events 479/103/136, entities 2191/177/217; dev events 174/75/74, entities
# 728/95/175
# = merged xdate9 as well (lead): train events 479/102/136, date 215/247; dev events 174/75/74, date 69/88; entities
# unchanged
# = splits grown by the stop-17 batches l14-l19 (186 real articles, 500 events, labelled this stop; tools/split_labels.py:
# train 262 -> 356 articles, dev 107 -> 145, test 148 -> 202): train events 641/212/228, entities 2944/267/381; dev
# events 245/116/109, entities 1041/118/229 (the new articles were never read to write a rule)
# = splits grown again by the stop-17 batches l20-l23 (104 real articles, 233 events, labelled after the stop-17 rules were
# merged; train 356 -> 413 articles, dev 145 -> 164, test 202 -> 230): train events 717/277/274, entities 3320/368/508;
# dev events 268/136/128, entities 1182/146/263
# stop 18, lead10: a bare "Congo" / 刚果 is the DRC (news usage over the ISO short name; "Congo-Brazzaville", "Republic of
# Congo", 刚果(布) name the Republic): train events 717/277/274 -> 721/273/270, entities 3320/368/508 -> 3321/367/507; dev
# unchanged
# stop 18, xperson10: given_name_person (entity_given_names.py: a known given name of the generated lexicon
# data/names/given_names.csv and one to three surname parts, "Boris Johnson", "Enrique Peña Nieto"): train entities
# 3321/367/507 -> 3342/379/486, events 721/273/270 -> 721/272/270; dev entities 1182/146/263 -> 1186/148/259, events same
# = merged xperson10 as above; xdate10, xactor10, xcoref10 (learned date, actor and merge decisions) ship off and move
# nothing
# = splits grown by the stop-18 batches l24-l39 (442 real articles, 1,029 events, labelled this stop and never read to
# write a rule; train 413 -> 630 articles, dev 164 -> 249, test 230 -> 370), and the re-scorer retrained by `make train`
# with l24-l39 among its unfitted batches: dev 0.642 -> 0.649, above min_dev_gain, so it ships ON: train events
# 957/401/532, entities 4687/669/1025; dev events 365/174/220 (rules alone 373/204/212), entities 1700/239/480
# + xovergen11 soft candidates (soft_candidates.py: statements a named rule rejected, judged by a soft model of the
# re-scorer): on train only 31 of 459 would match a gold event the shipped output misses; the soft model moves dev by
# at best +1 tp +4 fp (9 points) or +2 tp +12 fp (all 95), so training/rescorer.json lists no soft point: unchanged
# + xactor11 described_actors ("The government has banned …", "Centre imposed …", 政府决定…, with no actor to inherit:
# the outlet's state when the article names it, else the state named most): train events 957/401/532 -> 964/404/525,
# dev 365/174/220 -> 367/174/218 (rules alone train 980/476/509 -> 987/479/502, dev 373/204/212 -> 375/204/210)
# + xactor11 described subject after a Chinese bracketed dateline ((吉隆坡2日讯)随着内阁议决…): train 964/404/525 ->
# 965/404/524 (rules alone 988/479/501), dev unchanged (dev moved by 0: a form rule)
# xgoods11 "cooking oil" / "cooking oils" -> item:vegetable_oils (a synonym row, as 食用油 and "edible oil" are): train
# entities 4687/669/1025 -> 4692/668/1020, events 957/401/532 -> 957/402/532 (rules alone 980/476/509 -> 980/477/509),
# dev unchanged both ways (suspect: dev moved by 0); the HS farm and food vocabulary (tools/gen_hs_goods.py, trade-anchored)
# tried: train entities +2 tp +1 fp, dev +0 tp +1 fp, reverted; "agricultural products" rows: train +9 tp +10 fp, events
# fp +3, dev +1 tp +4 fp, dropped
# xgoods11 petroleum products (goods.jsonl: "petroleum products", "oil products", 石油产品, 成品油 -> item:petroleum_products,
# no longer crude oil): train entities 4692/668/1020 -> 4698/665/1014, date accuracy 433 -> 434 of 546, events same; dev
# entities 1700/239/480 -> 1701/239/479, events same (rules alone too)
# xgoods11 food and farm-input classes (cheese / 奶酪, alcoholic beverages / 酒类, nitrogen / 氮肥 and phosphate / 磷肥
# fertilizers): train entities 4698/665/1014 -> 4707/666/1005, dev 1701/239/479 -> 1702/239/478, events same both ways;
# "cereals" / 谷物 (train +4 tp +3 fp) and "milk products" / 乳品, "marine / fishery products" (dev events fp +1) dropped
# merged xactor11 + xgoods11: train events 965/405/524, entities 4707/666/1005; dev events 367/174/218, entities 1702/239/478
# xagency11 generic_head / known_in_context (entity_generic.py: "the Ministry of Commerce" in a Thai or Turkish
# story is that state's, not MOFCOM; Turkey's Ministry of Trade row): train entities 4687/669/1025 -> 4690/664/1022,
# events 957/401/532 -> 958/400/531 (rules alone 980/476/509 -> 981/475/508); dev entities 1700/239/480 ->
# 1702/235/478, events 365/174/220 -> 365/173/220 (rules alone 373/204/212 -> 373/203/212)
# + xagency11 gazetteer rows: Kosovo (XKX, outside ISO 3166-1: tools/gen_countries.py EXTRA_COUNTRIES): train
# unchanged, dev entities tp +1, events 365/173/220 -> 367/171/218 (rules alone 373/203/212 -> 375/201/210); the blocs
# SADC, EAC, CPOPC: train entities tp 4690 -> 4695, dev tp 1703 -> 1704, events unchanged
# + xagency11 name_before_title (entity_context.py: "Department of Agriculture Secretary Sonny Perdue" names the
# department, not a minted "department of agriculture secretary sonny perdue"): train entities 4695/664/1017 ->
# 4697/663/1015; dev and events unchanged (a form fix)
# + xagency11 department_states (entity_generic.py: the Philippines' bodies are departments, 菲律宾农业部 is
# org:philippine_department_of_agriculture as the US's are): train entities 4697/663/1015 -> 4698/662/1014, dev
# 1704/235/476 -> 1705/234/475; events unchanged
# + xagency11 refined_sibling (entity_fuels.py: "petroleum" listed beside diesel, LPG, kerosene ... is motor petrol,
# item:gasoline): train entities 4698/662/1014 -> 4699/662/1013; dev and events unchanged (one train case: suspect)
# merged xactor11 + xgoods11 + xagency11: train events 966/404/523, entities 4719/659/993; dev events 369/171/216,
# entities 1707/234/473
# + xoutlet11 outlets.csv (825 outlets of 115 states, read against url and source only; the URL's outlet first):
# articles with a home state train 284 -> 410 of 630, dev 117 -> 162 of 249; train events 965/404/524 -> 968/402/521,
# entities 4687/669/1025 -> 4690/666/1022 (rules alone 988/479/501 -> 991/477/498); dev unchanged (moved by 0)
# merged + xoutlet11: train events 969/402/520, entities 4723/656/989; dev unchanged (369/171/216, 1707/234/473)
# + xtrig11 flow as subject (type_forms.jsonl: "exports of rice were halted / are set to be banned", "exports resumed",
# 出口将被禁止, 进口已恢复; tests/unit/test_flow_subject_forms.py): train and dev unchanged both ways (form coverage)
# + xtrig11 goods_of_origin for the Chinese import flow as subject (日本水产品进口被暂停: Japan the origin, not the
# importer): train and dev unchanged both ways (form coverage)
# stop 19 (2026-12-06 evening): seventeen new batches l40-l56 (414 real articles, 927 events, labelled blind to
# every rule) split by URL hash (no article moved): train 630 -> 830 articles, dev 249 -> 329, test 370 -> 504; the
# re-scorer retrained by `make train` with l40-l56 among its unfitted batches (dev rules 0.617 -> 0.630, on): train
# events 1190/571/762, entities 5959/865/1588; dev events 454/232/302 (rules alone 460/274/296), entities 2228/328/689
PINNED = {
    "train": (830, (1190, 571, 762), (5959, 865, 1588)),
    "dev": (329, (454, 232, 302), (2228, 328, 689)),
}


@pytest.mark.parametrize("split", sorted(PINNED))
def test_pinned_counts(split: str) -> None:
    folder = LABELLED / split
    result = read_paths([str(folder / "articles.jsonl")])
    assert (result.count, result.errors) == (PINNED[split][0], [])
    with open(folder / "gold.jsonl", encoding="utf-8") as f:
        gold = parse_records(f, f"{split}/gold.jsonl")
    report = score(gold, [r.to_json() for r in extract_articles(result.articles)])
    e, n = report.events, report.entities
    assert ((e.tp, e.fp, e.fn), (n.tp, n.fp, n.fn)) == PINNED[split][1:]


# + xdate7 date rules from the coverage matrix (test_date_matrix.py: future_weekday, scheduled_weekday, clause_bound,
# 隔天, bare_dateline, "on or after", relative_end, pluperfect_relative): events and entities same (train date
# accuracy 181/214 -> 182/214 by bare_dateline, dev 64/80 same)
# + xdate7 month_start (a start with no day is no time of the act: the announcement day dates it), 宣布了这一决定 as
# an announcement, measure_window, duration_to, market_day: events same; train date 182/214 -> 183/214, dev 64/80 same
# + xdate8 month_deadline, since_past, news_over_effect, expiry_suffix, instrument_verb, vague_past: events and
# entities same; train date 196/235 -> 199/235 (news_over_effect +2, instrument_verb +1), dev 67/86 same, until same
# + xdate8 content_clause (加拿大此前宣布自10月1日起,将对……征收: the start of an earlier, undated announcement):
# train date 199/235 -> 200/235, dev 67/86 same
# + xdate8 zh_numeral_day (十二日, 廿四日: a day of the month in Chinese numerals) and later_report (a later statement
# naming its actor, dated by the day it was reported, merges with the act): train date 200/235 -> 201/235; events and
# dev 67/86 same
# + xdate9 conjunct_adjunct (date_conjuncts.py: "India in July banned … and on Friday imposed a duty", 并于周一: the
# day fronted in the second conjunct dates its act): events and entities same; train date 206/243 -> 207/243, dev
# 67/86 same (a clause-structure rule: dev moved by 0)
# + xdate9 reaction_day (date_reported.py: "South Korea on Monday condemned Japan's export controls", 针对…的决定表示
# 不满: a measure that is the object of another party's reaction takes no day of the reaction, nor a news day): train
# events 467/113/148 -> 467/112/148 (the restatement merges with the dated act), date 207/243 -> 208/243; dev same
# + xdate9 clause_day (date_clauses.is_news: a day inside a subordinate clause of time, "the level Trump promised
# when he revealed the plan March 1", is no time of the act's own; a month-only one still is): events same; train
# date 208/243 -> 209/243, dev 67/86 same (dev moved by 0)
# + xdate9 threat_news (news_days: a threat of current news anywhere in the article takes the news day) and
# warning_verb ("warned", "vowed", 警告 state the news day): events same; train date 209/243 -> 210/243, dev 67/86 ->
# 68/86 (dev, uncounted: one event whose gold date is null now dated; threat_news alone: train 0, dev +1)
# + xdate9 press_day (date_relative: the press's one-character 今 / 昨 before a verb of saying or acting, 經濟部今宣布,
# 財政部昨決議; from a dispatch's dateline day in a dispatch): events same; train date 210/243 same (two events of one
# article dated, neither matched to a dated gold event), dev 68/86 same (the form is absent from dev)
# + xdate9 effective_window (date_windows: "The duties are effective from June 23, 2025 to June 22, 2030" writes the
# window's end): events same; train until 21/25 -> 22/25, dev until 3/10 same, dates same
# + xdate9 issued_notice (announcement_day reads 发布…公告 / 發布公告, a verb of issuing before the notice noun; an
# act with a vague past time of its own, 上月, takes no announcement's day): events same; train date 210/243 ->
# 211/243, dev 68/86 same (dev moved by 0)
# + xdate9 dated_instrument ("Dated June 20, EO No. 62 contained …" is an announcement sentence) and announcement_day
# over a start or deadline ("… to 15 percent by the end of the year"): events same; train date 211/243 -> 212/243,
# dev 68/86 same (dev moved by 0)
# + xdate9 shared_effect (effective_clause reads an effective-date adjunct closing the act's own clause, ", effective
# from June 23, 2025" after "terminate the duties and the investigations"; "with effect from" is such a cue): events
# same; train date 212/243 -> 213/243, dev 68/86 same (dev moved by 0)
# + xdate9 nth_day ("the last day of March 2023", "the first day of October"): train and dev unchanged (a form rule:
# its one train sentence states an act the rules do not extract)
# + xdate9 generic_window (measure_window: a pronoun or a generic act noun opening a window sentence, "It will remain
# in force until …", "The move …", 该措施有效期至…, refers to the act just before it): train and dev unchanged (form
# coverage: no such sentence in train or dev)
