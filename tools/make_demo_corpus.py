#!/usr/bin/env python3
"""Generate the synthetic demo corpus under ``data/raw/``.

Every article below was written for this project. The events are invented or
loosely modelled on the news agenda of February–April 2025; the corpus is a test
fixture for the cleaning, topic and actor stages, NOT a factual record.

The script is deterministic (fixed seeds): running it twice writes byte-identical
files. It never touches the seed article ``000_22012ba6c0e5393d.txt`` (a real
scraped page kept verbatim as the golden test) and writes ``MANIFEST.sha256``
last.

Usage
-----
    .venv/bin/python tools/make_demo_corpus.py            # writes data/raw/
    .venv/bin/python tools/make_demo_corpus.py --out /tmp/raw
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import html
import io
import json
import random
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

SEED = 20250425
SEED_FILE = "000_22012ba6c0e5393d.txt"

# ---------------------------------------------------------------------------
# Article prose. Record format:
#   @@ <id> | <topic> | <YYYY-MM-DD HH:MM> | <slug>
#   T: <title>
#   <paragraphs separated by blank lines>
# ---------------------------------------------------------------------------
ARTICLES_SRC = r"""
@@ 001 | mideast | 2025-02-25 08:40 | egypt-gaza-reconstruction-plan
T: Egypt finalises Gaza reconstruction plan ahead of Arab League summit
Egypt has completed a multi-stage plan to rebuild the Gaza Strip without relocating its population, Egyptian officials said on Monday, as Arab governments prepared to present a joint position at an emergency Arab League summit in Cairo next week.

Foreign Minister Badr Abdelatty told reporters that the proposal would cost “tens of billions of dollars” over several years and would begin with rubble removal, temporary housing and the repair of water and power networks. A technocratic committee of Palestinian professionals would oversee the first phase, he said, with a role for the Palestinian Authority later on.

President Abdel Fattah el-Sisi discussed the draft by phone with King Abdullah II of Jordan and with Qatar’s emir, according to a statement from Cairo. Saudi Arabia and the United Arab Emirates have been consulted on financing, two Arab diplomats said.

The plan is meant as an alternative to ideas floated in Washington for a U.S.-led redevelopment of the enclave. Secretary of State Marco Rubio said last week that Arab states were welcome to put forward “a better plan” if they had one.

Diplomats said the UN Security Council could discuss the plan after the summit.

Hamas, which still controls much of Gaza, said it would not block a reconstruction committee that excluded it, provided Palestinians ran it. Netanyahu's office did not comment on the Egyptian draft, but Israeli officials have repeatedly said Hamas must play no role in postwar governance.

The Israel-Hamas ceasefire that began in January is in its sixth week. Negotiators in Cairo and Doha are still discussing the terms of a second phase, which would include further hostage releases and the withdrawal of Israeli troops.

@@ 002 | mideast | 2025-03-03 15:20 | turkey-syria-ankara-talks
T: Turkey and Syria discuss border security and Kurdish forces in Ankara
Turkish Foreign Minister Hakan Fidan hosted his Syrian counterpart Asaad al-Shaibani in Ankara on Monday for talks on border security, the return of refugees and the future of Kurdish-led forces in northeast Syria.

At a joint press conference, Fidan said Turkey supported “a united Syria with a single army” and expected the Syrian Democratic Forces (SDF) to be folded into the new national institutions. Ankara regards the main Kurdish militia within the SDF as an extension of the PKK, the group that has fought the Turkish state since 1984.

Al-Shaibani thanked Turkey for its support since the fall of Bashar al-Assad in December and said Damascus was “open to all Syrians” who accepted the authority of the state. He also asked for Turkish help in restoring electricity, with Turkish officials saying two floating power ships could be moved to Syrian ports within weeks.

The meeting came days after jailed PKK founder Abdullah Ocalan called on the group to lay down its arms, a message welcomed by President Recep Tayyip Erdoğan as “a historic opportunity.” A Turkish official said Ankara would watch whether the call was also heeded by affiliated groups in Syria.

Syrian interim President Ahmed al-Sharaa is expected to visit Turkey again later this month, diplomats said. Erdoğan and al-Sharaa last met in Ankara on Feb. 4.

@@ 003 | mideast | 2025-03-11 07:05 | sdf-damascus-integration-deal
T: Kurdish-led SDF agrees to join Syrian state institutions
The Kurdish-led Syrian Democratic Forces have signed an agreement with the government in Damascus to merge their civilian and military bodies into the institutions of the Syrian state, both sides said late on Monday.

The deal was signed by SDF commander Mazloum Abdi and interim President Ahmed al-Sharaa at a meeting in the capital. It covers border crossings, the airport in Qamishli and the oil and gas fields of northeast Syria, which are to come under state control by the end of the year. Joint committees will work out the details, according to the text published by the presidency.

The agreement also recognises Kurds as “an original component” of Syria and guarantees their rights of citizenship and political participation. Abdi wrote on social media that it was “a real opportunity to build a new Syria.”

In Washington, a State Department spokesperson called the deal “an important step” and said the U.S. would keep working with partners against the Islamic State group. U.S. forces have supported the SDF since 2015.

Turkish officials reacted cautiously. A Defense Ministry source in Ankara said Turkey would follow implementation closely and expected “the dissolution of all terrorist structures.” Turkish President Recep Tayyip Erdogan had warned in February that Ankara would not accept armed groups on its southern border.

Analysts said the text left many questions open, including the command structure of former SDF units and the timetable for handing over prisons that hold suspected IS fighters.

@@ 004 | mideast | 2025-03-17 18:30 | brussels-syria-donor-conference
T: Donors pledge €5.8 billion for Syria at Brussels conference
International donors pledged €5.8 billion in grants and loans for Syria at an annual conference in Brussels on Monday, the first such meeting attended by representatives of the new authorities in Damascus.

EU foreign policy chief Kaja Kallas said the European Union would contribute nearly €2.5 billion for 2025 and 2026, both inside Syria and in neighbouring countries that host refugees. “Syrians need hope now,” she told delegates, adding that the EU was ready to ease further sanctions if the transition stayed on course.

Syrian Foreign Minister Asaad al-Shaibani said his government wanted partnership rather than charity and urged Western capitals to lift remaining restrictions on the banking sector. He promised an inclusive transition and accountability for recent violence on the coast.

The total was lower than last year, when the conference raised €7.5 billion, partly because the U.S. did not announce a new pledge. A U.S. delegation attended at working level.

Germany, Britain and Saudi Arabia announced bilateral packages for health, water and electricity. The United Nations says around 16.5 million people in Syria need humanitarian assistance, and UN Secretary-General António Guterres called on donors to “match the moment.”

Turkish Foreign Minister Hakan Fidan, who attended the conference, said Turkey would help rebuild roads and power lines in northern Syria. President Recep Tayyip Erdoğan has said stability in Syria is a priority for Ankara.

Jordan’s Foreign Minister Ayman Safadi said more than 100,000 refugees had already returned home from the kingdom since December, and that returns would depend on jobs, housing and security.

@@ 005 | mideast | 2025-03-20 11:50 | qatar-egypt-mediators-gaza-ceasefire
T: Mediators in Doha and Cairo try to restore Gaza ceasefire
Qatari and Egyptian mediators are holding separate meetings with Israeli and Hamas delegations in an attempt to restore the Gaza ceasefire, officials familiar with the talks said on Thursday.

Qatar’s Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani spoke by phone with U.S. Middle East envoy Steve Witkoff on Wednesday night, according to a statement from Doha. The two discussed “ways to return to calm and to the implementation of the agreement’s phases,” it said.

Egypt has proposed a timetable under which Hamas would release several living hostages in exchange for a renewed truce of up to two months and talks on a permanent end to the war. A Hamas official said the group was studying the proposal but wanted guarantees that Israel would move to the second phase.

Israeli Prime Minister Benjamin Netanyahu told the Knesset that military pressure was the way to bring the hostages home. Netanyahu's office said an Israeli team would remain available for talks.

At the UN Security Council in New York, several members called for an immediate return to the ceasefire and the unhindered entry of aid. Secretary-General António Guterres said he was “shocked” by the rising civilian toll and urged all parties to respect international humanitarian law.

The first phase of the truce, which began on Jan. 19, saw 33 Israeli hostages released in exchange for around 1,800 Palestinian prisoners.

@@ 006 | mideast | 2025-03-28 13:15 | lebanon-aoun-paris-macron
T: Lebanon’s Aoun visits Paris, seeks support for army and reconstruction
Lebanese President Joseph Aoun met French President Emmanuel Macron at the Élysée Palace on Friday, his first visit to Europe since taking office in January, with talks focused on the fragile ceasefire with Israel and funding for reconstruction.

Macron said France would organise an international conference for Lebanon’s recovery once the government of Prime Minister Nawaf Salam had passed reforms demanded by the International Monetary Fund. “France will be at Lebanon’s side,” he said.

Aoun said the Lebanese army was deploying in the south of the country under the November ceasefire and that the state should hold “the monopoly on weapons.” He asked Paris to press Israel to withdraw from five hilltop positions it still holds inside Lebanon.

Hezbollah, which fought a 14-month war with Israel, has said it will discuss a national defence strategy with the president but has given no timetable for handing over its heavy weapons.

The two leaders held a video call with Syria’s interim President Ahmed al-Sharaa, Cyprus’s President Nikos Christodoulides and Greek Prime Minister Kyriakos Mitsotakis to discuss border demarcation and maritime security in the eastern Mediterranean, the Élysée said.

France co-chairs the mechanism that monitors the ceasefire along with the U.S. French diplomats said the mechanism had met four times since January.

@@ 007 | mideast | 2025-04-08 06:55 | netanyahu-white-house-visit
T: Netanyahu meets Trump at White House, discusses Iran and Turkey
Israeli Prime Minister Benjamin Netanyahu met President Donald Trump at the White House on Monday, a visit that covered new U.S. tariffs on Israeli goods, Iran’s nuclear programme, the hostages held in Gaza and Israel’s relations with Turkey.

Speaking to reporters in the Oval Office, Trump said the United States would hold direct talks with Iran on Saturday. “It’s going to be a very big meeting,” he said, adding that Iran could not have a nuclear weapon. Netanyahu said any agreement should be like the one Libya accepted in 2003, with the programme dismantled under U.S. supervision.

On Turkey, Trump said he had “a very, very good relationship” with President Recep Tayyip Erdogan and offered to help resolve any problem between Israel and Ankara, as long as Israel was “reasonable.”

Netanyahu also said Israel would eliminate its trade deficit with the U.S. and remove trade barriers. Israel faces a 17% U.S. tariff under measures announced last week.

A planned press conference was cancelled shortly before the meeting. Netanyahu's office later said the prime minister had raised the cases of the 59 hostages still held in Gaza and thanked Trump for his support.

In Tehran, Foreign Minister Abbas Araghchi said any talks would be indirect and would take place in Oman.

@@ 008 | mideast | 2025-04-10 17:40 | turkey-israel-baku-second-round
T: Turkish and Israeli officials hold second round of deconfliction talks in Baku
Turkish and Israeli military and intelligence officials met in Baku on Wednesday for a second round of talks on avoiding clashes in Syria, according to officials in both countries, with Azerbaijan again acting as host.

A Turkish Defense Ministry spokesperson said in Ankara that the talks were “technical” and aimed at a hotline and notification procedures for flights over Syrian territory. “Our aim is not a normalisation,” the spokesperson added.

Israeli Foreign Minister Gideon Saar said Israel would not allow Syria to become a Turkish protectorate, but that channels of communication were important. Netanyahu's office declined to comment on the details. Israeli officials have expressed concern over reports that Turkey might deploy air defence systems at bases in central Syria.

Azerbaijan, which has close ties with both Turkey and Israel, has offered to continue the format. President Ilham Aliyev discussed the talks with Erdoğan by phone, according to a statement from the Turkish presidency.

Turkish Foreign Minister Hakan Fidan told a NATO meeting last week that Ankara did not seek a confrontation with any country in Syria. Syrian officials in Damascus have said the country should not become an arena for conflict between regional powers.

Relations between Turkey and Israel have been strained since the start of the war in Gaza in October 2023. Turkey halted all trade with Israel in May 2024.

@@ 009 | mideast | 2025-04-13 09:30 | us-iran-talks-muscat
T: U.S. and Iran hold first round of nuclear talks in Oman
Iranian and U.S. negotiators held their first talks in Muscat on Saturday, with both sides describing the meeting as constructive and agreeing to meet again next week.

Iran’s Foreign Minister Abbas Araghchi and U.S. special envoy Steve Witkoff sat in separate rooms while Oman’s Foreign Minister Badr Albusaidi passed messages between them, Iranian state media reported. The two men also spoke directly for several minutes at the end of the session, Araghchi said.

“We are not far from a framework for negotiations if the other side is serious,” Araghchi told Iranian television. The White House said the discussions were “very positive and constructive” and that Witkoff had relayed President Trump’s instructions to reach a deal if possible.

Iran insists its nuclear programme is peaceful and wants the lifting of sanctions that have weighed on its economy. Washington wants limits that would prevent Tehran from developing a nuclear weapon. Israeli Prime Minister Benjamin Netanyahu said Israel would follow the talks closely.

The meeting took place as U.S. forces continued strikes against the Houthis in Yemen, an Iran-aligned group that has attacked shipping in the Red Sea. Iranian officials say the Houthis make their own decisions.

Rafael Grossi, director general of the International Atomic Energy Agency (IAEA), said his inspectors were ready to play a role in verifying any agreement. Grossi is due to visit Tehran this week.

European governments, which negotiated the 2015 agreement together with the U.S., Russia and China, welcomed the talks. A spokesperson for the French foreign ministry said France, Britain and Germany remained in close contact with all sides.

@@ 010 | mideast | 2025-04-17 20:10 | grossi-tehran-iaea-visit
T: IAEA chief Grossi holds talks in Tehran on inspections
International Atomic Energy Agency Director General Rafael Grossi met Iranian Foreign Minister Abbas Araghchi in Tehran on Wednesday, days before a second round of Iran-U.S. talks, to discuss the resumption of wider inspections at Iranian nuclear sites.

Araghchi said afterwards that cooperation with the IAEA would continue within Iran’s obligations under the Non-Proliferation Treaty and that the agency could play “a constructive role” in a peaceful settlement. Grossi said the meeting was “important at a crucial time.”

The agency has reported for months that Iran’s stockpile of uranium enriched to up to 60% purity has grown, and that inspectors have lost continuity of knowledge about the production of centrifuges since cameras were removed in 2022.

Grossi also met Mohammad Eslami, head of the Atomic Energy Organization of Iran. Iranian officials said they had asked the IAEA to remain professional and avoid political pressure from Western capitals.

President Masoud Pezeshkian told a cabinet meeting that Iran was ready to build trust about its programme in return for the lifting of sanctions.

The second round of talks between Araghchi and U.S. envoy Steve Witkoff is scheduled for Saturday in Rome, with Oman again acting as mediator, according to Iran’s foreign ministry. Italy’s Foreign Minister Antonio Tajani said Rome was happy to host.

@@ 011 | mideast | 2025-04-23 12:25 | jordan-amman-gaza-aid-meeting
T: Jordan hosts regional ministers on Gaza aid and West Bank
Jordan hosted foreign ministers from Egypt, Saudi Arabia, Qatar and the United Arab Emirates in Amman on Tuesday to coordinate humanitarian aid for Gaza and discuss the situation in the occupied West Bank, the Jordanian foreign ministry said.

King Abdullah II received the delegations at the royal palace and said the international community must act to end the war and allow food and medicine into Gaza. Aid deliveries into the territory have been halted since early March, according to UN agencies.

Foreign Minister Ayman Safadi told reporters the ministers had agreed to support the Arab reconstruction plan adopted in Cairo and to work with the European Union on a donor meeting. They also asked the UN Security Council to endorse the plan. “There is no security for anyone without a political horizon,” Safadi said.

Saudi Foreign Minister Prince Faisal bin Farhan said Riyadh would continue to push for a two-state solution at a UN conference co-chaired with France in June. The kingdom has said it will not establish relations with Israel without a path to a Palestinian state.

The ministers also discussed Syria, where Saudi Arabia and Qatar have said they will pay off about $15 million of Damascus’s arrears to the World Bank, opening the way for new grants.

Prime Minister Benjamin Netanyahu's office, which says Hamas diverts aid, did not comment on the meeting. Hamas said it welcomed any Arab effort to end what it called the siege.
@@ 012 | europe | 2025-02-24 10:05 | kyiv-anniversary-european-leaders
T: European leaders travel to Kyiv on war anniversary, unveil new sanctions
European leaders gathered in Kyiv on Monday to mark three years since Russia’s full-scale invasion of Ukraine, as the European Union adopted its 16th package of sanctions against Moscow.

European Commission President Ursula von der Leyen and European Council President António Costa arrived by train in the morning, joined by the prime ministers of Canada, Spain and the Nordic and Baltic states. Von der Leyen announced a €3.5 billion payment to Ukraine in March and said the EU would speed up deliveries of weapons and ammunition.

President Volodymyr Zelenskyy thanked the visitors and said 2025 must be “the year of the beginning of a real, lasting peace.” He called for security guarantees for Ukraine and for European participation in any negotiations with Russia.

The new sanctions target Russian aluminium imports, dozens of tankers from the so-called shadow fleet and several banks, and extend export bans on dual-use goods. Hungary and Slovakia agreed to the package after several weeks of talks, EU diplomats said.

In Moscow, Kremlin spokesman Dmitry Peskov said sanctions would not change Russia’s position and that President Vladimir Putin was open to contacts with Washington.

At the United Nations in New York, the General Assembly adopted a Ukrainian and European resolution calling for an end to the war in line with the UN Charter. The United States voted against the text and put forward a shorter resolution of its own.

@@ 013 | europe | 2025-03-02 19:45 | london-summit-coalition-of-the-willing
T: Starmer hosts London summit, proposes “coalition of the willing” for Ukraine
Prime Minister Keir Starmer said on Sunday that Britain, France and other countries would form a “coalition of the willing” to defend a future peace deal in Ukraine, after hosting 18 leaders at Lancaster House in London.

Starmer said the UK would use £1.6 billion of export finance to buy more than 5,000 air defence missiles for Ukraine, made in Belfast. “We are at a crossroads in history,” he told a news conference, adding that Europe must “do the heavy lifting” but needed strong U.S. backing.

French President Emmanuel Macron proposed a one-month truce “in the air, at sea and on energy infrastructure” as a first step, according to an interview he gave to Le Figaro. Diplomats cautioned that no decision had been taken.

Ukrainian President Volodymyr Zelenskyy, who met King Charles III at Sandringham after the summit, said Ukraine was ready to sign an agreement on minerals with the United States.

NATO Secretary General Mark Rutte said several European countries had committed to increasing defence spending and that this would help strengthen Ukraine’s position. Polish Prime Minister Donald Tusk said Europe’s 500 million people should not need to ask 140 million Russians for protection against Russia.

Canada’s Prime Minister Justin Trudeau and Turkish Foreign Minister Hakan Fidan also attended. Italy’s Prime Minister Giorgia Meloni said the West must stay united.

@@ 014 | europe | 2025-03-06 22:30 | eu-leaders-rearm-europe-plan
T: EU leaders back plan to mobilise up to €800 billion for defence
European Union leaders on Thursday endorsed a plan to raise defence spending by up to €800 billion over four years, at an emergency summit in Brussels that also discussed support for Ukraine.

The ReArm Europe plan, presented by Commission President Ursula von der Leyen on Tuesday, would allow member states to spend more on defence without breaching EU deficit rules and would offer up to €150 billion in loans for joint purchases of air defence, missiles, drones and ammunition.

“Europe faces a clear and present danger,” von der Leyen said. European Council President António Costa said leaders had agreed to “move faster” on military production and that the EU would stand with Ukraine.

Ukrainian President Volodymyr Zelenskyy attended the start of the summit. A statement backing Kyiv was agreed by 26 of the 27 member states; Hungary’s Prime Minister Viktor Orbán did not sign it.

French President Emmanuel Macron said he would open a debate on extending the protection of France’s nuclear deterrent to European allies. In Moscow, Foreign Minister Sergei Lavrov criticised the remarks.

Germany’s likely next chancellor, Friedrich Merz, said before the meeting that European defence could no longer depend on assumptions of the past. Outgoing Chancellor Olaf Scholz said Germany would support the plan. Leaders will return to the topic at their regular summit on March 20–21.

@@ 015 | europe | 2025-03-12 06:30 | jeddah-talks-ceasefire-proposal
T: Ukraine accepts U.S. proposal for 30-day ceasefire after Jeddah talks
Ukraine said on Tuesday it was ready to accept a U.S. proposal for an immediate 30-day ceasefire with Russia, after more than eight hours of talks between U.S. and Ukrainian delegations in Jeddah, Saudi Arabia.

In a joint statement, the two sides said the ceasefire could be extended by mutual agreement and that it depended on Russia’s acceptance. Washington said it would immediately resume intelligence sharing and security assistance to Ukraine, which had been paused last week.

Secretary of State Marco Rubio said the “ball is now in Russia’s court.” The U.S. delegation also included national security adviser Mike Waltz. Ukraine was represented by Andriy Yermak, the head of Zelenskyy’s office, Foreign Minister Andrii Sybiha and Defence Minister Rustem Umerov.

President Volodymyr Zelenskyy said in his evening address that the proposal covered the entire front line, not only attacks in the air and at sea. He thanked Saudi Crown Prince Mohammed bin Salman for hosting.

Kremlin spokesman Dmitry Peskov said Moscow would wait to be briefed by Washington before commenting. U.S. envoy Steve Witkoff is expected to travel to Moscow later this week.

The two sides also said they would conclude an agreement on developing Ukraine’s critical mineral resources as soon as possible. European leaders welcomed the outcome, with French diplomats saying it was now up to the Kremlin to show its commitment to peace.

@@ 016 | europe | 2025-03-19 08:20 | trump-putin-call-energy-moratorium
T: Putin agrees to pause strikes on energy facilities after call with Trump
Russian President Vladimir Putin agreed on Tuesday to stop attacks on Ukraine’s energy infrastructure for 30 days but did not accept a full ceasefire, after a phone call of more than two hours with U.S. President Donald Trump.

The Kremlin said Putin had ordered the military to refrain from strikes on energy facilities and listed conditions for a broader truce, including an end to foreign military aid and intelligence for Ukraine. The White House said the two leaders agreed that the path to peace would begin with an energy and infrastructure ceasefire and “technical negotiations” on a maritime ceasefire in the Black Sea.

Ukrainian President Volodymyr Zelenskyy said Ukraine would support a halt to strikes on energy infrastructure, but that Kyiv needed details. He said drones had hit Ukrainian facilities hours after the call, which Moscow did not comment on.

Zelenskyy spoke with Trump on Wednesday in what both sides described as a good conversation. Russia and Ukraine also exchanged 175 prisoners each on Wednesday, with the UAE acting as mediator.

German Chancellor Olaf Scholz and French President Emmanuel Macron, meeting in Berlin, said the pause was an important first step but that a full ceasefire had to follow. Foreign Minister Sergei Lavrov said in Moscow that Russia would not accept European peacekeepers in Ukraine.

@@ 017 | europe | 2025-03-26 16:05 | riyadh-black-sea-talks
T: U.S. says Russia and Ukraine agree to safe navigation in the Black Sea
The United States said on Tuesday that Russia and Ukraine had agreed to ensure safe navigation, eliminate the use of force and prevent the use of commercial vessels for military purposes in the Black Sea, after separate talks in Riyadh.

The White House issued two statements, one on each negotiation, which also referred to measures to implement the ban on strikes against energy facilities. Washington said it would help restore Russia’s access to world markets for agricultural and fertiliser exports.

The Kremlin said the Black Sea arrangement would only take effect after some Western restrictions were lifted, including the reconnection of Russia’s state agricultural bank to the SWIFT payment system. Foreign Minister Sergei Lavrov said Moscow needed “clear guarantees.”

Ukrainian Foreign Minister Andrii Sybiha said Ukraine would regard any movement of Russian warships outside the eastern part of the Black Sea as a violation. Defence Minister Rustem Umerov led the Ukrainian delegation.

European officials said sanctions relief for Russia was a matter for the European Union, not Washington. EU foreign policy chief Kaja Kallas said the end of Russia’s aggression would be the main precondition for lifting or amending sanctions.

Turkey, which brokered a grain deal in 2022, offered to host naval talks. A Turkish official said Ankara was ready to contribute to monitoring, and President Recep Tayyip Erdogan told Zelenskyy by phone that Turkey could host direct talks.

@@ 018 | europe | 2025-03-28 14:40 | paris-summit-reassurance-force
T: Macron says “reassurance force” could deploy to Ukraine after peace deal
French President Emmanuel Macron said on Thursday that several European countries were prepared to send a “reassurance force” to Ukraine once a peace agreement was signed, after a summit of about 30 countries in Paris.

The force would not be deployed on the front line and would not replace the Ukrainian army, Macron said, but would be positioned at strategic locations to deter a new Russian attack. France and Britain will send a joint team to Ukraine to prepare the plan with the Ukrainian military.

UK Prime Minister Keir Starmer said the coalition would keep working “at pace” and that pressure on Russia should be increased. He said there was “no agreement” among participants to lift sanctions before a settlement. Downing Street said military planners would meet again in London next week.

President Volodymyr Zelenskyy, who met Macron on Wednesday evening, said Ukraine wanted clear security guarantees. “We need unity, not pauses,” he said.

NATO Secretary General Mark Rutte attended the meeting together with the leaders of Germany, Italy, Poland, Turkey and the Nordic states. German Defence Minister Boris Pistorius said Berlin would not decide on troops before the shape of a deal was known.

In Moscow, Kremlin spokesman Dmitry Peskov said any foreign troop presence in Ukraine was unacceptable. Russian Foreign Minister Sergei Lavrov said the plans showed European capitals wanted to prolong the conflict.

@@ 019 | europe | 2025-04-04 12:00 | nato-foreign-ministers-brussels
T: NATO foreign ministers debate defence spending targets in Brussels
NATO foreign ministers met in Brussels on Thursday and Friday to prepare the alliance’s summit in The Hague in June, with much of the discussion focused on how quickly European allies can increase defence spending.

U.S. Secretary of State Marco Rubio said Washington wanted every ally to commit to spending 5% of gross domestic product on defence over time. “We want NATO to be stronger,” he said, adding that the United States remained committed to the alliance.

Secretary General Mark Rutte said he expected a “high” new target to be agreed in The Hague, and that European industry must produce more air defence, artillery and ammunition. Only a few allies currently spend more than 3% of GDP.

EU foreign policy chief Kaja Kallas, who attended a session with NATO partners, said Ukraine needed more air defence systems now. Ukrainian Foreign Minister Andrii Sybiha briefed ministers on Russian attacks on Ukrainian cities.

Turkish Foreign Minister Hakan Fidan said Turkey’s defence industry could contribute to European security and that the EU should include Turkey in its new defence programmes. He said President Recep Tayyip Erdoğan would attend the summit in The Hague. Polish Foreign Minister Radosław Sikorski said the alliance must prepare for a long confrontation with Russia.

Diplomats said several allies had asked for a longer timetable, and that Spain, Belgium and Canada had concerns about the 5% figure.

@@ 020 | europe | 2025-04-11 18:15 | ukraine-defense-contact-group-brussels
T: Allies pledge air defence and drones for Ukraine at Brussels meeting
Defence ministers from around 50 countries pledged new military aid for Ukraine on Friday, including air defence systems, drones and artillery ammunition, at a meeting of the Ukraine Defense Contact Group at NATO headquarters.

The meeting was chaired for the first time by British Defence Secretary John Healey and German Defence Minister Boris Pistorius. U.S. Defense Secretary Pete Hegseth joined by video link.

Pistorius said Germany would deliver four more IRIS-T air defence systems and 300,000 rounds of ammunition. Healey announced £450 million of support from Britain and Norway, including radar systems and anti-tank mines. “Ukraine is in a stronger position today than it was a year ago,” Healey said.

Ukrainian Defence Minister Rustem Umerov said the pledges included €21 billion of new commitments and that air defence remained the top priority after Russian missile strikes on Kryvyi Rih and Kyiv.

NATO Secretary General Mark Rutte said that European allies and Canada were providing more military support than in previous years. Netherlands Defence Minister Ruben Brekelmans said his country would contribute to drones and radar.

The meeting took place as the U.S. continued talks with both Russia and Ukraine on a ceasefire. U.S. envoy Steve Witkoff was in St. Petersburg on Friday for a meeting with President Vladimir Putin, the Kremlin said.

@@ 021 | europe | 2025-04-19 21:05 | putin-easter-truce
T: Putin announces Easter truce, Zelenskyy says Ukraine will respond in kind
Russian President Vladimir Putin on Saturday ordered a halt to hostilities in Ukraine over the Orthodox Easter weekend, from 6 p.m. Moscow time on Saturday until midnight on Sunday, the Kremlin said.

Putin told his chief of general staff, Valery Gerasimov, that Russia expected Ukraine to follow the example but that troops must be ready to repel any violations. Kremlin spokesman Dmitry Peskov later said there was no order to extend the truce.

Ukrainian President Volodymyr Zelenskyy said that Ukraine would mirror Russia’s actions and proposed extending the pause on long-range drone and missile strikes on civilian infrastructure for 30 days. On Sunday he said Russian forces had continued shelling in several areas of the front, while Ukraine’s military reported fewer attacks than usual.

U.S. Secretary of State Marco Rubio said in Paris on Friday that the United States could step back from its mediation if there was no progress within days. A new round of talks with European and Ukrainian officials is planned in London next week.

French President Emmanuel Macron and UK Prime Minister Keir Starmer welcomed any pause in the fighting but said a full and unconditional ceasefire was needed. Downing Street said Starmer had spoken to Zelenskyy on Saturday evening. EU foreign policy chief Kaja Kallas said Russia should prove its intentions by agreeing to the U.S. proposal accepted by Kyiv in March.

@@ 022 | europe | 2025-04-24 09:35 | nordic-baltic-ministers-vilnius
T: Nordic and Baltic defence ministers meet in Vilnius on eastern flank
Defence ministers from the Nordic and Baltic states, Poland and Germany met in Vilnius on Thursday to coordinate air defence, drone production and the protection of undersea cables in the Baltic Sea.

Lithuanian Defence Minister Dovilė Šakalienė said the region needed “readiness, not reaction,” and announced that Lithuania would spend more than 5% of GDP on defence from next year. Estonia and Latvia made similar pledges last month.

German Defence Minister Boris Pistorius said the permanent German brigade in Lithuania would be fully operational by 2027. Poland’s Władysław Kosiniak-Kamysz presented progress on the East Shield fortification project along the borders with Russia and Belarus.

The ministers discussed the NATO mission Baltic Sentry, launched in January after damage to several subsea cables and pipelines. Finnish officials said patrols by ships and drones had improved awareness of suspicious shipping.

A joint statement said support for Ukraine was “an investment in our own security” and called for further sanctions on Russia’s shadow fleet. The ministers also expressed concern about political tensions in Georgia and Moldova and said the EU should remain engaged in the South Caucasus.

NATO Secretary General Mark Rutte, who spoke to the meeting by video, said allies on the eastern flank were “leading by example.” The Hague summit in June is expected to agree a new spending target.
@@ 023 | trade | 2025-02-27 17:25 | g20-finance-cape-town
T: G20 finance ministers meet in Cape Town as tariff threats cloud outlook
Finance ministers and central bank governors from the Group of 20 met in Cape Town on Wednesday and Thursday under South Africa’s presidency, with concerns about rising tariffs and slowing global trade dominating the discussions.

U.S. Treasury Secretary Scott Bessent did not attend, citing commitments in Washington, and the U.S. was represented by officials at a lower level. Several other ministers, including those of China and Japan, also stayed away, leaving the meeting without a joint communique.

South African Finance Minister Enoch Godongwana said multilateral cooperation was “not a luxury but a necessity” at a time of trade fragmentation. He urged members to keep markets open and to support debt relief for low-income countries.

International Monetary Fund Managing Director Kristalina Georgieva told participants that higher tariffs and uncertainty about trade policy could weigh on investment. The IMF currently expects global growth of 3.3% this year.

European Commissioner Valdis Dombrovskis said the European Union was ready to negotiate with Washington but would respond firmly to unjustified tariffs on European exports. The U.S. has announced 25% duties on steel and aluminium imports from March 12 and has threatened tariffs on cars, semiconductors and pharmaceuticals.

South Africa hands the G20 presidency to the United States at the end of the year.

@@ 024 | trade | 2025-03-04 13:05 | tariffs-canada-mexico-china-take-effect
T: U.S. tariffs on Canada, Mexico and China take effect; Ottawa retaliates
U.S. tariffs of 25% on imports from Canada and Mexico took effect on Tuesday, along with an increase in the duty on Chinese goods to 20%, prompting immediate countermeasures from Ottawa and Beijing.

Canadian Prime Minister Justin Trudeau announced 25% tariffs on 30 billion Canadian dollars of U.S. goods, rising to C$155 billion within three weeks. Canadian energy exports face a lower U.S. tariff of 10%.

China’s Ministry of Finance said it would impose additional tariffs of up to 15% on U.S. farm products, including chicken, wheat, corn and soybeans, from March 10. The commerce ministry added 15 U.S. companies to its export control list. Foreign Minister Wang Yi said no country should expect to pressure China and keep good relations with it at the same time.

Mexican President Claudia Sheinbaum said Mexico would announce its response on Sunday and that she would speak with President Donald Trump this week. Mexico is the largest trading partner of the United States.

Commerce Secretary Howard Lutnick said on Tuesday that Trump might “meet in the middle” with Canada and Mexico, and that exemptions for goods covered by the USMCA trade agreement were being considered.

Economists said the duties would raise prices for cars, food and building materials. Stock markets in New York fell for a second day, while the Canadian dollar and the Mexican peso weakened against the U.S. dollar.

@@ 025 | trade | 2025-03-12 11:30 | steel-aluminium-tariffs-eu-countermeasures
T: EU announces countermeasures as U.S. steel and aluminium tariffs take effect
The European Commission said on Wednesday it would impose countermeasures on up to €26 billion of U.S. goods from April, responding to 25% U.S. tariffs on steel and aluminium imports that took effect at midnight.

The first measures would reinstate tariffs on U.S. products that were suspended in 2018 and 2020, including boats, bourbon and motorbikes. A second list, covering industrial and farm goods such as soybeans and poultry, will follow after consultations with member states.

“We deeply regret this measure,” Commission President Ursula von der Leyen said in a statement. “Tariffs are taxes. They are bad for business and even worse for consumers.” She said the EU remained open to negotiations.

Trade Commissioner Maroš Šefčovič said he would speak with Commerce Secretary Howard Lutnick and U.S. Trade Representative Jamieson Greer in the coming days. The EU exports around €28 billion of affected steel and aluminium products to the U.S. a year, the Commission said.

Britain said it would not retaliate for now and would seek an exemption. Canada, the largest foreign supplier of steel and aluminium to the U.S., announced counter-tariffs on C$29.8 billion of U.S. goods.

The steel industry association Eurofer warned that steel diverted from the U.S. market could flood Europe, and asked the Commission to tighten its safeguard quotas.

@@ 026 | trade | 2025-03-19 15:45 | sefcovic-washington-lutnick-greer
T: EU trade chief Šefčovič holds talks in Washington on tariff dispute
EU Trade Commissioner Maroš Šefčovič met U.S. Commerce Secretary Howard Lutnick and U.S. Trade Representative Jamieson Greer in Washington on Wednesday, in a new attempt to avoid an escalation of the transatlantic trade dispute.

Šefčovič said afterwards that the talks had been “frank” and that both sides had agreed to keep working at technical level. “The EU is not the problem, we are part of the solution,” he wrote on social media.

The Commission has delayed the first part of its countermeasures to mid-April, to allow the two lists of tariffs to be combined and more time for talks. Member states including France and Italy had asked that whiskey be removed from the list after Trump threatened a 200% tariff on European wines and spirits.

U.S. officials want the EU to reduce its value-added taxes and regulations on digital services, which Washington considers barriers to trade. The EU says VAT applies to domestic and imported goods alike.

The talks come ahead of an announcement on April 2 of so-called reciprocal tariffs. Lutnick has said the administration wants to address the U.S. goods trade deficit with the EU, which was about $236 billion last year.

German industry group BDI called for a negotiated solution and warned that car exports would be badly affected by a planned 25% U.S. tariff on imported vehicles.

@@ 027 | trade | 2025-03-24 10:45 | china-development-forum-li-qiang
T: Li Qiang says China will keep markets open at Beijing forum
Chinese Premier Li Qiang told foreign business leaders in Beijing on Sunday that China would remain open to foreign investment and increase domestic consumption, as trade tensions with the United States intensified.

Speaking at the China Development Forum, Li said unilateralism and protectionism were rising and that the world needed more trade, not less. “We will make China’s market a big market for the world,” he said, promising equal treatment for foreign companies in public procurement.

The annual forum was attended by executives from Apple, Pfizer, Mercedes-Benz and Saudi Aramco. U.S. Senator Steve Daines met Li and Vice Premier He Lifeng and discussed fentanyl and tariffs, according to Chinese state media. President Xi Jinping is expected to meet foreign executives later in the week.

China’s Commerce Minister Wang Wentao said Beijing was ready to talk with Washington on an equal footing but would respond to pressure. China has imposed tariffs on U.S. farm goods in response to U.S. duties that now total 20% on Chinese imports.

Li said China would meet its growth target of around 5% this year, helped by government bonds and support for consumer spending. The government has launched a programme of subsidies to trade in old cars and household appliances for new ones.

Analysts said foreign companies were cautious about expanding in China because of weak demand, export restrictions and the risk of a new trade war.

@@ 028 | trade | 2025-04-03 07:50 | liberation-day-reciprocal-tariffs
T: Trump announces sweeping reciprocal tariffs; allies weigh response
President Donald Trump on Wednesday announced a minimum 10% tariff on almost all imports into the United States and higher rates for dozens of trading partners, in the broadest use of tariffs by Washington in decades.

At an event in the White House Rose Garden, Trump said the measures were “reciprocal” and would reflect tariffs and other barriers that partners impose on U.S. goods. The European Union faces a rate of 20%, Japan 24%, India 26% and China 34%, on top of earlier duties.

European Commission President Ursula von der Leyen said the tariffs were a major blow to the world economy and that the EU was preparing a package of countermeasures, while remaining open to negotiations.

Japanese Prime Minister Shigeru Ishiba called the tariffs “extremely regrettable” and said Tokyo would ask Washington to reconsider. China’s Ministry of Commerce said it would take countermeasures to safeguard its interests.

India’s Commerce Ministry said it was studying the implications and that talks on a bilateral trade agreement with the U.S. would continue. British Prime Minister Keir Starmer said the UK would keep a cool head; Britain faces the lowest rate of 10%.

Canada and Mexico were not included in the new list. The World Trade Organization’s Director-General Ngozi Okonjo-Iweala said the measures could cut global merchandise trade volumes by around 1% this year.

@@ 029 | trade | 2025-04-10 05:40 | tariff-pause-90-days
T: Trump pauses higher tariffs for 90 days, raises duties on Chinese goods
President Donald Trump on Wednesday announced a 90-day pause on the higher tariffs he imposed on dozens of countries, while keeping a 10% baseline duty and raising tariffs on imports from China.

Trump said more than 75 countries had contacted Washington to negotiate and had not retaliated. He said the tariff on Chinese goods would rise to 125%, after Beijing announced its own 84% tariff on U.S. products.

Treasury Secretary Scott Bessent told reporters at the White House that the decision had been the president’s strategy from the start and that negotiations would be tailored to each country. “Don’t retaliate and you will be rewarded,” he said.

Stock markets rose sharply after the announcement, with the S&P 500 index gaining more than 9%, its biggest one-day rise since 2008. Yields on U.S. Treasury bonds had risen earlier in the week.

The European Union, which had approved its first countermeasures on €21 billion of U.S. goods that day, said it would also suspend them for 90 days. Von der Leyen said she wanted to give negotiations a chance.

Chinese officials said Beijing would “fight to the end” if Washington continued to escalate. Vice Premier He Lifeng said China had no interest in a trade war but was not afraid of one.

@@ 030 | trade | 2025-04-12 09:10 | china-125-percent-counter-tariffs
T: China raises tariffs on U.S. goods to 125%, files new WTO complaint
China said on Friday it would raise its tariffs on all imports from the United States to 125% from Saturday, in response to U.S. duties on Chinese goods that now total 145%.

The State Council Tariff Commission said that at current tariff levels, there was no longer a market for U.S. goods in China, and that Beijing would ignore any further increases. The Ministry of Commerce said it had filed an additional complaint at the World Trade Organization.

President Xi Jinping, meeting Spanish Prime Minister Pedro Sánchez in Beijing, said there were no winners in a tariff war. “Going against the world will only lead to self-isolation,” Xi said, according to state media. Sánchez said Europe and China should work to avoid a trade war.

Foreign Minister Wang Yi told his counterparts from several countries by phone that the U.S. tariffs were a violation of WTO rules and a form of unilateral bullying.

The U.S. has since exempted smartphones, computers and some other electronics from the reciprocal tariffs, according to a notice from U.S. Customs and Border Protection.

Chinese exports to the United States were worth around $440 billion last year. Economists at several banks cut their growth forecasts for China, while warning that prices of many consumer goods in the U.S. would rise.

@@ 031 | trade | 2025-04-16 14:20 | wto-cuts-trade-forecast
T: WTO cuts trade forecast, warns tariff war could shrink goods trade
The World Trade Organization said on Wednesday that the volume of world merchandise trade was now expected to fall by 0.2% this year, compared with growth of 2.7% expected before recent U.S. tariff measures.

The decline could reach 1.5% if the United States reinstated the higher reciprocal tariffs suspended for 90 days and other countries followed with their own measures, the WTO said in its annual Global Trade Outlook.

WTO Director-General Ngozi Okonjo-Iweala said she was deeply concerned about the uncertainty. “The trade policy uncertainty is not good for the global economy,” she told a press conference in Geneva. She said trade between the United States and China could fall by as much as 81%.

North America is expected to see the steepest drop in exports and imports. Trade in services, which is not directly affected by tariffs, is forecast to grow more slowly than previously expected.

Okonjo-Iweala said more than 70% of global goods trade was still conducted under the most-favoured-nation terms of the WTO. She called on members to use the organisation as a platform for dialogue.

The European Union said it supported a reform of WTO dispute settlement. China said it would continue to uphold the multilateral trading system. U.S. officials have called for changes in how the organisation treats large developing economies.

@@ 032 | trade | 2025-04-22 16:55 | imf-spring-meetings-growth-cut
T: IMF cuts global growth forecast, citing tariffs and uncertainty
The International Monetary Fund on Tuesday cut its global growth forecast to 2.8% for this year, from 3.3% in January, saying higher tariffs and policy uncertainty would slow activity in the United States, China and many other economies.

In its World Economic Outlook, published at the start of the IMF and World Bank spring meetings in Washington, the fund forecast U.S. growth of 1.8% and growth in China of 4%. It said the risk of a U.S. recession had risen to around 40%.

IMF chief economist Pierre-Olivier Gourinchas said the global economy was at “a critical juncture” and that trade disputes must be resolved. Managing Director Kristalina Georgieva said countries should work to reduce trade barriers and rebalance their economies.

Treasury Secretary Scott Bessent said in a speech that the IMF and the World Bank needed to return to their core missions and that the U.S. wanted to rebalance global trade. He said he expected a de-escalation with China but that talks had not yet started.

World Bank President Ajay Banga said the bank would support developing countries facing the shock of tariffs and weaker commodity prices.

Finance officials from the G20 also met in Washington under South Africa’s presidency, and ministers from the Group of Seven met on the sidelines and discussed global imbalances, according to a statement from the Canadian G7 presidency.

@@ 033 | trade | 2025-04-24 08:15 | vance-delhi-india-us-trade-talks
T: India and U.S. agree terms for trade deal talks during Vance visit
India and the United States have agreed the terms of reference for negotiations on a bilateral trade agreement, officials said after U.S. Vice President JD Vance met Prime Minister Narendra Modi in New Delhi.

Vance said the two countries should reach a “fair” deal and that India could buy more U.S. energy and defence equipment. Modi’s office said the two leaders had reviewed progress in trade, technology and energy and welcomed “significant progress” in the talks.

Commerce and Industry Minister Piyush Goyal said India hoped to conclude the first part of an agreement by the autumn. India faces a 26% U.S. tariff under the reciprocal measures announced this month, which are suspended until July.

Indian officials have offered to reduce tariffs on U.S. goods such as bourbon, motorcycles and some farm products. Washington has raised concerns about Indian tariffs on agricultural goods and rules on data and medical devices.

Modi and President Donald Trump set a goal in February of more than doubling bilateral trade to $500 billion by 2030. The United States is India’s largest trading partner.

Foreign Minister S. Jaishankar said separately that India was also pursuing trade agreements with the European Union and the United Kingdom, and that talks with both were at an advanced stage.
@@ 034 | climate | 2025-02-26 12:35 | cop30-president-letter-ndcs
T: COP30 president urges countries to submit new climate plans
The president-designate of the COP30 climate conference, Brazilian diplomat André Corrêa do Lago, has urged governments to submit their new national climate plans as soon as possible, after most missed a February deadline set under the Paris Agreement.

In a first letter to parties, Corrêa do Lago said the conference in Belém in November should be “a COP of implementation” and called for a global effort against climate change, which he compared to a collective task. He said the 1.5C goal remained the reference point for climate action.

Only a small number of the nearly 200 parties had sent updated nationally determined contributions (NDCs) to the UN climate secretariat by the deadline. UN climate chief Simon Stiell said it was better to submit a strong plan a few months late than a weak one on time.

The United Kingdom, Brazil, Switzerland and the United Arab Emirates are among those that have submitted new emissions targets for 2035. The European Union is still discussing its target, while China and India have said their plans will be ready later this year.

The withdrawal of the United States from the Paris Agreement, ordered by President Donald Trump in January, will take effect in early 2026. Climate finance negotiators say the decision makes the goal of mobilising $300 billion a year for developing countries harder to reach.

President Luiz Inácio Lula da Silva has said Brazil wants the Amazon to be at the centre of the talks.

@@ 035 | climate | 2025-03-04 09:55 | opec-plus-confirms-april-increase
T: OPEC+ confirms plan to start raising oil output in April
A group of eight OPEC+ countries said on Monday they would go ahead with a planned increase in oil production from April, adding 138,000 barrels per day to the market as the first step in unwinding cuts of 2.2 million bpd.

The countries, led by Saudi Arabia and Russia, said the increase could be paused or reversed depending on market conditions. The OPEC secretariat in Vienna said “healthy market fundamentals” supported the decision.

Brent crude futures fell by around 2% to below $72 a barrel after the announcement, the lowest level in several weeks, as traders also weighed the impact of U.S. tariffs on fuel demand.

Saudi Energy Minister Prince Abdulaziz bin Salman had said in February that the group would remain cautious. Saudi Arabia’s spending plans under Crown Prince Mohammed bin Salman depend heavily on oil revenue. Russian Deputy Prime Minister Alexander Novak said the gradual increase reflected the expected rise in demand in the summer.

The group also said that Kazakhstan, Iraq and other countries that had pumped above their quotas would make additional compensation cuts. Analysts said compliance would be important for oil prices in the coming months.

OPEC Secretary General Haitham al-Ghais told an energy conference in Houston that oil demand would keep growing until 2050 and that investment in oil and gas production was needed. The International Energy Agency expects demand growth of about 1 million bpd this year.

@@ 036 | climate | 2025-03-07 16:00 | copernicus-february-sea-ice-record
T: February among warmest on record as polar sea ice hits new low
Last month was the third-warmest February on record globally, and the extent of sea ice around both poles fell to a record low, the European Union’s Copernicus Climate Change Service said on Thursday.

The global average surface air temperature for February was 1.59C above pre-industrial levels, according to the Copernicus data. It was the 19th month in the last 20 in which the temperature was more than 1.5C above the pre-industrial average.

Combined Arctic and Antarctic sea ice extent fell to its lowest daily level since satellite records began in the late 1970s. “One of the consequences of a warmer world is melting sea ice,” said Dr. Samantha Burgess, strategic lead for climate at the European Centre for Medium-Range Weather Forecasts.

Scientists had expected slightly cooler global temperatures because of the La Niña pattern in the Pacific, which usually has a cooling effect. The persistence of high temperatures has prompted research into other factors, such as reduced cloud cover and lower sulphur emissions from shipping.

The World Meteorological Organization said last month that 2024 was the warmest year on record and the first calendar year with an average temperature more than 1.5C above pre-industrial levels. The Paris Agreement target refers to long-term averages over decades.

Scientists say greenhouse gas emissions from burning coal, oil and gas are the main cause of global warming.

@@ 037 | climate | 2025-03-13 10:20 | eu-affordable-energy-clean-industrial-deal
T: EU presents plan to cut energy bills and speed up renewables
The European Commission has presented an action plan to lower energy bills for households and industry, alongside a Clean Industrial Deal meant to support manufacturing while keeping climate targets in place.

Energy Commissioner Dan Jørgensen said the plan could save €45 billion this year and up to €260 billion annually by 2040 through faster grid connections, lower network tariffs and long-term power purchase agreements. “Energy prices are too high, and too volatile,” he said.

Executive Vice-President Teresa Ribera said Europe must decarbonise and stay competitive at the same time. The package includes a new bank to finance industrial decarbonisation with €100 billion and measures to simplify state aid for renewables, hydrogen and storage.

Climate Commissioner Wopke Hoekstra said the Commission would propose a 2040 target of a 90% cut in net greenhouse gas emissions in the coming months. Some member states and industry groups have asked for more flexibility, including the use of international carbon credits.

Environmental groups welcomed the focus on electrification but criticised plans to increase imports of liquefied natural gas. Wholesale electricity prices in the EU remain about twice the level of those in the United States.

The European Parliament and member states must now agree on the legislative parts of the plan. Energy ministers will discuss it at a meeting in Brussels on March 17.

@@ 038 | climate | 2025-03-20 15:10 | uk-offshore-wind-clean-power-2030
T: UK sets out reforms to speed up offshore wind and grid connections
The British government has announced reforms to speed up connections of wind and solar farms to the electricity grid, as part of its plan to decarbonise the power system by 2030.

Energy Secretary Ed Miliband said hundreds of speculative projects would be removed from the queue for grid connections, allowing ready projects to connect more quickly. “Clean power is the way to bring down bills and protect the country from fossil fuel price spikes,” Miliband said.

The National Energy System Operator said the changes could unlock up to 100 gigawatts of new renewable and storage capacity. The next auction for renewable power contracts, which will open in the summer, is expected to support record amounts of offshore wind.

Industry group RenewableUK welcomed the plan but said supply chains for turbines, cables and transformers were under pressure. Offshore wind developers have faced higher costs for equipment and finance in the last two years.

Opposition Conservatives said the 2030 target was unrealistic and would raise costs for households. Chancellor Rachel Reeves said the government would set out investment in nuclear power, including small modular reactors, at the spending review in June.

The UK has around 15 GW of offshore wind capacity and aims to have between 43 and 50 GW by 2030. Wind power supplied about 30% of British electricity last year.

@@ 039 | climate | 2025-03-25 11:05 | iea-global-energy-review-emissions
T: IEA says energy-related emissions rose slightly as clean power expanded
Global energy-related carbon dioxide emissions rose by 0.8% in 2024 to a record 37.8 billion tonnes, as heatwaves increased demand for air conditioning, the International Energy Agency said on Monday.

In its Global Energy Review, the Paris-based agency said global energy demand grew by 2.2%, faster than the average of the last decade, with electricity consumption rising by almost 4.3%. Renewables and nuclear power supplied most of the growth in electricity generation.

Solar photovoltaic capacity additions reached around 700 gigawatts, a new record, with China accounting for more than half. Emissions in advanced economies fell, while those in China grew more slowly than in previous years.

IEA Executive Director Fatih Birol said the data showed that the world was moving into an “age of electricity” and that clean technologies were limiting the growth in emissions. He also said natural gas demand rose strongly, especially in Asia.

Coal demand increased by 1% in 2024, mainly because of hot weather in China and India. Oil demand grew by 0.8%, with almost no growth in the use of oil for power generation.

Electric cars accounted for about a fifth of all new car sales worldwide, the agency said. The IEA will publish a separate report on energy security and critical minerals in May.

@@ 040 | climate | 2025-04-04 08:30 | opec-plus-surprise-output-hike
T: Oil prices tumble after OPEC+ agrees larger than expected output rise
Oil prices fell to their lowest level in more than three years on Thursday after eight OPEC+ countries agreed to increase production by 411,000 barrels per day in May, three times the amount planned.

Brent crude fell by more than 6% to around $70 a barrel, also weighed down by concern that new U.S. tariffs would slow the world economy and reduce demand for fuel. U.S. West Texas Intermediate crude fell below $67.

In a statement, the group cited “continuing healthy market fundamentals and the positive market outlook” and said the increase could be paused or reversed. Analysts said Saudi Arabia wanted to encourage members that had produced above their quotas, such as Kazakhstan and Iraq, to respect the agreement.

Saudi Energy Minister Prince Abdulaziz bin Salman has said the group would act in a measured way. OPEC Secretary General Haitham al-Ghais said the decision was made by the eight countries and was consistent with the group’s commitment to market stability.

Lower oil prices could reduce revenue for producers whose budgets depend on high prices. The IMF estimates that Saudi Arabia needs a price of more than $90 a barrel to balance its budget.

The eight countries will meet again on May 5 to decide on production levels for June.

@@ 041 | climate | 2025-04-08 13:40 | chris-wright-lng-coal-energy-policy
T: U.S. Energy Secretary Wright promotes LNG exports and coal power
U.S. Energy Secretary Chris Wright said on Tuesday the United States would expand exports of liquefied natural gas and keep coal-fired power plants running to meet rising electricity demand from data centres and factories.

Speaking at an industry conference in Houston, Wright said that energy was “the foundation of everything” and that the administration would approve new LNG export terminals faster. The Department of Energy resumed approvals of new LNG export licences in January after a pause under the previous administration.

President Donald Trump signed executive orders on Tuesday to support the coal industry, including measures to keep ageing power plants open and to expand coal mining on federal land. Wright said coal would help ensure the reliability of the power grid.

Environmental groups said the policies would increase greenhouse gas emissions and harm public health. Utilities have said demand for electricity is growing for the first time in decades because of artificial intelligence and electric heating.

European buyers have increased imports of U.S. LNG, which supplied about half of the European Union’s LNG imports last year. The European Commission has said the EU could buy more U.S. gas as it phases out Russian supplies.

Wright also said the U.S. would support nuclear power and geothermal energy, but that wind and solar subsidies under the Inflation Reduction Act should be reviewed.

@@ 042 | climate | 2025-04-11 10:25 | hoekstra-beijing-climate-dialogue
T: EU and China hold climate talks in Beijing, pledge cooperation before COP30
European Climate Commissioner Wopke Hoekstra held talks with Chinese officials in Beijing on Thursday, with both sides saying they would work together to make the COP30 climate conference in Brazil a success.

Hoekstra met Minister of Ecology and Environment Huang Runqiu and China’s special envoy for climate change, Liu Zhenmin. A joint statement said the EU and China would exchange views on carbon markets, methane emissions and the transition away from fossil fuels.

“In these turbulent times, it is important that the two largest economies that are committed to the Paris Agreement stay the course,” Hoekstra said. Liu said China would submit its new emissions target for 2035 before the conference.

The EU has asked China to take on a greater share of climate finance for developing countries. Beijing says it provides support voluntarily and that developed countries must lead.

China installed more solar and wind capacity last year than the rest of the world combined, and its emissions may have peaked, according to some analysts. Coal still accounts for more than half of China’s electricity generation.

The two sides also discussed the EU’s carbon border adjustment mechanism, which will start charging importers of steel, aluminium and cement from 2026. China has described the mechanism as a trade barrier.

@@ 043 | climate | 2025-04-15 07:15 | india-heatwave-power-demand
T: Early heatwave pushes India’s electricity demand to April record
An early heatwave across northern and western India pushed peak electricity demand to a record for the month of April, the power ministry said on Tuesday, with temperatures above 44C in parts of Rajasthan and Gujarat.

Peak demand reached around 235 gigawatts, and the government expects it to rise to 270 GW in the summer. Officials said coal-fired power plants had higher stocks than last year and that solar generation would help meet demand during the day.

The India Meteorological Department warned of more heatwave days than normal between April and June. Dr. M. Mohapatra, the head of the department, advised people to avoid outdoor work in the afternoon.

Prime Minister Narendra Modi’s government has set a target of 500 GW of non-fossil power capacity by 2030. India added a record of nearly 30 GW of solar capacity in the last financial year, according to the Ministry of New and Renewable Energy.

Experts say that energy storage is needed to supply power in the evening, when solar output falls and demand remains high. The government has started tenders for battery storage projects.

Heat action plans have been introduced in more than 20 states, but researchers say many cities need better warning systems, shaded public spaces and water supplies for outdoor workers.

@@ 044 | climate | 2025-04-23 19:50 | lula-guterres-climate-video-meeting
T: Lula and Guterres convene leaders online to build support for COP30
Brazilian President Luiz Inácio Lula da Silva and UN Secretary-General António Guterres held a virtual meeting with world leaders on Wednesday to build support for new national climate plans ahead of the COP30 conference in Belém.

Chinese President Xi Jinping told the meeting that China would announce its 2035 climate target, covering all greenhouse gases and all sectors of the economy, before the conference. European Commission President Ursula von der Leyen said the EU would present its own plan in time.

“The era of fossil fuels is coming to an end,” Guterres said, adding that the cost of renewable energy had fallen sharply. He urged leaders to submit plans consistent with limiting global warming to 1.5C.

Lula said the Amazon must not reach a point of no return and called for finance for developing countries and the protection of tropical forests. Brazil has proposed a fund called Tropical Forests Forever to pay countries to keep their forests standing.

Leaders from Africa, Asia, Latin America and small island states also took part. The United States did not participate, a Brazilian official said.

UN climate chief Simon Stiell said new plans must be “ambitious and credible,” and that around 20 countries had submitted them so far. Diplomats said that the next round of technical negotiations in Bonn in June would be important.
@@ 045 | elections | 2025-02-24 06:45 | germany-election-merz-wins
T: Merz’s conservatives win German election, far-right AfD second
Germany’s conservative CDU/CSU alliance led by Friedrich Merz won Sunday’s federal election with 28.5% of the vote, according to preliminary official results, and will seek to form a coalition government within weeks.

The far-right Alternative for Germany (AfD), led by Alice Weidel, came second with 20.8%, its best result in a national election. Chancellor Olaf Scholz’s Social Democrats fell to 16.4%, their worst result since the Second World War, and Scholz said he took responsibility for the defeat.

The Greens won 11.6% and the Left party 8.8%. The liberal FDP and the new party of Sahra Wagenknecht both fell just short of the 5% threshold needed to enter the Bundestag, which makes a two-party coalition between the CDU/CSU and the SPD possible.

Merz told supporters in Berlin that he wanted a government in place by Easter. “The world out there is not waiting for us,” he said. He has ruled out cooperation with the AfD.

Turnout was 82.5%, the highest since reunification in 1990. The campaign was dominated by migration, the economy, which has shrunk for two years in a row, and security.

Leaders across Europe congratulated Merz. French President Emmanuel Macron said he looked forward to working with him, while European Commission President Ursula von der Leyen said she counted on a strong Germany in Europe.

@@ 046 | elections | 2025-02-27 18:20 | bayrou-survives-no-confidence-vote
T: French government survives no-confidence vote over budget
French Prime Minister François Bayrou’s government survived a motion of no confidence in the National Assembly on Wednesday, clearing the way for the final adoption of the 2025 budget after months of deadlock.

The motion, tabled by the hard-left France Unbowed party, received 121 votes, far short of the 289 needed to topple the government. The Socialist Party and Marine Le Pen’s National Rally did not support it.

Bayrou had used Article 49.3 of the constitution to pass the budget without a vote, a procedure that allows the opposition to respond with a motion of censure. “France needed a budget,” he told deputies, adding that the country could not afford another crisis.

The budget aims to reduce the public deficit to 5.4% of gross domestic product this year, from about 6% in 2024, through spending cuts and temporary taxes on large companies and high earners. The previous government of Michel Barnier fell in December during a similar vote.

President Emmanuel Macron has said he will not resign before the end of his term in 2027. The Élysée said the vote showed that “stability is possible.”

Economists said France’s finances remain under pressure, and ratings agencies will review the country’s credit score in the coming weeks. The Socialists said they would judge the government on its pension reform talks with unions, which began in February.

@@ 047 | elections | 2025-03-10 04:30 | carney-wins-liberal-leadership
T: Mark Carney wins Liberal leadership race, will succeed Trudeau as Canada’s PM
Former central banker Mark Carney won the leadership of Canada’s Liberal Party on Sunday with 85.9% of the vote, and will succeed Justin Trudeau as prime minister in the coming days.

Carney, who led the Bank of Canada and the Bank of England, defeated former Finance Minister Chrystia Freeland and two other candidates. About 150,000 party members voted, the party said.

In his victory speech in Ottawa, Carney said Canada faced “the most serious crisis of our lifetimes” because of U.S. tariffs, and that the government would keep its counter-tariffs in place until Washington showed respect. He said Canada would “never, in any way, shape or form, be part of America.”

Trudeau, who announced in January that he would step down, thanked party members and said he was proud of his government’s record. He has been prime minister since 2015.

Carney has no seat in the House of Commons, and is widely expected to call an early general election. The Liberals have recovered in opinion polls in recent weeks, narrowing the lead of Pierre Poilievre’s Conservatives.

Poilievre said Carney would continue Trudeau’s policies. New Democratic Party leader Jagmeet Singh said Canadians needed a government that would protect workers and public health care.

@@ 048 | elections | 2025-03-12 23:55 | greenland-election-demokraatit
T: Opposition Demokraatit party wins Greenland election
Greenland’s centre-right Demokraatit party won the island’s parliamentary election on Tuesday, in a vote that drew international attention after repeated statements by U.S. President Donald Trump about taking control of the territory.

The party, led by 33-year-old Jens-Frederik Nielsen, won 29.9% of the vote, up from 9% in 2021. The Naleraq party, which favours a rapid move to independence from Denmark, came second with 24.5%. The governing Inuit Ataqatigiit party of Prime Minister Múte B. Egede fell to third.

Nielsen said Greenlanders wanted independence eventually, but not immediately, and that the economy must come first. “We do not want to be Americans. We do not want to be Danes. We want to be Greenlanders,” he said in an interview with local media.

Turnout was higher than at the previous election. Greenland, home to about 57,000 people, is a semi-autonomous territory within the Kingdom of Denmark, with its own parliament, the Inatsisartut.

Danish Prime Minister Mette Frederiksen congratulated the winners and said Copenhagen respected the result. Coalition talks are expected to take several weeks.

The campaign focused on health care, fishing rights, mining and the relationship with Denmark and the United States. Nielsen said he would invite all parties to talks on forming a broad government.

@@ 049 | elections | 2025-03-18 20:40 | bundestag-debt-brake-reform-vote
T: German parliament approves debt rule changes for defence and infrastructure
Germany’s outgoing Bundestag on Tuesday approved changes to the constitution to exempt much of defence spending from the country’s strict borrowing rules and to create a €500 billion fund for infrastructure.

The reform, negotiated by Friedrich Merz’s CDU/CSU, the Social Democrats and the Greens, received 513 votes, more than the two-thirds majority required. The upper house, the Bundesrat, is expected to approve it on Friday.

Defence spending above 1% of gross domestic product will no longer count towards the limit on new borrowing, known as the debt brake. Of the infrastructure fund, €100 billion will go to climate protection, a condition set by the Greens.

Merz told the chamber that the decision was “a first big step towards a new European defence community.” SPD co-leader Lars Klingbeil said the reform would modernise schools, railways and bridges.

The AfD and the Left party voted against, arguing that the old parliament should not change the constitution after the election. The Federal Constitutional Court rejected several challenges last week.

Merz, who is expected to be elected chancellor by the new Bundestag, has said coalition talks with the SPD should conclude by Easter. German bond yields rose sharply after the plans were announced earlier this month.

@@ 050 | elections | 2025-03-24 14:50 | carney-calls-snap-election
T: Carney calls snap Canadian election for April 28
Canadian Prime Minister Mark Carney on Sunday asked Governor General Mary Simon to dissolve parliament and called a general election for April 28, saying he needed a strong mandate to deal with U.S. President Donald Trump.

“We are facing the most significant crisis of our lifetimes,” Carney said in Ottawa, nine days after being sworn in. He said he would run in the Ottawa-area riding of Nepean.

Conservative leader Pierre Poilievre, who began campaigning in Quebec, said Canadians needed change after a decade of Liberal government, and promised tax cuts and faster approval of energy projects.

Opinion polls show the Liberals and Conservatives close, after the Conservatives led by more than 20 points at the start of the year. New Democratic Party leader Jagmeet Singh and Bloc Québécois leader Yves-François Blanchet also launched their campaigns.

The campaign will last 36 days. Elections Canada said advance voting would take place from April 18 to 21, and that more than 28 million people were eligible to vote.

Carney announced a tax cut for lower incomes on his first day in office and ended the consumer carbon tax. He has said Canada must diversify its trade away from the United States, its largest partner.

@@ 051 | elections | 2025-03-28 07:35 | albanese-calls-may-election
T: Albanese calls Australian federal election for May 3
Australian Prime Minister Anthony Albanese on Friday called a federal election for May 3, launching a five-week campaign in which the cost of living and housing are expected to be the main issues.

Albanese visited Governor-General Sam Mostyn in Canberra to dissolve parliament. “We have come through difficult times,” he told reporters, and said his Labor government had helped households with energy bill relief and tax cuts.

Opposition leader Peter Dutton, whose Liberal-National coalition has led some opinion polls, said Australians were worse off than three years ago. Dutton has proposed building nuclear power stations and cutting public service jobs in Canberra.

Labor won 77 of the 151 seats in the House of Representatives in 2022. Analysts say a minority government is possible, which could give independents and the Greens influence.

Voting in Australia is compulsory for citizens over 18. The Australian Electoral Commission said more than 18 million people were enrolled, a record.

Albanese’s government delivered its budget on Tuesday, with a forecast deficit of 27.6 billion Australian dollars. Treasurer Jim Chalmers said inflation had fallen and that interest rates had started to come down.

@@ 052 | elections | 2025-04-09 17:25 | german-coalition-agreement-cdu-spd
T: Merz and SPD present coalition agreement for new German government
Germany’s conservatives and Social Democrats on Wednesday presented a coalition agreement, clearing the way for Friedrich Merz to become chancellor six weeks after the federal election.

The 144-page document, titled “Responsibility for Germany,” includes stricter migration rules, tax cuts for companies from 2028, a reduction of electricity prices and a new voluntary military service. The SPD will take seven ministries, including finance, defence and labour.

“Germany is getting a government that is capable of acting and strong,” Merz told a news conference in Berlin with SPD leaders Lars Klingbeil and Saskia Esken and Bavarian leader Markus Söder of the CSU.

Klingbeil said the agreement would protect jobs and pensions at a time of trade conflict. Söder said the new government would put the economy first.

The agreement must still be approved by the members of the SPD in a postal vote and by the parties’ leadership. Merz could then be elected chancellor by the Bundestag in early May.

Outgoing Chancellor Olaf Scholz said he wished the new government success. The AfD, which has risen in some opinion polls, said the coalition represented more of the same.

@@ 053 | elections | 2025-04-14 08:05 | ecuador-runoff-noboa
T: Noboa wins Ecuador presidential runoff, rival requests recount
Ecuador’s President Daniel Noboa won a full four-year term in a runoff election on Sunday, with 55.6% of the vote against 44.4% for left-wing candidate Luisa González, according to the National Electoral Council.

Noboa, who was first elected in 2023 to finish the term of his predecessor, thanked voters in the coastal town of Olón. He has promised to continue his security policies and to attract foreign investment.

González said she did not recognise the results and that her party would ask for a recount. Observers from the Organization of American States and the European Union said they would present their reports in the coming days and did not report major irregularities on election day.

Voting is compulsory in Ecuador for citizens between 18 and 64. Turnout was about 83%, the electoral council said.

The campaign focused on security, the economy and the power cuts that affected the country last year. Noboa has declared states of emergency in several provinces.

U.S. Secretary of State Marco Rubio congratulated Noboa and said the United States looked forward to continuing cooperation. The new term begins on May 24.

@@ 054 | elections | 2025-04-16 12:50 | georgia-counties-election-preparations
T: Georgia counties prepare for special elections as state funds new equipment
Election officials in Georgia are preparing for a series of local special elections in June, after the state legislature approved funding for new ballot printers and training for poll workers in its budget for the coming fiscal year.

Gov. Brian Kemp signed the budget on Tuesday in Atlanta. The spending plan includes $4.2 million for county election offices, according to a summary from the governor’s office. A spokesperson for the secretary of state’s office said the funds would help counties replace ageing equipment before the 2026 midterm elections.

In Fulton County, officials said they would recruit around 1,500 poll workers for the special elections, which include two state House seats and several school board positions. “Our job is to make voting easy and secure for every voter,” said R. Daniels, the county’s elections director.

Early voting will begin three weeks before election day. Voters can check their registration status online or at county offices, and the deadline to register is May 19.

Georgia has been a closely contested state in recent presidential elections. Democrats and Republicans said they would campaign in the districts, which are considered competitive.

The state also plans an audit of voter rolls this summer. Voting rights groups said they would monitor the process to ensure that eligible voters are not removed by mistake.

@@ 055 | elections | 2025-04-22 21:30 | poland-presidential-debate
T: Polish presidential candidates clash in televised debate
Candidates in Poland’s presidential election met in a televised debate on Monday evening, with security, the war in Ukraine, housing and relations with the European Union dominating the discussion, less than four weeks before the first round on May 18.

Warsaw Mayor Rafał Trzaskowski of Prime Minister Donald Tusk’s Civic Coalition leads opinion polls, followed by historian Karol Nawrocki, who is backed by the opposition Law and Justice (PiS) party. Far-right candidate Sławomir Mentzen is in third place.

Trzaskowski said Poland should be a strong voice in the EU and continue to raise defence spending, which is planned at 4.7% of GDP this year. Nawrocki said the next president must defend Polish sovereignty and farmers. Mentzen called for lower taxes and less regulation.

Outgoing President Andrzej Duda, who has served two terms, cannot run again. The president in Poland can veto laws, which has limited the ability of Tusk’s government to pass reforms since 2023.

If no candidate wins more than 50% of the vote, a runoff will be held on June 1. Polls suggest that Trzaskowski and Nawrocki are likely to face each other.

Turnout in Polish presidential elections has been rising. In 2020, about 68% of voters took part in the runoff.

@@ 056 | elections | 2025-04-25 10:40 | canada-campaign-final-days
T: Canadian parties make final appeal as advance voting hits record
Canadian party leaders made their final appeals to voters on Thursday ahead of Monday’s election, after Elections Canada said a record 7.3 million people had cast their ballots during four days of advance voting.

Prime Minister Mark Carney campaigned in Ontario and said Canadians should give him a strong mandate to negotiate with Washington. His Liberal Party has led most national opinion polls since the start of the campaign.

Conservative leader Pierre Poilievre held rallies in British Columbia and Alberta and said the Liberals had made housing and food unaffordable. He promised to cut income tax and to build pipelines.

New Democratic Party leader Jagmeet Singh said his party would protect public health care and dental care. Bloc Québécois leader Yves-François Blanchet campaigned in Quebec, where the Liberals and the Bloc are competing for several seats.

Advance voting increased by about 25% compared with the 2021 election. Voters can also vote by mail until election day.

The campaign has been dominated by the relationship with the United States. Carney said in the leaders’ debate last week that Canada must build its economy and reduce its dependence on its neighbour. Polls close at 9:30 p.m. Eastern Time in most of the country on Monday.
@@ 057 | health_tech | 2025-02-25 14:35 | who-pandemic-agreement-talks-resume
T: WHO members resume talks on pandemic agreement in Geneva
Member states of the World Health Organization resumed negotiations in Geneva on Monday on a global agreement to prevent and respond to future pandemics, with the aim of concluding the text before the World Health Assembly in May.

The Intergovernmental Negotiating Body has been working on the draft since late 2021. The main unresolved issues include a system for sharing pathogens and genetic sequence data, and commitments to share vaccines, tests and treatments with poorer countries during a health emergency.

WHO Director-General Tedros Adhanom Ghebreyesus told negotiators that the world “cannot afford to be unprepared” and that the agreement would respect national sovereignty. “The next pandemic is a matter of when, not if,” he said.

The United States did not take part in the talks. President Donald Trump signed an order in January to withdraw from the WHO, a process that takes a year under U.S. law.

Negotiators said there had been progress on the transfer of technology for the manufacture of medical products and on the prevention of outbreaks linked to animals, known as the One Health approach.

Health groups urged delegations to protect equity provisions. The co-chair of the negotiations, Dr. Precious Matsoso of South Africa, said a compromise on the pathogen access and benefit-sharing system was within reach.

@@ 058 | health_tech | 2025-03-03 09:40 | eu-ai-act-prohibited-practices-guidelines
T: Commission publishes guidance on banned AI practices under EU AI Act
The European Commission has published guidelines explaining which uses of artificial intelligence are prohibited under the EU AI Act, after the first provisions of the law began to apply on Feb. 2.

The banned practices include social scoring by public or private actors, manipulative AI systems that exploit vulnerabilities, emotion recognition in workplaces and schools, and the untargeted scraping of facial images from the internet to build recognition databases.

Executive Vice-President Henna Virkkunen, who is responsible for technology policy, said the guidelines would provide “legal certainty” for providers and users of AI systems. Companies that break the rules can face fines of up to €35 million or 7% of global annual turnover.

The Commission also published guidance on the definition of an AI system. National market surveillance authorities will enforce the prohibitions from August, when penalties start to apply.

Work continues on a code of practice for general-purpose AI models, which will apply to developers of large language models from Aug. 2. Several technology companies have said that the draft code goes beyond the law, while civil society groups say it is too weak.

The Commission withdrew a separate proposal on AI liability in February. Virkkunen said the EU would simplify its digital rules but would not change the objectives of the AI Act.

@@ 059 | health_tech | 2025-03-06 19:15 | texas-measles-outbreak-vaccination
T: Measles cases rise in Texas as health officials urge vaccination
Health officials in Texas reported 159 measles cases linked to an outbreak in the western part of the state on Tuesday, most of them among unvaccinated children, and urged families to check their vaccination status.

The Texas Department of State Health Services said 22 patients had been admitted to hospital. Neighbouring New Mexico has reported nine cases. The outbreak is the largest in Texas in about 30 years.

Dr. Ana Morales, a paediatrician in Lubbock, said her clinic had seen a rise in parents asking for the measles, mumps and rubella (MMR) vaccine. “Two doses are about 97% effective,” she said. “It is never too late.”

Chad Reeves, a father of two in Lubbock, said he had brought his youngest child for a second dose earlier than planned. “We didn’t want to take any chances,” he said.

The U.S. Centers for Disease Control and Prevention (CDC) said it had sent a team to support local health departments and that vaccination remained the best protection. Measles was declared eliminated in the United States in 2000, but outbreaks occur when the virus is brought in by travellers and spreads in communities with low vaccination rates.

The World Health Organization said measles cases in Europe and Central Asia reached their highest level in more than 25 years in 2024.

@@ 060 | health_tech | 2025-03-14 11:55 | who-budget-cuts-after-us-withdrawal
T: WHO plans budget cuts and reorganisation after U.S. withdrawal
The World Health Organization is preparing to reduce its budget and management structure after the United States announced its withdrawal, Director-General Tedros Adhanom Ghebreyesus told member states on Thursday.

The agency has proposed a budget of $4.2 billion for 2026–2027, about 20% lower than the earlier plan. Tedros said the U.S. had provided about 18% of the WHO’s funding in recent years and that the organisation would “prioritise” its core work on emergencies, disease surveillance and support to countries.

Tedros said he had frozen recruitment and reduced travel, and that the number of senior managers would be cut. “We are looking at all options,” he said.

Several governments have said they will increase their contributions. China announced an additional $500 million over five years, and member states agreed in 2022 to raise mandatory fees gradually.

The withdrawal of U.S. funding also affects programmes on polio, HIV and tuberculosis run by partners of the WHO. The Global Fund and Gavi, the Vaccine Alliance, are preparing their own funding rounds this year. In Afghanistan, where the Taliban authorities have limited house-to-house campaigns, polio vaccination relies on WHO-supported health workers.

Public health experts said the cuts could weaken global outbreak detection at a time of several ongoing emergencies, including mpox in Africa and cholera in several countries.

The World Health Assembly will discuss the budget in Geneva in May.

@@ 061 | health_tech | 2025-03-19 08:50 | uk-online-safety-act-illegal-harms
T: UK online safety rules on illegal content come into force
Online platforms operating in the United Kingdom must now take steps to protect users from illegal content, after the first duties of the Online Safety Act came into force on Monday.

The communications regulator Ofcom said companies must assess the risks of illegal material such as child sexual abuse, fraud and terrorism content on their services and put in place measures to remove it quickly. Platforms that fail to comply can be fined up to £18 million or 10% of global revenue.

Technology Secretary Peter Kyle said the law would make the internet safer, especially for children. “Platforms must now proactively find and take down illegal content,” he said in a statement.

Ofcom has published codes of practice with more than 40 measures, including hash-matching technology to detect known abuse images and easier reporting tools for users. The regulator said it had opened an enforcement programme on file-sharing services.

Rules on protecting children from harmful but legal content, such as material about self-harm, will follow in July, along with age checks for pornography sites.

Some technology companies and privacy groups have warned that parts of the law could affect encrypted messaging. Ofcom’s chief executive, Dame Melanie Dawes, said the regulator would act proportionately and focus on the largest risks.

@@ 062 | health_tech | 2025-03-27 16:45 | h5n1-bird-flu-surveillance
T: Health agencies step up bird flu surveillance as H5N1 spreads in animals
International health and animal agencies have called for closer surveillance of H5N1 bird flu after the virus was detected in new animal species and in dairy cattle in several U.S. states.

The World Health Organization, the Food and Agriculture Organization (FAO) and the World Organisation for Animal Health (WOAH) said in a joint assessment that the risk to the general public remained low, but that the risk for people exposed to infected animals was low to moderate.

Britain confirmed a case of H5N1 in a sheep in Yorkshire, the first known infection of the kind, after the virus was found in poultry on the same farm. The government said the animal had been culled and that there was no risk to the food supply.

The U.S. Department of Agriculture has announced a $1 billion plan to tackle the spread of bird flu in poultry, which has caused egg prices to rise. About 70 human infections have been reported in the U.S. since 2024, most of them mild.

Dr. Maria Van Kerkhove, who leads epidemic and pandemic preparedness at the WHO, said countries should test more farm workers and share genetic sequences quickly. Experts say mutations that allow the virus to spread between people have not been observed.

The European Centre for Disease Prevention and Control said it was monitoring the situation and that vaccines for at-risk workers were available in some EU countries.

@@ 063 | health_tech | 2025-04-02 13:25 | china-ai-content-labelling-rules
T: China issues rules requiring labels on AI-generated content
China’s internet regulator has issued rules requiring online platforms and AI service providers to label content generated by artificial intelligence, including text, images, audio and video.

The Cyberspace Administration of China (CAC) said the rules would take effect on Sept. 1 and were meant to protect users and combat disinformation. Providers must add visible labels and hidden watermarks in the metadata of AI-generated files, and platforms must check for such markers before distributing content.

The regulator published the rules together with a national standard developed with the Ministry of Industry and Information Technology. Companies that offer chatbots and image generators in China already need to register their models with the authorities.

Chinese AI developers such as DeepSeek, Alibaba and Baidu have released a series of new models this year, many of them with open weights. Analysts said the rules would add compliance costs but were similar to measures discussed in Europe and the United States.

The EU AI Act also requires deepfakes and AI-generated text published on matters of public interest to be labelled, with obligations starting in 2026. In the United States, several states have passed laws on AI-generated content in election advertising.

The CAC said it would launch a campaign against the misuse of AI, including fake news and impersonation, in the coming months.

@@ 064 | health_tech | 2025-04-16 07:40 | who-pandemic-agreement-text-agreed
T: WHO members agree text of pandemic agreement after three years of talks
Member states of the World Health Organization agreed early on Wednesday on the text of a global pandemic agreement, after more than three years of negotiations in Geneva.

The draft will be presented for adoption at the World Health Assembly in May. It commits countries to strengthen surveillance and health systems, to share pathogen samples and to ensure fairer access to vaccines, medicines and tests during pandemics.

Under the agreement, manufacturers that join a new pathogen access and benefit-sharing system would make 20% of their real-time production of pandemic products available to the WHO, with at least half as donations. Details of the system will be negotiated in an annex over the next year.

WHO Director-General Tedros Adhanom Ghebreyesus said the nations of the world had “made history” and had shown that multilateralism was alive. “In a divided world, they worked together to find common ground,” he said.

The agreement says that the WHO has no authority to order countries to impose lockdowns, vaccine mandates or travel bans, a point raised by critics of the talks.

The United States, which is withdrawing from the WHO, did not take part in the final stage. Argentina has also announced its withdrawal. Health groups said the agreement was a step forward but that funding and implementation would decide its impact.

@@ 065 | health_tech | 2025-04-23 15:05 | eu-dma-fines-apple-meta
T: EU fines Apple and Meta under Digital Markets Act
The European Commission on Wednesday fined Apple €500 million and Meta €200 million for breaching the Digital Markets Act, the first penalties under the law that regulates the largest online platforms.

The Commission said Apple had prevented app developers from informing users of cheaper offers outside its App Store, and that Meta’s “pay or consent” model for Facebook and Instagram did not give users a real choice about the use of their personal data for advertising.

Executive Vice-President Teresa Ribera said the decisions sent “a strong and clear message” and that all companies operating in the EU must follow the rules. The companies have 60 days to comply or face periodic penalties.

Apple said it would appeal, arguing that the decision forced it to give away its technology for free. Meta said the Commission was trying to handicap successful American businesses.

The U.S. administration has criticised EU digital rules, and officials in Washington have described them as trade barriers. Commission officials said the DMA applied equally to all companies regardless of where they are based.

The Commission closed a separate investigation into Apple’s user choice obligations. Henna Virkkunen, the commissioner for technology, said the EU would continue to enforce the Digital Services Act, including an investigation into the platform X.

@@ 066 | health_tech | 2025-04-25 12:10 | gavi-malaria-vaccine-rollout-africa
T: African countries expand malaria vaccine rollout with Gavi support
Nineteen African countries have introduced malaria vaccines into their routine childhood immunisation programmes, Gavi, the Vaccine Alliance, said on Friday ahead of World Malaria Day.

More than 10 million doses of the RTS,S and R21 vaccines have been delivered since the rollout began in early 2024, Gavi said. Nigeria, the country with the highest number of malaria deaths, is expanding vaccination to more states this year.

Gavi chief executive Dr. Sania Nishtar said the vaccines could save tens of thousands of lives a year if they reach all children at risk. The alliance is preparing a funding conference in Brussels in June to raise at least $9 billion for its work from 2026 to 2030.

The World Health Organization said progress against malaria had stalled in recent years because of drug and insecticide resistance, climate change and funding gaps. There were an estimated 263 million cases and 597,000 deaths in 2023, most of them among young children in Africa.

WHO Director-General Tedros Adhanom Ghebreyesus said cuts in international aid threatened bed net campaigns and treatment programmes. The Global Fund, which finances most malaria programmes, is also preparing its replenishment.

Health ministers from Ghana, Kenya and Malawi said local production of vaccines and treatments should be increased. The African Union has set a target of producing 60% of vaccines used on the continent by 2040.
@@ 067 | misc | 2025-04-16 10:30 | easter-roast-turkey-prices
T: Turkey, ham or lamb? Supermarkets report shift in Easter roast sales
Turkey is turning up on more Easter tables this year, according to British supermarkets, as shoppers look for a cheaper alternative to lamb for the holiday weekend.

One large chain said sales of turkey crowns and whole birds were up 18% on last year in the two weeks before Easter, while lamb sales were flat. Turkey breast joints, which cook in under two hours, were the most popular cut.

“People want something that feeds the whole family without the price of a leg of lamb,” said butcher T. Hargreaves, who runs a shop in Leeds. He said customers were asking for smaller birds of four to five kilos, enough for six people.

Farmers said the price of lamb had risen because of lower flock numbers and higher feed costs. The National Farmers’ Union said demand for British poultry remained strong.

Chefs recommend brining the bird overnight in salted water with herbs to keep the meat moist. A glaze of honey, mustard and orange zest can be added in the last 20 minutes of roasting.

For those planning ahead, the usual rule is to cook turkey for 20 minutes per kilo plus 70 minutes at 190C, then rest it under foil for at least half an hour before carving. Leftovers can be turned into pies, curries or sandwiches on Monday.

@@ 068 | misc | 2025-03-31 22:15 | jordan-okafor-late-winner
T: Jordan Okafor’s late header gives Riverside United derby win
Jordan Okafor scored with a header in the 89th minute to give Riverside United a 2–1 win over their city rivals on Sunday and lift the club into the promotion places with seven games left.

The 23-year-old midfielder met a corner from Chad Whitmore at the near post after Riverside had spent most of the second half pressing for a winner. “I just attacked the ball,” Okafor said. “The whole stadium lifted us in the last ten minutes.”

The visitors had taken the lead after 20 minutes through a low shot from the edge of the area. Riverside equalised before half-time when striker L. Mendes converted a penalty after a handball.

Manager Sam Whitaker praised his team’s patience. “We kept playing the right way,” he said. “Jordan has been outstanding since January and deserves the headlines.”

Okafor, who joined from a lower-league club two seasons ago, has now scored seven goals this season, a career best for him. Scouts from several top-flight clubs were reported to be in the crowd.

Riverside face an away match on Saturday at 3 p.m. before two home games over the Easter weekend. The club said the derby had been watched by a record crowd of 24,311.
@@ 069 | de | 2025-03-21 16:20 | koalitionsgespraeche-berlin
T: Union und SPD setzen Koalitionsgespräche in Berlin fort
Die Unterhändler von CDU, CSU und SPD haben am Freitag in Berlin ihre Gespräche über eine gemeinsame Regierung fortgesetzt. Nach Angaben aus Verhandlungskreisen arbeiten 16 Arbeitsgruppen an Themen wie Wirtschaft, Migration, Rente und Verteidigung.

CDU-Chef Friedrich Merz sagte, er sei zuversichtlich, dass bis Ostern ein Koalitionsvertrag vorliegen könne. „Wir haben eine große Verantwortung für unser Land“, sagte Merz vor Journalisten. SPD-Chef Lars Klingbeil betonte, seine Partei werde auf sichere Arbeitsplätze und stabile Renten achten.

Strittig sind nach Berichten vor allem Steuerfragen und die Finanzierung der Sozialversicherungen. CSU-Chef Markus Söder forderte eine rasche Senkung der Energiepreise für Unternehmen.

Der Bundesrat hatte zuvor der Reform der Schuldenbremse zugestimmt. Damit stehen in den kommenden Jahren zusätzliche Mittel für die Bundeswehr und die Infrastruktur zur Verfügung. Die Arbeitsgruppen sollen ihre Ergebnisse bis Ende März vorlegen. Danach wollen die Parteivorsitzenden die offenen Punkte in kleiner Runde klären. Die SPD will ihre Mitglieder über einen möglichen Vertrag abstimmen lassen, bevor Merz im Bundestag zur Wahl steht.
"""

# ---------------------------------------------------------------------------
# Page furniture (all invented). Sidebar headlines are keyed by topic so that a
# page's sidebar always talks about other actors than its body.
# ---------------------------------------------------------------------------
SIDEBAR_HEADLINES: dict[str, list[tuple[str, str]]] = {
    # (first date the headline can appear in a sidebar, headline)
    "mideast": [
        ("2025-02-01", "Fidan and Saar trade barbs over Syria bases"),
        ("2025-02-01", "Hamas delegation arrives in Cairo for new round of truce talks"),
        ("2025-02-05", "Erdogan says Turkey will not leave Syrians alone after meeting al-Sharaa"),
        ("2025-02-01", "Araghchi: Iran will not negotiate under maximum pressure"),
        ("2025-03-16", "Houthis claim new missile launches as Red Sea shipping slows"),
        ("2025-02-01", "Qatar's prime minister meets Witkoff to discuss Gaza hostages"),
        ("2025-02-10", "Lebanon's Salam says state will decide on war and peace"),
        ("2025-02-01", "Saudi crown prince hosts regional leaders in Riyadh"),
        ("2025-02-01", "Hezbollah chief says group will cooperate with Lebanese army in the south"),
        ("2025-03-26", "Netanyahu's coalition passes budget after weeks of wrangling"),
    ],
    "europe": [
        ("2025-02-01", "Zelenskyy: Ukraine will not recognise occupied territories as Russian"),
        ("2025-02-01", "Kremlin says Putin open to meeting Trump but no date set"),
        ("2025-02-01", "Rutte urges allies to double ammunition production"),
        ("2025-03-10", "Kallas proposes €40 billion military aid package for Kyiv"),
        ("2025-02-01", "Lavrov accuses Europe of preparing for war"),
        ("2025-03-03", "Macron and Starmer to co-chair new coalition meeting"),
        ("2025-02-01", "Pistorius: Bundeswehr needs 100,000 more soldiers"),
        ("2025-02-01", "Sybiha meets Fidan in Ankara on Black Sea security"),
        ("2025-02-01", "NATO jets scrambled over the Baltic after airspace incident"),
        ("2025-02-01", "Orbán threatens veto on new Russia sanctions package"),
    ],
    "trade": [
        ("2025-04-10", "Bessent says China talks could start within weeks"),
        ("2025-02-01", "Wang Yi: Beijing will fight tariff bullying to the end"),
        ("2025-04-13", "Lutnick says chip tariffs coming in 'a month or two'"),
        ("2025-04-07", "Šefčovič offers zero-for-zero deal on industrial goods"),
        ("2025-04-03", "Okonjo-Iweala warns of 'very severe' hit to global trade"),
        ("2025-02-01", "G7 trade ministers to meet in Canada amid tariff tension"),
        ("2025-04-04", "Japan's Ishiba sends envoy to Washington on car tariffs"),
        ("2025-02-01", "Georgieva: tariffs are a test for the world economy"),
        ("2025-02-28", "Modi and von der Leyen set year-end deadline for trade deal"),
        ("2025-04-14", "Xi Jinping tours Southeast Asia to shore up trade ties"),
    ],
    "climate": [
        ("2025-04-04", "OPEC+ to consider another output hike at May meeting"),
        ("2025-04-05", "Brent slides below $65 as demand fears mount"),
        ("2025-02-01", "Guterres: fossil fuel era is running out of road"),
        ("2025-02-01", "Hoekstra: EU 2040 target will stay at 90%"),
        ("2025-02-01", "Miliband opens Great British Energy office in Aberdeen"),
        ("2025-02-01", "Birol: world entering 'age of electricity'"),
        ("2025-02-01", "Lula says Belém will show the Amazon to the world at COP30"),
        ("2025-02-01", "Prince Abdulaziz says oil market 'healthy and balanced'"),
        ("2025-04-15", "China's new solar installations smash records in first quarter"),
        ("2025-04-09", "Copernicus: March was warmest on record in Europe"),
    ],
    "elections": [
        ("2025-04-10", "Merz confident of majority in chancellor vote"),
        ("2025-03-24", "Poilievre and Carney trade blows over housing"),
        ("2025-03-29", "Albanese and Dutton clash over energy costs"),
        ("2025-02-01", "Trzaskowski leads latest presidential poll"),
        ("2025-02-24", "Scholz says SPD will take part in coalition talks"),
        ("2025-03-13", "Frederiksen congratulates Greenland's election winner"),
        ("2025-02-01", "Bayrou opens talks with unions over pensions"),
        ("2025-03-15", "Carney names new cabinet with smaller team"),
        ("2025-02-25", "Klingbeil elected SPD parliamentary leader"),
        ("2025-04-15", "Noboa thanks voters in Olón after runoff win"),
    ],
    "health_tech": [
        ("2025-02-01", "Tedros: pandemic agreement is within reach"),
        ("2025-02-01", "WHO warns of measles resurgence across Europe"),
        ("2025-04-09", "Virkkunen presents EU plan for AI gigafactories"),
        ("2025-03-18", "Ofcom opens investigation into file-sharing sites"),
        ("2025-04-24", "Apple to appeal €500m EU fine"),
        ("2025-02-01", "Gavi seeks $9 billion for 2026–2030"),
        ("2025-02-01", "Bird flu found on dairy farm in new U.S. state"),
        ("2025-02-01", "EU opens inquiry into app data transfers"),
        ("2025-02-27", "Texas reports first measles death in a decade"),
        ("2025-02-01", "Ribera: digital rules are not negotiable in trade talks"),
    ],
    "misc": [
        ("2025-02-01", "Weather: sunny spells and showers over the weekend"),
        ("2025-02-01", "Ten easy recipes for spring vegetables"),
        ("2025-02-01", "Riverside United fans queue overnight for cup tickets"),
        ("2025-02-01", "Photos of the week: cherry blossom season"),
        ("2025-04-14", "Travel chaos expected as Easter getaway begins"),
        ("2025-02-01", "Quiz of the week: how closely have you followed the news?"),
    ],
}

NAV_LINES = [
    "Home | World | Politics | Business | Climate | Tech | Opinion",
    "Home › World › {section}",
    "Skip to main content",
    "Menu  Search  Sign in  Subscribe",
    "World  Europe  Middle East  Americas  Asia  Africa  Business  Health",
]
SECTIONS = {
    "mideast": "Middle East", "europe": "Europe", "trade": "Business",
    "climate": "Climate", "elections": "Politics", "health_tech": "Health & Tech",
    "misc": "Life", "de": "Politik",
}
COOKIE_LINES = [
    "We use cookies to improve your experience. Accept all / Manage preferences",
    "This site uses cookies. By continuing to browse you agree to our use of cookies. OK",
    "We and our partners process data to personalise ads and content. Accept and close | Reject all",
]
SHARE_LINES = [
    "Share on Facebook Share on X Copy link",
    "Share this article: Facebook | X | WhatsApp | Email",
    "Share  Tweet  Pin  Email",
]
SUBSCRIBE_LINES = [
    "Subscribe to our newsletter",
    "Get the morning briefing in your inbox. Sign up",
    "Enjoying this article? Subscribe for unlimited access.",
]
AD_LINES = ["Advertisement", "ADVERTISEMENT", "Advertisement - scroll to continue", "Sponsored content"]
FOOTER_LINES = [
    "© 2025 Example News Media. All rights reserved.",
    "About us | Contact | Privacy policy | Terms of use | Cookie settings",
    "Follow us on Facebook, X and Instagram",
]
REPORTERS = {
    "mideast": [("Aylin Kaya", "Ankara Correspondent"), ("Karim Haddad", "Middle East Correspondent"),
                ("M. Rossi", "Diplomatic Editor"), ("Jane Doe", "Staff Reporter")],
    "europe": [("Tom Becker", "Brussels Correspondent"), ("Elena Petrova", "Europe Editor"),
               ("M. Rossi", "Diplomatic Editor"), ("Jane Doe", "Staff Reporter")],
    "trade": [("Sarah O'Neill", "Economics Correspondent"), ("David Park", "Business Reporter"),
              ("Tom Becker", "Brussels Correspondent")],
    "climate": [("Priya Nair", "Energy Correspondent"), ("David Park", "Staff Reporter"),
                ("Jane Doe", "Climate Reporter")],
    "elections": [("Oliver Grant", "Political Editor"), ("Lena Hoffmann", "Berlin Bureau"),
                  ("Jane Doe", "Staff Reporter")],
    "health_tech": [("J. Smith", "Health Reporter"), ("David Park", "Technology Reporter"),
                    ("Tom Becker", "Brussels Correspondent")],
    "misc": [("Jane Doe", "Staff Reporter"), ("Sam Price", "Sports Reporter")],
    "de": [("Lena Hoffmann", "Berlin")],
}
PHOTO_CREDITS = [
    "Photo: Reuters/John Smith", "(AP Photo/Maria Lopez)", "Photo: AFP/Pierre Martin",
    "Photo: Anadolu/Emre Yilmaz", "Image: Getty Images", "Photo: EPA/Anna Kowalska",
    "(AP Photo/Dan Miller, File)", "Photo: pool via Reuters",
]
COMMENT_POOL = [
    "Good summary, thanks for explaining the background.",
    "Interesting, but what about China's position on this?",
    "The EU always talks and talks. Let's see what actually happens.",
    "Would be good to hear what the UN and the Security Council say.",
    "Another meeting, another statement. Wake me up when there is a deal.",
    "Can someone explain what this means for energy prices?",
    "Well written. More coverage of India please.",
    "Washington and Moscow will decide this in the end, not Brussels.",
    "I live in Ankara and people here follow this very closely.",
    "Does anyone know when the next round of talks is?",
]
COMMENT_USERS = ["@newsreader", "@k_m", "@policywonk88", "@anna.b", "@jd_1975", "@observer", "@lisa_t", "@freetrader"]
TAG_CANDIDATES = {
    "mideast": ["Middle East", "Turkey", "Israel", "Syria", "Gaza", "Iran", "Lebanon", "Jordan", "Egypt", "Hamas", "diplomacy"],
    "europe": ["Ukraine", "Russia", "NATO", "EU", "defence", "France", "UK", "Germany", "security"],
    "trade": ["trade", "tariffs", "China", "EU", "WTO", "IMF", "economy", "India", "Canada"],
    "climate": ["climate", "energy", "oil", "OPEC", "COP30", "renewables", "emissions", "China"],
    "elections": ["elections", "politics", "Germany", "Canada", "France", "Australia", "Poland", "Greenland", "Georgia"],
    "health_tech": ["health", "WHO", "technology", "AI", "regulation", "vaccines", "EU"],
    "misc": ["Life", "Easter", "food", "turkey", "derby", "Riverside United"],
    "de": ["Politik", "Deutschland", "Koalition"],
}

# Which articles are published in which container format (the rest are .txt).
HTML_IDS = ["013", "028", "037", "061"]
JSONL_IDS = ["005", "021", "033", "043", "053", "063"]
CSV_IDS = ["010", "019", "040", "051", "066"]
COLLAPSED_IDS = {"017": 1, "036": 2, "049": 1, "060": 1}   # id -> number of lines left
CP1252_ID = "046"
EXACT_DUPLICATE = ("031", "070_global-goods-trade-outlook-geneva.txt")
NEAR_DUPLICATE = ("002", "071_ankara-damascus-border-talks-wire.txt")
EMPTY_FILE = "072_breaking-live-updates.txt"
BINARY_FILE = "073_photo-gallery.txt"
TRUNCATED_HTML = "html/074_eu-leaders-brussels-live.html"


@dataclass(frozen=True)
class Article:
    """One synthetic article as written (before any scrape noise)."""

    id: str
    topic: str
    published: datetime
    slug: str
    title: str
    paragraphs: tuple[str, ...]

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


def parse_articles(src: str) -> list[Article]:
    """Parse :data:`ARTICLES_SRC` into :class:`Article` records."""
    articles = []
    for block in src.split("@@ ")[1:]:
        header, rest = block.split("\n", 1)
        art_id, topic, when, slug = (part.strip() for part in header.split("|"))
        title_line, body = rest.strip().split("\n", 1)
        if not title_line.startswith("T: "):
            raise ValueError(f"article {art_id}: second line must start with 'T: '")
        paragraphs = tuple(p.strip() for p in body.strip().split("\n\n") if p.strip())
        articles.append(Article(art_id, topic, datetime.strptime(when, "%Y-%m-%d %H:%M"),
                                slug, title_line[3:].strip(), paragraphs))
    return articles


# ---------------------------------------------------------------------------
# Noise renderers
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def format_dateline(when: datetime, style: int) -> str:
    """Return a scraped-looking publication date in one of several styles."""
    hour12 = when.hour % 12 or 12
    ampm = "AM" if when.hour < 12 else "PM"
    styles = [
        f"Published {when.day} {MONTHS[when.month - 1]} {when.year}, {when:%H:%M}",
        f"{MONTHS[when.month - 1]} {when.day}, {when.year} {hour12}:{when:%M} {ampm}",
        f"{when:%d.%m.%Y %H:%M}",
        f"Updated: {when:%Y-%m-%d}",
        f"{when:%a} {when.day} {when:%b %Y} {when:%H.%M} GMT",
        f"Posted on {MONTHS[when.month - 1][:3]}. {when.day}, {when.year} at {hour12}:{when:%M} {ampm.lower()[0]}.m.",
    ]
    return styles[style % len(styles)]


def format_sidebar_time(when: datetime, scraped_at: datetime, yesterday: str = "Yesterday") -> str:
    """Timestamp as the seed's sidebar shows it: today, yesterday or a full date."""
    if when.date() == scraped_at.date():
        return f"{when:%H:%M}"
    if when.date() == (scraped_at - timedelta(days=1)).date():
        return f"{yesterday}, {when:%H:%M}"
    return f"{when:%d.%m.%Y, %H:%M}"


def pick_other_headlines(rng: random.Random, topic: str, n: int, as_of: datetime,
                         encodable: str | None = None) -> list[str]:
    """``n`` sidebar headlines from topics other than ``topic``, none later than ``as_of``."""
    pool = [h for t, items in SIDEBAR_HEADLINES.items() if t != topic
            for first, h in items if datetime.strptime(first, "%Y-%m-%d").date() <= as_of.date()]
    if encodable:
        pool = [h for h in pool if _encodes(h, encodable)]
    return rng.sample(pool, n)


def _encodes(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def related_block(rng: random.Random, headlines: list[str], published: datetime,
                  yesterday: str = "Yesterday") -> list[str]:
    """Seed-style sidebar: views and time of each item glued onto the next headline.

    Produces ``[h1, f"{v1}{t1}{h2}", ..., f"{vN}{tN}"]`` like
    ``21700:45US to demand ...`` in the seed page.
    """
    scraped_at = published + timedelta(hours=rng.uniform(1, 30))
    stamp = scraped_at
    lines = [headlines[0]]
    views = rng.randint(90, 400)
    for i in range(len(headlines)):
        stamp -= timedelta(minutes=rng.randint(20, 720))
        views += rng.randint(5, 260)
        glued = f"{views}{format_sidebar_time(stamp, scraped_at, yesterday)}"
        lines.append(glued + (headlines[i + 1] if i + 1 < len(headlines) else ""))
    return lines


def comments_block(rng: random.Random) -> list[str]:
    n = rng.randint(2, 4)
    lines = [f"{rng.randint(n, 48)} comments", "Log in to comment"]
    for text in rng.sample(COMMENT_POOL, n):
        lines.append(f"{rng.choice(COMMENT_USERS)} {rng.randint(1, 23)} hours ago")
        lines.append(text)
    return lines


def tags_line(article: Article) -> str:
    text = article.title + " " + article.body
    tags = [t for t in TAG_CANDIDATES[article.topic] if re.search(rf"\b{re.escape(t)}\b", text)]
    head = TAG_CANDIDATES[article.topic][0]
    if head not in tags:
        tags.insert(0, head)
    return "Tags: " + ", ".join(tags[:5])


def image_url(rng: random.Random, article: Article) -> str:
    return (f"https://cdn.example-news.net/img/{article.published:%Y/%m}/"
            f"{rng.getrandbits(40):010x}.jpg")


def render_page_lines(article: Article, rng: random.Random, *, with_title: bool = True,
                      encodable: str | None = None) -> list[str]:
    """Render one article as the line list a naive scraper would save."""
    lines: list[str] = [article.title] if with_title else []
    if rng.random() < 0.45:
        lines.append(rng.choice(NAV_LINES).format(section=SECTIONS[article.topic]))
    cookie_top = rng.random() < 0.3
    if cookie_top:
        lines.append(rng.choice(COOKIE_LINES))

    dateline = format_dateline(article.published, rng.randrange(6))
    if rng.random() < 0.8:
        name, role = rng.choice(REPORTERS[article.topic])
        byline = f"By {name}, {role}"
        glue = rng.random()
        if glue < 0.3:
            lines.append(byline + dateline)                   # glued by the scraper
        elif glue < 0.5:
            lines.append(f"{byline} | {dateline}")
        else:
            lines.extend([byline, dateline])
    else:
        lines.append(dateline)

    image = rng.choices(["stub", "markdown", "none"], weights=[0.35, 0.35, 0.3])[0]
    paragraphs = list(article.paragraphs)
    if image == "markdown":
        lines.append(f"![photo]({image_url(rng, article)})")
        lines.append(rng.choice(PHOTO_CREDITS))
    elif image == "stub":
        paragraphs[0] = "![]() " + paragraphs[0]
    elif rng.random() < 0.3:
        lines.append(rng.choice(PHOTO_CREDITS))

    ad_after = rng.randrange(1, len(paragraphs)) if rng.random() < 0.4 else None
    more_after = rng.randrange(1, len(paragraphs)) if rng.random() < 0.4 else None
    for i, para in enumerate(paragraphs):
        lines.append(para)
        if i + 1 == ad_after:
            lines.append(rng.choice(AD_LINES))
        if i + 1 == more_after:
            lines.append("Read more: " + pick_other_headlines(rng, article.topic, 1, article.published, encodable)[0])
    if rng.random() < 0.4:
        lines[-1] += " |"                                      # trailing table pipe
    if rng.random() < 0.5:
        lines.append(rng.choice(SHARE_LINES))
    if rng.random() < 0.4:
        lines.append(rng.choice(SUBSCRIBE_LINES))
    if rng.random() < 0.5:
        lines.append(tags_line(article))
    if rng.random() < 0.75:
        header = rng.choice([None, None, "Related news", "More on this topic", "Latest"])
        block = related_block(rng, pick_other_headlines(rng, article.topic, rng.randint(4, 7), article.published, encodable),
                              article.published)
        if header and rng.random() < 0.3:
            block[0] = header + block[0]                       # header glued to first headline
        elif header:
            block.insert(0, header)
        lines.extend(block)
    if rng.random() < 0.3:
        lines.append("Most read")
        for rank, headline in enumerate(pick_other_headlines(rng, article.topic, 5, article.published, encodable), 1):
            lines.append(f"{rank} {headline}")
    if rng.random() < 0.3:
        lines.extend(comments_block(rng))
    if not cookie_top and rng.random() < 0.25:
        lines.append(rng.choice(COOKIE_LINES))
    if rng.random() < 0.3:
        lines.extend(rng.sample(FOOTER_LINES, 2))
    return lines


GERMAN_SIDEBAR = [
    "Union und SPD ringen um Steuerfragen",
    "Bundesrat billigt Milliardenpaket für Verteidigung",
    "Ifo-Index: Stimmung in der Wirtschaft hellt sich leicht auf",
    "Grüne kündigen harte Opposition an",
    "Wetter: Frühling kommt mit bis zu 20 Grad",
]


def render_german_txt(article: Article, rng: random.Random) -> str:
    """A German-language page with German furniture (for language filtering)."""
    when = article.published
    lines = [article.title, "Startseite | Politik | Wirtschaft | Kultur | Sport",
             "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren / Einstellungen",
             f"Von {REPORTERS['de'][0][0]}, {REPORTERS['de'][0][1]} | {when:%d.%m.%Y, %H:%M} Uhr",
             f"![Foto]({image_url(rng, article)})", "Foto: dpa/Michael Weber"]
    lines.extend(article.paragraphs)
    lines.append("Teilen auf Facebook Teilen auf X Link kopieren")
    lines.append("Schlagworte: Politik, Deutschland, Koalition")
    lines.extend(related_block(rng, rng.sample(GERMAN_SIDEBAR, 4), when, yesterday="Gestern"))
    return "\n".join(lines) + "\n"


def render_txt(article: Article, rng: random.Random, *, encodable: str | None = None,
               collapse_to: int | None = None) -> str:
    """Plain-text page: title on line 1; optionally with all line breaks collapsed."""
    lines = render_page_lines(article, rng, encodable=encodable)
    if collapse_to == 1:
        return " ".join(lines) + "\n"
    if collapse_to == 2:
        return lines[0] + "\n" + " ".join(lines[1:]) + "\n"
    return "\n".join(lines) + "\n"


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def render_html(article: Article, rng: random.Random, *, tz_suffix: str = "Z") -> str:
    """A full HTML document with head metadata and nav/aside/footer furniture."""
    iso = f"{article.published:%Y-%m-%dT%H:%M:%S}{tz_suffix}"
    name, role = rng.choice(REPORTERS[article.topic])
    url = f"https://news.example.org/{SECTIONS[article.topic].lower().replace(' & ', '-').replace(' ', '-')}/{article.published:%Y/%m/%d}/{article.slug}"
    paras = []
    ad_after = rng.randrange(1, len(article.paragraphs))
    for i, para in enumerate(article.paragraphs):
        paras.append(f"      <p>{_e(para)}</p>")
        if i + 1 == ad_after:
            paras.append(f'      <div class="ad-slot" data-ad="mpu">{rng.choice(AD_LINES)}</div>')
    headlines = pick_other_headlines(rng, article.topic, 5, article.published)
    scraped_at = article.published + timedelta(hours=rng.uniform(1, 30))
    stamp, views, items = scraped_at, rng.randint(90, 400), []
    for headline in headlines:
        stamp -= timedelta(minutes=rng.randint(20, 720))
        views += rng.randint(5, 260)
        slug = re.sub(r"[^a-z0-9]+", "-", headline.lower()).strip("-")[:60]
        items.append(f'        <li><a href="/news/{slug}">{_e(headline)}</a>'
                     f'<span class="views">{views}</span><span class="time">'
                     f'{format_sidebar_time(stamp, scraped_at)}</span></li>')
    most_read = pick_other_headlines(rng, article.topic, 4, article.published)
    nav = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in
                  ["World", "Politics", "Business", "Climate", "Tech", "Health", "Opinion"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{_e(article.title)} | Example World News</title>
  <meta name="description" content="{html.escape(article.paragraphs[0][:150])}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{html.escape(article.title)}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{iso}">
  <meta property="article:section" content="{html.escape(SECTIONS[article.topic])}">
  <link rel="canonical" href="{url}">
  <link rel="stylesheet" href="/static/css/site.3f9a1c.css">
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"pageType": "article"}});</script>
  <style>.cookie-banner{{position:fixed;bottom:0}} .ad-slot{{min-height:250px}}</style>
</head>
<body class="article-page">
  <div class="cookie-banner" role="dialog">{_e(rng.choice(COOKIE_LINES))}
    <button>Accept all</button> <button>Manage preferences</button></div>
  <header class="site-header">
    <a class="logo" href="/">Example World News</a>
    <nav><ul>{nav}</ul></nav>
    <form class="search" action="/search"><input type="search" name="q" placeholder="Search"></form>
  </header>
  <main>
    <article>
      <p class="kicker">{_e(SECTIONS[article.topic])}</p>
      <h1>{_e(article.title)}</h1>
      <p class="byline">By <a href="/authors/{name.lower().replace(' ', '-').replace('.', '')}">{_e(name)}</a>, {role}
        <time datetime="{iso}">{format_dateline(article.published, 0)}</time></p>
      <figure>
        <img src="{image_url(rng, article)}" alt="">
        <figcaption>{_e(rng.choice(PHOTO_CREDITS))}</figcaption>
      </figure>
{chr(10).join(paras)}
      <div class="share">Share on Facebook Share on X Copy link</div>
      <p class="tags">{_e(tags_line(article))}</p>
    </article>
    <aside class="related">
      <h2>Related news</h2>
      <ul>
{chr(10).join(items)}
      </ul>
    </aside>
    <aside class="most-read">
      <h2>Most read</h2>
      <ol>{"".join(f"<li>{_e(h)}</li>" for h in most_read)}</ol>
    </aside>
  </main>
  <footer>
    <p>{_e(FOOTER_LINES[1])}</p>
    <p>{_e(FOOTER_LINES[0])}</p>
  </footer>
  <script src="/static/js/app.81c2e.js" defer></script>
</body>
</html>
"""


TRUNCATED_HTML_TEXT = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Live: EU leaders gather in Brussels | Example World News</title>
  <meta property="article:published_time" content="2025-03-20T08:05:00Z">
  <link rel="stylesheet" href="/static/css/site.3f9a1c.css">
</head>
<body class="article-page live">
  <header class="site-header">
    <a class="logo" href="/">Example World News</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>Live: EU leaders gather in Brussels</h1>
      <p>Leaders are arriving for the</p>
      <div class="sha"""


def record_text(article: Article, rng: random.Random) -> str:
    """Scraped text of a batch record: the page without its title line."""
    return "\n".join(render_page_lines(article, rng, with_title=False))


def article_url(article: Article) -> str:
    section = SECTIONS[article.topic].lower().replace(" & ", "-").replace(" ", "-")
    return f"https://news.example.org/{section}/{article.published:%Y/%m/%d}/{article.slug}"


def render_jsonl(articles: list[Article], rng: random.Random) -> str:
    lines = []
    for n, article in enumerate(articles, 1):
        record = {
            "id": f"wire-2025-{int(article.id):04d}",
            "title": article.title,
            "published_at": f"{article.published:%Y-%m-%dT%H:%M:%S}Z",
            "url": article_url(article),
            "text": record_text(article, rng),
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def render_csv(articles: list[Article], rng: random.Random) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["id", "title", "published_at", "url", "text"])
    for article in articles:
        writer.writerow([f"feed-{article.id}", article.title,
                         f"{article.published:%Y-%m-%dT%H:%M:%S}",
                         article_url(article), record_text(article, rng)])
    return buffer.getvalue()


# ---------------------------------------------------------------------------
# Deliberate faults
# ---------------------------------------------------------------------------
def syndicated_variant(article: Article, drop_sentence: int) -> Article:
    """Wire-syndicated copy: new headline, dateline, one sentence cut, straight quotes."""
    sentences = [s for p in article.paragraphs for s in split_sentences(p)]
    dropped = sentences[drop_sentence]
    paragraphs = []
    for para in article.paragraphs:
        para = para.replace(dropped, "").replace("  ", " ").strip()
        if para:
            paragraphs.append(para)
    paragraphs[0] = "ANKARA (Wire) — " + paragraphs[0]
    restyle = str.maketrans({"“": '"', "”": '"', "’": "'", "‘": "'"})
    paragraphs = [p.translate(restyle) for p in paragraphs]
    return Article("071", article.topic, article.published + timedelta(hours=2, minutes=10),
                   "ankara-damascus-border-talks-wire",
                   "Ankara, Damascus talk borders, refugees and Kurdish militia",
                   tuple(paragraphs))


def split_sentences(paragraph: str) -> list[str]:
    """Rough sentence split, good enough to drop one sentence from our own prose."""
    return [s for s in re.split(r"(?<=[.”])\s+(?=[A-Z“])", paragraph) if s]


def binary_blob(rng: random.Random, size: int = 2048) -> bytes:
    """PNG-like bytes: a PNG signature and IHDR header followed by random data with NULs."""
    header = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x00\xc8\x08\x06\x00\x00\x00"
    body = bytearray(rng.getrandbits(8) for _ in range(size - len(header)))
    for i in range(0, len(body), 37):
        body[i] = 0
    return header + bytes(body)


def shingle_similarity(a: str, b: str, k: int = 5) -> float:
    """Jaccard similarity of word ``k``-shingles (lower-cased, punctuation stripped)."""
    def shingles(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[i:i + k]) for i in range(len(words) - k + 1)}
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb)


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------
def write_manifest(out: Path) -> None:
    """``sha256sum``-compatible manifest of every file except README.md and itself."""
    rows = []
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        rel = "./" + path.relative_to(out).as_posix()
        if rel in ("./README.md", "./MANIFEST.sha256"):
            continue
        rows.append((rel, hashlib.sha256(path.read_bytes()).hexdigest()))
    rows.sort(key=lambda row: row[0].encode())
    (out / "MANIFEST.sha256").write_text("".join(f"{h}  {rel}\n" for rel, h in rows))


def build(out: Path) -> dict[str, object]:
    """Write the whole corpus into ``out``; return a summary for the README."""
    articles = {a.id: a for a in parse_articles(ARTICLES_SRC)}
    out.mkdir(parents=True, exist_ok=True)
    (out / "html").mkdir(exist_ok=True)
    (out / "batches").mkdir(exist_ok=True)
    if not (out / SEED_FILE).exists():
        print(f"note: seed {SEED_FILE} is missing; copy it from ../shared/seed/ (cp, byte-identical)")
    in_batches = set(HTML_IDS) | set(JSONL_IDS) | set(CSV_IDS)

    written: dict[str, str] = {}
    for art_id, article in articles.items():
        if art_id in in_batches:
            continue
        rng = random.Random(f"{SEED}-{art_id}")
        name = f"{art_id}_{article.slug}.txt"
        if article.topic == "de":
            (out / name).write_text(render_german_txt(article, rng), encoding="utf-8")
        elif art_id == CP1252_ID:
            text = render_txt(article, rng, encodable="cp1252")
            text = text.replace(article.title + "\n", article.title + "\nPolitics – France\n", 1)
            (out / name).write_bytes(text.encode("cp1252"))
        else:
            text = render_txt(article, rng, collapse_to=COLLAPSED_IDS.get(art_id))
            (out / name).write_text(text, encoding="utf-8")
        written[art_id] = name

    for n, art_id in enumerate(HTML_IDS):
        article = articles[art_id]
        rng = random.Random(f"{SEED}-html-{art_id}")
        tz = "+03:00" if n == 3 else "Z"
        (out / "html" / f"{art_id}_{article.slug}.html").write_text(render_html(article, rng, tz_suffix=tz), encoding="utf-8")
    (out / TRUNCATED_HTML).write_text(TRUNCATED_HTML_TEXT, encoding="utf-8")

    rng = random.Random(f"{SEED}-jsonl")
    (out / "batches" / "wire_batch_2025-04-25.jsonl").write_text(
        render_jsonl([articles[i] for i in JSONL_IDS], rng), encoding="utf-8")
    rng = random.Random(f"{SEED}-csv")
    (out / "batches" / "feed_export_2025-04-25.csv").write_text(
        render_csv([articles[i] for i in CSV_IDS], rng), encoding="utf-8")

    source_id, dup_name = EXACT_DUPLICATE
    (out / dup_name).write_bytes((out / written[source_id]).read_bytes())

    source_id, near_name = NEAR_DUPLICATE
    variant = syndicated_variant(articles[source_id], drop_sentence=4)
    (out / near_name).write_text(render_txt(variant, random.Random(f"{SEED}-near")), encoding="utf-8")
    similarity = {k: shingle_similarity(articles[source_id].body, variant.body, k) for k in (3, 5)}

    (out / EMPTY_FILE).write_bytes(b"")
    (out / BINARY_FILE).write_bytes(binary_blob(random.Random(f"{SEED}-binary")))
    write_manifest(out)
    return {"articles": len(articles), "near_duplicate_similarity": similarity}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "data" / "raw",
                        help="output folder (default: data/raw of this project)")
    summary = build(parser.parse_args().out)
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
