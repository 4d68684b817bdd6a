/** The day a title names without its year, and the year the report gives elsewhere. Invented reports. */
import {expect, test} from 'vitest'
import {parseIncidents} from '../../src/index.js'

const report = `# Exports came back empty for older accounts (Thursday, June 5)

## What happened

Accounts made before March 3 keep their files in the old bucket layout.

The exporter deploy finished at 09:20 UTC, and from then every export for those accounts came
back empty. Support flagged it at 10:05 UTC.
`

test("a title's yearless day, in the year of the file's name, is the report's day", () => {
  const [incident] = parseIncidents(report, {path: 'exports-2025-06-05.md'}).incidents
  const times = incident?.timeline.filter((entry) => entry.time?.precision !== 'day')
  expect(times?.map((entry) => entry.at)).toEqual(['2025-06-05T09:20:00Z', '2025-06-05T10:05:00Z'])
})

test("a memo's RE line is its title, and the day it names the report's day, not its DATE's", () => {
  const memo = [
    '**TO:** Head of Operations',
    '',
    '**FROM:** Service Desk Manager',
    '',
    '**DATE:** March 7, 2025',
    '',
    '**RE:** Review of the booking system outage on Tuesday, March 4, 2025',
    '',
    '### What happened',
    '',
    'Bookings failed from 9:12 a.m. until 10:40 a.m. All times are Eastern Standard Time.'
  ].join('\n')
  const [incident] = parseIncidents(memo, {path: 'memo.md'}).incidents
  expect(incident?.title).toBe('Review of the booking system outage on Tuesday, March 4, 2025')
  const times = incident?.timeline.filter((entry) => entry.time?.precision !== 'day')
  expect(times?.[0]?.at).toBe('2025-03-04T14:12:00Z')
})

test('a night across two days: a story begun in the evening is on the first, one begun after midnight on the second', () => {
  const night = (first: string, second: string) =>
    parseIncidents(
      [
        '# Overnight batch failure',
        '',
        '**Date:** overnight 12–13 May 2025',
        '',
        'All times UTC.',
        '',
        '## Timeline',
        '',
        `- ${first} The nightly settlement job fails.`,
        `- ${second} The job is re-run and completes.`
      ].join('\n')
    ).incidents[0]?.timeline.map((entry) => entry.at)
  expect(night('23:40', '01:15')).toEqual(['2025-05-12T23:40:00Z', '2025-05-13T01:15:00Z'])
  expect(night('01:10', '03:05')).toEqual(['2025-05-13T01:10:00Z', '2025-05-13T03:05:00Z'])
})

test("a letter's date above its salutation is when it was written, not the day of its story", () => {
  const letter = (dated: string) =>
    [
      '**Harbourline Freight Ltd**',
      '',
      'Office of Rail Regulation',
      '1 Kemble Street',
      '',
      dated,
      '',
      'Dear Sir or Madam,',
      '',
      '## Notice of a booking system outage',
      '',
      '1.1 Unless otherwise stated, all times are given in British Summer Time (BST, UTC+1).',
      '',
      '### 2. Chronology',
      '',
      '2.1 At 07:40 BST on Monday 9 June 2025 the booking service stopped answering.',
      '',
      '2.2 At 08:05 BST a customer rang our desk to report it.',
      '',
      '2.3 At 09:30 BST the service was restored.'
    ].join('\n')
  for (const dated of ['Wednesday 11 June 2025', 'Leeds, 11 June 2025']) {
    const [incident] = parseIncidents(letter(dated), {path: 'notice.md'}).incidents
    expect(incident?.timeline.map((entry) => entry.at)).toEqual([
      '2025-06-09T06:40:00Z',
      '2025-06-09T07:05:00Z',
      '2025-06-09T08:30:00Z'
    ])
  }
})

test('a weekday in bold at the head of a paragraph of the story dates its clocks', () => {
  const report = [
    '# Checkout outage',
    '',
    '**Incident:** checkout failed on launch night, Friday, March 7, 2025',
    '',
    '*All times are Eastern.*',
    '',
    '## What happened',
    '',
    '**Wednesday, March 5.** The team raised the cart service limits for the launch.',
    '',
    '**Monday, March 3 (the week before).** A load test ran without trouble.',
    '',
    '**Friday evening.** At 8:40 p.m. checkout began to fail. At 9:15 p.m. the limits were put back.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'launch.md'}).incidents
  const clocks = incident?.timeline.filter((entry) => entry.time?.precision !== 'day')
  expect(clocks?.map((entry) => entry.at)).toEqual(['2025-03-08T01:40:00Z', '2025-03-08T02:15:00Z'])
})

test("a notice's `Date of issue` and an export's `Exported ... on` date the paper, not the story", () => {
  const notice = (paper: string) =>
    [
      '# Outage notice',
      '',
      paper,
      '',
      '## Timeline (UTC)',
      '',
      '| Time | Event |',
      '|---|---|',
      '| 14:05 | Payments start failing. |',
      '| 15:10 | Payments restored. |',
      '',
      '## Summary',
      '',
      'Card payments failed on Monday 19 May 2025 for about an hour.'
    ].join('\n')
  for (const paper of [
    '**Date of issue:** 21 May 2025',
    'Exported from the incident channel by OpsBot on 2025-05-21. Times are UTC.'
  ]) {
    const [incident] = parseIncidents(notice(paper), {path: 'notice.md'}).incidents
    const clocks = incident?.timeline.filter((entry) => entry.time?.precision !== 'day')
    expect(clocks?.map((entry) => entry.at)).toEqual([
      '2025-05-19T14:05:00Z',
      '2025-05-19T15:10:00Z'
    ])
  }
})

test("a memo's Date is when it was sent; the day its subject names is the day of its story", () => {
  const memo = [
    '# MEMORANDUM',
    '',
    '**To:** Head of Student Services',
    '**From:** Registrar',
    '**Date:** 9 June 2025',
    '**Subject:** Report on the enrolment outage of Tuesday 3 June 2025',
    '',
    '## Summary',
    '',
    'All times are AEST. Enrolment opened at 8:00 and failed at 8:04; it came back at 11:20.'
  ].join('\n')
  const [incident] = parseIncidents(memo, {path: 'memo.md'}).incidents
  const clocks = incident?.timeline.filter((entry) => entry.time?.precision !== 'day')
  expect(clocks?.[0]?.at?.slice(0, 10)).toBe('2025-06-02')
})

test("a post's title naming a weekday alone is the last such day on or before the day it was posted", () => {
  const post = [
    '# That Thursday our search went blind',
    '',
    '*Posted Saturday 12 July 2025 by Ana*',
    '',
    'All times are UTC. Search stopped returning results at 14:10 and came back at 15:02.'
  ].join('\n')
  const [incident] = parseIncidents(post, {path: 'post.md'}).incidents
  const clocks = incident?.timeline.filter((entry) => entry.time?.precision !== 'day')
  expect(clocks?.map((entry) => entry.at)).toEqual(['2025-07-10T14:10:00Z', '2025-07-10T15:02:00Z'])
})

test('nights and days told in turn under headings without their year are one incident, not one each', () => {
  const report = [
    '# Payroll batch failure, March 4–5, 2025',
    '',
    'All times are Eastern.',
    '',
    '## Narrative',
    '',
    '### Night 1 — Tuesday, March 4 into Wednesday, March 5',
    '',
    'At 1:10 a.m. the payroll batch failed on step 12.',
    '',
    '### Day 1 — Wednesday, March 5',
    '',
    'At 9:05 a.m. the operators found the bad rate table.',
    '',
    '### Night 2 — Wednesday, March 5 into Thursday, March 6',
    '',
    'At 11:40 p.m. the batch was run again and finished.'
  ].join('\n')
  expect(parseIncidents(report, {path: 'payroll.md'}).incidents).toHaveLength(1)
})

test('a front matter date whose weekday is not the one the title names is the day it was posted', () => {
  const post = [
    '---',
    'title: "What went wrong on Tuesday"',
    'date: 2025-05-22',
    'author: Ines',
    '---',
    '',
    'All times are UTC. Uploads began failing at 10:12 and worked again at 11:40.'
  ].join('\n')
  const [incident] = parseIncidents(post, {path: 'post.md'}).incidents
  const clocks = incident?.timeline.filter((entry) => entry.time?.precision !== 'day')
  expect(clocks?.map((entry) => entry.at)).toEqual(['2025-05-20T10:12:00Z', '2025-05-20T11:40:00Z'])
})

test('sections numbered in one sequence, some undated, are the chapters of one report', () => {
  const report = [
    '# Incident report to the regulator',
    '',
    '## 1. Purpose',
    '',
    'This report describes the disruption of 4 March 2025 at 09:10 (UTC).',
    '',
    '## 2. Background',
    '',
    'The payment switch serves all card schemes.',
    '',
    '## 3. Description',
    '',
    'At 09:10 (UTC) on 4 March 2025 the switch stopped answering. It was restored at 10:02 (UTC).',
    '',
    '## 4. Declaration',
    '',
    'Signed on 18 March 2025.'
  ].join('\n')
  expect(parseIncidents(report, {path: 'regulator.md'}).incidents).toHaveLength(1)
})

test("a notice's updates under headings with a clock and no day are one incident, and a look back to yesterday keeps the day", () => {
  const notice = [
    '# Service notice: grades portal unavailable',
    '',
    '**Posted:** Thursday, March 6, 2025, 9:10 a.m.',
    '',
    '*All times are Eastern.*',
    '',
    '## Original notice — 9:10 a.m.',
    '',
    'Since about 8:40 a.m. on Thursday, March 6, the grades portal shows an error page.',
    '',
    '## Update — 10:30 a.m.',
    '',
    'Grades entered since about 6 p.m. yesterday (Wednesday) are not showing yet. The portal was restarted at 10:20 a.m.',
    '',
    '## Update — 1:15 p.m. — RESOLVED',
    '',
    'All grades are showing. A review will be held on Monday, March 10.'
  ].join('\n')
  const {incidents} = parseIncidents(notice, {path: 'notice.md'})
  expect(incidents).toHaveLength(1)
  const restarted = incidents[0]?.timeline.find((entry) => entry.text.includes('restarted'))
  expect(restarted?.at).toBe('2025-03-06T15:20:00Z')
})

test("a box of key facts dates the story and states its zone; a memo's subject names the weekday before it was sent", () => {
  const article = [
    '# The morning the archive froze',
    '',
    '> **At a glance**',
    '>',
    '> - **When:** Wednesday 12 March 2025, from 4:10am until 9:30am (AEDT).',
    '',
    '## 4:10am: the freeze',
    '',
    'At 4:10am the archive stopped answering.'
  ].join('\n')
  const [story] = parseIncidents(article, {path: 'article.md'}).incidents
  const freeze = story?.timeline.find((entry) => entry.text.includes('stopped answering'))
  expect(freeze?.at).toBe('2025-03-11T17:10:00Z')
  const memo = [
    '**From:** Area Manager',
    '**To:** Store Managers',
    '**Date:** Monday 10 March 2025',
    "**Subject:** Saturday's till outage",
    '',
    'All times are UTC. The tills stopped taking cards at 11:05 and were back at 12:40.'
  ].join('\n')
  const [told] = parseIncidents(memo, {path: 'memo.md'}).incidents
  expect(told?.timeline.find((entry) => entry.time?.precision === 'minute')?.at).toBe(
    '2025-03-08T11:05:00Z'
  )
})

test('a day without its year that ends a heading after a dash dates the section below it', () => {
  const post = [
    '# Patch notes',
    '',
    '*Posted Thursday, September 19, 2024 by the team*',
    '',
    '## Server incident — Tuesday, September 17',
    '',
    '### Timeline (PDT)',
    '',
    '- 11:52 AM — disconnects begin.',
    '- 12:10 PM — fixed.'
  ].join('\n')
  const [incident] = parseIncidents(post, {path: 'post.md'}).incidents
  const clocks = incident?.timeline.filter((entry) => entry.time?.precision === 'minute')
  expect(clocks?.map((entry) => entry.at)).toEqual(['2024-09-17T18:52:00Z', '2024-09-17T19:10:00Z'])
})

test('a day still to come, a deadline, dates only itself: the times told after it stay on the story’s day', () => {
  const post = [
    '# Storage outage on web servers',
    '',
    'All times are UTC.',
    '',
    'On Thursday, 16 January 2025, the sites went down at 09:12.',
    '',
    'You can request a credit until 31 January 2025. The sites were back at 11:07.'
  ].join('\n')
  const [incident] = parseIncidents(post, {path: 'credit.md'}).incidents
  const back = incident?.timeline.find((entry) => entry.text.includes('back at'))
  expect(back?.at).toBe('2025-01-16T11:07:00Z')
})

test('a field naming the day of the event, in a form’s first section below its headings, dates the report', () => {
  const form = [
    '# OUTAGE REPORT – DISPATCH CONSOLE',
    '## Rapport de panne',
    '',
    '**Regional Dispatch Authority – North**',
    'Form OPS-7 (rev. 2021-03)',
    '',
    '### Part 1 – Identification',
    '',
    '| Field | Value |',
    '|---|---|',
    '| Report no. | OPS-2025-112 |',
    '| Date of the event | 2025-05-14 (Wednesday) |',
    '| Date of the report | 2025-05-19 |',
    '',
    '### Part 2 – Times (all times UTC)',
    '',
    '| Field | Time |',
    '|---|---|',
    '| Consoles frozen | 13h05 |',
    '| Consoles back | 13h40 |'
  ].join('\n')
  const [incident] = parseIncidents(form, {path: 'form.md'}).incidents
  expect(incident?.date).toBe('2025-05-14')
  expect(incident?.timeline.find((entry) => entry.text.includes('frozen'))?.at).toBe(
    '2025-05-14T13:05:00Z'
  )
})

test('a row of a day alone, before the day the report gives itself, is a note of what came before: the clocks after it are on the report’s day', () => {
  const report = [
    '# Badge readers down',
    '',
    '**Date of incident:** 12 March 2025. All times UTC.',
    '',
    '## Chronology',
    '',
    '- **2025-03-04** – Vendor sends a firmware notice to an old shared inbox; nobody reads it.',
    '- **08h15** – Readers at the north gate stop accepting badges.',
    '- **09h02** – Firmware rolled back, readers accept badges again.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'badges.md'}).incidents
  const at = (words: string) => incident?.timeline.find((entry) => entry.text.includes(words))?.at
  expect(at('firmware notice')).toBe('2025-03-04T00:00:00Z')
  expect(at('stop accepting')).toBe('2025-03-12T08:15:00Z')
  expect(at('rolled back')).toBe('2025-03-12T09:02:00Z')
})

test('a clock going back hours after a row dated two weeks before the report’s day is on the report’s day, across the end of a month', () => {
  const mail = [
    'Subject: Write-up: mirror outage, Monday 2025-03-10',
    '',
    'Timeline (UTC, Monday 2025-03-10)',
    '---------------------------------',
    '',
    '    2025-02-24  ~15:00  Mirror host replaced; the sync timer was left off.',
    '    04:12  Mirror serves stale files.',
    '    06:30  Sync timer turned back on, files current again.'
  ].join('\n')
  const [incident] = parseIncidents(mail, {path: 'mirror.md'}).incidents
  const at = (words: string) => incident?.timeline.find((entry) => entry.text.includes(words))?.at
  expect(at('stale files')).toBe('2025-03-10T04:12:00Z')
  expect(at('turned back on')).toBe('2025-03-10T06:30:00Z')
})

test('a comment headed by a later day starts its clocks over: its morning is that day’s, not the evening before', () => {
  const thread = [
    '# Sync job deletes tags #412',
    '',
    '### ana commented on Jun 3, 2025',
    '',
    'Paused the sync on Jun 3 at 16:20 UTC; no more deletions.',
    '',
    '### ben commented on Jun 4, 2025',
    '',
    'Upgraded to 2.3.1 this morning and unpaused at 10:05 UTC. All tags are back.'
  ].join('\n')
  const [incident] = parseIncidents(thread, {path: 'thread.md'}).incidents
  const unpaused = incident?.timeline.find((entry) => entry.text.includes('unpaused'))
  expect(unpaused?.at).toBe('2025-06-04T10:05:00Z')
})

test('a title naming a night of two days run together (`night of 9/10 October 2024`) dates the report from the first', () => {
  const report = [
    '# Radio network down – Harbour Depot, night of 21/22 May 2025',
    '',
    '| | |',
    '|---|---|',
    '| **For** | Safety review, 29 May 2025 |',
    '',
    'All times are local (BST).',
    '',
    '## Timeline',
    '',
    '| Time | Event |',
    '|---|---|',
    '| 23:40 | Radios lose the network. |',
    '| 00:25 | Repeater restarted, radios back. |'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'radios.md'}).incidents
  expect(incident?.date).toBe('2025-05-21')
  const back = incident?.timeline.find((entry) => entry.text.includes('radios back'))
  expect(back?.at).toBe('2025-05-21T23:25:00Z')
})

test('after rows of days before the report’s, a row led by a weekday is the last such day on or before it', () => {
  const report = [
    '# Incident 2025-04-10: queue stalled',
    '',
    'All times UTC.',
    '',
    '**Timeline**',
    '',
    '| Time | |',
    '|---|---|',
    '| Mar 31 | consumer lag warnings ignored |',
    '| Wed 22:30 | nightly export starts |',
    '| 22:55 | queue stalls |',
    '| Thu 00:40 | consumers restarted, queue drains |'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'queue.md'}).incidents
  const at = (words: string) => incident?.timeline.find((entry) => entry.text.includes(words))?.at
  expect(at('export starts')).toBe('2025-04-09T22:30:00Z')
  expect(at('queue stalls')).toBe('2025-04-09T22:55:00Z')
  expect(at('consumers restarted')).toBe('2025-04-10T00:40:00Z')
})

test("a title in two headings, the first a kind of document, is dated by the day the second names, not the paperwork's", () => {
  const report = [
    '# SERVICE INTERRUPTION REPORT',
    '',
    '## SIR-0412 — Ticketing kiosks offline — 12 April 2025',
    '',
    '| Document control | |',
    '|---|---|',
    '| Owner | Field Systems |',
    '| Status | Final (after PIR of 15 April 2025) |',
    '',
    '### Timeline (UTC)',
    '',
    '| Event | Time |',
    '|---|---|',
    '| Kiosks lose their payment link | 06:10 |',
    '| Link restored by the carrier | 07:25 |'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'sir-0412.md'}).incidents
  expect(incident?.date).toBe('2025-04-12')
  const times = incident?.timeline.filter((entry) => entry.time?.precision !== 'day')
  expect(times?.map((entry) => entry.at)).toEqual(['2025-04-12T06:10:00Z', '2025-04-12T07:25:00Z'])
})

test('a post dated the day it went up, whose opening tells the night it is about with its weekday, is dated by that night (the day after, as its clocks are past midnight)', () => {
  const post = [
    '---',
    'title: "Three hours with a full inode table"',
    'date: 2024-11-09',
    '---',
    '',
    '# Three hours with a full inode table',
    '',
    'A week late, but here it is. All times are UTC, and this was the night of Thursday, October 31st',
    'going into the Friday.',
    '',
    '## What happened',
    '',
    'At 2:05 AM the build cache refused new files. I restarted the cleaner at 3:40 AM and builds',
    'passed again at 4:55 AM.'
  ].join('\n')
  const [incident] = parseIncidents(post, {path: 'inodes.md'}).incidents
  expect(incident?.date).toBe('2024-11-01')
  const times = incident?.timeline.filter((entry) => entry.time?.precision !== 'day')
  expect(times?.map((entry) => entry.at)).toEqual([
    '2024-11-01T02:05:00Z',
    '2024-11-01T03:40:00Z',
    '2024-11-01T04:55:00Z'
  ])
})

test('a post whose opening names a day with a weekday not its own in that year keeps the date it is given', () => {
  const post = [
    '---',
    'date: 2024-11-09',
    '---',
    '',
    '# Three hours with a full inode table',
    '',
    'We had planned it for Wednesday, October 31st, a day that year never had.',
    '',
    '## What happened',
    '',
    'At 2:05 AM UTC the build cache refused new files.'
  ].join('\n')
  const [incident] = parseIncidents(post, {path: 'inodes.md'}).incidents
  expect(incident?.date).toBe('2024-11-09')
})

test("a night's first clock before midnight keeps its day, and the clocks past midnight go on to the next", () => {
  const post = [
    '# Three hours with a full inode table',
    '',
    'All times are UTC, and this was the night of Thursday, October 31st 2024.',
    '',
    '## What happened',
    '',
    '- 23:50 the build cache refused new files',
    '- 01:10 cleaner restarted, builds passing again'
  ].join('\n')
  const [incident] = parseIncidents(post, {path: 'inodes.md'}).incidents
  const times = incident?.timeline.filter((entry) => entry.time?.precision !== 'day')
  expect(times?.map((entry) => entry.at)).toEqual(['2024-10-31T23:50:00Z', '2024-11-01T01:10:00Z'])
})

test('a day set in bold with its weekday cut short in brackets heads the rows below it', () => {
  const report = [
    '# Line controller outage',
    '',
    'All times in this report are JST (UTC+9).',
    '',
    '## Timeline',
    '',
    '**2025/03/06 (Thu)**',
    '',
    '| Time | Event |',
    '|---|---|',
    '| 20:00 | Firmware staged on the spare controller. |',
    '',
    '**2025/03/10 (Mon)**',
    '',
    '| Time | Event |',
    '|---|---|',
    '| 07:15 | Line controller stops answering; presses halt. |',
    '| 08:02 | Spare controller swapped in; presses run again. |'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'plc.md'}).incidents
  const times = incident?.timeline.filter((entry) => entry.time?.precision !== 'day')
  expect(times?.map((entry) => entry.at)).toEqual([
    '2025-03-06T11:00:00Z',
    '2025-03-09T22:15:00Z',
    '2025-03-09T23:02:00Z'
  ])
})

test("a change log's window field dates it, past a line of paperwork above it, and its pre-work list's last row does not", () => {
  const log = [
    '# CHG-2210 — Execution log: move the search cluster to new disks',
    '',
    '**Runbook:** `runbooks/search/disk-move.md` (rev 3, 2024-05-02)',
    '**Window:** Sun 2024-05-12 01:00–04:00 UTC (approved CAB 2024-05-07)',
    '',
    '## 0. Pre-work',
    '',
    '- [x] (2024-05-09) spare disks racked and tested by the site team',
    '- [x] (2024-05-11 15:45) maintenance notice posted to the status page',
    '',
    '## 1. In the window',
    '',
    '- [x] 01:05 first node drained',
    '- [x] 01:40 search latency alert pages the on-call',
    '- [x] 02:10 node returned to the pool, latency normal'
  ].join('\n')
  const [incident] = parseIncidents(log, {path: 'CHG-2210.md'}).incidents
  expect(incident?.date).toBe('2024-05-12')
  const rows = incident?.timeline.filter((entry) => /node|latency/.test(entry.text))
  expect(rows?.map((entry) => entry.at)).toEqual([
    '2024-05-12T01:05:00Z',
    '2024-05-12T01:40:00Z',
    '2024-05-12T02:10:00Z'
  ])
})

test("a night shift's log of local times (`0238L`) in a table is on the night's second day past midnight", () => {
  const log = [
    '# HARBOUR CONTROL — SHIFT LOG',
    '',
    '**Shift:** Night shift 11/12 MAR 2025 (2300L 11 MAR – 0700L 12 MAR)',
    '',
    '> All times are LOCAL (L = UTC+8) unless marked Z.',
    '',
    '## Log',
    '',
    '| Time | Entry |',
    '|------|-------|',
    '| 0140L | Berth 3 crane loses its controller link. |',
    '| 0152L | Duty engineer called, acknowledges. |',
    '| 0230L | Controller rebooted; crane working again. |'
  ].join('\n')
  const [incident] = parseIncidents(log, {path: 'shift-log.md'}).incidents
  const rows = incident?.timeline.filter((entry) => /crane|engineer/i.test(entry.text))
  expect(rows?.map((entry) => entry.at)).toEqual([
    '2025-03-11T17:40:00Z',
    '2025-03-11T17:52:00Z',
    '2025-03-11T18:30:00Z'
  ])
})

test("a memo's subject that names its day by the day it was sent (`this morning`, `last night's`) dates the report by its Date field", () => {
  const memo = (subject: string) =>
    [
      '**From:** IT Coordinator',
      '**To:** Head of School',
      '**Date:** Thursday 15 May 2025, 16:20',
      `**Subject:** ${subject}`,
      '',
      'Dear Sam,',
      '',
      '- **At 8:40** the printers stopped, as the print server had filled its disk, from a copy I took on the 2nd of March.',
      '- **At 9:25** I cleared the old copy and printing came back.'
    ].join('\n')
  const [morning] = parseIncidents(memo('Printing outage this morning'), {path: 'm.md'}).incidents
  expect(morning?.date).toBe('2025-05-15')
  const [night] = parseIncidents(memo("Last night's printing outage"), {path: 'm.md'}).incidents
  expect(night?.date).toBe('2025-05-14')
})

test("a summary's sentence that opens with its day and year dates a report whose header gives none, past a day its timeline mentions in passing", () => {
  const report = [
    '# INCIDENT REPORT — INC-0412',
    '',
    '**Title:** Agent logins failing at the evening peak',
    '**Report date:** 22 April 2025',
    '',
    '> All times are EAT (UTC+3).',
    '',
    '## 1. Summary',
    '',
    'On Friday 18 April 2025, from about 6.10pm, agents could not log in. A rollback fixed it.',
    '',
    '## 2. Timeline',
    '',
    '1. **18:10** — Login failures begin (the vendor had patched the gateway on 15 April, 02:00–03:00, unrelated).',
    '2. **18:50** — Rollback complete; logins succeed.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'inc-0412.md'}).incidents
  expect(incident?.date).toBe('2025-04-18')
  const rows = incident?.timeline.filter(
    (entry) =>
      /Login failures begin|Rollback/.test(entry.text) &&
      entry.time?.precision === 'minute' &&
      /^\d\d:\d\d$/.test(entry.time.text)
  )
  expect(rows?.map((entry) => entry.at)).toEqual(['2025-04-18T15:10:00Z', '2025-04-18T15:50:00Z'])
})

test("a day written before a clock in a comment's own sentence dates it, not the comment's stamp", () => {
  const ticket = [
    '# OPS-9001 — Scanner bookings time out',
    '',
    '**Created:** 2024-06-18T06:25:00.000+0200',
    '',
    '## Activity / Comments',
    '',
    '---',
    '',
    '**Ana Berg** — 2024-06-18T06:27:05.000+0200',
    '',
    'Paged on-call. Informed the customer we are on it.',
    '',
    '---',
    '',
    '**Ana Berg** — 2024-06-18T16:12:30.000+0200',
    '',
    'Why not Monday: Monday 17.06. the job at 06:00 ran only two minutes, so bookings were only slow.'
  ].join('\n')
  const [incident] = parseIncidents(ticket, {path: 'OPS-9001.md'}).incidents
  const job = incident?.timeline.find((entry) => entry.time?.text === '06:00')
  expect(job?.at).toBe('2024-06-17T04:00:00Z')
})

test('a day told in prose weeks before the day the report states is background: the clocks told after it are on the report’s day', () => {
  const thread = [
    '# cafe.social outage, Sunday 13 October 2024 – post-mortem',
    '',
    '**1/4**',
    'Times are UTC.',
    '',
    '**2/4**',
    'Background first.',
    '',
    'On 2 Sep I moved the media cache to a new disk and forgot to turn off the old sync job.',
    '',
    '**3/4**',
    '09:40 UTC: the media disk fills and uploads fail.',
    '',
    '**4/4**',
    '10:25 UTC: old sync job stopped, disk freed, uploads work again.'
  ].join('\n')
  const [incident] = parseIncidents(thread, {path: 'thread.md'}).incidents
  const rows = incident?.timeline.filter((entry) => /uploads/.test(entry.text))
  expect(rows?.map((entry) => entry.at)).toEqual(['2024-10-13T09:40:00Z', '2024-10-13T10:25:00Z'])
})

test('a post dated when it went up, whose title names an earlier day without its year (`the March 4 outage`), is about that day', () => {
  const post = [
    '---',
    'title: "What happened in the March 4 outage"',
    'date: 2025-03-07',
    '---',
    '',
    '# What happened in the March 4 outage',
    '',
    'All times below are UTC.',
    '',
    'At 7:15 AM uploads started failing. At 8:02 AM we rolled back and uploads worked again.'
  ].join('\n')
  const [incident] = parseIncidents(post, {path: 'post.md'}).incidents
  expect(incident?.date).toBe('2025-03-04')
  const times = incident?.timeline.filter((entry) => entry.time?.precision === 'minute')
  expect(times?.map((entry) => entry.at)).toEqual(['2025-03-04T07:15:00Z', '2025-03-04T08:02:00Z'])
})

test('a day line led by a weekday in another language (`**Terça, 13/08**`, `Mittwoch, 14.08.2024`) heads the entries below it', () => {
  const retro = [
    '# Retro INC-0042 — rotas não geradas',
    '',
    '| | |',
    '|---|---|',
    '| **Data do incidente** | quarta-feira, 14/08/2024 |',
    '',
    '> Todos os horários em BRT (UTC-3).',
    '',
    '## Timeline (BRT)',
    '',
    '**Terça, 13/08**',
    '',
    '- **19:40** — deploy of the routing API v2.1',
    '',
    '**Quarta, 14/08**',
    '',
    '- **06:12** — route generation starts failing',
    '- **07:41** — cache flushed, routes generated again'
  ].join('\n')
  const [incident] = parseIncidents(retro, {path: 'retro.md'}).incidents
  const rows = incident?.timeline.filter((entry) => /deploy|route/.test(entry.text))
  expect(rows?.map((entry) => entry.at)).toEqual([
    '2024-08-13T22:40:00Z',
    '2024-08-14T09:12:00Z',
    '2024-08-14T10:41:00Z'
  ])
})

test('a day line with its weekday in another language after it (`**28/11 (quinta-feira)**`) heads the entries below it', () => {
  const retro = [
    '# Relatório INC-0091 — pedidos presos',
    '',
    '> Todos os horários em BRT (UTC-3).',
    '',
    '## Linha do tempo',
    '',
    '**28/11/2024 (quinta-feira)**',
    '',
    '- **23:40** — deploy da API de pedidos 4.2',
    '',
    '**29/11/2024 (sexta-feira)**',
    '',
    '- **00:07** — primeiros erros 504 no checkout',
    '- **00:56** — feature flag ativada, taxa de erro cai'
  ].join('\n')
  const [incident] = parseIncidents(retro, {path: 'retro.md'}).incidents
  expect(
    incident?.timeline.filter((entry) => entry.origin === 'timeline').map((entry) => entry.at)
  ).toEqual(['2024-11-29T02:40:00Z', '2024-11-29T03:07:00Z', '2024-11-29T03:56:00Z'])
})

test('a day line with its weekday in Turkish, Finnish or Czech after it (`**12.11.2024 (Salı)**`) heads the entries below it', () => {
  for (const [before, after] of [
    ['Cuma', 'Salı'],
    ['perjantai', 'tiistai'],
    ['pátek', 'úterý']
  ]) {
    const log = [
      '# Rapor',
      '',
      'All times are UTC+3.',
      '',
      '## Timeline',
      '',
      `**08.11.2024 (${before})**`,
      '',
      '- 16:50 — tracing enabled',
      '',
      `**12.11.2024 (${after})**`,
      '',
      '- 06:31 — disk warning'
    ].join('\n')
    const [incident] = parseIncidents(log, {path: 'rapor.md'}).incidents
    expect(
      incident?.timeline.filter((entry) => entry.origin === 'timeline').map((entry) => entry.at),
      after
    ).toEqual(['2024-11-08T13:50:00Z', '2024-11-12T03:31:00Z'])
  }
})

test("another table after a follow-up day's rows is on the report's day again", () => {
  const review = [
    '# After-action report: phone outage, June 6, 2025',
    '',
    'All times are UTC.',
    '',
    '## Chronology',
    '',
    '| Time | Event |',
    '|---|---|',
    '| 21:10 | Phones stop ringing at the desk. |',
    '| 22:05 | Trunk restored. |',
    '',
    '**Tuesday 06/10/2025**',
    '',
    '| Time | Event |',
    '|---|---|',
    '| 10:00 | Review meeting. |',
    '',
    '## Radio log (excerpt)',
    '',
    '| Time | From | Traffic |',
    '|---|---|---|',
    '| 21:14 | Unit 4 | "Desk, no calls coming through." |'
  ].join('\n')
  const [incident] = parseIncidents(review, {path: 'review.md'}).incidents
  const radio = incident?.timeline.find((entry) => entry.text.includes('no calls'))
  expect(radio?.at).toBe('2025-06-06T21:14:00Z')
})

test('a day set as a bold label with its colon (`**Thursday 6/12:**`) heads the list of that day', () => {
  const note = [
    '# Booking site down',
    '',
    'All times are Eastern.',
    '',
    '## What happened, in order',
    '',
    '**Before:** The vendor wrote on Monday 6/9 that a migration was planned.',
    '',
    '**Thursday 6/12:**',
    '',
    '- 9:05 – the booking page stops loading.',
    '- 9:40 – back up.'
  ].join('\n')
  const [incident] = parseIncidents(note, {path: 'booking-2025-06-12.md'}).incidents
  const rows = incident?.timeline.filter((entry) => entry.kind === 'list')
  expect(rows?.map((entry) => entry.at)).toEqual(['2025-06-12T13:05:00Z', '2025-06-12T13:40:00Z'])
})

test("a day named without its year (`Saturday 18 January.`) takes the year of a pasted log's full date of that day", () => {
  const post = [
    '# My Nextcloud got stuck in maintenance mode',
    '',
    'All times CET.',
    '',
    '## What happened',
    '',
    'Saturday 18 January. The updater ran at 4am and the upgrade failed.',
    '',
    '```',
    'time="2025-01-18T03:00:06Z" level=info msg="Found new image"',
    '```',
    '',
    'At 10:32 I restored the backup and the site was back.'
  ].join('\n')
  const [incident] = parseIncidents(post, {path: 'post.md'}).incidents
  const back = incident?.timeline.find((entry) => entry.time?.text === '10:32')
  expect(back?.at).toBe('2025-01-18T09:32:00Z')
})

test("a talk's speaker notes, headed slide by slide, are one incident, dated by the story, not by when the talk was given", () => {
  const notes = [
    '# The Night Our Queue Ate Itself',
    '',
    '*Speaker notes. Talk given at Ops Meetup Porto, 12 November 2024, 20-min slot.*',
    '',
    '## [Slide 1 — title]',
    '',
    'Hi, I am Rui.',
    '',
    '## [Slide 2 — a calendar, 3 March circled]',
    '',
    'So. Monday 3 March 2024. All times UTC.',
    '',
    '## [Slide 3 — the graph]',
    '',
    'At 02:10 the first consumers died. At 02:25 the alert paged me.',
    '',
    '## [Slide 4 — thanks, 12 November]',
    '',
    'Thanks for listening.'
  ].join('\n')
  const {incidents} = parseIncidents(notes, {path: 'talk.md'})
  expect(incidents.length).toBe(1)
  expect(incidents[0]?.date).toBe('2024-03-03')
})

test("an outliner's note: a day alone in a bullet of background, weeks before the note's date, dates none of the clocks after it", () => {
  const note = [
    'date:: [[2025-03-19]]',
    'timezone:: UTC',
    '',
    '- ## What happened',
    '\t- context (before the day)',
    '\t\t- [[2025-03-02]] the new node pool created with a taint nobody tolerates yet',
    '\t- **09:10** the rotation starts draining the old nodes',
    '\t- 09:24 admission webhook pods evicted, pod creation starts failing',
    '\t- 09:58 webhook switched to Ignore, pods schedule again'
  ].join('\n')
  const [incident] = parseIncidents(note, {path: 'webhook.md'}).incidents
  const at = (words: RegExp) => incident?.timeline.find((entry) => words.test(entry.text))?.at
  expect(at(/rotation starts/)).toBe('2025-03-19T09:10:00Z')
  expect(at(/switched to Ignore/)).toBe('2025-03-19T09:58:00Z')
})

test("a post's opening that tells the night by its weekdays (`on Friday night`) dates it before the day it was posted", () => {
  const post = [
    '---',
    'date: 2025-04-08',
    '---',
    '',
    '# The night the invoices stopped',
    '',
    'Quillpad was down for about four hours on Friday night / Saturday morning. Sorry.',
    '',
    'All times below are UTC.',
    '',
    '## Timeline',
    '',
    '- **01:12:** the disk fills and the database stops taking writes.',
    '- **05:20:** I wake up, delete old dumps and restart the database; the site is back.'
  ].join('\n')
  const [incident] = parseIncidents(post, {path: 'post.md'}).incidents
  // 8 April 2025 is a Tuesday: the Friday before is the 4th, and the night runs into the 5th.
  expect(incident?.timeline.find((entry) => /disk fills/.test(entry.text))?.at).toBe(
    '2025-04-05T01:12:00Z'
  )
})

test("a day told weeks before the report's day, in prose before its timeline, is not the timeline's day", () => {
  const post = [
    '---',
    'date: 2025-04-05',
    '---',
    '',
    '# The night the invoices stopped',
    '',
    'All times below are UTC.',
    '',
    '## What happened',
    '',
    'Every night at 02:00 UTC a cron job dumps the database and uploads it.',
    '',
    'On March 10th I rotated the storage keys and forgot the backup script.',
    '',
    '## Timeline',
    '',
    '- **01:12:** the disk fills and the database stops taking writes.'
  ].join('\n')
  const [incident] = parseIncidents(post, {path: 'post.md'}).incidents
  expect(incident?.timeline.find((entry) => /disk fills/.test(entry.text))?.at).toBe(
    '2025-04-05T01:12:00Z'
  )
})

test("a page's `Date:` property with its window of clocks (`November 4, 2024 9:14 AM → 11:15 AM`) is the report's day", () => {
  const page = [
    '# INC-88: Card declines',
    '',
    'Status: Resolved',
    'Date: November 4, 2024 9:14 AM → November 4, 2024 11:15 AM',
    'Owner: Priya',
    '',
    '## Timeline',
    '',
    'All times Pacific.',
    '',
    '| Time (PT) | Event |',
    '| --- | --- |',
    '| Oct 28 | The provider mailed a maintenance notice to an alias nobody reads. |',
    '| 9:14 AM | Approval rate drops; declines start. |'
  ].join('\n')
  const [incident] = parseIncidents(page, {path: 'page.md'}).incidents
  expect(incident?.timeline.find((entry) => /Approval rate/.test(entry.text))?.at).toBe(
    '2024-11-04T17:14:00Z'
  )
})

test('the day a record was exported (`> Exported from incident.io on 20 Sep 2024`) is weaker than the days its key timestamps give', () => {
  const record = [
    '# INC-77: Event ingestion failing',
    '',
    '> Exported from incident.io on 20 Sep 2024. All times below are UK time.',
    '',
    '## Key timestamps',
    '',
    '- **Impact started:** 18 Sep 2024, 13:41',
    '- **Resolved:** 18 Sep 2024, 15:33',
    '',
    '## What happened',
    '',
    'The migration took its lock at 13:41 and every insert waited behind it.'
  ].join('\n')
  const [incident] = parseIncidents(record, {path: 'inc-77.md'}).incidents
  expect(incident?.timeline.find((entry) => /took its lock/.test(entry.text))?.at).toBe(
    '2024-09-18T12:41:00Z'
  )
})

test("a notice's `Date of notice` is its paperwork; the day its subject names is the story's", () => {
  const notice = [
    '# Gradebook outage on the first day of term',
    '',
    '**To:** Parents and staff',
    '**Date of notice:** Thursday, August 7, 2025',
    '**Subject:** Gradebook outage, Tuesday, August 5, 2025',
    '',
    'All times are Arizona time.',
    '',
    '## What happened',
    '',
    '- 7:12 a.m.: teachers cannot sign in to take attendance.',
    '- 9:05 a.m.: sign-in works again.'
  ].join('\n')
  const [incident] = parseIncidents(notice, {path: 'notice.md'}).incidents
  expect(incident?.timeline.find((entry) => /cannot sign in/.test(entry.text))?.at).toBe(
    '2025-08-05T14:12:00Z'
  )
})

test("a header's `Downtime start` in numbers either way (`03/12/2025 06:48`) is read the way the report's other dates settle", () => {
  const report = [
    '# Unplanned downtime report: imaging archive',
    '',
    '| | |',
    '|---|---|',
    '| **Downtime start** | 03/12/2025 06:48 |',
    '| **Downtime end** | 03/12/2025 09:25 |',
    '',
    'All times are Central time.',
    '',
    '## Summary',
    '',
    'The hosts had been rebuilt in January (01/23/2025) from the wrong template.',
    '',
    '## Timeline',
    '',
    '- 06:48 image retrieval stalls on every workstation.',
    '- 09:25 the archive serves images again.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'archive.md'}).incidents
  // (`01/23/2025` can only be month first: so is `03/12/2025`, 12 March, in CDT; the incident's
  // day is that one, not the day of the rebuild the summary mentions.)
  expect(incident?.date).toBe('2025-03-12')
  expect(incident?.timeline.find((entry) => /retrieval stalls/.test(entry.text))?.at).toBe(
    '2025-03-12T11:48:00Z'
  )
})

test("a diary's weekday headings (`## Tuesday night`, `## Wednesday morning`) date its clocks from the week it names; its summary's clocks are the same moments again", () => {
  const diary = [
    '# On-call diary: the queue that filled up',
    '',
    '*Written up by Ana, on call the week of March 3, 2025. All times are Pacific.*',
    '',
    '## Tuesday night',
    '',
    '**10:40 PM** — nothing going on.',
    '',
    '**11:50 PM** — the first messages start failing to publish.',
    '',
    '**12:05 AM** — paged; acked from the couch.',
    '',
    '## Wednesday morning',
    '',
    '**9:15 AM** — wrote the follow-up tickets.',
    '',
    '## Summary',
    '',
    '- **Timeline in one line:** first failures 11:50 PM, acked 12:05 AM.'
  ].join('\n')
  const [incident] = parseIncidents(diary, {path: 'diary.md'}).incidents
  const at = (words: RegExp) =>
    incident?.timeline.filter((entry) => words.test(entry.text)).map((entry) => entry.at)
  // Tuesday 4 March, 11:50 PM PST; the summary's `11:50 PM` is that moment, not the Wednesday's.
  expect(at(/start failing/)).toEqual(['2025-03-05T07:50:00Z'])
  expect(at(/first failures/)).toEqual(['2025-03-05T07:50:00Z'])
})

test("an AsciiDoc header's `:revdate:` (or a `Revision date`) is when the report was revised, not the day it tells of", () => {
  const report = [
    '# INC-88: Exports stalled',
    ':author: Mara Quist',
    ':revdate: 2025-04-02',
    '',
    'Written up for the export stall on Tuesday 25 March 2025. All times UTC.',
    '',
    'We were paged at 07:41 and exports ran again at 08:20.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'inc-88.md'}).incidents
  expect(incident?.timeline.find((entry) => /paged/.test(entry.text))?.at).toBe(
    '2025-03-25T07:41:00Z'
  )
})

test('a post tells of what came before it: clocks later than the time it says it was posted are on the day before', () => {
  const thread = [
    '# Thread archive: uploads outage, Tue June 10 2025',
    '',
    "_Copied from Lee's thread, posted Wed June 11 2025 ~9:15 AM ET, with the replies that added to it._",
    '',
    '**2/9**',
    'Timeline first, all times ET:',
    '10:52 AM – uploads start failing',
    '10:58 AM – our monitors alert',
    '11:24 AM – fix applied, uploads work again'
  ].join('\n')
  const [incident] = parseIncidents(thread, {path: 'thread.md'}).incidents
  // (The caption's lines, each led by a clock, are entries of their own.)
  expect(
    incident?.timeline
      .filter((entry) => entry.origin === 'timeline')
      .map((entry) => [entry.at, entry.text])
  ).toEqual([
    ['2025-06-10T14:52:00Z', 'uploads start failing'],
    ['2025-06-10T14:58:00Z', 'our monitors alert'],
    ['2025-06-10T15:24:00Z', 'fix applied, uploads work again']
  ])
})

test('a line set whole in bold that opens a post, before any heading, is its title and names its day', () => {
  const post = [
    '**[Incident report] Relay node missed 212 blocks on Sept 12 (signer lost its network)**',
    '',
    'All times below are UTC.',
    '',
    '### TL;DR',
    '',
    '- First missed block at 09:41; signing again at 10:20.'
  ].join('\n')
  const [incident] = parseIncidents(post, {path: 'posts/2024-09-13-relay.md'}).incidents
  expect(incident?.title).toBe(
    '[Incident report] Relay node missed 212 blocks on Sept 12 (signer lost its network)'
  )
  expect(incident?.timeline.find((entry) => entry.time?.text === '09:41')?.at).toBe(
    '2024-09-12T09:41:00Z'
  )
})

test("the day of the meeting a paper is for (`For the meeting of: Wednesday 6 November 2024`) is paperwork, not the story's day", () => {
  const paper = [
    '# Report on the outage of the catalogue, Tuesday 15 October 2024',
    '',
    'Date of paper: 28 October 2024',
    'For the meeting of: Wednesday 6 November 2024',
    '',
    '## Summary',
    '',
    'The outage began at 8.52am and core services were restored at 10.05am.'
  ].join('\n')
  const [incident] = parseIncidents(paper, {path: 'paper.md'}).incidents
  expect(incident?.timeline.find((entry) => entry.time?.text === '8.52am')?.at).toBe(
    '2024-10-15T08:52:00Z'
  )
})

test("a page's `Date:` alone is when it was written; the day its title names shortly before is the story's", () => {
  const letter = [
    '# What happened on launch morning (spring sale, April 22)',
    '',
    '**Prepared for:** Dana Kirchner',
    '**From:** Ben Hadley',
    '**Date:** Thursday, April 24, 2025',
    '',
    'All times below are Mountain time.',
    '',
    'The site started returning errors at 9:04 a.m. and came back at 9:52 a.m.'
  ].join('\n')
  const [incident] = parseIncidents(letter, {path: 'letter.md'}).incidents
  expect(incident?.date).toBe('2025-04-22')
  expect(incident?.timeline.find((entry) => entry.time?.text.startsWith('9:04'))?.at).toBe(
    '2025-04-22T15:04:00Z'
  )
})

test('a day something is due on (`were due to expire on December 9`, `scheduled for`) is still to come, not the story’s day', () => {
  const page = [
    '# Remote unlock unavailable',
    '',
    '**Date of incident:** Thursday, November 14, 2024',
    '',
    '## What happened',
    '',
    'Our certificates were due to expire on December 9, and we had planned the swap for the morning of November 14.',
    '',
    'At **6:12 AM ET**, the new certificate went live and older hubs began to reject it.'
  ].join('\n')
  const [incident] = parseIncidents(page, {path: 'page.md'}).incidents
  expect(incident?.timeline.find((entry) => entry.time?.text === '6:12 AM ET')?.at).toBe(
    '2024-11-14T11:12:00Z'
  )
})

test('a memo with no subject field tells of the day its title names, not the day in its `Date:` field', () => {
  const memo = [
    "# Riverbend Library – About Saturday's Catalogue Outage",
    '',
    '**From:** Library Systems',
    '**To:** All branch staff',
    '**Date:** Monday, 17 March 2025',
    '',
    'All times in this memo are GMT.',
    '',
    '### What happened',
    '',
    'At 10:05 a.m. the catalogue stopped loading at every branch.',
    '',
    'Our systems librarian began looking into it at 10:20 a.m. and restarted the search server at 11:00 a.m.'
  ].join('\n')
  const [incident] = parseIncidents(memo, {path: 'memo.md'}).incidents
  const restarted = incident?.timeline.find((entry) => entry.time?.text.startsWith('11:00'))
  expect(restarted?.at).toBe('2025-03-15T11:00:00Z')
})

test("a note among the timeline's rows that names a row's clock again is on that row's day, and so is the clock beside it", () => {
  const report = [
    '# Card payments failing',
    '',
    'All times CET.',
    '',
    '## Timeline',
    '',
    '| Time | Event |',
    '|---|---|',
    '| 3 Feb 2025 09:20 | Card payments start failing. |',
    '| 09:40 | Rollback finished, payments recover. |',
    '| 10:30 | Incident declared resolved. |',
    '| 4 Feb 2025 11:00 | Refunds for the failed payments completed. |',
    '',
    'Note: the pager closed its alert by itself at 09:52, when the error rate fell; we count the',
    'incident as resolved at 10:30, when it was declared.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'note.md'}).incidents
  const noted = incident?.timeline.filter((entry) => entry.place.line >= 14)
  expect(noted?.map((entry) => entry.at)).toEqual(['2025-02-03T08:52:00Z', '2025-02-03T09:30:00Z'])
})

test('a day something is due on, in a log with no other day alone (`report due 21-Mar-2025 EOD`), is not the day of the report', () => {
  const log = [
    '# Desk log',
    '',
    '**All times UTC.**',
    '',
    '| Date/Time | By | Entry |',
    '|---|---|---|',
    '| 18-Mar-2025 02:10 | AK | Link down alarm on the east span. |',
    '| 18-Mar-2025 02:40 | AK | Traffic moved to the west span, services back. |',
    '| 18-Mar-2025 09:00 | JS | Customer report requested, due 21-Mar-2025 EOD. |',
    '',
    '### Summary',
    '',
    '- **Outage:** 02:10 to 02:40 UTC.'
  ].join('\n')
  const [incident] = parseIncidents(log, {path: 'log.md'}).incidents
  expect(incident?.date).toBe('2025-03-18')
  const summary = incident?.timeline.filter((entry) => entry.origin === 'summary')
  expect(summary?.[0]?.at).toBe('2025-03-18T02:10:00Z')
})

test("a mail about last night's outage, sent the morning after, puts the clocks after midnight on the day it was sent", () => {
  const mail = [
    "**Subject:** Last night's outage on the booking site",
    '',
    '**From:** Ops <ops@example.com>',
    '**To:** Client <client@example.com>',
    '**Date:** Thursday 14 November 2024, 8:40am',
    '',
    'All times below are Perth time (AWST).',
    '',
    'At 1:20am the database stopped. We restarted it at 6:05am.'
  ].join('\n')
  const [incident] = parseIncidents(mail, {path: 'mail.md'}).incidents
  const at = (clock: string) =>
    incident?.timeline.find((entry) => entry.time?.text.startsWith(clock))?.at
  expect(at('1:20am')).toBe('2024-11-13T17:20:00Z')
  expect(at('6:05am')).toBe('2024-11-13T22:05:00Z')
})

test('a day told after the last row of a timeline dates none of its rows', () => {
  const report = [
    '# Uploads failed in the Oslo region',
    '',
    'Updates are oldest first. All times are CEST.',
    '',
    '### Resolved',
    '',
    'Uploads work again. _Posted Sep 13, 2025 - 16:40 CEST_',
    '',
    '### Review',
    '',
    '**Timeline**',
    '',
    '- **14:02** - A storage node rejects writes.',
    '- **14:30** - Writes moved to the spare node.',
    '',
    'We first blamed a firmware update that went out on the Wednesday before (10 September); it',
    'turned out to be unrelated.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'uploads-2025-09-13.md'}).incidents
  const rows = incident?.timeline.filter(
    (entry) => entry.origin === 'timeline' && entry.time?.precision !== 'day'
  )
  expect(rows?.map((entry) => entry.at)).toEqual(['2025-09-13T12:02:00Z', '2025-09-13T12:30:00Z'])
})

test('the day a page was copied or archived is not the day of what it tells', () => {
  const report = [
    '# Search results were empty',
    '',
    '_Archived from wiki.example.org/ops/search-empty on 2025-04-09 for the records._',
    '',
    '## Timeline (UTC)',
    '',
    '- **08:12** - Search returns no results for any query.',
    '- **08:40** - Index alias pointed back at yesterday’s index.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'search-empty-2025-04-07.md'}).incidents
  const rows = incident?.timeline.filter((entry) => entry.origin === 'timeline')
  expect(rows?.map((entry) => entry.at)).toEqual(['2025-04-07T08:12:00Z', '2025-04-07T08:40:00Z'])
})

test("a blog post's posting day, under the blog's name, is not the day of the story it tells", () => {
  const post = [
    '# Library catalogue outage on Monday 2 June',
    '',
    '*Library Systems Blog · Northgate College*',
    '*Posted Tuesday 3 June 2025, 4:10pm by Ruth Okoye*',
    '',
    'All times below are Sydney time (AEST).',
    '',
    'On the night of Sunday 1 June, between 9pm and 10:30pm, we upgraded the search index. Checks finished at 10:30pm and looked fine.',
    '',
    'From 8:45am on Monday, searches began to fail for most readers.',
    '',
    'The first call reached the help desk at 8:58am, and we restarted the index at 9:40am.'
  ].join('\n')
  const [incident] = parseIncidents(post, {path: 'catalogue.md', today: '2026-12-07'}).incidents
  const times = incident?.timeline
    .filter((entry) => entry.time?.precision !== 'day' && entry.line > 4)
    .map((entry) => entry.at)
  expect(times).toEqual([
    '2025-06-01T11:00:00Z',
    '2025-06-01T12:30:00Z',
    '2025-06-01T22:45:00Z',
    '2025-06-01T22:58:00Z',
    '2025-06-01T23:40:00Z'
  ])
})

test("a diary reads twelve o'clock just past midnight as past midnight, and a day found out as no step back", () => {
  const notes = [
    '# Night notes: the queue that stopped (Jun 3–4, 2025)',
    '',
    'All times are Pacific.',
    '',
    '## Some context first',
    '',
    'The importer was moved to the new cluster on **May 27**.',
    '',
    '## The night',
    '',
    '**11:52 pm (Tue Jun 3)** — Page: import lag above 30 minutes.',
    '',
    '**12:40 am** — Called Ines for a second opinion. She joined the call at 12:46.',
    '',
    '**12:58 am** — Ines found in the vendor forum that the driver had leaked memory on Sunday Jun 1 at 2:10 pm for everyone.',
    '',
    '**1:15 am** — Restarted the importer with the old driver.'
  ].join('\n')
  const incidents = parseIncidents(notes, {path: 'night.md', today: '2026-12-07'}).incidents
  expect(incidents).toHaveLength(1)
  const at = (text: string) => incidents[0]?.timeline.find((entry) => entry.text.includes(text))?.at
  expect(at('She joined the call')).toBe('2025-06-04T07:46:00Z')
  expect(at('Restarted the importer')).toBe('2025-06-04T08:15:00Z')
})

test("a shift's handover note pasted in a code block, its lines four digits and a gap, is the timeline", () => {
  const report = [
    '# PM: search timeouts, night of 3-4 Sep 2025',
    '',
    'times: SGT',
    '',
    '## handover note (as written 0700 4 Sep)',
    '',
    '```',
    'night shift 3 Sep 2200 -> 4 Sep 0700, kl',
    '',
    '2230  search v2.8 deployed by platform, canary ok',
    '0112  paged. SearchLatencyHigh',
    '0115  acked, looking',
    '0140  rolled back v2.8, latency falling',
    '```',
    '',
    '## what happened',
    '',
    'The new index settings doubled the shard count.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'search.md', today: '2026-12-07'}).incidents
  const at = (text: string) => incident?.timeline.find((entry) => entry.text.includes(text))?.at
  expect(at('search v2.8 deployed')).toBe('2025-09-03T14:30:00Z')
  expect(at('paged. SearchLatencyHigh')).toBe('2025-09-03T17:12:00Z')
  expect(at('rolled back v2.8')).toBe('2025-09-03T17:40:00Z')
})

test("a day stated without its year for all times `unless noted` holds for a table's rows after one dated otherwise", () => {
  const markdown = [
    '# Banner crash at the summer event',
    '',
    'Status: reviewed 6/23, 2025.',
    '',
    '> Heads up: all times below are **server time (UTC-7)** unless marked otherwise.',
    '',
    '## Timeline',
    '',
    'All server time (UTC-7), Thursday 6/19 unless noted.',
    '',
    '| Time | What happened |',
    '|---|---|',
    '| 6/18 16:30 | Event config pushed to production. |',
    '| 10:00 | Event goes live; old clients crash in the lobby. |',
    '| 10:55 | Banner turned off for old clients. |'
  ].join('\n')
  const [incident] = parseIncidents(markdown, {path: 'banner.md'}).incidents
  const rows = incident?.timeline.filter((entry) => entry.kind === 'table')
  expect(rows?.map((entry) => entry.at)).toEqual([
    '2025-06-18T23:30:00Z',
    '2025-06-19T17:00:00Z',
    '2025-06-19T17:55:00Z'
  ])
})

test('a row dated before the day stated for all times `unless` another is given is an exception: the clocks after it are on the stated day', () => {
  const markdown = [
    '# Checkout stalls',
    '',
    '> All times are Eastern (EDT, New York) on Thursday May 8, 2025 unless another day is given.',
    '',
    '## Timeline',
    '',
    '### Wed 5/7, 08:40 - Config merged',
    '',
    'The pool size change is merged.',
    '',
    '### 09:12 - Checkout stalls',
    '',
    'Carts time out.',
    '',
    '### 09:50 - Pool size reverted',
    '',
    'Carts go through again.'
  ].join('\n')
  const [incident] = parseIncidents(markdown, {path: 'checkout.md'}).incidents
  const rows = incident?.timeline.filter((entry) => entry.kind === 'heading')
  expect(rows?.map((entry) => entry.at)).toEqual([
    '2025-05-07T12:40:00Z',
    '2025-05-08T13:12:00Z',
    '2025-05-08T13:50:00Z'
  ])
})

test("a row of a day alone before the day a file's name gives is background: the clocks after it are on the file's day", () => {
  const markdown = [
    '# Search evictions on the east cluster',
    '',
    'All times are UTC.',
    '',
    '## Background',
    '',
    'The config change was merged on 2024-08-02 and left unsynced.',
    '',
    '## Timeline',
    '',
    '| Time (UTC) | Event |',
    '|---|---|',
    '| 2024-08-02 | Config change merged, not synced to production. |',
    '| 09:40 | Ola syncs the logging app in production. |',
    '| 10:12 | First eviction; search 5xx starts. |'
  ].join('\n')
  const [incident] = parseIncidents(markdown, {path: '2024-08-20-search-evictions.md'}).incidents
  expect(incident?.timeline.find((entry) => entry.text.startsWith('First eviction'))?.at).toBe(
    '2024-08-20T10:12:00Z'
  )
})

test("a table of the report's fields dates the paper by its `Written` row, not the story", () => {
  const markdown = [
    '# Warehouse database outage',
    '',
    '| | |',
    '|---|---|',
    '| Reference | INC-2024-0912-01 |',
    '| Severity | P1 |',
    '| Sites | Gyál, Győr |',
    '| Written | 13 September 2024 |',
    '| Last modified | 16 September 2024 (owners of the actions added) |',
    '| Last updated | 17.09.2024, 14:20 |',
    '',
    'All times are UTC.',
    '',
    '## Summary',
    '',
    'The volume filled at 04:12 and scanning stopped until 05:04.'
  ].join('\n')
  const [incident] = parseIncidents(markdown, {path: 'fields.md'}).incidents
  expect(incident?.timeline.map((entry) => entry.at)).toEqual([
    '2024-09-13T04:12:00Z',
    '2024-09-13T05:04:00Z'
  ])
})

test('a block of fields set as code under a title with no words of its own dates the log below it', () => {
  const markdown = [
    '# NORTHWIND RAIL — OPERATIONS CONTROL',
    '',
    '## Incident Log OCC-0412 — Seat reservations down',
    '',
    '```',
    'Ref:        OCC/INC/2025/0412',
    'Date:       12 APR 2025 (SAT)',
    'Owner:      duty controller',
    '```',
    '',
    'All times UTC (Z).',
    '',
    '### Log',
    '',
    '```',
    '0612Z  First reservation requests time out.',
    '0625Z  Duty controller takes the incident.',
    '```'
  ].join('\n')
  const [incident] = parseIncidents(markdown, {path: 'occ-log.md'}).incidents
  const clocks = incident?.timeline.filter((entry) => entry.time?.precision !== 'day')
  expect(clocks?.map((entry) => entry.at)).toEqual(['2025-04-12T06:12:00Z', '2025-04-12T06:25:00Z'])
})

test("a field of the paper's own day after the title's (`Draft: Mon 10 Mar 2025`) dates none of the story", () => {
  const report = [
    '# Bakery orders down on launch morning (Fri 7 Mar 2025)',
    '',
    'Draft: Mon 10 Mar 2025 · Reviewed: Tue 11 Mar 2025, 10:00 AM',
    '',
    'All times are Central European Time.',
    '',
    '## Summary',
    '',
    'Orders failed from 7:05 AM. We heard at 7:20 AM and rolled back at 7:41 AM.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'bakery.md'}).incidents
  const times = incident?.timeline.filter((entry) => entry.line === 9).map((entry) => entry.at)
  expect(times).toEqual(['2025-03-07T06:05:00Z', '2025-03-07T06:20:00Z', '2025-03-07T06:41:00Z'])
})
