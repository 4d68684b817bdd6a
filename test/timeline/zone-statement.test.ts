import {expect, it, test} from 'vitest'
import {parseIncidents} from '../../src/index.js'
import {
  dayAfterZone,
  dayStatement,
  headerZone,
  zoneStatement
} from '../../src/timeline/zone-statement.js'

it('reads the zone a report states for its times, in the ways reports state it', () => {
  const zone = (text: string) => zoneStatement(text)?.name
  expect(zone('All times in UTC.')).toBe('UTC')
  expect(zone('All times are PDT (UTC-7).')).toBe('PDT')
  expect(zone('(all times are US/Pacific)')).toBe('US/Pacific')
  expect(zone('Timeline (times in BST)')).toBe('BST')
  expect(zone('Time zone: Europe/Paris')).toBe('Europe/Paris')
  expect(zone('All timings mentioned below are in IST (India Standard Time, UTC+5:30).')).toBe(
    'IST'
  )
  expect(zoneStatement('All timings mentioned below are in IST (UTC+5:30).')?.offset).toBe(330)
  expect(zone('Times are approximate.')).toBeUndefined()
  expect(zone('The times are bad for us.')).toBeUndefined()
  expect(zone('We restarted at noon.')).toBeUndefined()
})

it('reads a zone named by a city, and an offset whole rather than cut at its first digit', () => {
  expect(zoneStatement('Times are Sydney local.')?.iana).toBe('Australia/Sydney')
  expect(zoneStatement('All times are Denver local time.')?.iana).toBe('America/Denver')
  expect(zoneStatement('All clock times here are Berlin office time.')?.iana).toBe('Europe/Berlin')
  // A large city that keeps another's zone.
  expect(zoneStatement('Times: local time, Frankfurt')?.iana).toBe('Europe/Berlin')
  expect(zoneStatement('All times are Bengaluru time.')?.iana).toBe('Asia/Kolkata')
  // Once cut at `0`, `(UTC+02:00)` was read as UTC.
  expect(zoneStatement('All times are office time (UTC+02:00).')?.offset).toBe(120)
  expect(zoneStatement('All times are in UTC from 14:00-15:00')?.offset).toBe(0)
  expect(zoneStatement('Start time: 2023-03-14 14:23 UTC')).toBeUndefined()
})

it('reads `All the times below are ...`, with `the` between', () => {
  expect(
    zoneStatement('All the times below are Central, which is where most of us work.')?.iana
  ).toBe('America/Chicago')
})

it('reads the zone e-mail headers are shown in, and Atlantic and Newfoundland time', () => {
  expect(
    zoneStatement(
      'The Sent: headers are as displayed in our mail tenant, which is set to Central European Time (CET, UTC+1).'
    )?.iana
  ).toBe('Europe/Berlin')
  expect(zoneStatement('All times in this report are Newfoundland Time (NT).')?.iana).toBe(
    'America/St_Johns'
  )
  expect(zoneStatement('All times are Atlantic Time.')?.iana).toBe('America/Halifax')
  // `at` and `nt` are words, not zones.
  expect(zoneStatement('All times in this report are local time at the plant.')).toBeUndefined()
})

it('reads a city written small, and the zone chat timestamps were exported in', () => {
  expect(zoneStatement('all times are lisbon time (we were all at home)')?.iana).toBe(
    'Europe/Lisbon'
  )
  expect(
    zoneStatement(
      'All chat timestamps below are as the export gave them, in our workspace zone (US Pacific).'
    )?.iana
  ).toBe('America/Los_Angeles')
  expect(zoneStatement('all times are in our local time')).toBeUndefined()
})

it('reads a zone named with `local` before `time`: `UK local time`, `Pacific local time`', () => {
  expect(zoneStatement('All times are UK local time.')?.iana).toBe('Europe/London')
  expect(zoneStatement('Times below are Pacific local time unless marked.')?.iana).toBe(
    'America/Los_Angeles'
  )
  expect(zoneStatement('All times are in local time.')).toBeUndefined()
})

it('reads Australian and New Zealand zones by their long names, not as the American ones inside them', () => {
  expect(
    zoneStatement('All times in this document are Australian Eastern Daylight Time (AEDT).')?.name
  ).toBe('Australian Eastern Daylight Time')
  expect(
    zoneStatement('All times in this document are Australian Eastern Daylight Time (AEDT).')?.offset
  ).toBe(660)
  expect(zoneStatement('Times are Australian Eastern Standard Time.')?.offset).toBe(600)
  expect(zoneStatement('All times are New Zealand Daylight Time.')?.offset).toBe(780)
})

it('reads `All <day> in <zone>`, and not a bracketed zone named after it for another clock', () => {
  expect(
    zoneStatement('All Saturday Mar 8 in EST, with server time (UTC) in brackets.')?.name
  ).toBe('EST')
  expect(zoneStatement('All 3 March 2025 in CET.')?.name).toBe('CET')
})

it('reads a statement of the zone in Spanish, Portuguese, French, German and Dutch', () => {
  const offset = (text: string) => zoneStatement(text)?.offset
  expect(offset('Todos los horarios están en hora de Montevideo (UYT, UTC-3).')).toBe(-180)
  expect(offset('Todas las horas están expresadas en hora de Lima (PET).')).toBe(-300)
  expect(offset('Todos os horários estão em BRT.')).toBe(-180)
  expect(offset('Todas as horas em hora de Lisboa (WEST).')).toBe(60)
  expect(offset('Toutes les heures sont en CET.')).toBe(60)
  expect(offset('Alle Zeiten in MESZ.')).toBe(120)
  expect(offset('Alle tijden zijn in CEST.')).toBe(120)
})

it('reads the day a statement gives its times, and no day the statement tells of its zone', () => {
  expect(dayStatement('(all times UTC, September 5, 2026)')).toMatchObject({
    year: 2026,
    month: 9,
    day: 5
  })
  expect(dayStatement('All times are on 3 May 2024.')).toMatchObject({year: 2024, month: 5, day: 3})
  expect(
    dayStatement(
      'All times here are Tbilisi time (UTC+4), the zone the country has kept since 2005.'
    )
  ).toBeUndefined()
  expect(
    dayStatement('All times below are Kyiv time (EET), which the office switched to on 1 May 2023.')
  ).toBeUndefined()
})

it('reads `All times on this page are ...`, and Arizona as the zone that keeps standard time all year', () => {
  expect(zoneStatement('All times on this page are Arizona time (MST, UTC-7).')?.iana).toBe(
    'America/Phoenix'
  )
  expect(zoneStatement('All times on this page are CET.')?.name).toBe('CET')
})

it('reads the zone the sentence after `All times are local time` names', () => {
  expect(
    zoneStatement(
      'All times in this report are local time (LT). On that day this was Eastern European Time.'
    )?.iana
  ).toBe('Europe/Athens')
  expect(zoneStatement('All times are local. It was BST that day.')?.name).toBe('BST')
  expect(zoneStatement('All times are local time. We restarted at 10:00 UTC.')).toBeUndefined()
})

it('reads a day written right after `All times`, and only a day there', () => {
  expect(dayStatement('All times 15 OCT 2024 unless stated.')).toEqual({
    year: 2024,
    month: 10,
    day: 15
  })
  expect(dayStatement('All times are approximate.')).toBeUndefined()
  expect(dayStatement('(all times UTC, September 5, 2026)')).toEqual({year: 2026, month: 9, day: 5})
})

it('an offset written with spaces, its hours named or not, is the zone stated', () => {
  expect(zoneStatement('All times are UTC + 1 hour')?.offset).toBe(60)
  expect(zoneStatement('Times in GMT - 5.')?.offset).toBe(-300)
  expect(zoneStatement('All times are UTC.')?.offset).toBe(0)
})

test('a zone stated over one section, where the report states none, holds for the clocks of the sections beside it', () => {
  const report = [
    '# Pharmacy robot outage',
    '',
    '## Times (all times are local time, Mountain – MDT)',
    '',
    '| Field | Time |',
    '|---|---|',
    '| Robot stopped | 14:10 on 2025-06-03 |',
    '',
    '## Chronology',
    '',
    '- 2025-06-03 14:10 – Robot stops picking.',
    '- 14:55 – Gripper replaced, picking again.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'robot.md'}).incidents
  const replaced = incident?.timeline.find((entry) => entry.text.includes('Gripper'))
  expect(replaced?.at).toBe('2025-06-03T20:55:00Z')
})

test('two sections stating different zones in their headings state none for the report', () => {
  const report = [
    '# Ferry booking outage',
    '',
    '## Our timeline (all times CET)',
    '',
    '- 2025-01-20 09:00 – Bookings fail.',
    '',
    '## Vendor timeline (all times UTC)',
    '',
    '- 2025-01-20 08:30 – Vendor deploys.',
    '',
    '## Summary',
    '',
    'Bookings worked again from 10:15 on 2025-01-20.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'ferry.md'}).incidents
  const again = incident?.timeline.find((entry) => entry.text.includes('worked again'))
  expect(again?.time?.zoneSource).not.toBe('report')
})

test('a shift log pasted whole states its zone in its header lines: the zone of its rows', () => {
  const report = [
    '# Night log 3/4 March',
    '',
    '```',
    'CITY NOC - SHIFT LOG',
    'SHIFT: NIGHT  03-MAR-25 18:00 -> 04-MAR-25 06:00   TZ: GST (UTC+4)',
    '',
    '03-MAR-25 22:10 | ALARM | core link down',
    '03-MAR-25 22:40 | TX    | traffic rerouted, link restored',
    '```'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'log.md'}).incidents
  const down = incident?.timeline.find((entry) => entry.text.includes('core link down'))
  expect(down?.at).toBe('2025-03-03T18:10:00Z')
})

test('a statement of the times below, their zone and their day, dates the timeline, whatever day the prose before it names', () => {
  const report = [
    '# Library search was slow',
    '',
    '## Review',
    '',
    'All times below are GMT (UTC+0) on Tuesday 4 March 2025 unless stated otherwise.',
    '',
    '### What happened',
    '',
    'The index rebuild was announced on 25 February and ran overnight into Tuesday.',
    '',
    '- **07:40** — Search latency passes five seconds.',
    '- **08:15** — Rebuild paused; latency back under a second.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'search.md'}).incidents
  const rows = incident?.timeline.filter((entry) => /latency/.test(entry.text))
  expect(rows?.map((entry) => entry.at)).toEqual(['2025-03-04T07:40:00Z', '2025-03-04T08:15:00Z'])
})

test('a zone stated in a callout exported from Notion (`<aside>` around its words) holds for the report', () => {
  const report = [
    '# INC-88: Exports failed on 3 June 2024',
    '',
    '<aside>',
    '🕐 All times below are **BST (UTC+1)** unless marked otherwise.',
    '',
    '</aside>',
    '',
    '## Timeline',
    '',
    '- 14:10 — Exports start failing.',
    '- 14:40 — Fix deployed; exports succeed again.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'inc-88.md'}).incidents
  const rows = incident?.timeline.filter((entry) => /Exports|exports/.test(entry.text))
  expect(rows?.map((entry) => entry.time?.offset)).toEqual([60, 60])
})

test('times said to be local take the zone of the place a table field names, not a credential after a signature', () => {
  const report = [
    '# Lab interface downtime',
    '',
    '| | |',
    '|---|---|',
    '| **Location** | Core Laboratory, Main Campus, Toledo, Ohio |',
    '| **Date of event** | 11/12/2024 |',
    '',
    '### Timeline',
    '',
    '- 02:14 Interface server rebooted; results stop filing.',
    '- 03:44 Interface service restarted; results file again.',
    '',
    '*Pat Lee, MT(ASCP), Chemistry Supervisor – 11/14/2024*',
    '',
    'All times in this report are local time.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'lab.md'}).incidents
  const rows = incident?.timeline.filter((entry) => /Interface/.test(entry.text))
  expect(rows?.map((entry) => entry.at)).toEqual(['2024-11-12T07:14:00Z', '2024-11-12T08:44:00Z'])
})

test('a statement of the day the times are on holds for a table’s bare clocks after rows dated days before it', () => {
  const report = [
    '# RCA: registry pulls failing',
    '',
    '## Timeline',
    '',
    'All times UTC, 9 April 2025 unless otherwise stated.',
    '',
    '| Time (UTC) | Event |',
    '|---|---|',
    '| 2025-04-02 | Cache change approved. |',
    '| 2025-04-08 10:00 | Wave 1 rollout begins; no issues. |',
    '| 11:20 | Wave 2 rollout begins in the EU region. |',
    '| 11:42 | Pulls start failing for large images. |'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'rca.md'}).incidents
  const rows = incident?.timeline.filter((entry) => /Wave 2|Pulls start/.test(entry.text))
  expect(rows?.map((entry) => entry.at)).toEqual(['2025-04-09T11:20:00Z', '2025-04-09T11:42:00Z'])
})

test('times said to be local to a country of one zone (`Times are local (UK)`) are in its zone', () => {
  const log = [
    '# Control log extract',
    '',
    'Notes: times are local (UK) and are as entered in the log.',
    '',
    '### Thursday 18/09/2025',
    '',
    '**23:41** Signaller reports data link alarm.',
    '',
    '**23:47** Technician accepts the fault.'
  ].join('\n')
  const [incident] = parseIncidents(log, {path: 'log.md'}).incidents
  const alarm = incident?.timeline.find((entry) => /alarm/.test(entry.text))
  expect(alarm?.at).toBe('2025-09-18T22:41:00Z')
  // (A web address's `.co.uk` names no country.)
  const [other] = parseIncidents(
    '# Outage\n\nSee example.co.uk for details. Times are local.\n\n- 2025-09-18 10:00 errors\n',
    {path: 'o.md'}
  ).incidents
  expect(other?.timeline.find((entry) => /errors/.test(entry.text))?.time?.zone).not.toBe('UK')
})

test("a section's own zone, stated before it tells a time, holds for its times; the report's elsewhere", () => {
  const review = [
    '# Weekly operations review, week 12 (2025)',
    '',
    '## Incidents this week',
    '',
    'Times in this table are UTC, as the tracker exports them.',
    '',
    '| ID | Start (UTC) | Summary |',
    '|---|---|---|',
    '| INC-88 | Tue 18 Mar 14:02 | Search latency |',
    '',
    '## INC-88 in detail',
    '',
    '*All times in this section are CET (UTC+1).*',
    '',
    '### Timeline',
    '',
    '- **Tue 18 Mar, 15:02**: search p95 climbs past two seconds.',
    '- **15:30**: the index rebuild is paused and latency falls back.'
  ].join('\n')
  const [incident] = parseIncidents(review, {path: 'review.md'}).incidents
  const at = (words: RegExp) => incident?.timeline.find((entry) => words.test(entry.text))?.at
  expect(at(/climbs/)).toBe('2025-03-18T14:02:00Z')
  expect(at(/paused/)).toBe('2025-03-18T14:30:00Z')
  expect(at(/Search latency/)).toBe('2025-03-18T14:02:00Z')
})

test("a column headed by a zone and that day's offset (`ET (UTC−5)`) is in that zone", () => {
  expect(headerZone('ET (UTC−5)')?.iana).toBe('America/New_York')
  expect(headerZone('CEST (UTC+2)')?.offset).toBe(120)
})

test("times said to be local take the zone of the place a letterhead in capitals names, not a `Center` in the report's words", () => {
  const report = [
    '# CITY OF MARLOW SPRINGS, OHIO',
    '## Public Works: Signal Incident Report',
    '',
    '| | |',
    '|---|---|',
    '| **Date of Incident** | Tuesday, July 8, 2025 |',
    '',
    'All times are local.',
    '',
    '### Timeline',
    '',
    '| Time | Event |',
    '|---|---|',
    '| 0915 hrs | The Traffic Operations Center loses contact with nine signals. |',
    '| 1040 hrs | Contact restored. |'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'signals.md'}).incidents
  const rows = incident?.timeline.filter((entry) => entry.time?.precision === 'minute')
  expect(rows?.map((entry) => entry.at)).toEqual(['2025-07-08T13:15:00Z', '2025-07-08T14:40:00Z'])
})

test('a time converted for readers abroad (`that is 6:15pm to 10:30pm London time`) is no zone the story is told in', () => {
  const mail = [
    '**Subject:** What happened on Tuesday',
    '',
    'Starting at about 2:15pm Eastern on Tuesday, March 11, 2025, uploads failed for most shows.',
    '',
    'Monitoring paged our on-call engineer at 2:31pm. At 4:15pm we rolled the change back, and by 6:30pm everything was back to normal.',
    '',
    "(For customers in the UK: that's roughly 6:15pm to 10:30pm London time, and an hour later in most of Europe.)",
    '',
    'Our Q&A is on Wednesday, March 19 at 1pm Eastern.'
  ].join('\n')
  const [incident] = parseIncidents(mail, {path: 'mail.md'}).incidents
  const paged = incident?.timeline.find((entry) => entry.time?.text.startsWith('2:31'))
  expect(paged?.at).toBe('2025-03-11T18:31:00Z')
})

test('a statement whose zone comes late in a long sentence is read to the zone, and a name the window cuts in two is none', () => {
  expect(
    zoneStatement(
      'Times are as displayed in our chat tool for the person who exported it (US Eastern).'
    )?.iana
  ).toBe('America/New_York')
  // (`Australian Eastern Standard Ti`, cut, is no US `Eastern Standard`.)
  expect(
    zoneStatement(
      'All times in this notice are exchange time, being Australian Eastern Standard Time (AEST, UTC+10:00).'
    )?.offset
  ).toBe(600)
  expect(zoneStatement('All times in this memo are New Zealand Standard Time.')?.offset).toBe(720)
})

test('a statement whose zone has its other name in brackets gives its day after it (`All times Pacific (PT), Tuesday Jan 28, 2025`)', () => {
  expect(dayStatement('All times Pacific (PT), Thursday Mar 6, 2025, unless noted.')).toEqual({
    year: 2025,
    month: 3,
    day: 6
  })
  expect(dayStatement('All times Central European Time (CET), 4 February 2025.')).toEqual({
    year: 2025,
    month: 2,
    day: 4
  })
})

test('a field whose key is written in two languages (`Time zone / Saa za eneo`) states the zone as the English key alone does', () => {
  const report = [
    '# Checkout failures',
    '',
    '| Field / Sehemu | Value / Thamani |',
    '|---|---|',
    '| Date / Tarehe | Friday 29 November 2024 |',
    '| Time zone / Saa za eneo la kazi | EAT (East Africa Time, UTC+3), all times in this report |',
    '',
    '## Timeline',
    '',
    '- 21:14 checkout errors begin',
    '- 22:03 rollback, errors stop'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'field.md'}).incidents
  expect(incident?.timeline.find((entry) => entry.time?.text === '21:14')?.at).toBe(
    '2024-11-29T18:14:00Z'
  )
})

test('a clock marked local (`0451L`) in a report whose times are UTC is in a zone it does not give: no moment of its own', () => {
  const report = [
    '# Roster system outage',
    '',
    'All times are UTC (Z) unless marked L (local station time).',
    '',
    '## Timeline',
    '',
    '| Time | Event |',
    '|---|---|',
    '| 0912Z | Roster service stops answering. |',
    '| 0920Z | A first officer at the crew desk (0320L) reports that check-in fails. |'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'roster-2025-02-03.md'}).incidents
  expect(incident?.timeline.map((entry) => entry.at)).toEqual([
    '2025-02-03T09:12:00Z',
    '2025-02-03T09:20:00Z'
  ])
})

test("a tool's times placed by `in` (`timestamps in Grafana are UTC`) are not the report's", () => {
  expect(
    zoneStatement('(Timestamps in Grafana are UTC, so that is 10:05 our time.)')
  ).toBeUndefined()
  expect(zoneStatement('All timestamps in query output are UTC.')).toBeUndefined()
  expect(zoneStatement('All times in the timeline below are UTC.')?.name).toBe('UTC')
  expect(zoneStatement('Times in this report are CET.')?.name).toBe('CET')
})

test("a log line's UTC and the author's own clock for it (`that's 10:05 our time`) set the zone of a thread's stamps", () => {
  const thread = [
    '# [SUP-118] Exports failing',
    '',
    '**Mara Lind** added a comment - 04/Mar/25 10:20 AM',
    '',
    'Exports fail since about 10:05. Looking.',
    '',
    '**Jon Ek** added a comment - 04/Mar/25 10:41 AM',
    '',
    'From the exporter log:',
    '',
    '    2025-03-04T09:05:31Z ERROR export worker: disk quota exceeded',
    '',
    '(Kibana stamps are raw UTC, so that is 10:05 our time). Quota raised at 10:38, exports run again.'
  ].join('\n')
  const [incident] = parseIncidents(thread, {path: 'SUP-118.md'}).incidents
  const raised = incident?.timeline.find((entry) => entry.time?.text === '10:38')
  expect(raised?.at).toBe('2025-03-04T09:38:00Z')
})

test('an abbreviation the statement explains by its long name (`Irish Standard Time (IST, UTC+1)`) has that meaning in a table header too', () => {
  const report = [
    '# Card declines',
    '',
    'All times in this report are Irish Standard Time (IST, UTC+1).',
    '',
    '## Chronology',
    '',
    '| Time (IST) | Event |',
    '|---|---|',
    '| 09:06 | Decline-rate alert fires. |'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'declines-2025-06-17.md'}).incidents
  const alert = incident?.timeline.find((entry) => entry.text.includes('alert'))
  expect(alert?.at).toBe('2025-06-17T08:06:00Z')
})

test('one bare time that happens to fall on a moment told five times is no evidence against the stated zone', () => {
  const report = [
    '# Card declines',
    '',
    'All times in this report are CET.',
    '',
    '## Summary',
    '',
    'The client certificate expired at 08:00:00 UTC on 14 January 2025.',
    '',
    '## Details',
    '',
    '- Expiry recorded by the PKI: 08:00:00 UTC.',
    '- The partner confirms the expiry at 08:00 UTC.',
    '- Handshake failures from 08:00 UTC in the gateway log.',
    '- Our monitor shows the first failure at 08:00 UTC.',
    '- Alert fired at 09:06.',
    '- The incident was closed at 11:30.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'declines-2025-01-14.md'}).incidents
  const alert = incident?.timeline.find((entry) => entry.text.includes('Alert fired'))
  expect(alert?.at).toBe('2025-01-14T08:06:00Z')
})

it('reads the day a statement gives right after its zone, with or without its year', () => {
  expect(dayAfterZone('Timeline (all times EST, Nov 3 unless noted)')).toMatchObject({
    month: 11,
    day: 3
  })
  expect(dayAfterZone('(all times UTC, September 5, 2026)')).toMatchObject({year: 2026})
  // (A day a clause after the zone tells is no day of the times.)
  expect(
    dayAfterZone('All times are local (CEST). Note that summer time started on Sunday 30 March.')
  ).toBeUndefined()
  expect(dayAfterZone('All times AEDT. The merge time on Tue 21 Jan was AEDT too.')).toBeUndefined()
})

it('reads the day joined to its zone by `on`, past the zone’s other name in brackets', () => {
  expect(
    dayAfterZone('All times are Central Time (CDT, our office) on Friday March 7 unless noted.')
  ).toMatchObject({month: 3, day: 7})
  expect(dayAfterZone('All times are UTC on 9 June 2025.')).toMatchObject({
    year: 2025,
    month: 6,
    day: 9
  })
  // (`on` and no day after it: what the times are shown on.)
  expect(dayAfterZone('All times are UTC on the graphs below.')).toBeUndefined()
})

it('reads a city named as its own people write it, accents and all, in a statement of another language', () => {
  expect(
    zoneStatement(
      'Todas las horas están en hora de la Ciudad de México, tal como aparecen en el panel.'
    )?.iana
  ).toBe('America/Mexico_City')
  expect(zoneStatement('Todos os horários estão em horário de Brasília.')?.iana).toBe(
    'America/Sao_Paulo'
  )
  expect(zoneStatement('Todas las horas son de Bogotá.')?.iana).toBe('America/Bogota')
  expect(zoneStatement('Alle Zeiten in Wien.')?.iana).toBe('Europe/Vienna')
})

it("reads a country's time named in its own language, and a span joined by the language's word", () => {
  expect(zoneStatement('Alle Zeitangaben in deutscher Ortszeit.')?.iana).toBe('Europe/Berlin')
  expect(zoneStatement('Todas las horas están en hora peninsular.')?.iana).toBe('Europe/Madrid')
  expect(zoneStatement('Toutes les heures sont en heure française.')?.iana).toBe('Europe/Paris')
  expect(
    zoneStatement('Todas las horas de este informe están expresadas en hora peninsular.')?.iana
  ).toBe('Europe/Madrid')
  expect(zoneStatement('Zeitangaben: Ortszeit Bern (MEZ)')?.offset).toBe(60)
  // (The `Z` of `Zürich` is no Zulu.)
  expect(zoneStatement('Zeitzone: Zürich')?.iana).toBe('Europe/Zurich')
  const report = [
    '# Caída de pagos',
    '',
    'Todas las horas están en hora de la Ciudad de México.',
    '',
    '**Duración del impacto:** 09:05 a 10:20 del 2 de julio de 2025.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'pagos.md'}).incidents
  const span = incident?.timeline.find((entry) => entry.time?.range)
  expect([span?.at, span?.time?.end]).toEqual(['2025-07-02T15:05:00Z', '2025-07-02T16:20:00Z'])
})

test('a German report dates its impact section by its dotted day, in the zone it states in German', () => {
  const report = [
    '# Störungsbericht Lager Nord',
    '',
    '**Datum der Störung:** 4.11.2025',
    '',
    'Alle Zeitangaben in deutscher Ortszeit. Am 4.11.2025 galt Winterzeit (MEZ).',
    '',
    '## Auswirkungen',
    '',
    '- Kommissionierung zwischen 07:10 und 08:30 Uhr gestört.',
    '',
    '## Ablauf',
    '',
    '- 4.11.2025 07:10 Uhr – Scanner melden Fehler.',
    '- 08:30 Uhr – Scanner laufen wieder.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'lager.md'}).incidents
  const impact = incident?.timeline.filter((entry) => entry.origin === 'impact')
  expect(impact?.map((entry) => entry.at)).toEqual(['2025-11-04T06:10:00Z', '2025-11-04T07:30:00Z'])
})

it('reads a zone statement whose zone has `local` in it, or an aside on its season, and Italian and Polish statements', () => {
  expect(
    zoneStatement(
      'Todas las horas de este informe están en hora local peninsular (horario de verano).'
    )?.iana
  ).toBe('Europe/Madrid')
  expect(
    zoneStatement(
      "Toutes les heures sont données en heure de Lyon (heure d'été depuis le 30 mars)."
    )?.iana
  ).toBe('Europe/Paris')
  expect(zoneStatement('Tutti gli orari sono in ora locale italiana.')?.iana).toBe('Europe/Rome')
  expect(
    zoneStatement('Tutti gli orari di questo rapporto sono indicati in ora italiana.')?.iana
  ).toBe('Europe/Rome')
  expect(zoneStatement('Wszystkie godziny podano w czasie polskim.')?.iana).toBe('Europe/Warsaw')
  expect(zoneStatement('Fuso orario: CET')?.offset).toBe(60)
  expect(zoneStatement('Strefa czasowa: Europe/Warsaw')?.iana).toBe('Europe/Warsaw')
})

it('reads Swedish, Norwegian and Finnish zone statements', () => {
  expect(zoneStatement('Alla tider i rapporten är svensk tid (sommartid).')?.iana).toBe(
    'Europe/Stockholm'
  )
  expect(zoneStatement('Alle tider er oppgitt i norsk tid.')?.iana).toBe('Europe/Oslo')
  expect(zoneStatement('Kaikki ajat ovat Suomen aikaa.')?.iana).toBe('Europe/Helsinki')
  // (Clock times, the word as Norwegian, Danish, Swedish and Dutch also write it.)
  expect(zoneStatement('Alle klokkeslett er oppgitt i norsk tid.')?.iana).toBe('Europe/Oslo')
  expect(zoneStatement('Alla klockslag i rapporten är svensk tid.')?.iana).toBe('Europe/Stockholm')
  expect(zoneStatement('Alle tijdstippen zijn in CET.')?.offset).toBe(60)
  // (`samtliga`: all, as a Swedish report writes it, and the times given, `anges`.)
  expect(zoneStatement('Samtliga tider i dokumentet anges i svensk tid.')?.iana).toBe(
    'Europe/Stockholm'
  )
  expect(zoneStatement('Samtliga tider anges i CET.')?.offset).toBe(60)
})

it('reads Turkish and Czech zone statements and their zones', () => {
  expect(zoneStatement('Bu rapordaki tüm saatler Türkiye saatidir.')?.iana).toBe('Europe/Istanbul')
  expect(zoneStatement('Tüm saatler TSİ (UTC+3).')?.offset).toBe(180)
  expect(zoneStatement('Všechny časy jsou uvedeny v SELČ.')?.offset).toBe(120)
  expect(zoneStatement('Všechny časy jsou v pražském čase.')?.iana).toBe('Europe/Prague')
})

it('reads Romanian, Hungarian and Indonesian zone statements', () => {
  expect(zoneStatement('Toate orele din acest document sunt în EET (UTC+2).')?.offset).toBe(120)
  expect(zoneStatement('Minden időpont közép-európai idő (CET).')?.offset).toBe(60)
  expect(zoneStatement('Semua waktu dalam laporan ini adalah WITA.')?.offset).toBe(480)
  expect(zoneStatement('Semua waktu menggunakan WIB.')?.offset).toBe(420)
})

it('reads Ukrainian, Greek and Vietnamese zone statements, their letters no ASCII word', () => {
  expect(zoneStatement('Усі часи у звіті — за Києвом, якщо не сказано інше.')?.iana).toBe(
    'Europe/Kyiv'
  )
  expect(zoneStatement('Όλες οι ώρες είναι ώρα Ελλάδας.')?.iana).toBe('Europe/Athens')
  expect(zoneStatement('Toàn bộ thời gian trong báo cáo là giờ Việt Nam.')?.iana).toBe(
    'Asia/Ho_Chi_Minh'
  )
})

it('reads Japanese, Chinese and Korean zone statements; a duration in hours is none', () => {
  expect(zoneStatement('※報告書内の時刻はすべて日本時間（JST）です。')?.offset).toBe(540)
  expect(zoneStatement('文中时间均为北京时间（UTC+8）。')?.offset).toBe(480)
  expect(zoneStatement('모든 시간은 한국 시간(KST) 기준입니다.')?.offset).toBe(540)
  expect(zoneStatement('復旧までの時間は2時間でした。')).toBeUndefined()
})
