/**
 * Every form of writing that aftermath reads, each with a report made up for
 * it (never copied from a real one) and what must be read from it. The
 * tests in reading-forms.test.ts parse each example, and check that
 * docs/reading.md shows each one, example and all, so that the page and the
 * reader cannot drift apart.
 */
import type {EntryOrigin} from '../../src/model.js'

/** One entry that must be read, in written order among the others listed. */
export interface ExpectedEntry {
  at: string | null
  end?: string
  /** A part of the entry's text. */
  text?: string
  origin?: EntryOrigin
  confidence?: 'high' | 'medium' | 'low'
}

export interface ReadingForm {
  id: string
  /** The group of forms it belongs to, as the page orders them. */
  group: 'elsewhere' | 'shapes' | 'clocks' | 'incidents' | 'zone' | 'day' | 'instant'
  title: string
  /** The report, as Markdown. */
  example: string
  /** The report's file name, when the form reads it. */
  path?: string
  /** The day it is read (`ParseOptions.today`), for a report that writes no year. */
  today?: string
  /** Entries of the first incident (or of each incident, by index). */
  entries: ExpectedEntry[] | ExpectedEntry[][]
  /** Rule ids of the messages the report must give, in any order (others may come too). */
  messages?: string[]
}

export const readingForms: readonly ReadingForm[] = [
  {
    id: 'summary-window',
    group: 'elsewhere',
    title: 'A window in a summary',
    example: `---
date: 2026-02-11
---

# Checkout errors

## Summary

Between 14:05 and 15:40 UTC checkout failed for about a third of customers.
`,
    entries: [
      {
        at: '2026-02-11T14:05:00Z',
        end: '2026-02-11T15:40:00Z',
        text: 'checkout failed for about a third of customers',
        origin: 'summary'
      }
    ]
  },
  {
    id: 'impact-range',
    group: 'elsewhere',
    title: 'A range in an impact section',
    example: `# Slow search, 3 March 2026

All times are Pacific Time.

## Impact

Searches were slow for most users (from 1:46pm to 5:30pm).
`,
    entries: [
      {
        at: '2026-03-03T21:46:00Z',
        end: '2026-03-04T01:30:00Z',
        text: 'Searches were slow',
        origin: 'impact'
      }
    ]
  },
  {
    id: 'next-day',
    group: 'elsewhere',
    title: 'A recovery paragraph, the next day',
    example: `---
date: 2026-05-19
---

# Shard rebuild

## Recovery

Restores ran through the night. At 17:00 UTC the next day the last shard was restored.
`,
    entries: [
      {at: '2026-05-20T17:00:00Z', text: 'the last shard was restored', origin: 'resolution'}
    ]
  },
  {
    id: 'mid-sentence',
    group: 'elsewhere',
    title: 'A time in the middle of a sentence',
    example: `---
date: 2026-01-08
timezone: UTC
---

# Bad release

## Resolution

We rolled back the release, which completed by 10:30.
`,
    entries: [
      {
        at: '2026-01-08T10:30:00Z',
        text: 'We rolled back the release, which completed by 10:30.',
        origin: 'resolution'
      }
    ]
  },
  {
    id: 'front-matter',
    group: 'elsewhere',
    title: 'Timestamps in the front matter',
    example: `---
title: Queue backlog
detected_at: 2024-05-03T14:12Z
resolved_at: 2024-05-03T18:10Z
---

# Queue backlog
`,
    entries: [
      {at: '2024-05-03T14:12:00Z', text: 'detected_at', origin: 'front-matter'},
      {at: '2024-05-03T18:10:00Z', text: 'resolved_at', origin: 'front-matter'}
    ]
  },
  {
    id: 'quote-under-time-heading',
    group: 'elsewhere',
    title: 'A quote under a time heading',
    example: `# Login outage

## Timeline

### 2026-04-02 09:14 UTC

> Investigating: we are seeing failed logins on the web app.

### 2026-04-02 09:51 UTC

> Resolved: logins work again.
`,
    entries: [
      {at: '2026-04-02T09:14:00Z', text: 'Investigating: we are seeing failed logins'},
      {at: '2026-04-02T09:51:00Z', text: 'Resolved: logins work again'}
    ]
  },
  {
    id: 'phase-sections',
    group: 'shapes',
    title: 'A timeline spread over a section per phase',
    example: `# Disk full on the primary

All times in UTC.

## Detection

- 2026-06-01 03:12 disk usage alert on db-1

## Mitigation

- 03:40 old WAL segments removed
- 03:52 writes succeed again
`,
    entries: [
      {at: '2026-06-01T03:12:00Z', text: 'disk usage alert', origin: 'detection'},
      {at: '2026-06-01T03:40:00Z', text: 'old WAL segments removed', origin: 'resolution'},
      {at: '2026-06-01T03:52:00Z', text: 'writes succeed again', origin: 'resolution'}
    ]
  },
  {
    id: 'comment-stamps',
    group: 'shapes',
    title: 'Comments, each under a line that stamps it',
    example: `# Card payments failing

_All times Europe/London._

## Comments

**Ana Ruiz** added a comment - 14/Jun/26 11:58 PM

Paged for card authorisation errors, looking now.

**Ben Okafor** added a comment - 15/Jun/26 12:20 AM

Found it: the new CA bundle went out at 11:50 PM and every handshake fails since.
`,
    entries: [
      {
        at: '2026-06-14T22:58:00Z',
        text: 'Ana Ruiz added a comment: Paged for card authorisation errors'
      },
      {at: '2026-06-14T23:20:00Z', text: 'Ben Okafor added a comment: Found it'},
      {at: '2026-06-14T22:50:00Z', text: 'the new CA bundle went out'}
    ]
  },
  {
    id: 'logged-lines',
    group: 'shapes',
    title: 'A log pasted as the timeline',
    example: `# Note sync failures

## Timeline

\`\`\`text
[2026-07-09 00:00:04 UTC] sync-gateway: certificate has expired
[2026-07-09 00:03:31 UTC] alertmanager: FIRING SyncWriteErrorRate, paged on-call
[2026-07-09 00:40:58 UTC] alertmanager: RESOLVED SyncWriteErrorRate
\`\`\`
`,
    entries: [
      {at: '2026-07-09T00:00:04Z', text: 'certificate has expired'},
      {at: '2026-07-09T00:03:31Z', text: 'FIRING SyncWriteErrorRate'},
      {at: '2026-07-09T00:40:58Z', text: 'RESOLVED SyncWriteErrorRate'}
    ]
  },
  {
    id: 'chat-paste',
    group: 'shapes',
    title: 'A chat pasted as a paragraph, outside a timeline section',
    example: `# Checkout 502s

Raw paste from #inc-checkout (October 2026). Every timestamp below is AEDT (UTC+11).

### Thursday, October 8th

[10:42 AM] maria.k: anyone else seeing 502s on checkout?
[10:44 AM] PagerDuty: Triggered: checkout-svc 5xx rate > 2%
[10:45 AM] deepak.s: ack'd, looking
`,
    entries: [
      {at: '2026-10-07T23:42:00Z', text: 'maria.k: anyone else seeing 502s'},
      {at: '2026-10-07T23:44:00Z', text: 'PagerDuty: Triggered'},
      {at: '2026-10-07T23:45:00Z', text: "deepak.s: ack'd"}
    ]
  },
  {
    id: 'chat-log-heading',
    group: 'shapes',
    title: "A chat's log under a heading of its own, beside notes on its times",
    example: `# Upload outage

**Date:** 2025-03-04. All times are UTC.

## Slack log: #inc-uploads (exported)

\`\`\`
[14:02] pagerbot: uploads 5xx > 2% (prod)
[14:04] ines: ack, looking
[14:31] ines: disk on upload-3 is full, clearing old chunks
[14:40] ines: 5xx back to baseline
\`\`\`

## Timeline notes

The 14:02 alert fired two minutes after the first 5xx at 14:00. The 13:50 backup alert in the log is unrelated.
`,
    entries: [
      {at: '2025-03-04T14:02:00Z', text: 'pagerbot: uploads 5xx', origin: 'timeline'},
      {at: '2025-03-04T14:04:00Z', text: 'ines: ack, looking'},
      {at: '2025-03-04T14:31:00Z', text: 'disk on upload-3 is full'},
      {at: '2025-03-04T14:40:00Z', text: '5xx back to baseline'}
    ]
  },
  {
    id: 'log-without-timeline',
    group: 'shapes',
    title: 'A log of compact clocks, in a report with no timeline section',
    example: `# pg-main-01 disk full

ops log, 2025-06-03, all times utc

\`\`\`
2352z  pg-main-01 disk 100%, writes failing
2354z  pd: api-5xx-rate crit -> paged r.osei
2358z  ack'd r.osei
\`\`\`
`,
    entries: [
      {at: '2025-06-03T23:52:00Z', text: 'writes failing'},
      {at: '2025-06-03T23:54:00Z', text: 'paged r.osei'},
      {at: '2025-06-03T23:58:00Z', text: "ack'd r.osei"}
    ]
  },
  {
    id: 'status-updates',
    group: 'shapes',
    title: 'Status page updates, newest first',
    path: 'incidents/2025-06-24-failed-logins.md',
    example: `# Failed logins

**Resolved** - This incident has been resolved.
Jun 24, 14:10 UTC

**Monitoring** - A fix has been deployed and we are watching the results.
Jun 24, 13:40 UTC

**Investigating** - We are looking into failed logins.
Jun 24, 13:02 UTC
`,
    entries: [
      {at: '2025-06-24T14:10:00Z', text: 'This incident has been resolved'},
      {at: '2025-06-24T13:40:00Z', text: 'A fix has been deployed'},
      {at: '2025-06-24T13:02:00Z', text: 'We are looking into failed logins'}
    ]
  },
  {
    id: 'key-value-lines',
    group: 'shapes',
    title: 'Key and value lines, padded',
    example: `# Cache stampede

## Key events

Detected:      2024-05-03 14:12 UTC
Mitigated:     2024-05-03 14:40 UTC
Resolved:      2024-05-03 15:05 UTC
`,
    entries: [
      {at: '2024-05-03T14:12:00Z', text: 'Detected', origin: 'timeline'},
      {at: '2024-05-03T14:40:00Z', text: 'Mitigated', origin: 'timeline'},
      {at: '2024-05-03T15:05:00Z', text: 'Resolved', origin: 'timeline'}
    ]
  },
  {
    id: 'labelled-list',
    group: 'shapes',
    title: 'A labelled list of key events',
    example: `# Ingress certificate expired on 2025-09-10

All times in UTC.

- **Key events**
  - First detected 2025-09-10 08:02
  - Repaired 2025-09-10 08:40
  - Resolved 2025-09-10 09:15
- **Impact**: every ingress served the wrong certificate.
`,
    entries: [
      {at: '2025-09-10T08:02:00Z', text: 'First detected', origin: 'timeline'},
      {at: '2025-09-10T08:40:00Z', text: 'Repaired', origin: 'timeline'},
      {at: '2025-09-10T09:15:00Z', text: 'Resolved', origin: 'timeline'}
    ]
  },
  {
    id: 'field-table',
    group: 'shapes',
    title: 'A table of fields at the top',
    example: `# Queue consumer stall

| Field    | Value      |
| -------- | ---------- |
| Date     | 2022-11-08 |
| Detected | 09:41 UTC  |
| Resolved | 11:02 UTC  |
| Severity | SEV2       |
`,
    entries: [
      {at: '2022-11-08T09:41:00Z', text: 'Detected'},
      {at: '2022-11-08T11:02:00Z', text: 'Resolved'}
    ]
  },
  {
    id: 'date-and-time-columns',
    group: 'shapes',
    title: 'A table with a date column and a time column',
    example: `# API errors

## Timeline

| Date       | Time (UTC) | Event               |
| ---------- | ---------- | ------------------- |
| 2026-02-11 | 09:02      | Error rate alert    |
| 2026-02-11 | 09:30      | Bad config reverted |
`,
    entries: [
      {at: '2026-02-11T09:02:00Z', text: 'Error rate alert'},
      {at: '2026-02-11T09:30:00Z', text: 'Bad config reverted'}
    ]
  },
  {
    id: 'bullet-glyph-lines',
    group: 'shapes',
    title: 'Lines a bullet glyph opens, in one paragraph',
    example: `# INC-88: Search returning no results

Times are CEST (Europe/Berlin), on Tue, Jun 3, 2025.

## Timeline

• 9:12 AM — Search error alert triggered
• 9:15 AM — @mira acknowledged the page
• 9:40 AM — Index alias pointed back at the old index, results back
`,
    entries: [
      {at: '2025-06-03T07:12:00Z', text: 'Search error alert triggered'},
      {at: '2025-06-03T07:15:00Z', text: '@mira acknowledged the page'},
      {at: '2025-06-03T07:40:00Z', text: 'Index alias pointed back'}
    ]
  },
  {
    id: 'rows-as-text',
    group: 'shapes',
    title: 'A table whose header has lost its `|---|` line, its rows left as text',
    example: `# Postmortem: invoice e-mails delayed

Written up for the delay on Thursday 6 March 2025. All times are UTC.

## Timeline

| When | What happened |
| 2025-02-27 16:40 | The mail relay's retry limit is lowered in a clean-up PR. Not rolled out. |
| 08:02 | The relay is redeployed with the new limit; retries start piling up. |
| 08:31 | Queue-age alert fires. |
| 09:10 | Limit restored; the queue drains. |
`,
    path: 'rows-as-text.md',
    entries: [
      {at: '2025-02-27T16:40:00Z', text: "The mail relay's retry limit is lowered "},
      {at: '2025-03-06T08:02:00Z', text: 'The relay is redeployed with the new lim'},
      {at: '2025-03-06T08:31:00Z', text: 'Queue-age alert fires.'},
      {at: '2025-03-06T09:10:00Z', text: 'Limit restored; the queue drains.'}
    ]
  },
  {
    id: 'toggle-paragraphs',
    group: 'shapes',
    title: 'Paragraphs a triangle opens (`▸ 09:12 — ...`), as a notes tool exports its toggles',
    example: `# Postmortem: export jobs stalled (12 March 2025)

Date: March 12, 2025

All times are Helsinki time (EET, UTC+2).

## Timeline

▸ Tue 11 Mar, 17:40 — Queue settings changed
    Kaisa lowers the worker limit. Nothing breaks yet.

▸ 08:05 — Exports stall
    The morning batch starts and no export finishes.

▸ 08:21 — Alert fires
    \`export-lag > 15m\` pages the on-call.
`,
    entries: [
      {at: '2025-03-11T15:40:00Z', text: 'Queue settings changed'},
      {at: '2025-03-12T06:05:00Z', text: 'Exports stall'},
      {at: '2025-03-12T06:21:00Z', text: 'Alert fires'}
    ]
  },
  {
    id: 'day-line-then-clock-lines',
    group: 'shapes',
    title: 'A day on a line of its own, then its clock lines, in one paragraph',
    example: `# Write-up: mirror sync stalled, 3 June 2025

All times below are CEST (+0200).

Timeline
--------

Mon 2 June
  23:40  Mirror sync job moved to the new host.

Tue 3 June
  01:05  First sync on the new host fails;
         mirrors start serving stale indexes.
  04:48  A user reports stale indexes (his mail is
         dated 19:48 -0700 on the 2nd).
  07:20  Sync fixed by hand, mirrors current again.
`,
    entries: [
      {at: '2025-06-02T21:40:00Z', text: 'Mirror sync job moved'},
      {at: '2025-06-02T23:05:00Z', text: 'First sync on the new host fails'},
      {at: '2025-06-03T02:48:00Z', text: 'A user reports stale indexes'},
      {at: '2025-06-03T05:20:00Z', text: 'Sync fixed by hand'}
    ]
  },
  {
    id: 'line-breaks',
    group: 'shapes',
    title: 'Entries split by line breaks',
    example: `# Edge errors

## Timeline (all times UTC)

### 2026-07-07

10:02 - deploy starts<br> 10:09 - error rate climbs on the EU edge<br>
10:15 - deploy rolled back
`,
    entries: [
      {at: '2026-07-07T10:02:00Z', text: 'deploy starts'},
      {at: '2026-07-07T10:09:00Z', text: 'error rate climbs on the EU edge'},
      {at: '2026-07-07T10:15:00Z', text: 'deploy rolled back'}
    ]
  },
  {
    id: 'date-column-compact-clock',
    group: 'clocks',
    title: 'A date column beside a column of four-figure clocks',
    example: `# Analyzer interface downtime

All times are Central Standard Time (CST).

## Timeline

| Date | Time | Event |
|---|---|---|
| 02/07/2025 | 2342 | Interface stops sending results. |
| 02/08/2025 | 0015 | Night lead declares downtime. |
`,
    entries: [
      {at: '2025-02-08T05:42:00Z', text: 'Interface stops'},
      {at: '2025-02-08T06:15:00Z', text: 'Night lead declares'}
    ]
  },
  {
    id: 'part-of-day-half',
    group: 'clocks',
    title:
      "A part of the day told with the day, and a timeline's clock, give the half of clocks in words",
    example: `# So, about Friday night

All times are UK time.

On Friday evening (7 March 2025) the forum went down. I got home around ten to ten and found the cause by about ten past ten.

## What happened, roughly in order

**At 21:05** the database disk filled up.

**Around quarter past nine** a moderator messaged me that the site was down.
`,
    entries: [
      {at: '2025-03-07T21:50:00Z', text: 'I got home'},
      {at: '2025-03-07T22:10:00Z', text: 'found the cause'},
      {at: '2025-03-07T21:05:00Z', text: 'the database disk filled'},
      {at: '2025-03-07T21:15:00Z', text: 'a moderator messaged me'}
    ]
  },
  {
    id: 'klo-clocks',
    group: 'clocks',
    title: 'Dotted clocks after the Finnish klo',
    example: `# Postmortem: terminal scanners stopped syncing

**Incident date:** Tuesday 4.3.2025

All times are Finnish time (EET, UTC+2).

The broker stopped accepting scans at klo 06.41. Scans were confirmed again from klo 07.58.
`,
    entries: [
      {at: '2025-03-04T04:41:00Z', text: 'The broker stopped accepting scans'},
      {at: '2025-03-04T05:58:00Z', text: 'Scans were confirmed again'}
    ]
  },
  {
    id: 'org-mode-stamps',
    group: 'clocks',
    title: 'Org-mode stamps, a weekday between the day and the clock',
    example: `# Notes: checkout 5xx

All timestamps here are local, Europe/Warsaw.

## Log

-   <2025-06-03 Tue 09:41> deploy of checkout starts
-   [2025-06-03 Tue 09:47] 5xx alert fires, acked from phone
-   [2025-06-03 Tue 10:02] rolled back, 5xx gone
`,
    entries: [
      {at: '2025-06-03T07:41:00Z', text: 'deploy of checkout starts'},
      {at: '2025-06-03T07:47:00Z', text: '5xx alert fires'},
      {at: '2025-06-03T08:02:00Z', text: 'rolled back'}
    ]
  },
  {
    id: 'date-time-groups',
    group: 'clocks',
    title: 'Date-time groups: `150047Z SEP 25`',
    example: `# After-action report: dispatch terminals offline

All times are date-time groups in Zulu (UTC).

| DTG | Event |
|---|---|
| 150047Z SEP 25 | Message switch certificate expires; terminals drop. |
| 150058Z SEP 25 | Comm supervisor pages IT on-call. |
| 150204Z SEP 25 | Message switch restarted, terminals reconnect. |
`,
    entries: [
      {at: '2025-09-15T00:47:00Z', text: 'certificate expires'},
      {at: '2025-09-15T00:58:00Z', text: 'pages IT on-call'},
      {at: '2025-09-15T02:04:00Z', text: 'restarted'}
    ]
  },
  {
    id: 'dotted-clock-column',
    group: 'clocks',
    title: 'A column of dotted clocks under Time',
    example: `# Storing bestelstraat

**Date:** 3 June 2025

All times in this report are local time (CEST).

## Timeline

| Time | Event |
|---|---|
| 07.40 | Order channel stops after a certificate change. |
| 08.15 | Warehouse calls the service desk. |
`,
    entries: [
      {at: '2025-06-03T05:40:00Z', text: 'Order channel stops'},
      {at: '2025-06-03T06:15:00Z', text: 'Warehouse calls'}
    ]
  },
  {
    id: 'offsets-from-t0',
    group: 'clocks',
    title: 'Offsets from a stated T0',
    example: `# Render backlog

## Timeline

All entries are relative to **T0 = 14:20 PST on Monday 9 February 2026**.

| Offset | What happened |
|---|---|
| T0 | First render job times out |
| T+9m | Queue depth alert fires |
| T+1h05m | Autoscaler ceiling raised; jobs render again |
`,
    entries: [
      {at: '2026-02-09T22:20:00Z', text: 'All entries are relative to T0'},
      {at: '2026-02-09T22:20:00Z', text: 'First render job times out'},
      {at: '2026-02-09T22:29:00Z', text: 'Queue depth alert fires'},
      {at: '2026-02-09T23:25:00Z', text: 'Autoscaler ceiling raised'}
    ]
  },
  {
    id: 'letter-offsets',
    group: 'clocks',
    title: 'Offsets from an instant the report names with a letter of its own',
    example: `# Login outage on launch day

The game went live on Tuesday, November 4, 2025 at 9:00 AM Pacific. We call that **L+0** below.

## Timeline

| When | What |
|---|---|
| L-1h | Final go/no-go call |
| L+0 | Servers open |
| L+12m | Logins start failing |
| L+1h40m | Queue switched on, logins recover |
`,
    entries: [
      {at: '2025-11-04T16:00:00Z', text: 'go/no-go'},
      {at: '2025-11-04T17:00:00Z', text: 'Servers open'},
      {at: '2025-11-04T17:12:00Z', text: 'Logins start failing'},
      {at: '2025-11-04T18:40:00Z', text: 'Queue switched on'}
    ]
  },
  {
    id: 'recording-offsets',
    group: 'instant',
    title: '`[00:14:32] Marcus: ...` quoted from a call whose recording started at a stated time',
    example: `# Review: search outage

Lena opened the call at **14:20 UTC** on 3 June 2025, and the recording starts at that moment.

## From the call

> **[00:01:05] Lena:** I've got the page, I'm running this one.
>
> **[00:12:40] Omar:** Found it, the index alias points at the empty index.

> **[00:19:15] Omar:** Alias switched back, results are back.
`,
    entries: [
      {at: '2025-06-03T14:21:05Z', text: 'running this one'},
      {at: '2025-06-03T14:32:40Z', text: 'Found it'},
      {at: '2025-06-03T14:39:15Z', text: 'Alias switched back'}
    ]
  },
  {
    id: 't0-offsets-table',
    group: 'instant',
    title: '`T0+29m` rows under `T0 = 2024-11-13 14:06 UTC`',
    example: `# Mailbox takeover

All times below are offsets from **T0 = 2024-11-13 14:06 UTC**, when the phishing mail arrived.

## Timeline

| Offset | Event |
|---|---|
| T0 | Phishing mail delivered to 14 mailboxes. |
| T0+31m | First attacker sign-in. Account takeover begins. |
| T0+1h04m | Inbox rule alert raised. |
`,
    entries: [
      {at: '2024-11-13T14:06:00Z', text: 'delivered'},
      {at: '2024-11-13T14:37:00Z', text: 'takeover begins'},
      {at: '2024-11-13T15:10:00Z', text: 'alert raised'}
    ]
  },
  {
    id: 't-plus-zero',
    group: 'clocks',
    title: 'T0 stated as T+0',
    example: `# Partner API rejecting requests

## Timeline

All times UTC, 2025-06-10. T+0 = 13:20 UTC (first rejected requests).

| When | What |
|---|---|
| T-39m | Config change deployed |
| T+0 | Sync runs; rejections start |
| T+6m | Alert pages the primary |
`,
    entries: [
      {at: '2025-06-10T12:41:00Z', text: 'Config change deployed'},
      {at: '2025-06-10T13:20:00Z', text: 'Sync runs'},
      {at: '2025-06-10T13:26:00Z', text: 'Alert pages the primary'}
    ]
  },
  {
    id: 'quoted-t0-note',
    group: 'clocks',
    title: 'T0 stated in a note set apart as a quote',
    example: `# Top-up failures

**Review meeting:** Thursday 30 October 2025

The incident began at 22:40 BST on Saturday 25 October 2025.

> **A note on times.** Every timeline entry below is an elapsed offset
> from T+0 (the 22:40 BST anchor above).

## Timeline

| Offset | Event |
|---|---|
| **T+0** | Database host panics. |
| **T+17m** | Alert fires. |
`,
    entries: [
      {at: '2025-10-25T21:40:00Z', text: 'Database host panics'},
      {at: '2025-10-25T21:57:00Z', text: 'Alert fires'}
    ]
  },
  {
    id: 'thread-headings',
    group: 'shapes',
    title: 'A thread of comments under headings that stamp them',
    example: `# Webhooks delayed #4821

### @ana-r commented on Sep 3, 2026, 3:58 PM PDT

Escalating: a customer wrote in at 3:41 PM about missing webhooks.

### @kenji-w commented on Sep 3, 2026, 4:12 PM PDT

Ack, I have this. Looking at the dispatcher.
`,
    entries: [
      {at: '2026-09-03T22:58:00Z', text: '@ana-r commented on: Escalating'},
      {at: '2026-09-03T22:41:00Z', text: 'a customer wrote in'},
      {at: '2026-09-03T23:12:00Z', text: '@kenji-w commented on: Ack, I have this'}
    ]
  },
  {
    id: 'relative-lines',
    group: 'clocks',
    title: 'Times told from the line before, or from the start',
    example: `# Broken thumbnails

## Timeline

Everything below is an offset from the deploy, which went out at **2:05 PM EDT** on 12 May 2026.

- +6m: first 404s in the CDN logs
- +19m: a seller reports broken photos
- About 3 minutes after that, I reply "on it"
- An hour in: status page updated
`,
    entries: [
      {at: '2026-05-12T18:11:00Z', text: 'first 404s'},
      {at: '2026-05-12T18:24:00Z', text: 'a seller reports'},
      {at: '2026-05-12T18:27:00Z', text: 'I reply'},
      {at: '2026-05-12T19:05:00Z', text: 'status page updated'}
    ]
  },
  {
    id: 'compact-clocks',
    group: 'clocks',
    title: 'Four digits without a colon',
    example: `---
date: 2026-03-05
---

# Chain halt

## Timeline (UTC)

- 0616: wrong block produced by validator 7
- 0640: alerts fire on missed slots
- 0755: chain finalizes again
`,
    entries: [
      {at: '2026-03-05T06:16:00Z', text: 'wrong block produced'},
      {at: '2026-03-05T06:40:00Z'},
      {at: '2026-03-05T07:55:00Z'}
    ]
  },
  {
    id: 'tilde-and-arrow-spans',
    group: 'clocks',
    title: 'Spans written with a tilde or an arrow',
    example: `# Login failures

All times KST, on 2026.05.20.

- **Player impact:** 19:05 ~ 19:47 (42 minutes)
- **Why so long:** 9 minutes until someone acked the page (19:08 → 19:17).
`,
    entries: [
      {at: '2026-05-20T10:05:00Z', text: 'Player impact'},
      {at: '2026-05-20T10:08:00Z', text: 'until someone acked the page'}
    ]
  },
  {
    id: 'four-figures-and-h',
    group: 'clocks',
    title: 'Four figures and an H',
    example: `# Results not filing to the patient record

All times are Singapore time (SGT).

| Date | Time | Event |
|---|---|---|
| 18 Nov 2025 | 2340H | Results channel suspended |
| 19 Nov 2025 | 0012H | A registrar calls the Service Desk |

The channel was restarted at 0127H on 19 Nov 2025.
`,
    entries: [
      {at: '2025-11-18T15:40:00Z', text: 'Results channel suspended'},
      {at: '2025-11-18T16:12:00Z', text: 'A registrar calls'},
      {at: '2025-11-18T17:27:00Z', text: 'The channel was restarted'}
    ]
  },
  {
    id: 'clock-forms',
    group: 'clocks',
    title: 'Clocks as people type them',
    example: `---
date: 2026-08-19
---

# Payment retries

## Timeline

- \`07:35\` UTC - on-call paged
- 08:XX UTC - retry storm subsides
- 13:55 PM UTC - refunds start
- 06:15pm UTC - refunds done
- UTC 19:05 - incident closed
- 20:10 UTC / 13:10 PDT - summary posted
`,
    entries: [
      {at: '2026-08-19T07:35:00Z', text: 'on-call paged'},
      {at: '2026-08-19T08:00:00Z', text: 'retry storm subsides'},
      {at: '2026-08-19T13:55:00Z', text: 'refunds start'},
      {at: '2026-08-19T18:15:00Z', text: 'refunds done'},
      {at: '2026-08-19T19:05:00Z', text: 'incident closed'},
      {at: '2026-08-19T20:10:00Z', text: 'summary posted'}
    ]
  },
  {
    id: 'dated-sections',
    group: 'incidents',
    title: 'Several incidents, one section each',
    example: `# Status history

## Past incidents

### CDN errors (Minor)

On 13 April 2026, between 10:05 and 10:40 UTC, some images failed to load. A bad cache rule was rolled back at 10:38 UTC.

### Login failures (Major)

On 9 April 2026 at 14:00 UTC users could not sign in. Logins recovered by 14:25 UTC.
`,
    entries: [
      [
        {at: '2026-04-13T10:05:00Z', end: '2026-04-13T10:40:00Z'},
        {at: '2026-04-13T10:38:00Z', text: 'A bad cache rule was rolled back'}
      ],
      [
        {at: '2026-04-09T14:00:00Z', text: 'users could not sign in'},
        {at: '2026-04-09T14:25:00Z', text: 'Logins recovered'}
      ]
    ]
  },
  {
    id: 'date-and-time-columns-one-incident',
    group: 'incidents',
    title:
      'A chronology table with its dates and times in columns of their own, in a report of numbered sections',
    example: `# Shire Council ICT incident report

All times are UTC.

## 1. Purpose

This report records the incident of Monday 12/05/2025 and what we will change.

## 2. Chronology

| Date | Time | Event |
|---|---|---|
| 12/05/2025 | 8:05am | Rates portal stops accepting payments. |
| 12/05/2025 | 8:20am | Service desk logs the fault. |
| 12/05/2025 | 10:45am | Payments accepted again. |

## 3. Conclusion

The review will go to the Audit Committee on 17/06/2025.
`,
    entries: [
      {at: '2025-05-12T08:05:00Z', text: 'Rates portal stops'},
      {at: '2025-05-12T08:20:00Z', text: 'Service desk logs'},
      {at: '2025-05-12T10:45:00Z', text: 'Payments accepted again'}
    ]
  },
  {
    id: 'annex-timeline',
    group: 'incidents',
    title: 'A press statement, then `## Technical Annex` with the only timeline',
    example: `# Harbourline Energy statement on the billing portal outage

*Media release – Perth, Tuesday 11 March 2025*

On Monday morning our billing portal was unavailable for about two hours.

## Technical Annex

All times in this annex are AWST (UTC+8) on Monday 10 March 2025 unless otherwise stated.

### Sequence of events

| Time (AWST) | Event |
|---|---|
| 6:48 am | Portal logins start failing. |
| 6:55 am | Automated alarm raised in the operations centre. |
| 8:51 am | Logins restored. |
`,
    entries: [
      {at: '2025-03-09T22:48:00Z', text: 'Portal logins start failing'},
      {at: '2025-03-09T22:55:00Z', text: 'Automated alarm'},
      {at: '2025-03-10T00:51:00Z', text: 'Logins restored'}
    ]
  },
  {
    id: 'hrs-clock-table',
    group: 'incidents',
    title: 'A timeline of `0914 hrs` clocks among sections dated on other days',
    example: `# Pharmacy system downtime – event report

**Date of event:** Thursday, 02/06/2025

> All times Central Standard Time (CST), 24-hour.

## 1. Summary

The dispensing cabinets could not sync with the pharmacy server for over an hour.

## 2. Timeline of events

| Time | Event |
|---|---|
| 0914 hrs | Dispensing cabinets stop syncing with the pharmacy server. |
| 0921 hrs | A pharmacist calls the service desk. |
| 1032 hrs | Sync restored on all cabinets. |

## 3. Paper records

Cabinet counts were reconciled on 02/07/2025.

## 4. Safety review

Event reports filed on 02/06/2025 were reviewed; none described harm.
`,
    entries: [
      {at: '2025-02-06T15:14:00Z', text: 'stop syncing'},
      {at: '2025-02-06T15:21:00Z', text: 'calls the service desk'},
      {at: '2025-02-06T16:32:00Z', text: 'Sync restored'}
    ]
  },
  {
    id: 'parts-of-one-report',
    group: 'incidents',
    title: 'Parts of one document, each with times',
    example: `# Payroll export failed, Thursday 12 March 2026

All times are CET.

## Part 1: Notices as published

### 12 March, 10.05 – Investigating

We are looking into failed payroll exports.

### 12 March, 11.40 – Resolved

Exports work again.

## Part 2: Review

### Timeline

| Time | Event |
|---|---|
| 09:48 | First export fails |
| 11:31 | Fix deployed; exports succeed |
`,
    entries: [
      {at: '2026-03-12T09:05:00Z', text: 'Investigating'},
      {at: '2026-03-12T10:40:00Z', text: 'Resolved'},
      {at: '2026-03-12T08:48:00Z', text: 'First export fails'},
      {at: '2026-03-12T10:31:00Z', text: 'Fix deployed'}
    ]
  },
  {
    id: 'region-timelines',
    group: 'incidents',
    title: 'One incident, a timeline per region',
    example: `# Throttled flag polls, 20 May 2026

## Timeline (UTC)

### eu-west-1

- 09:12 429s climb to 41%
- 10:31 revert lands, 429s gone

### us-east-1

- 10:09 429s climb to 44%
- 10:31 revert lands, 429s gone
`,
    entries: [
      {at: '2026-05-20T09:12:00Z', text: '429s climb to 41%'},
      {at: '2026-05-20T10:31:00Z', text: 'revert lands'},
      {at: '2026-05-20T10:09:00Z', text: '429s climb to 44%'},
      {at: '2026-05-20T10:31:00Z', text: 'revert lands'}
    ]
  },
  {
    id: 'zone-statements',
    group: 'zone',
    title: 'A zone stated loosely',
    example: `---
date: 2026-07-14
---

# Webhook delays

## Timeline (all times PDT)

- 09:10 webhook queue grows
- 09:45 consumers scaled out
`,
    entries: [{at: '2026-07-14T16:10:00Z', confidence: 'high'}, {at: '2026-07-14T16:45:00Z'}]
  },
  {
    id: 'day-line-with-zone',
    group: 'zone',
    title: 'A day line that states the zone',
    example: `# Payment API errors

## Timeline

**2023-03-14** (all times in PT)

- 07:23 deploy of build 4411
- 07:31 error rate alert fires
`,
    entries: [{at: '2023-03-14T14:23:00Z'}, {at: '2023-03-14T14:31:00Z'}]
  },
  {
    id: 'clocks-went-back',
    group: 'zone',
    title: 'The hour that happens twice, the night the clocks go back',
    example: `# Queue consumers down overnight

All times Europe/London. Service was back at 01:30, after the clocks went back.

## Timeline

**Sunday 26 October 2025**

- 00:40 – Queue consumers start failing.
- 01:50 – Backlog alert fires; on-call paged.
- 01:10 – The clocks have gone back an hour. Consumers restarted; the queue drains.
- 01:30 – Backlog gone. Resolved.
`,
    entries: [
      {at: '2025-10-26T01:30:00Z', text: 'Service was back at 01:30'},
      {at: '2025-10-25T23:40:00Z', text: 'Queue consumers start failing'},
      {at: '2025-10-26T00:50:00Z', text: 'Backlog alert fires'},
      {at: '2025-10-26T01:10:00Z', text: 'Consumers restarted'},
      {at: '2025-10-26T01:30:00Z', text: 'Backlog gone'}
    ]
  },
  {
    id: 'zone-statement-own-language',
    group: 'zone',
    title: "A statement of the zone in the report's own language",
    example: `# Incidente transferencias

**Fecha del incidente:** 14-11-2024

> Todas las horas están en hora de Chile continental, horario de verano (CLST, UTC-3).

## Línea de tiempo

- 08:47 hrs — Transfers start failing.
- 08:58 hrs — Error-rate monitor pages the on-call.
`,
    entries: [
      {at: '2024-11-14T11:47:00Z', text: 'Transfers start failing'},
      {at: '2024-11-14T11:58:00Z', text: 'Error-rate monitor'}
    ]
  },
  {
    id: 'place-and-zone-in-brackets',
    group: 'zone',
    title: 'A place and its zone in brackets after the clock, then the day',
    example: `# Ledger sync stall

The ledger sync stopped at 22:47 (Springfield, UTC-6) on 4 March 2025 and the on-call was paged at 22:55 (Springfield, UTC-6) on 4 March 2025.

Sync resumed at 00:20 (Springfield, UTC-6) on 5 March 2025.
`,
    entries: [
      {at: '2025-03-05T04:47:00Z', text: 'The ledger sync stopped'},
      {at: '2025-03-05T06:20:00Z', text: 'Sync resumed'}
    ]
  },
  {
    id: 'zone-in-link',
    group: 'zone',
    title: 'A zone in link text',
    example: `---
date: 2026-01-20
---

# Build farm down

Note: all times listed are in [Pacific Time](https://example.com/time-zones).

## Timeline

- 08:30 builds stop starting
- 09:05 runners restarted
`,
    entries: [{at: '2026-01-20T16:30:00Z'}, {at: '2026-01-20T17:05:00Z'}]
  },
  {
    id: 'zone-from-links',
    group: 'zone',
    title: "The zone its messages' links show",
    example: `# Certificate mismatch on 2023-09-14

- **Key events**
  - First detected 2023-09-14 08:31
  - Repaired 2023-09-14 09:02
- **Context**: first reported in [#help](https://example.slack.com/archives/C01AB2CD3/p1694676672000100), fix confirmed in [#ops](https://example.slack.com/archives/C04EF5GH6/p1694678567000200).
`,
    entries: [
      {at: '2023-09-14T07:31:00Z', text: 'First detected', confidence: 'medium'},
      {at: '2023-09-14T08:02:00Z', text: 'Repaired'}
    ],
    messages: ['time-zone-evidence']
  },
  {
    id: 'clock-in-their-time',
    group: 'zone',
    title: "A clock in someone else's time: `8:41pm her time`",
    example: `# Shop down overnight

All times are my own, CET.

## What happened

On Saturday 8 February 2025 the shop went down at 01:12. The first mail from a customer came at 01:40 (a kind note from Ana, sent at 7:40pm her time). I woke around 7:05 and had it fixed by 7:50.
`,
    entries: [
      {at: '2025-02-08T00:12:00Z', text: 'went down'},
      {at: '2025-02-08T00:40:00Z', text: 'first mail'},
      {at: '2025-02-08T06:05:00Z', text: 'I woke'},
      {at: '2025-02-08T06:50:00Z', text: 'fixed'}
    ]
  },
  {
    id: 'zone-contradicted',
    group: 'zone',
    title: 'A stated zone its own logs contradict',
    example: `---
date: 2026-10-06
---

# Ledger writes failing

All times UTC.

## Timeline

- 10:05 first write failures

  \`\`\`
  2026-10-06T14:05:12Z ERROR ledger: write timeout
  \`\`\`

- 10:20 retries exhausted

  \`\`\`
  2026-10-06T14:20:40Z ERROR ledger: giving up after 5 retries
  \`\`\`

- 10:45 primary failed over

  \`\`\`
  2026-10-06T14:45:03Z INFO ledger: new primary elected
  \`\`\`
`,
    entries: [
      {at: '2026-10-06T14:05:00Z', confidence: 'medium'},
      {at: '2026-10-06T14:20:00Z'},
      {at: '2026-10-06T14:45:00Z'}
    ],
    messages: ['time-zone-contradicted']
  },
  {
    id: 'summary-in-utc',
    group: 'zone',
    title: 'A summary in UTC, a timeline in local time',
    example: `---
date: 2026-09-02
---

# Checkout failures

## Summary

Checkout failed from 14:05 to 15:40 UTC after a cache node rebooted.

## Timeline

- 10:05 errors begin on checkout
- 10:30 cache node identified
- 11:40 checkout recovered
`,
    entries: [
      {at: '2026-09-02T14:05:00Z', end: '2026-09-02T15:40:00Z', origin: 'summary'},
      {at: '2026-09-02T14:05:00Z', text: 'errors begin', origin: 'timeline'},
      {at: '2026-09-02T14:30:00Z'},
      {at: '2026-09-02T15:40:00Z', text: 'checkout recovered'}
    ],
    messages: ['time-zone-evidence']
  },
  {
    id: 'zone-on-some-entries',
    group: 'zone',
    title: 'A zone written on some entries of the timeline only',
    example: `# Payroll export outage

All times are Sydney time. On Saturday 5 April 2025:

## Timeline

- 21:00 – nightly export starts
- 21:20 – export job fails, alert fires
- 21:35 – on-call acks
- 21:50 – rollback started
- 23:05 AEDT – disk resized
- 23:20 AEDT – export re-run
- 23:35 AEDT – export complete
`,
    entries: [
      {at: '2025-04-05T10:00:00Z', text: 'nightly export starts'},
      {at: '2025-04-05T10:20:00Z', text: 'export job fails'},
      {at: '2025-04-05T12:05:00Z', text: 'disk resized'},
      {at: '2025-04-05T12:35:00Z', text: 'export complete'}
    ]
  },
  {
    id: 'zone-written-not-stated',
    group: 'zone',
    title: 'No zone stated, one zone written on the times that have one',
    example: `# Login queue stuck

Friday 7 March 2025.

- 9:00 PM EST – patch deployed.
- 10:30 PM EST – reward batch starts.

Logins began failing around 10:42 PM. Our alert fired at 10:50 PM and Dana answered at 10:53 PM.
`,
    entries: [
      {at: '2025-03-08T02:00:00Z', text: 'patch deployed'},
      {at: '2025-03-08T03:42:00Z', text: 'Logins began failing'},
      {at: '2025-03-08T03:53:00Z', text: 'Dana answered'}
    ],
    messages: ['time-zone-evidence']
  },
  {
    id: 'zone-written-once',
    group: 'zone',
    title: 'A story in paragraphs whose first clock alone has its zone',
    example: `# Exports came back empty for older accounts (Thursday, June 5)

## The short version

On Thursday, June 5, 2025, for most of the morning, exports for older accounts came back empty.

## What happened

We shipped exporter 2.1 and the deploy finished at 09:20 a.m. Pacific.

The worker picked up the new config soon after, and from then every export for accounts made
before March 3 came back empty.

At 10:05 a.m. support flagged it in the on-call channel.
`,
    entries: [
      {at: '2025-06-05T16:20:00Z', text: 'the deploy finished'},
      {at: '2025-06-05T17:05:00Z', text: 'support flagged it'}
    ],
    messages: ['time-zone-evidence']
  },
  {
    id: 'zone-written-mostly',
    group: 'zone',
    title: 'One zone written on most of the times, another quoted once',
    example: `# Order failures at the sale's start

On 18 June 2025, at 00:02 (UTC+8), order submission began to fail.

The provider's maintenance notice said its window was 16:00–17:00 UTC, which misled us for a while.

Support contacts rose from 00:05. The hot coupon key was found at 00:24 (UTC+8) and split by 00:42 (UTC+8).
`,
    entries: [
      {at: '2025-06-17T16:02:00Z', text: 'order submission began to fail'},
      {at: '2025-06-17T16:05:00Z', text: 'Support contacts rose'},
      {at: '2025-06-17T16:42:00Z', text: 'split by'}
    ],
    messages: ['time-zone-evidence']
  },
  {
    id: 'explained-abbreviation',
    group: 'zone',
    title: 'An ambiguous abbreviation the statement explains',
    example: `# Orders not saving, 11 January 2026

All times in this report are IST (Israel Standard Time, UTC+2).

## Timeline

- 09:14 IST — writes start failing
- 09:31 IST — the on-call acknowledges
`,
    entries: [
      {at: '2026-01-11T07:14:00Z', text: 'writes start failing'},
      {at: '2026-01-11T07:31:00Z', text: 'the on-call acknowledges'}
    ]
  },
  {
    id: 'country-time',
    group: 'zone',
    title: "A country's time named by its people",
    example: `# Sorter stop at the hub, 24 October 2024

All times in this report are Dutch local time.

- 13:52 — sorters stop receiving destinations
- 15:07 — sorting resumes
`,
    entries: [
      {at: '2024-10-24T11:52:00Z', text: 'sorters stop'},
      {at: '2024-10-24T13:07:00Z', text: 'sorting resumes'}
    ]
  },
  {
    id: 'zone-long-name',
    group: 'zone',
    title: "A zone's long name from CLDR",
    example: `# Mobile data outage in Cebu, 17 July 2025

Every time in this report is Philippine Standard Time.

The interruption began at 9:14 in the morning, when road works cut a fiber route. Service came back at 11:36.
`,
    entries: [
      {at: '2025-07-17T01:14:00Z', text: 'The interruption began'},
      {at: '2025-07-17T03:36:00Z', text: 'Service came back'}
    ]
  },
  {
    id: 'zone-in-summary-list',
    group: 'zone',
    title: 'A zone stated in a point of a summary list',
    example: `Subject: storage outage this week

Hi all,

Short version:

- The shared filesystem was down from Tuesday to Thursday. All times in this mail are CEST (local time here).
- Everything is back now.

What happened

Tue 6 May 2025

14:05 - Metadata operations start stalling.

14:20 - Monitoring alert on the metadata server.
`,
    entries: [
      {at: '2025-05-06T12:05:00Z', text: 'Metadata operations'},
      {at: '2025-05-06T12:20:00Z', text: 'Monitoring alert'}
    ]
  },
  {
    id: 'zone-converted',
    group: 'zone',
    title: 'Times the author says they converted to a zone',
    example: `# Saturday night crash loop, 18 January 2025

Heads up on times: the box itself runs on UTC, so all the log timestamps are 5 hours ahead of us. I've converted everything below to EST.

**8:12 PM** — first crash.

**9:18 PM** — old plugin version back in, server stays up.
`,
    entries: [
      {at: '2025-01-19T01:12:00Z', text: 'first crash'},
      {at: '2025-01-19T02:18:00Z', text: 'old plugin version'}
    ]
  },
  {
    id: 'season',
    group: 'zone',
    title: 'A standard-time zone written in summer',
    example: `# Replica lag, July 2026

## Timeline (all times PST)

- 22:20 PST Saturday Jul 4th: replica lag peaks
- 23:00 MST Saturday Jul 4th: lag back to zero
- 23:40 PST Saturday Jul 4th: all clear
`,
    entries: [
      {at: '2026-07-05T05:20:00Z', confidence: 'medium'},
      {at: '2026-07-05T06:00:00Z'},
      {at: '2026-07-05T06:40:00Z'}
    ],
    messages: ['time-zone-season']
  },
  {
    id: 'season-from-links',
    group: 'zone',
    title: 'GMT written in summer, its links say UK time',
    example: `# Image uploads failing, 16 June 2026

## Timeline

- 09:12 GMT uploads start failing ([thread](https://example.slack.com/archives/C07XY8Z9A/p1781597550000300))
- 09:40 GMT storage node replaced ([thread](https://example.slack.com/archives/C07XY8Z9A/p1781599205000400))
- 10:05 GMT uploads work again
`,
    entries: [
      {at: '2026-06-16T08:12:00Z', confidence: 'medium'},
      {at: '2026-06-16T08:40:00Z'},
      {at: '2026-06-16T09:05:00Z'}
    ],
    messages: ['time-zone-season']
  },
  {
    id: 'night-range',
    group: 'day',
    title: 'A night across two days',
    example: `# Search index stale

Night shift log, 27→28 Jan 2026. Times CET.

## Log

- 23:52 took the pager over
- 00:31 first write rejected by the index
`,
    entries: [
      {at: '2026-01-27T22:52:00Z', text: 'took the pager over'},
      {at: '2026-01-27T23:31:00Z', text: 'first write rejected'}
    ]
  },
  {
    id: 'other-languages',
    group: 'day',
    title: 'A day and a timeline heading in another language',
    example: `# Post-mortem — login failures

**Date:** mardi 3 mars 2026
**Heures:** all times heure de Paris (CET)

## Chronologie

- 14h05 — first "session not found" errors
- 14h12 — alert fires, on-call paged
`,
    entries: [
      {at: '2026-03-03T13:05:00Z', text: 'first "session not found" errors'},
      {at: '2026-03-03T13:12:00Z', text: 'alert fires'}
    ]
  },
  {
    id: 'day-of-month',
    group: 'day',
    title: 'Days named by their weekday and day of the month only',
    example: `# The booking site went down over the weekend

*Posted 9th October 2025 by the volunteer web team*

All times BST.

## What happened

**Saturday the 4th**

- 22:10 – the disk filled up and the database stopped.

**Sunday the 5th**

- 08:30 – restarted the database; bookings work again.
`,
    entries: [
      {at: '2025-10-04T21:10:00Z', text: 'the disk filled up'},
      {at: '2025-10-05T07:30:00Z', text: 'restarted the database'}
    ]
  },
  {
    id: 'other-language-dates',
    group: 'day',
    title: 'Days and clocks written in another language, wherever they stand',
    example: `# Postmortem: cobros duplicados

**Fecha del incidente:** 12 de mayo de 2025
All times are Madrid time (CEST).

## Cronología

**11 de mayo**

- **22:40** – configuration change applied; no effect yet

**12 de mayo**

- **09:15** – first duplicate charges reported by a merchant
`,
    entries: [
      {at: '2025-05-11T20:40:00Z', text: 'configuration change applied'},
      {at: '2025-05-12T07:15:00Z', text: 'first duplicate charges reported'}
    ]
  },
  {
    id: 'cjk-dates',
    group: 'day',
    title: 'A day and clocks written with 年, 月, 日, 時 and 分',
    example: `# Incident report: image uploads failing

**Incident date:** 2025年11月6日
All times are JST.

| Time | Event |
|---|---|
| 10時02分 | First upload errors from the storage gateway. |
| 10時09分 | Alert fires; on-call paged. |
`,
    entries: [
      {at: '2025-11-06T01:02:00Z', text: 'First upload errors'},
      {at: '2025-11-06T01:09:00Z', text: 'Alert fires'}
    ]
  },
  {
    id: 'bold-timeline-title',
    group: 'shapes',
    title: 'A timeline titled in bold, without a colon, its clocks with dots',
    example: `# Degraded storage in FRA-2

On Tuesday, 21 January 2025, storage in FRA-2 was slow for an hour.

**Timeline (all times UTC)**

- 13.52 I/O latency starts to rise
- 14.05 Monitoring alert for storage latency
`,
    entries: [
      {at: '2025-01-21T13:52:00Z', text: 'I/O latency starts to rise'},
      {at: '2025-01-21T14:05:00Z', text: 'Monitoring alert'}
    ]
  },
  {
    id: 'csv-export',
    group: 'shapes',
    title: 'A table exported as CSV, in a code block',
    example: `# Basket totals stale

## Timeline

The rows below are the alerting tool's activity log, exported as CSV; the header names the zone of its clock.

\`\`\`csv
"Time (Europe/Madrid)","Event","User","Message"
"2026-03-03 09:41:10","Triggered","","basket-service p99 > 2s"
"2026-03-03 09:44:02","Acknowledged","Irene Soto","On it"
"2026-03-03 10:20:45","Resolved","Irene Soto","Cache flushed, totals correct again"
\`\`\`
`,
    entries: [
      {at: '2026-03-03T08:41:10Z', text: 'basket-service p99 > 2s'},
      {at: '2026-03-03T08:44:02Z', text: 'On it'},
      {at: '2026-03-03T09:20:45Z', text: 'Cache flushed, totals correct again'}
    ]
  },
  {
    id: 'yaml-timeline',
    group: 'shapes',
    title: 'A timeline kept as YAML (or JSON) in a code block',
    example: `# Ledger writes blocked

## Timeline

\`\`\`yaml
timeline:
  - time: 2025-04-02T09:12:40Z
    event: Migration job starts; its index build locks the ledger table.
  - time: 2025-04-02T09:19:05Z
    event: >
      Write latency alert pages the payments on-call.
  - time: 2025-04-02T09:41:30Z
    event: Migration cancelled; writes go through again.
\`\`\`
`,
    entries: [
      {at: '2025-04-02T09:12:40Z', text: 'Migration job starts'},
      {at: '2025-04-02T09:19:05Z', text: 'Write latency alert'},
      {at: '2025-04-02T09:41:30Z', text: 'Migration cancelled'}
    ]
  },
  {
    id: 'channel-export-header',
    group: 'shapes',
    title: "A chat channel's export in a code block, its day in the header",
    example: `# Writes failing

## Timeline (Slack export)

Times are US Eastern, as the export shows them.

\`\`\`
#inc-77-writes
Created by incident-bot on Mar 11, 2025 · Topic: writes failing

[9:04 AM] incident-bot: Incident opened from PagerDuty
[9:06 AM] priya: ack, looking
[9:45 AM] marcus: slot dropped, writes succeed again
\`\`\`
`,
    entries: [
      {at: '2025-03-11T13:04:00Z', text: 'Incident opened'},
      {at: '2025-03-11T13:06:00Z', text: 'ack, looking'},
      {at: '2025-03-11T13:45:00Z', text: 'slot dropped'}
    ]
  },
  {
    id: 'log-with-notes',
    group: 'shapes',
    title: 'A log in a code block, and a list of notes on it',
    example: `# Orders stopped loading into the warehouse

## Timeline

\`\`\`
2025-02-03T06:14:05Z vault: revoke previous credential for wh_loader
2025-02-03T06:14:22Z connect: orders sink task FAILED, authentication failed
2025-02-03T06:46:11Z pagerduty: incident triggered for dp-oncall
\`\`\`

- The revocation at 06:14:05Z is what broke the sink, 17 seconds before it failed.
- Nobody saw the first failure until the page.
`,
    entries: [
      {at: '2025-02-03T06:14:05Z', text: 'vault: revoke previous credential'},
      {at: '2025-02-03T06:14:22Z', text: 'connect: orders sink task FAILED'},
      {at: '2025-02-03T06:46:11Z', text: 'pagerduty: incident triggered'}
    ]
  },
  {
    id: 'numbered-paragraphs',
    group: 'clocks',
    title: 'A formal report in numbered paragraphs, its clocks in `hrs`',
    example: `# Report on the loss of broadband service, 9th October 2025

1.1 All times in this report are British Summer Time (BST).

2.1 On 2nd October 2025 at 22:00 hrs a software upgrade was applied to the edge routers.

2.2 On 9th October 2025 between 01:00 hrs and 02:30 hrs, routine maintenance was carried out elsewhere.

2.3 At 06:12 hrs the first customer lines lost service. The notice of 10th October gave the start as 06:20 hrs; the logs show 06:12 hrs.

2.4 At 06:31 hrs the network operations centre raised an alarm.
`,
    entries: [
      {at: '2025-10-02T21:00:00Z', text: 'a software upgrade was applied'},
      {at: '2025-10-09T05:12:00Z', text: 'the first customer lines lost service'},
      {at: '2025-10-09T05:31:00Z', text: 'raised an alarm'}
    ]
  },
  {
    id: 'glued-zone',
    group: 'clocks',
    title: 'A zone written against the clock',
    example: `# Incident report: handheld uploads blocked

| Date | Time | Event |
|---|---|---|
| 22 Aug 2025 | 05:52HKT | The broker blocks publishers; handheld uploads start to fail. |
| 22 Aug 2025 | 06:07HKT | A latency alarm pages the on-call engineer. |
`,
    entries: [
      {at: '2025-08-21T21:52:00Z', text: 'The broker blocks publishers'},
      {at: '2025-08-21T22:07:00Z', text: 'A latency alarm pages the on-call engineer.'}
    ]
  },
  {
    id: 'quebec-hours',
    group: 'clocks',
    title: 'Clocks written the Québec way, `11 h 42`',
    example: `# Incident Summary: debit declines

**Date de l'incident:** Tuesday, September 23, 2025

All times are Eastern time (HAE).

## Summary

Between 11 h 42 and 12 h 48, debit purchases were declined at shop terminals.

## Timeline

| Heure (HAE) | Event |
|---|---|
| 1 h 15 | Change completed, test transactions OK. |
| 11 h 47 | Decline-rate alert fires. |
| 12 h 48 | Rollback complete, decline rate back to normal. |
`,
    entries: [
      {at: '2025-09-23T15:42:00Z', text: 'debit purchases were declined'},
      {at: '2025-09-23T05:15:00Z', text: 'Change completed'},
      {at: '2025-09-23T15:47:00Z', text: 'Decline-rate alert fires.'},
      {at: '2025-09-23T16:48:00Z', text: 'Rollback complete'}
    ]
  },
  {
    id: 'compact-hours',
    group: 'clocks',
    title: 'Clocks in four digits and `hrs`, days written before or after them',
    example: `# Review: member portal sign-in failures

**Date of incident:** Tuesday 11 March 2025

All times in this review are Australian Eastern Daylight Time (AEDT).

Members could not sign in between 0914 hrs and 1047 hrs; the incident was closed at 0900 hrs Wednesday 12 March 2025.

## Chronology

| Date and time | Event |
| --- | --- |
| Monday 10 March 2025, 2230 hrs | Identity provider certificate rotation scheduled. |
| Tuesday 11 March 2025, 0914 hrs | First failed sign-ins recorded. |
| 0931 hrs | Service desk logs the first call. |
| 1047 hrs | Previous certificate restored; sign-ins succeed. |
| Wednesday 12 March 2025, 0900 hrs | Incident closed after overnight monitoring. |
`,
    entries: [
      {at: '2025-03-10T22:14:00Z', text: 'Members could not sign in'},
      {at: '2025-03-11T22:00:00Z', text: 'the incident was closed'},
      {at: '2025-03-10T11:30:00Z', text: 'certificate rotation scheduled', origin: 'timeline'},
      {at: '2025-03-10T22:14:00Z', text: 'First failed sign-ins'},
      {at: '2025-03-10T22:31:00Z', text: 'Service desk logs'},
      {at: '2025-03-10T23:47:00Z', text: 'Previous certificate restored'},
      {at: '2025-03-11T22:00:00Z', text: 'Incident closed'}
    ]
  },
  {
    id: 'reply-thread',
    group: 'shapes',
    title: 'A forwarded e-mail thread, each reply quoting the one before',
    example: `**From:** Rosa Lindqvist <rosa@example.org>
**Date:** Fri, 7 Nov 2025 at 10:05
**Subject:** Fwd: Re: second-floor printing stopped

Hi all, a short note before Monday's review of Thursday's printing outage. The thread below shows how it went, newest
message first. The print vendor's engineer is in Lyon (CET, an hour ahead of us) but wrote nothing in the thread, so
every stamp below is one of ours. The printers stopped taking jobs overnight and nobody noticed until the morning.
Times in this note and in the thread are UK time, which is
GMT in November.

---------- Forwarded message ---------

On Thu, 6 Nov 2025 at 11:40, Omar Haddad <omar@example.org> wrote:

> Fixed: the spooler had filled its disk. I cleared the old jobs and the queues are moving again.
>
> On Thu, 6 Nov 2025 at 09:15, Omar Haddad <omar@example.org> wrote:
>
>> Looking at it now.
>>
>> On Thu, 6 Nov 2025 at 08:52, Jo Park <jo@example.org> wrote:
>>
>>> Nothing I send to the second-floor printer comes out. Is the queue down?
`,
    entries: [
      {at: '2025-11-06T11:40:00Z', text: 'Fixed: the spooler had filled its disk'},
      {at: '2025-11-06T09:15:00Z', text: 'Looking at it now'},
      {at: '2025-11-06T08:52:00Z', text: 'Nothing I send to the second-floor printer'}
    ]
  },
  {
    id: 'wrapped-plain-timeline',
    group: 'shapes',
    title: 'A plain-text timeline whose entries wrap onto the next line',
    example: `# Print queue outage

All times are UTC, on 14 October 2025.

LOG

  09:02   Print jobs start to pile up in the queue.
  09:10   The helpdesk takes the first call about it; several
          more follow within minutes.
  09:25   Spooler restarted on prn-02; jobs begin to drain,
          slowly at first.
  09:40   Queue empty.
`,
    entries: [
      {at: '2025-10-14T09:02:00Z', text: 'Print jobs start'},
      {at: '2025-10-14T09:10:00Z', text: 'several more follow within minutes'},
      {at: '2025-10-14T09:25:00Z', text: 'Spooler restarted'},
      {at: '2025-10-14T09:40:00Z', text: 'Queue empty'}
    ]
  },
  {
    id: 'paragraph-span-label',
    group: 'shapes',
    title: 'A span of clocks heading a paragraph whose sentences each give a time',
    example: `# Worker pool exhaustion

All times UTC, on 3 June 2025.

## What happened

**14:12–14:23 UTC.** At 14:12 UTC, the first worker ran out of memory and was killed. At 14:19 UTC, the queue alert fired. At 14:23 UTC, the pool was scaled up.
`,
    entries: [
      {at: '2025-06-03T14:12:00Z', text: 'the first worker ran out of memory'},
      {at: '2025-06-03T14:19:00Z', text: 'the queue alert fired'},
      {at: '2025-06-03T14:23:00Z', text: 'the pool was scaled up'}
    ]
  },
  {
    id: 'chat-quotes-bare-clock',
    group: 'shapes',
    title: 'Chat messages quoted under `> **name** 9:14 PM`',
    example: `# Checkout down on Friday night

All times ET, Friday 17 October 2025.

## The thread

> **ops-bot** 9:06 PM
> checkout p95 latency above 4s

> **Priya Raman** 9:11 PM
> ack'd the page, on it

> **Priya Raman** 9:53 PM
> flag off, checkouts succeeding again
`,
    entries: [
      {at: '2025-10-18T01:06:00Z', text: 'latency'},
      {at: '2025-10-18T01:11:00Z', text: "ack'd"},
      {at: '2025-10-18T01:53:00Z', text: 'succeeding again'}
    ]
  },
  {
    id: 'chat-quote',
    group: 'shapes',
    title: 'Chat messages pasted as quotes, each with its sender and time',
    example: `# Webhook deliveries stopped

Sunday 22 June 2025. All times are Israel time (IDT).

## What happened

Nobody noticed until a customer wrote to support:

> **Dana Levi** [10:42 AM]
> Kestrel Freight say no webhooks since about 10:30. anyone on call?

> **Omer Katz** [10:45 AM]
> on it, looking now

At 10:55 Omer opened an incident channel.
`,
    entries: [
      {at: '2025-06-22T07:42:00Z', text: 'Dana Levi Kestrel Freight say no webhooks'},
      {at: '2025-06-22T07:30:00Z', text: 'Kestrel Freight say no webhooks since about 10:30'},
      {at: '2025-06-22T07:45:00Z', text: 'Omer Katz on it, looking now'},
      {at: '2025-06-22T07:55:00Z', text: 'Omer opened an incident channel.'}
    ]
  },
  {
    id: 'weekday-day-month',
    group: 'day',
    title: 'A weekday, then a day and month with a dot and no year',
    example: `# Queue keys evicted

Date: June 2025. All times are CEST.

| When | What |
|---|---|
| Thu 19.6, 16:20 | Cache change deployed without a TTL. |
| Sun 22.6, 10:31 | Redis reaches its memory limit; jobs start disappearing. |
| 11:20 | Deliveries flowing again. |
`,
    entries: [
      {at: '2025-06-19T14:20:00Z', text: 'Cache change deployed without a TTL.'},
      {at: '2025-06-22T08:31:00Z', text: 'Redis reaches its memory limit'},
      {at: '2025-06-22T09:20:00Z', text: 'Deliveries flowing again.'}
    ]
  },
  {
    id: 'mail-weekday-subject',
    group: 'day',
    title: "A mail sent on Friday about `Wednesday's login trouble`, its `Date:` without a clock",
    example: `**From:** Ines Moreau, support lead
**To:** All clinic managers
**Date:** Friday, March 7, 2025
**Subject:** About Wednesday's login trouble

Hi all,

Here is how Wednesday went (all times Eastern):

- **At 8:12**, logins to the clinic portal started failing.
- **At 8:20**, our monitoring paged the on-call engineer.
- **At 9:05**, logins were working again.
`,
    entries: [
      {at: '2025-03-05T13:12:00Z', text: 'logins to the clinic portal started failing'},
      {at: '2025-03-05T13:20:00Z', text: 'monitoring paged'},
      {at: '2025-03-05T14:05:00Z', text: 'logins were working again'}
    ]
  },
  {
    id: 'night-and-zone-column',
    group: 'day',
    title: "`Night of Saturday 26 / Sunday 27 October`, a column of each row's zone",
    example: `# Out-of-hours line failure

**Date of fault:** Night of Saturday 26 / Sunday 27 October 2024

British Summer Time ended at 02.00 BST, when clocks went back to 01.00 GMT; each row says which.

## Sequence of events

| Time | Zone | Event |
|---|---|---|
| 00.52.07 | BST | Calls to the out-of-hours line start failing. |
| 01.40 | BST | The duty manager is told by the answering service. |
| 01.05 | GMT | Calls are diverted to the day line. |
| 03.30 | GMT | Line restored. |
`,
    entries: [
      {at: '2024-10-26T23:52:07Z', text: 'start failing'},
      {at: '2024-10-27T00:40:00Z', text: 'duty manager'},
      {at: '2024-10-27T01:05:00Z', text: 'diverted'},
      {at: '2024-10-27T03:30:00Z', text: 'Line restored'}
    ]
  },
  {
    id: 'numbered-days',
    group: 'day',
    title: 'Days counted from a stated first day, `Day 2, 00:15`',
    example: `# Cluster DNS outage

Day 1 is Tuesday 14 October 2025. All times are UTC.

## Timeline

- **Day 1, 23:50** – Lookups start failing cluster-wide.
- **Day 1, 23:53** – KubeDNSDown fires and pages the on-call.
- **Day 2, 00:28** – 2/4 CoreDNS pods Running. DNS lookups begin succeeding.
- **Day 2, 00:31** – 4/4 Running. Customer impact mitigated.
`,
    entries: [
      {at: '2025-10-14T23:50:00Z', text: 'Lookups start failing'},
      {at: '2025-10-14T23:53:00Z', text: 'KubeDNSDown fires'},
      {at: '2025-10-15T00:28:00Z', text: 'DNS lookups begin succeeding'},
      {at: '2025-10-15T00:31:00Z', text: 'Customer impact mitigated'}
    ]
  },
  {
    id: 'span-day-after',
    group: 'day',
    title: 'A span whose day is written after its second end',
    example: `# Wheels for 3.1.0 could not be imported

Posted on 7 May 2025, the day after.

**Impact.** Anyone who installed the package between the upload at 22:48 UTC and the yank at 01:15 UTC on May 6 got wheels without their compiled extension.
`,
    entries: [
      {at: '2025-05-05T22:48:00Z', text: 'between the upload at 22:48 UTC'},
      {at: '2025-05-06T01:15:00Z', text: 'the yank at 01:15 UTC on May 6'}
    ]
  },
  {
    id: 'zulu-report',
    group: 'clocks',
    title: 'Days run together and Zulu clocks, as aviation writes them',
    example: `# CARGO SYSTEMS: SIGNIFICANT EVENT REPORT

| | |
|---|---|
| **Event date** | 04MAR25 |
| **Status** | FINAL, rev 2, 11MAR25 |

**Time convention:** All times are Zulu (UTC).

## Chronology (04MAR25)

| Time Z | Event |
|---|---|
| 0712Z | Air waybill messages to the customs gateway start failing. |
| 0719Z | Gateway queue alarm raised on the operations console. |
| 0840Z | Certificate renewed; messages flow again. |
`,
    entries: [
      {at: '2025-03-04T07:12:00Z', text: 'Air waybill messages', origin: 'timeline'},
      {at: '2025-03-04T07:19:00Z', text: 'Gateway queue alarm'},
      {at: '2025-03-04T08:40:00Z', text: 'Certificate renewed'}
    ]
  },
  {
    id: 'forum-two-clocks',
    group: 'zone',
    title: 'A forum post in local time, the server’s clock in square brackets',
    example: `# Lighthouse server outage

*Posted by **Wren** (admin) in Announcements, Sun Mar 9, 2025*

The box runs on UTC, the "server time" you see in the console.

**What happened: timeline**

All Saturday Mar 8 in EST, with server time (UTC) in brackets.

- **8:10pm** [01:10] - World save fails; players start rubberbanding.
- **8:14pm** [01:14] - Uptime bot posts LIGHTHOUSE DOWN in #staff-alerts.
- **9:30pm** [02:30] - Server back up, everyone can join.
`,
    entries: [
      {at: '2025-03-09T01:10:00Z', text: 'World save fails', origin: 'timeline'},
      {at: '2025-03-09T01:14:00Z', text: 'Uptime bot posts'},
      {at: '2025-03-09T02:30:00Z', text: 'Server back up'}
    ]
  },
  {
    id: 'thread-senders-zones',
    group: 'zone',
    title: 'A thread whose senders write in zones of their own, as the author says',
    example: `**From:** Rosa Lindqvist <rosa@example.org>
**Date:** Fri, 7 Nov 2025 at 10:05
**Subject:** Fwd: Re: shared drive offline

Hi all, the thread below tells Thursday's outage of the shared drive. Each "On ... wrote:" line shows the sender's own clock:
Bruno at the vendor works from their Lisbon office (WET, same as us), and Mei is in Singapore (SGT, eight hours ahead of us).
Times in this note are UK time, which is GMT in November.

On Thu, 6 Nov 2025 at 19:10, Mei Tan <mei@example.org> wrote:

> Confirmed from here: the drive mounts again and my sync finished.
>
> On Thu, 6 Nov 2025 at 10:40, Omar Haddad <omar@example.org> wrote:
>
>> Fixed: the storage node's certificate had expired. Renewed it and remounted.
>>
>> On Thu, 6 Nov 2025 at 17:05, Mei Tan <mei@example.org> wrote:
>>
>>> The shared drive will not mount from Singapore. Is it down?
`,
    entries: [
      {at: '2025-11-06T11:10:00Z', text: 'Mei Tan'},
      {at: '2025-11-06T10:40:00Z', text: 'Fixed: the storage node'},
      {at: '2025-11-06T09:05:00Z', text: 'will not mount from Singapore'}
    ]
  },
  {
    id: 'arrow-chain',
    group: 'shapes',
    title: 'A timeline written as one chain of arrows',
    example: `# Retro: package mirror returning 404s (Tue 2025-03-11)

All times PT.

## Timeline

07:58 mirror config deployed → 08:02 first 404s for pinned wheels → 08:10 alert fires, pages infra on-call → 08:12 ack (Tomás) → 08:31 cause found: the deploy dropped the wheels bucket → 08:40 revert done, installs green
`,
    entries: [
      {at: '2025-03-11T14:58:00Z', text: 'mirror config deployed', origin: 'timeline'},
      {at: '2025-03-11T15:02:00Z', text: 'first 404s'},
      {at: '2025-03-11T15:10:00Z', text: 'alert fires'},
      {at: '2025-03-11T15:12:00Z', text: 'ack (Tomás)'},
      {at: '2025-03-11T15:31:00Z', text: 'cause found'},
      {at: '2025-03-11T15:40:00Z', text: 'revert done, installs green'}
    ]
  },
  {
    id: 'same-moment',
    group: 'instant',
    title: 'A sentence that opens on the moment told just before',
    example: `# Queue backlog, 13 September 2025

All times CEST.

The site came back at 22:06. The queues were empty again around half past midnight. At that point everything was back to normal, and we called it done for the night.
`,
    entries: [
      {at: '2025-09-13T20:06:00Z', text: 'came back'},
      {at: '2025-09-13T22:30:00Z', text: 'queues were empty'},
      {at: '2025-09-13T22:30:00Z', text: 'everything was back to normal'}
    ]
  },
  {
    id: 'relative-times',
    group: 'clocks',
    title: 'Times told by their distance from another',
    example: `# Card payments declined

Thursday 16 October 2025. All times UTC.

## What happened

At 14:02 the new fraud rules went live, and about eight minutes after the rules went live the first declines reached the support queue. Priya acknowledged the page four minutes later.

The rollback finished at 14:40. Approvals were back to normal an hour and a quarter after the rollback.
`,
    entries: [
      {at: '2025-10-16T14:02:00Z', text: 'the new fraud rules went live'},
      {at: '2025-10-16T14:10:00Z', text: 'the first declines reached the support queue'},
      {at: '2025-10-16T14:14:00Z', text: 'Priya acknowledged the page'},
      {at: '2025-10-16T15:55:00Z', text: 'Approvals were back to normal'}
    ]
  },
  {
    id: 'dotted-clocks-in-prose',
    group: 'clocks',
    title: 'Dotted clocks in the sentences of a report that writes its clocks so',
    example: `# Wi-Fi outage in the library

All times are UK time (BST), Monday 8 June 2026.

## Summary

Staff and students could not join the library Wi-Fi from 09.12 until 10.05, when the controller was restarted.

## Timeline

- 09.12 – first failed joins in the controller log
- 09.20 – Service Desk logs the first call
- 10.05 – controller restarted; joins succeed
`,
    entries: [
      {at: '2026-06-08T08:12:00Z', text: 'could not join the library Wi-Fi'},
      {at: '2026-06-08T08:12:00Z', text: 'first failed joins'},
      {at: '2026-06-08T08:20:00Z', text: 'Service Desk logs the first call'},
      {at: '2026-06-08T09:05:00Z', text: 'controller restarted'}
    ]
  },
  {
    id: 'dutch-hours',
    group: 'clocks',
    title: 'A clock with a dot and `u` or `uur`',
    example: `# Storingsrapport: label printers offline

**Datum:** di 13 mei 2025, all times Amsterdam time.

| Tijd | Gebeurtenis |
|---|---|
| 07.50u | Printers at the Utrecht depot stop accepting jobs. |
| 08.05 uur | Shift lead phones the service desk. |
`,
    entries: [
      {at: '2025-05-13T05:50:00Z', text: 'Printers at the Utrecht depot stop'},
      {at: '2025-05-13T06:05:00Z', text: 'Shift lead phones the service desk'}
    ]
  },
  {
    id: 'incident-day-field',
    group: 'day',
    title: 'The incident’s day as a field, after the day the page was exported',
    example: `# Retro: app crashes on launch

*Board export · Retros 2026 · exported Thu 12 Mar 2026*
*Incident day: **Tue 10 Mar 2026**. Times are CET.*

## What happened

- **[16:04]** First crash reports in the crash tracker.
- **[16:31]** Crash-rate alert fires in #alerts-mobile.
`,
    entries: [
      {at: '2026-03-10T15:04:00Z', text: 'First crash reports'},
      {at: '2026-03-10T15:31:00Z', text: 'Crash-rate alert fires'}
    ]
  },
  {
    id: 'review-held',
    group: 'day',
    title: 'The day a review was held is not the day of the clocks after it',
    example: `# Retro: search timeouts

**Incident date:** Monday 2 June 2025
**Retro held:** Thursday 5 June 2025
All times UTC.

## What happened

| Card | Votes |
|---|---|
| (14:10) search latency climbs past 2 s | 2 |
| (14:25) rolled back the analyzer change | 0 |
`,
    entries: [
      {at: '2025-06-02T14:10:00Z', text: 'search latency climbs'},
      {at: '2025-06-02T14:25:00Z', text: 'rolled back the analyzer change'}
    ]
  },
  {
    id: 'local-and-utc-columns',
    group: 'zone',
    title: 'Local and UTC columns side by side: the UTC column is read',
    example: `# Card taps declined

We show local time and UTC side by side; the UTC date is the day before, Monday 17 February 2025.

## Timeline

| Time (local) | Time (UTC) | Event |
|---|---|---|
| 5:15 am | 16:15 (Mon 17 Feb) | First services depart; every tap declined. |
| 5:38 am | 16:38 | Dashboard alert pages the on-call analyst. |
| 7:20 am | 18:20 | Most buses accept cards again. |
`,
    entries: [
      {at: '2025-02-17T16:15:00Z', text: 'every tap declined'},
      {at: '2025-02-17T16:38:00Z', text: 'alert'},
      {at: '2025-02-17T18:20:00Z', text: 'accept cards'}
    ]
  },
  {
    id: 'table-header-zone',
    group: 'zone',
    title: 'A zone stated in a table’s header',
    example: `# Card declines, 11 February 2026

| Metric (all times Singapore Time, SGT / UTC+8) | Value |
|---|---|
| Start of impact | Wed 11 Feb 2026, 06:40 |
| Resolved | Wed 11 Feb 2026, 10:25 |
`,
    entries: [
      {at: '2026-02-10T22:40:00Z', text: 'Start of impact'},
      {at: '2026-02-11T02:25:00Z', text: 'Resolved'}
    ]
  },
  {
    id: 'city-zone-statement',
    group: 'zone',
    title: 'A zone named by its city, or by an offset in brackets, in a quoted note',
    example: `# Label printing stalled, Tuesday 15 July 2025

> All clock times below are Lisbon office time (UTC+01:00).

## Timeline

- 09:40 label jobs start timing out
- 10:05 the print queue is drained by hand
`,
    entries: [
      {at: '2025-07-15T08:40:00Z', text: 'label jobs start timing out'},
      {at: '2025-07-15T09:05:00Z', text: 'the print queue is drained'}
    ]
  },
  {
    id: 'city-local-statement',
    group: 'zone',
    title: 'A city’s local time, across a change of season',
    example: `# Build uploads failing, 4–7 April 2025

Times are Melbourne local. Daylight saving ended on Sunday 6 April.

## Timeline

### Friday 4 April

- 4:20pm first upload fails with no space left on device

### Monday 7 April

- 10:30am the cleanup job is found to have been failing since the rebuild
`,
    entries: [
      {at: '2025-04-04T05:20:00Z', text: 'first upload fails'},
      {at: '2025-04-07T00:30:00Z', text: 'the cleanup job'}
    ]
  },
  {
    id: 'mail-headers-paragraph',
    group: 'day',
    title: 'A report sent as a mail, its headers in bold: the `Date:` is when it was sent',
    example: `**From:** Dana Price <dana@example.edu>
**To:** All staff <staff@example.edu>
**Date:** Tue, 16 Sep 2025 16:37:12 -0400
**Subject:** Catalogue outage today

All times below are from today (Tuesday), Eastern time.

Search was back at 9:45, and everything was normal at 1:30 this afternoon. It had been down from 7:52 this morning.
`,
    entries: [
      {at: '2025-09-16T13:45:00Z', text: 'back at 9:45'},
      {at: '2025-09-16T17:30:00Z', text: 'normal'},
      {at: '2025-09-16T11:52:00Z', text: 'down from 7:52'}
    ]
  },
  {
    id: 'published-stamp',
    group: 'day',
    title: 'The day a post was published is not the day it tells of',
    example: `# What happened to search on Tuesday night

*Posted by Dana Whitfield, VP Engineering — November 21, 2025*

Late on Tuesday, November 18, search returned no results for about an hour. All times are Pacific time.

## What happened

The first empty result pages were served at 9:40 pm, and our monitor fired at 9:46 pm.
`,
    entries: [
      {at: '2025-11-19T05:40:00Z', text: 'first empty result pages'},
      {at: '2025-11-19T05:46:00Z', text: 'our monitor fired'}
    ]
  },
  {
    id: 'title-day-posted-year',
    group: 'day',
    title: 'The day in the title without its year, the year in when it was posted',
    example: `# Search outage on Tuesday (Mar 11): what happened

*Posted Wed Mar 12, 2025 9:05 am*

All times Pacific.

Search stopped returning results at 4:12 PM and came back at 5:03 PM.
`,
    entries: [
      {at: '2025-03-11T23:12:00Z', text: 'Search stopped returning results'},
      {at: '2025-03-12T00:03:00Z', text: 'came back'}
    ]
  },
  {
    id: 'impact-box-and-background',
    group: 'day',
    title: 'An impact box set apart as a quote, and a background day before the timeline',
    example: `# Incident report: delayed ingestion

*Published 21 March 2025 by the reliability team*

> **Customer impact window**
>
> | | |
> |---|---|
> | **Start** | 2025-03-18 14:06 UTC |
> | **End** | 2025-03-18 16:44 UTC |

## Background

Two changes came before it. Between 01:00 and 03:00 UTC on Sunday, March 16, the storage tier was patched.

## Timeline

- 14:06 UTC — ingestion starts rejecting data.
- 14:11 UTC — alert fires.
`,
    entries: [
      {at: '2025-03-16T01:00:00Z', text: 'the storage tier was patched'},
      {at: '2025-03-18T14:06:00Z', text: 'ingestion starts rejecting data'},
      {at: '2025-03-18T14:11:00Z', text: 'alert fires'}
    ]
  },
  {
    id: 'letter-dateline',
    group: 'day',
    title: 'A letter: its dateline is when it was written, its subject names the day',
    example: `**Northwind Consulting Ltd.**

Leeds, 16 June 2025

**Subject:** Incident summary: checkout failures on Thursday 12 June 2025

Dear Sam,

All times are UK time (BST). The first checkouts failed at 10:41, and our alert fired at 10:44.
`,
    entries: [
      {at: '2025-06-12T09:41:00Z', text: 'The first checkouts failed'},
      {at: '2025-06-12T09:44:00Z', text: 'our alert fired'}
    ]
  },
  {
    id: 'zone-in-fields',
    group: 'zone',
    title: 'A zone stated among the fields at the top',
    example: `# Root Cause Analysis: lab results not reaching the record

**Event date:** Tuesday, March 11, 2025
**Incident ticket:** INC-448120 (Priority 2, raised to Priority 1 at 8:25 a.m.)
**Participants:** Rahul Mehta (Integration Engineer, on-call), Beth Sandoval (Integration Manager), Tom Okafor (Interface Analyst), Denise Fowler (Laboratory Supervisor), Dr. Alan Whitfield (Laboratory Director), Kayla Brooks (Charge Nurse)
**RCA meeting:** Tuesday, March 18, 2025
**Times:** all times are Eastern Time, on the hospital's local clock.

## Timeline

- 6:58 a.m. the interface engine's disk fills and result messages stop
- 7:49 a.m. Rahul acknowledges the page
`,
    entries: [
      {at: '2025-03-11T10:58:00Z', text: 'the interface engine'},
      {at: '2025-03-11T11:49:00Z', text: 'Rahul acknowledges'}
    ]
  },
  {
    id: 'fields-table',
    group: 'zone',
    title: 'The day and zone in a table of fields at the top',
    example: `# Live-ops incident report: ranked matchmaking down

| | |
|---|---|
| **Event** | Season 7 launch, Fri 27 June 2025 |
| **Report author** | Jonna Ekholm, 2 July 2025 |
| **Times** | Stockholm local time throughout |

## Timeline

- 20:03 ranked queue stops forming matches
- 20:07 the ticket-age alert fires
`,
    entries: [
      {at: '2025-06-27T18:03:00Z', text: 'ranked queue stops'},
      {at: '2025-06-27T18:07:00Z', text: 'the ticket-age alert fires'}
    ]
  },
  {
    id: 'story-day-in-timeline-section',
    group: 'day',
    title:
      "A day the timeline's own section tells before its first timed entry is the day of its entries",
    example: `# Platform Notes, Issue 7

*From the platform team · Monday 3 November 2025*

The big story this week is last Wednesday's login outage.

## What happened on Wednesday

If you tried to sign in on Wednesday morning (29 October) you probably got an error. All times below are UK time.

### 09:12 — the certificate rotates

The identity service picked up a new signing key at 09:12.

### 09:40 — sign-ins recover

We pinned the old key and sign-ins came back.
`,
    entries: [
      {at: '2025-10-29T09:12:00Z', text: 'the certificate rotates'},
      {at: '2025-10-29T09:40:00Z', text: 'sign-ins recover'}
    ]
  },
  {
    id: 'stated-day-after-dated-rows',
    group: 'day',
    title:
      'Clocks alone after dated rows of what came before, on the day the report gives its times',
    example: `# Loss of cooling in Row D

*Times in this section are AEDT, on Tuesday 18/02/2025 unless noted.*

| When | What |
|---|---|
| 17/02 09:00 | CRAC-D2 taken out of service for a compressor replacement. |
| 06:12 | CRAC-D3 locks out on high head pressure. |
| 06:41 | The first hypervisor shuts down on temperature. |
`,
    entries: [
      {at: '2025-02-16T22:00:00Z', text: 'CRAC-D2 taken out'},
      {at: '2025-02-17T19:12:00Z', text: 'CRAC-D3 locks out'},
      {at: '2025-02-17T19:41:00Z', text: 'The first hypervisor'}
    ]
  },
  {
    id: 'report-day-after-dated-entry',
    group: 'day',
    title: 'Clocks alone after an entry dated the day before, on the day the report gives itself',
    example: `# Postmortem: scanner app crash loop

- **Date:** Thursday 12 June 2025
- **Severity:** SEV-2

All times UTC.

## Timeline

- Wed 11 June 16:30 UTC — version 7.2 rolled out to 10% of devices.
- 07:55 UTC — the new remote setting is switched on; crashes begin.
- 08:20 UTC — crash alert fires.
`,
    entries: [
      {at: '2025-06-11T16:30:00Z', text: 'version 7.2 rolled out'},
      {at: '2025-06-12T07:55:00Z', text: 'the new remote setting'},
      {at: '2025-06-12T08:20:00Z', text: 'crash alert fires'}
    ]
  },
  {
    id: 'report-day-after-row-days-before',
    group: 'day',
    title: 'Clocks alone after a row dated days before, on the day the report gives itself',
    example: `# Incident report: payroll exports stuck

**Date of incident:** Thursday, 6th March 2025

All times are UTC.

| Time | What happened |
|---|---|
| Mon 3rd Mar, 4:40pm | The bank renews its signing certificate; nobody here is told. |
| 9:12am | The first payroll export fails its signature check. |
| 9:30am | Alert fires in #payroll-ops. |
| 11:55pm | The last export of the day goes through. |
| 12:20am | Backlog cleared. |
`,
    entries: [
      {at: '2025-03-03T16:40:00Z', text: 'The bank renews'},
      {at: '2025-03-06T09:12:00Z', text: 'The first payroll export'},
      {at: '2025-03-06T09:30:00Z', text: 'Alert fires'},
      {at: '2025-03-06T23:55:00Z', text: 'The last export'},
      {at: '2025-03-07T00:20:00Z', text: 'Backlog cleared'}
    ]
  },
  {
    id: 'stated-day-after-later-item',
    group: 'day',
    title: 'A later day one item gives itself, in a report that states the day of its times',
    example: `# Clock-in rejections (Q&A)

All times below are Mountain Time, on Tuesday, March 11, 2025 unless it says otherwise.

## What did we tell customers?

- 5:20 PM — status page: investigating.
- Wednesday 3/12, 10:00 AM — e-mail to affected admins.

## When was it over?

Clock-ins worked again from 5:56 PM.
`,
    entries: [
      {at: '2025-03-11T23:20:00Z', text: 'status page'},
      {at: '2025-03-12T16:00:00Z', text: 'e-mail to affected admins'},
      {at: '2025-03-11T23:56:00Z', text: 'Clock-ins worked again'}
    ]
  },
  {
    id: 'relative-day-from-mail-date',
    group: 'day',
    title: 'Yesterday and this morning, counted from the day a mail was sent',
    example: `From: Campus IT <it-help@example.edu>
Date: Thu, 6 Nov 2025 09:15:00 -0500
Subject: Last night's VPN outage

Hello all,

The VPN was down for most of yesterday evening. All times below are Eastern.

WHAT HAPPENED (Wednesday, November 5, into this morning)

At 8:10 pm yesterday the VPN gateway stopped accepting logins. We restored logins for
most people at 11:40 pm, and the last users were reconnected at around 6 this morning.
`,
    entries: [
      {at: '2025-11-06T01:10:00Z', text: 'the VPN gateway stopped'},
      {at: '2025-11-06T04:40:00Z', text: 'We restored logins'},
      {at: '2025-11-06T11:00:00Z', text: 'the last users were reconnected'}
    ]
  },
  {
    id: 'count-after-day',
    group: 'day',
    title: 'A count after a day, no year in two figures',
    example: `# Held orders

All times are US Eastern.

## What happened

On June 3, 2025 the order export stopped at 9:40 a.m. On June 3, 12,400 orders were held until the export ran again at 11:05 a.m.
`,
    entries: [
      {at: '2025-06-03T13:40:00Z', text: 'the order export stopped'},
      {at: '2025-06-03T15:05:00Z', text: 'orders were held'}
    ]
  },
  {
    id: 'year-of-named-event',
    group: 'day',
    title: "The year of an event's name, when no date gives one",
    example: `# What went wrong at the Harvest Festival launch

Hi all, a quick write-up of the trouble at Saturday's Harvest Festival 2025 launch. All times are CEST.

## Timeline

- **Saturday 20 September, 19:00** – The festival goes live.
- **19:04** – Logins start failing.
- **20:15** – Logins work again.
`,
    entries: [
      {at: '2025-09-20T17:00:00Z', text: 'The festival goes live'},
      {at: '2025-09-20T17:04:00Z', text: 'Logins start failing'},
      {at: '2025-09-20T18:15:00Z', text: 'Logins work again'}
    ]
  },
  {
    id: 'weekday-led-entries',
    group: 'day',
    title: 'Timeline entries led by a weekday, in a post written days later',
    example: `# The app was down for a night last week

*Sunday, March 16, 2025 · 5 min read*

All times are Pacific.

## Timeline

- **Tuesday, 10:52pm** — Disk full; the site starts returning errors.
- **Tuesday, 10:58pm** — Uptime monitor emails me.
- **Wednesday, 7:40am** — I wake up and see the email.
- **Wednesday, 8:10am** — Site back up.
`,
    entries: [
      {at: '2025-03-12T05:52:00Z', text: 'Disk full'},
      {at: '2025-03-12T05:58:00Z', text: 'Uptime monitor emails'},
      {at: '2025-03-12T14:40:00Z', text: 'I wake up'},
      {at: '2025-03-12T15:10:00Z', text: 'Site back up'}
    ]
  },
  {
    id: 'weekday-row-moves-on',
    group: 'day',
    title: 'A timeline row led by a later weekday moves the story on to that day',
    example: `# Checkout was down during Saturday's sale

*Posted Monday, 10 November 2025 · 09:30 GMT*

All times are UK time.

## Timeline

**Thursday (6 November), 15:00** – The new basket service is deployed behind a flag.

**Saturday 08:00** – The flag is turned on for the sale.

**08:12** – Baskets start emptying at checkout.

**09:40** – The flag is turned off; checkouts recover.
`,
    entries: [
      {at: '2025-11-10T09:30:00Z', text: 'Posted Monday'},
      {at: '2025-11-06T15:00:00Z', text: 'basket service is deployed'},
      {at: '2025-11-08T08:00:00Z', text: 'The flag is turned on'},
      {at: '2025-11-08T08:12:00Z', text: 'Baskets start emptying'},
      {at: '2025-11-08T09:40:00Z', text: 'The flag is turned off'}
    ]
  },
  {
    id: 'back-story-day-and-pasted-thread',
    group: 'day',
    title:
      'A day told as the day before is back-story, and a thread pasted at the end is the timeline',
    example: `# Checkout slow at the Thursday cutoff

**Date of incident:** Thu 6/12/2025
**Status:** Reviewed at retro Mon 6/16, 10:00 AM

_All times are ET._

## Summary

Thursday at 3 PM is the weekly cutoff. Release 4.2 had shipped the day before (Wed 6/11, 5:40 PM).

Checkout errors began at 2:41 PM and the flag was turned off at 3:05 PM.

## Slack thread (#inc-cutoff), pasted as-is

Dana Ruiz  2:47 PM
hey eng, CX is getting a bunch of chats saying checkout errors out

Omar Haddad  2:49 PM
looking, I'm on call
`,
    entries: [
      {at: '2025-06-11T21:40:00Z', text: 'Release 4.2 had shipped'},
      {at: '2025-06-12T18:41:00Z', text: 'Checkout errors began'},
      {at: '2025-06-12T19:05:00Z', text: 'the flag was turned off'},
      {at: '2025-06-12T18:47:00Z', text: 'Dana Ruiz: hey eng'},
      {at: '2025-06-12T18:49:00Z', text: "Omar Haddad: looking, I'm on call"}
    ]
  },
  {
    id: 'back-story-section',
    group: 'day',
    title:
      "A section of background told days before the story's leaves the story's day to the sections after it",
    example: `# Ordering down at the Saturday market

All times in this report are Central European Time.

## Summary

On the morning of Saturday, March 8, 2025, bakery orders failed for two hours. Orders began failing at 7:12 AM and the old build was restored at 9:05 AM.

## Background

On Thursday, March 6, at about 5:40 PM, Lena merged a change to the stock service. It shipped with the nightly deploy at 11:30 PM.

## Response

The first call from a stall came in at 7:20 AM. Jonas rolled back at 8:58 AM.
`,
    entries: [
      {at: '2025-03-08T06:12:00Z', text: 'Orders began failing'},
      {at: '2025-03-06T16:40:00Z', text: 'Lena merged a change'},
      {at: '2025-03-06T22:30:00Z', text: 'nightly deploy'},
      {at: '2025-03-08T06:20:00Z', text: 'The first call from a stall'},
      {at: '2025-03-08T07:58:00Z', text: 'Jonas rolled back'}
    ]
  },
  {
    id: 'weekday-moves-story-on',
    group: 'day',
    title:
      'A list item led by a weekday and its clock moves the story on from a day told before it, and the items after it follow',
    example: `# Why the ticket shop was closed

Sent Saturday 14 June 2025. All times are Central European.

What happened:

- **Tuesday 10 June:** we renewed the certificate on the shop's server, as every year.
- **Friday, shortly after a quarter past seven:** the payment page began to refuse cards.
- **Half past seven:** Ines rang us about it.
- **Eight o'clock:** we put the old certificate back and payments worked again.
`,
    entries: [
      {at: '2025-06-10T00:00:00Z', text: 'we renewed the certificate'},
      {at: '2025-06-13T05:15:00Z', text: 'the payment page began to refuse cards'},
      {at: '2025-06-13T05:30:00Z', text: 'Ines rang us'},
      {at: '2025-06-13T06:00:00Z', text: 'we put the old certificate back'}
    ]
  },
  {
    id: 'paper-date-after-story',
    group: 'day',
    title:
      "A `Date:` field later than the day the title gives the outage is the paper's day, not the story's",
    example: `# Report to the Board: Ticketing Outage of March 3, 2025

**Prepared by:** Office of IT
**Date:** March 12, 2025 (for the Board meeting of March 17, 2025)

All times in this report are Eastern Time.

## Summary

The ticketing site stopped taking orders at 7:40 p.m. and was back at 8:25 p.m.
`,
    entries: [
      {at: '2025-03-04T00:40:00Z', text: 'The ticketing site stopped taking orders'},
      {at: '2025-03-04T01:25:00Z', text: 'and was back at 8:25 p.m.'}
    ]
  },
  {
    id: 'list-after-colon',
    group: 'day',
    title: "A list that a sentence leads into with a colon is on that sentence's day",
    example: `# Ticketing outage

All times in this report are Eastern Time.

## Summary

On Monday, March 3, 2025, the ticketing site stopped taking orders at 7:40 p.m.

## Background

Season sales opened on Saturday, March 1. On the evening of March 3, the site was also running:
- the member presale (6:00–8:00 p.m., 2,300 buyers);
- the student lottery draw at 9:15 p.m.

## Timeline

- **7:40 p.m.** Orders begin failing.
- **12:10 a.m. (March 4)** The team signs off.
- **March 4, 9:00 a.m.** Review meeting.
`,
    entries: [
      {at: '2025-03-03T23:00:00Z', text: 'the member presale'},
      {at: '2025-03-04T02:15:00Z', text: 'the student lottery draw'},
      {at: '2025-03-04T00:40:00Z', text: 'Orders begin failing.'}
    ]
  },
  {
    id: 'posts-stamped-last',
    group: 'shapes',
    title:
      'Posts pasted as quotes, each with its clock and day on its last line, are a thread read in order',
    example: `# Our Saturday outage, as I posted it

Times are the ones the app shows me, Central European Time.

### The thread

> **Ines Vogt** @inesbuilds
> The booking site is down. If you were trying to reserve a court for this afternoon, sorry. On it.
> *11:42 AM · Jun 14, 2025*

> **Ines Vogt** @inesbuilds
> Found it: the certificate renewal job failed at 11:20 and nobody noticed. Renewing by hand now.
> *11:58 AM · Jun 14, 2025*

> **Ines Vogt** @inesbuilds
> Back up. Thanks for your patience, everyone.
> *12:06 PM · Jun 14, 2025*
`,
    entries: [
      {at: '2025-06-14T09:42:00Z', text: 'Ines Vogt @inesbuilds The booking site is down.'},
      {at: '2025-06-14T09:58:00Z', text: 'Ines Vogt @inesbuilds Found it'},
      {at: '2025-06-14T09:20:00Z', text: 'the certificate renewal job failed'},
      {at: '2025-06-14T10:06:00Z', text: 'Ines Vogt @inesbuilds Back up.'}
    ]
  },
  {
    id: 'header-day-after-dated-row',
    group: 'day',
    title: "A table header's day dates the rows after one that gives a day of its own",
    example: `# Raid rewards failing at the event launch (2025)

All times are KST.

## Timeline

| Time (Mar 20) | Event |
|---|---|
| *Mar 18* 11:00 | Patch 3.7 deployed in the weekly maintenance. |
| 19:00 | The raid event goes live. |
| 19:03 | Logins start failing with E-4107. |
`,
    entries: [
      {at: '2025-03-18T02:00:00Z', text: 'Patch 3.7 deployed'},
      {at: '2025-03-20T10:00:00Z', text: 'The raid event goes live'},
      {at: '2025-03-20T10:03:00Z', text: 'Logins start failing'}
    ]
  },
  {
    id: 'posted-day-not-story',
    group: 'day',
    title: "A blog post's posting day is not the day of the story it tells",
    example: `# Library catalogue outage on Monday 2 June

*Library Systems Blog · Northgate College*
*Posted Tuesday 3 June 2025, 4:10pm by Ruth Okoye*

All times below are Sydney time (AEST).

On the night of Sunday 1 June, between 9pm and 10:30pm, we upgraded the search index. Checks finished at 10:30pm and looked fine.

From 8:45am on Monday, searches began to fail for most readers. The first call reached the help desk at 8:58am, and we restarted the index at 9:40am.
`,
    today: '2026-12-07',
    entries: [
      {
        at: '2025-06-01T11:00:00Z',
        end: '2025-06-01T12:30:00Z',
        text: 'we upgraded the search index'
      },
      {at: '2025-06-01T12:30:00Z', text: 'Checks finished'},
      {at: '2025-06-01T22:45:00Z', text: 'searches began to fail'},
      {at: '2025-06-01T22:58:00Z', text: 'The first call'},
      {at: '2025-06-01T23:40:00Z', text: 'we restarted the index'}
    ]
  },
  {
    id: 'timeline-title-day',
    group: 'day',
    title: 'A timeline title line with its day, in a post written the day after',
    example: `**#eng-incidents** — Priya Raman · Tue, Mar 11, 2025, 10:14 AM

Writing this up while it's fresh. All times ET.

**Timeline (Mon 3/10, ET)**

2:52p — the webhook signing secret is rolled in the dashboard
2:53p — first webhook rejected with a 400
`,
    entries: [
      {at: '2025-03-10T18:52:00Z', text: 'the webhook signing secret'},
      {at: '2025-03-10T18:53:00Z', text: 'first webhook rejected'}
    ]
  },
  {
    id: 'other-zone-date-in-prose',
    group: 'day',
    title: 'A date given in another zone does not move the narrative’s day',
    example: `# The DNS that wasn't there

*Engineering write-up · Friday 14 March 2025 · Author: Priya Nair*

*Times are Melbourne local time (AEDT, UTC+11) unless marked UTC.*

## Phase 1 (09:40 to 10:12)

The waiting room was tested on staging on Wednesday and looked fine at 08:30.

Sessions from Australian networks started dropping at 09:40. The provider's report later put the start of their fault at 22:38 UTC on 13 March (09:38 our time).

At 09:47 our synthetic checks alerted: DNS resolution failed from the Sydney probes.
`,
    entries: [
      {at: '2025-03-13T22:40:00Z', text: 'Sessions from Australian networks'},
      {at: '2025-03-13T22:38:00Z', text: 'the start of their fault'},
      {at: '2025-03-13T22:47:00Z', text: 'our synthetic checks alerted'}
    ]
  },
  {
    id: 'yearless-day-first',
    group: 'day',
    title: 'Dates of two numbers without a year, in a report that writes the day first',
    example: `# Card payments declined

All times in this report are BST.

| Date / time (BST) | Event |
|---|---|
| Thu 04/09 14:20 | Firmware upgrade on the HSM cluster completed. |
| Fri 05/09 16:10 | Routine certificate inventory run. No issues. |

Incident day, Sunday 7 September 2025:

| Time (BST) | Event |
|---|---|
| 06:31 | First card authorisations time out. |
| 06:44 | The approval-rate alert fires and pages the on-call. |
`,
    entries: [
      {at: '2025-09-05T15:10:00Z', text: 'Routine certificate inventory run'},
      {at: '2025-09-07T05:31:00Z', text: 'First card authorisations time out'}
    ]
  },
  {
    id: 'one-letter-meridiem',
    group: 'clocks',
    title: 'A meridiem of one letter, written close',
    example: `# Slow courier assignment, Thursday dinner peak

**Date:** 2025-07-03

All times PT unless marked otherwise.

## Timeline

- 5:12p courier-location cache starts evicting the geo index
- 5:19p latency alert fires, pages dispatch on-call
`,
    entries: [
      {at: '2025-07-04T00:12:00Z', text: 'courier-location cache'},
      {at: '2025-07-04T00:19:00Z', text: 'latency alert fires'}
    ]
  },
  {
    id: 'compact-clock-in-prose',
    group: 'clocks',
    title: 'A 24-hour clock without its colon, in prose',
    example: `# Stale observations in the public feed

*All times in this document are Canberra local time.*

## What happened

### Friday 4 October 2024

At 1925 a television producer emailed the shared mailbox: the Sydney readings had not moved. Priya was logged on by 2032. Since 2010 the feed has been built every ten minutes.
`,
    entries: [
      {at: '2024-10-04T09:25:00Z', text: 'a television producer emailed'},
      {at: '2024-10-04T10:32:00Z', text: 'Priya was logged on'}
    ]
  },
  {
    id: 'dotted-hours',
    group: 'clocks',
    title: 'A clock with a dot and `hrs`',
    example: `# RCA: card authorisation timeouts

On 04.11.2025, from 14.05 hrs IST, card payments at the partner bank timed out.

## Sequence of events

| Date | Time (IST) | Event |
|---|---|---|
| 04.11.2025 | 14.05 hrs | First authorisation timeouts in the switch logs. |
| 04.11.2025 | 14.22 hrs | Monitoring alert raised on the NOC console. |
`,
    entries: [
      {at: '2025-11-04T08:35:00Z', text: 'card payments at the partner bank timed out'},
      {at: '2025-11-04T08:35:00Z', text: 'First authorisation timeouts'},
      {at: '2025-11-04T08:52:00Z', text: 'Monitoring alert raised'}
    ]
  },
  {
    id: 'bold-compact-clocks',
    group: 'clocks',
    title: 'Bold four-digit clocks opening list items: `**0658** Lab phoned`',
    example: `# Lab results not posting

**Date:** Saturday 06/07/2025, all times Eastern (EDT)

## Timeline

- **0500–0545** Morning labs drawn on the unit.
- **0612** Results stop reaching the chart.
- **approx 0730** Charge nurse calls the lab.
- **0841** Results start posting again.
`,
    entries: [
      {at: '2025-06-07T09:00:00Z', text: 'Morning labs'},
      {at: '2025-06-07T10:12:00Z', text: 'Results stop'},
      {at: '2025-06-07T11:30:00Z', text: 'calls the lab'},
      {at: '2025-06-07T12:41:00Z', text: 'posting again'}
    ]
  },
  {
    id: 'span-ends-with-notes',
    group: 'shapes',
    title:
      "A metrics table's spans, each end with its note: `14:07 (impact start) → 14:19 (first alert)`",
    example: `# Query failures

All times UTC, 13 November 2024.

## Key metrics

| Metric | Value | Measured |
|---|---|---|
| Time to detect | 9 min | 10:02 (impact start) → 10:11 (first alert) |
| Time to mitigate | 48 min | 10:02 (impact start) → 10:50 (rollback complete) |
`,
    entries: [
      {at: '2024-11-13T10:02:00Z', text: '(impact start)'},
      {at: '2024-11-13T10:11:00Z', text: '9 min — (first alert)'},
      {at: '2024-11-13T10:02:00Z', text: '(impact start)'},
      {at: '2024-11-13T10:50:00Z', text: '48 min — (rollback complete)'}
    ]
  },
  {
    id: 'compact-clock-cells',
    group: 'clocks',
    title: 'Four digits in a time column',
    example: `# Dispatch system outage, February 2026

All times are Alaska Standard Time (AKST), 24-hour format.

## Timeline

| Time (AKST) | Event |
|---|---|
| **Tue, Feb 3** | |
| 2352 | Records server stops accepting writes. |
| **Wed, Feb 4** | |
| 0007 | Supervisor declares an outage and pages IT. |
| 0115–0240 | Paper cards entered back into the system. |
`,
    entries: [
      {at: '2026-02-04T08:52:00Z', text: 'Records server stops accepting writes'},
      {at: '2026-02-04T09:07:00Z', text: 'Supervisor declares an outage'},
      {at: '2026-02-04T10:15:00Z', text: 'Paper cards entered back', end: '2026-02-04T11:40:00Z'}
    ]
  },
  {
    id: 'part-of-day',
    group: 'clocks',
    title: 'The part of the day after a clock',
    example: `# The afternoon our invoices stalled

Posted on Friday, May 8, 2026. On Wednesday, May 6, invoices stopped going out for about an hour in the afternoon, and this post tells what happened and what we are changing so that it does not happen again. All the times below are Eastern, where the team works. We are sorry for the trouble this caused our customers and their clients.

The first invoice job failed at 1:52 in the afternoon Eastern. A customer wrote in at 2:05 to ask where her invoices were, and by 2:40 the queue was moving again.
`,
    entries: [
      {at: '2026-05-06T17:52:00Z', text: 'The first invoice job failed'},
      {at: '2026-05-06T18:05:00Z', text: 'A customer wrote in'},
      {at: '2026-05-06T18:40:00Z', text: 'the queue was moving again'}
    ]
  },
  {
    id: 'section-zone',
    group: 'zone',
    title: "A section's own zone, before its first time",
    example: `# Operations review, week 41 (2025)

## Incidents this week

Times in this table are UTC, as the tracker exports them.

| ID | Start (UTC) | Summary |
|---|---|---|
| INC-301 | Thu 9 Oct 08:14 | Exports slow |

## INC-301 in detail

*All times in this section are BST (UTC+1).*

- **Thu 9 Oct, 09:14**: export jobs start timing out.
- **09:40**: the export queue is drained by hand and jobs finish again.
`,
    path: 'section-zone.md',
    entries: [
      {at: '2025-10-09T08:14:00Z', text: 'Exports slow'},
      {at: '2025-10-09T08:14:00Z', text: 'export jobs start timing out.'},
      {at: '2025-10-09T08:40:00Z', text: 'the export queue is drained by hand and '}
    ]
  },
  {
    id: 'status-history-stamps',
    group: 'day',
    title: 'A status page history, newest first, with a note written later',
    example: `# Login failures after the winter update

*Status page history, newest first.*

**Resolved**
Logins are working normally. Players who log in before Feb 20 get a bonus chest.
Posted Feb 14, 2026 - 21:10 PST

**Investigating**
We are looking into login failures.
Posted Feb 14, 2026 - 16:25 PST

## Internal addendum

*Written Feb 16, 2026 by the on-call engineer. Times are Pacific.*

- **15:48 PST** — Login errors begin as the session cache fills.
- **16:02 PST** — The error-rate alert pages on-call.
`,
    entries: [
      {at: '2026-02-15T05:10:00Z', text: 'Posted'},
      {at: '2026-02-14T23:48:00Z', text: 'Login errors begin'},
      {at: '2026-02-15T00:02:00Z', text: 'The error-rate alert pages on-call'}
    ]
  },
  {
    id: 'quoted-comments',
    group: 'shapes',
    title: 'Comments quoted with their stamps',
    example: `# Broken plugin index (12–13 November 2025)

Comment stamps are in GMT+1. Other times are UTC.

## What happened

> **@ana** commented Nov 12, 2025, 8:51 PM GMT+1
>
> \`plugin install\` fails with a JSON error on two machines.

> **@ben** commented Nov 13, 2025, 2:47 PM GMT+1
>
> The fix is merged. The 13:30 UTC run uploaded a complete index. Marking this resolved.
`,
    entries: [
      {at: '2025-11-12T19:51:00Z', text: 'plugin install fails'},
      {at: '2025-11-13T13:47:00Z', text: 'The fix is merged'},
      {at: '2025-11-13T13:30:00Z', text: 'The 13:30 UTC run uploaded'}
    ]
  },
  {
    id: 'quoted-ticket-comments',
    group: 'shapes',
    title: 'A ticket’s comments quoted one by one, each led by its date and clock',
    example: `# Front desk printers offline

All times are Central, as the help desk records them.

## Ticket history

> **03/10/2025 08:05 AM — Front desk, Elm Street branch**
> The receipt printers on both counters print nothing.

> **03/10/2025 08:21 AM — Kofi (Service Desk)**
> Taking this one. Remoting in now.

> **03/10/2025 09:02 AM — Kofi**
> Print spooler restarted; both printers work again.
`,
    entries: [
      {at: '2025-03-10T13:05:00Z', text: 'print nothing'},
      {at: '2025-03-10T13:21:00Z', text: 'Taking this one'},
      {at: '2025-03-10T14:02:00Z', text: 'spooler restarted'}
    ]
  },
  {
    id: 'day-alone-item',
    group: 'day',
    title: 'A day alone in a list item, and a day without its year',
    example: `# Truncated plugin index, November 2025

Times are UTC.

## Background

- **10 Nov**: v3.2.0 released, which pins the certificate chain.

## Root cause

On 12 November the index grew past 8 MiB. The 19:30 run uploaded a truncated file at 19:33.
`,
    entries: [
      {at: '2025-11-10T00:00:00Z', text: 'v3.2.0 released'},
      {at: '2025-11-12T19:30:00Z', text: 'The 19:30'},
      {at: '2025-11-12T19:33:00Z', text: 'run uploaded a truncated file'}
    ]
  },
  {
    id: 'background-day',
    group: 'day',
    title: 'A day before the story, told in passing',
    example: `# Slow chart loading

**Date of incident:** Tuesday, March 10, 2026
**Sent:** Thursday, March 12, 2026

All times are Mountain Time.

## What happened

Our logs show the first failed chart loads at 7:38 a.m.

We first suspected the database. On Sunday, March 8, we had done scheduled maintenance (1:00 to 3:00 a.m.), so that was the obvious place to look. At 8:40 a.m. we restarted the chart servers.
`,
    entries: [
      {at: '2026-03-10T13:38:00Z', text: 'first failed chart loads'},
      {at: '2026-03-08T08:00:00Z', text: 'scheduled maintenance'},
      {at: '2026-03-10T14:40:00Z', text: 'we restarted the chart servers'}
    ]
  },
  {
    id: 'numbered-titles',
    group: 'shapes',
    title: 'Sections numbered as a pasted document numbers them',
    example: `Postmortem: payment callbacks delayed

Incident date: Wednesday, 20-Nov-2024.

1. Summary

Callbacks to merchants were delayed for an hour.

4. Timeline (all times IST, India)

| Time (IST) | Event |
|---|---|
| 01:12:09 | First rebalance; throughput drops. |
| 02:11:15 | Consumer group stable again. Impact mitigated. |
`,
    entries: [
      {at: '2024-11-19T19:42:09Z', text: 'First rebalance'},
      {at: '2024-11-19T20:41:15Z', text: 'Consumer group stable'}
    ]
  },
  {
    id: 'quoted-status-updates',
    group: 'shapes',
    title: 'A status page’s updates pasted as a quote',
    example: `# Card payments declined

## Status page history

Copied from our public status page, newest update first (the page shows Central European time).

> **Resolved** - Card payments have worked normally since our last update.
> Apr 8, 2026 - 16:40 CEST
>
> **Monitoring** - A fix is in place and declines are back to their usual rate.
> Apr 8, 2026 - 15:55 CEST
>
> **Investigating** - Some card payments are being declined. We are looking into it.
> Apr 8, 2026 - 15:12 CEST
`,
    entries: [
      {at: '2026-04-08T14:40:00Z', text: 'Resolved - Card payments'},
      {at: '2026-04-08T13:55:00Z', text: 'Monitoring - A fix is in place'},
      {at: '2026-04-08T13:12:00Z', text: 'Investigating - Some card payments'}
    ]
  },
  {
    id: 'comment-quoted-under-stamp',
    group: 'shapes',
    title: 'A comment quoted under the line that stamps it',
    example: `# Exports stuck

## Activity

**Tomasz** · Feb 3, 2026 10:05 AM
> Exports have been failing since **9:40 AM**, every one of them.

**Wen** · Feb 3, 2026 10:32 AM
> Found it: the bucket policy changed at 9:38 AM.
`,
    entries: [
      {at: '2026-02-03T10:05:00Z', text: 'Exports have been failing since 9:40 AM'},
      {at: '2026-02-03T09:40:00Z', text: 'Exports have been failing since 9:40 AM'},
      {at: '2026-02-03T10:32:00Z', text: 'Found it'},
      {at: '2026-02-03T09:38:00Z', text: 'the bucket policy changed at 9:38 AM'}
    ]
  },
  {
    id: 'mail-thread',
    group: 'shapes',
    title: 'An e-mail thread quoted with its headers',
    example: `# Webhooks stalled

The \`Sent:\` headers are as displayed in our mail tenant, which is set to Central European Time (CET, UTC+1).

## The thread

> **From:** Marta Weber <m.weber@example.de>
> **Sent:** Tuesday, 20 January 2026 08:47
> **To:** support@example.com
> **Subject:** No shipment status updates since this morning
>
> Our warehouse system has not received any status webhooks since around 07:30 this morning.

> **From:** Jonas Berg <j.berg@example.com>
> **Sent:** Tuesday, 20 January 2026 09:31
> **To:** support@example.com
> **Subject:** RE: No shipment status updates since this morning
>
> I'm taking this one and looking at the dispatcher now.

> **From:** Jonas Berg <j.berg@example.com>
> **Sent:** Wednesday, 21 January 2026 10:02
> **To:** Marta Weber <m.weber@example.de>
> **Subject:** Root cause of yesterday's missing webhooks
>
> Here is what happened, and what we are changing.

## Impact

No status webhooks reached about 40% of customers between 07:26 and 11:02.
`,
    entries: [
      {at: '2026-01-20T07:47:00Z', text: 'Marta Weber: No shipment status updates'},
      {at: '2026-01-20T08:31:00Z', text: "I'm taking this one"},
      {at: '2026-01-21T09:02:00Z', text: 'Root cause of yesterday'},
      {at: '2026-01-20T06:26:00Z', text: 'No status webhooks reached'}
    ]
  },
  {
    id: 'mail-post',
    group: 'day',
    title: 'A post sent to a mailing list, its headers first',
    example: `\`\`\`
From: Priya Raman <priya@example.org>
To: tidyconf-users@lists.example.org
Subject: [post-mortem] tidyconf 2.3.0 shipped without its plugins
Date: Fri, 7 March 2025 18:20:11 +0530
\`\`\`

Hi all,

Times are my local time (IST, UTC+5:30) unless I say otherwise.

### What happened

The broken wheel was live on PyPI at 01:10 IST on 6 March. The first report came in at 20:05 UTC on 5 March.
`,
    entries: [
      {at: '2025-03-05T19:40:00Z', text: 'The broken wheel was live'},
      {at: '2025-03-05T20:05:00Z', text: 'The first report came in'}
    ]
  },
  {
    id: 'story-past-midnight',
    group: 'day',
    title: 'A story told in paragraphs, past midnight, and a weekday named before a clock',
    example: `# Login failures on launch night

Posted on Sunday, November 9, 2025. Everything below is Pacific time.

On Saturday, November 8, the winter event went live. On Friday evening (6:40 pm) we had shipped the event build.

The first logins failed at 11:49 PM. Our alert fired at 12:04 AM, and Dario acknowledged it at 12:06 AM.

At 12:20 AM he tightened the rate limits on the login gateway, which did not help.
`,
    entries: [
      {at: '2025-11-08T02:40:00Z', text: 'we had shipped the event build'},
      {at: '2025-11-09T07:49:00Z', text: 'The first logins failed'},
      {at: '2025-11-09T08:06:00Z', text: 'Dario acknowledged it'},
      {at: '2025-11-09T08:20:00Z', text: 'he tightened the rate limits'}
    ]
  },
  {
    id: 'items-led-by-clocks-in-words',
    group: 'clocks',
    title: 'Items led by clocks in words: `Quarter past nine - ...`',
    example: `# Donate button broken

All times Melbourne time (AEST), Saturday 29 June 2024.

## What happened

- **Quarter past nine** - Mel noticed the appeal total had not moved.
- **Twenty to eleven** - Worked out the plugin had lost its Stripe connection.
- **Around noon** - Real donations coming in again.
`,
    entries: [
      {at: '2024-06-28T23:15:00Z', text: 'Mel noticed'},
      {at: '2024-06-29T00:40:00Z', text: 'Worked out'},
      {at: '2024-06-29T02:00:00Z', text: 'donations coming in'}
    ]
  },
  {
    id: 'clock-in-words',
    group: 'clocks',
    title: 'A clock told in words',
    example: `# Reminders stopped

Posted on Friday, May 8, 2026. All times below are Eastern.

On Wednesday, May 6, the first reminder failed at 1:52 in the afternoon. By ten past two the rollback had finished. At a quarter past two we found the cause, and at twelve minutes to three the fix was live. We scaled the workers from 4 to 12 nodes.
`,
    entries: [
      {at: '2026-05-06T17:52:00Z', text: 'the first reminder failed'},
      {at: '2026-05-06T18:10:00Z', text: 'the rollback had finished'},
      {at: '2026-05-06T18:15:00Z', text: 'we found the cause'},
      {at: '2026-05-06T18:48:00Z', text: 'the fix was live'}
    ]
  },
  {
    id: 'time-in-brackets',
    group: 'instant',
    title: 'A time in brackets after the words it dates',
    example: `# The night the feed fell over

On the evening of Thursday, October 17, 2024, the home feed failed to load. All times below are Eastern Daylight Time (UTC−4).

## What happened

The first errors appeared (21:14 EDT) and climbed quickly. She paged Kwame (21:27 EDT), and the two of them looked for a slow query.
`,
    entries: [
      {at: '2024-10-18T01:14:00Z', text: 'The first errors appeared'},
      {at: '2024-10-18T01:27:00Z', text: 'She paged Kwame (21:27 EDT), and'}
    ]
  },
  {
    id: 'day-by-day-log',
    group: 'incidents',
    title: 'One incident, logged day by day',
    example: `# /scratch unavailable, 14–15 January 2025

All times are UK local time (GMT).

## Log

### Tuesday 14 January

- 02:47 the RAID controller stops responding; jobs hang
- 08:20 the hung controller is found to be the cause

### Wednesday 15 January

- 10:45 controller replaced, storage back online
`,
    entries: [
      {at: '2025-01-14T02:47:00Z', text: 'the RAID controller stops responding'},
      {at: '2025-01-14T08:20:00Z', text: 'the hung controller'},
      {at: '2025-01-15T10:45:00Z', text: 'controller replaced'}
    ]
  },
  {
    id: 'shift-by-shift-log',
    group: 'incidents',
    title: 'One incident, logged shift by shift',
    example: `# Warehouse systems handoff, Fri 7/11/2025 night to Sat 7/12/2025 day

All times are Phoenix time (MST, UTC-7).

## Night shift (22:00-06:00), Omar, Fri 7/11

**23:10** Label printers at DC 2 stop printing. Paged by the print-queue alert.

**23:18** Acked, looking.

## Day shift (06:00-14:00), Grace, Sat 7/12

**06:05** Took over from Omar. Printers still down at DC 2.

**07:40** Print spooler restarted, labels printing again.
`,
    entries: [
      {at: '2025-07-12T06:10:00Z', text: 'Label printers at DC 2 stop printing'},
      {at: '2025-07-12T13:05:00Z', text: 'Took over from Omar'},
      {at: '2025-07-12T14:40:00Z', text: 'Print spooler restarted'}
    ]
  },
  {
    id: 'buddhist-era-year',
    group: 'day',
    title: 'A year of the Buddhist era',
    example: `# Payday top-up failures

| | |
|---|---|
| **Date of incident** | Friday 28 February 2568 (2025) |

All times are Bangkok time (ICT, UTC+7).

## Timeline

- 17:42 top-ups to one bank start failing
- 18:05 rollback complete, top-ups succeed again
`,
    entries: [
      {at: '2025-02-28T10:42:00Z', text: 'top-ups to one bank start failing'},
      {at: '2025-02-28T11:05:00Z', text: 'rollback complete'}
    ]
  },
  {
    id: 'weekday-and-short-date-rows',
    group: 'day',
    title: 'Rows of a weekday and a short date, in a report that writes its days first',
    example: `# Ship-to-shore sync lost

**Date of incident:** Tuesday 11 February 2025

All times are Athens time (EET).

## Timeline

| Time (Athens) | Event |
|---|---|
| Mon 10/02 19:30 | Firewall clean-up implemented. |
| Tue 11/02 10:05 | Provider moves traffic to the new range. |
| 11:20 | A vessel master calls operations. |
`,
    entries: [
      {at: '2025-02-10T17:30:00Z', text: 'Firewall clean-up implemented'},
      {at: '2025-02-11T08:05:00Z', text: 'Provider moves traffic'},
      {at: '2025-02-11T09:20:00Z', text: 'A vessel master calls'}
    ]
  },
  {
    id: 'status-log-newest-first',
    group: 'incidents',
    title: 'A status log, newest day first, with earlier entries below',
    example: `# Campus storage status log

Newest entries first. All times are Sydney time (AEST, UTC+10).

## Incident: /projects unavailable

### Wednesday 4 June 2025

**9:30am — Resolved**
/projects is back and all jobs are running.

### Tuesday 3 June 2025

**10:05pm — Investigating**
/projects hangs on every node; the on-call engineer is on it.

## Earlier entries

### Monday 12 May 2025

**4:00pm — Resolved**
Globus transfers work again after a certificate renewal.
`,
    entries: [
      [
        {at: '2025-06-03T23:30:00Z', text: '/projects is back'},
        {at: '2025-06-03T12:05:00Z', text: '/projects hangs'}
      ],
      [{at: '2025-05-12T06:00:00Z', text: 'Globus transfers work again'}]
    ]
  },
  {
    id: 'year-first-dotted-days',
    group: 'day',
    title: 'A day written year first with dots',
    example: `# Login failures on 2026.05.20 (Wed)

All times KST.

| Time | Event |
|---|---|
| 2026.05.20 19:05 | Logins start failing |
| 2026.05.20 19:47 | Logins work again |

The hotfix shipped in version 2026.05.2 the next morning.
`,
    entries: [
      {at: '2026-05-20T10:05:00Z', text: 'Logins start failing'},
      {at: '2026-05-20T10:47:00Z', text: 'Logins work again'}
    ]
  },
  {
    id: 'dotted-dates',
    group: 'day',
    title: 'Dates with dots, day first',
    example: `# Major Incident Report MIR-2023-041

All times CEST. On Wednesday 14.06.2023, between 08:05 and 09:31, login attempts failed.
`,
    entries: [
      {at: '2023-06-14T06:05:00Z', end: '2023-06-14T07:31:00Z', text: 'login attempts failed'}
    ]
  },
  {
    id: 'weekday-both-ways',
    group: 'day',
    title: 'A weekday that fits the date read either way',
    example: `# Ticket sales paused

All times are CET. Dates are written day first.

## Timeline

**Saturday 08/02/2025**

- 10:15 — ticket sales stop
- 10:50 — sales resume

Refunds were sent on 19/02/2025.
`,
    entries: [
      {at: '2025-02-08T09:15:00Z', text: 'ticket sales stop'},
      {at: '2025-02-08T09:50:00Z', text: 'sales resume'},
      {at: '2025-02-19T00:00:00Z', text: 'Refunds were sent'}
    ]
  },
  {
    id: 'bold-day-with-title',
    group: 'day',
    title: 'A day in bold with the name of its part',
    example: `# Conveyor trip

**Date of incident:** Tuesday 12 August 2025

All times AWST.

## Timeline

**Monday 11 August 2025 — Night Shift (B Crew)**

| Time | Event |
|---|---|
| 2310 hrs | Permit issued for drive fault-finding |

**Tuesday 12 August 2025 — Night Shift (B Crew)**

| Time | Event |
|---|---|
| 0214 hrs | Control room loses view of the plant |
`,
    entries: [
      {at: '2025-08-11T15:10:00Z', text: 'Permit issued'},
      {at: '2025-08-11T18:14:00Z', text: 'Control room loses view'}
    ]
  },
  {
    id: 'day-order',
    group: 'day',
    title: 'Dates day first, decided by another date',
    example: `# Mail delays

All times in UTC.

## Timeline

- 12/01/2026 09:00 outbound mail queues
- 25/01/2026 10:00 follow-up fix shipped
`,
    entries: [
      {at: '2026-01-12T09:00:00Z', confidence: 'medium'},
      {at: '2026-01-25T10:00:00Z', confidence: 'high'}
    ]
  },
  {
    id: 'date-after-clock-span',
    group: 'day',
    title: 'A date of numbers after a span of clocks',
    example: `# Ticket sales paused

All times are CET.

## Impact

Sales were paused for 35 minutes (10:15 – 10:50, 08/02/2025). Refunds went out on 19/02/2025.
`,
    entries: [
      {at: '2025-02-08T09:15:00Z', text: 'Sales were paused'},
      {at: '2025-02-19T00:00:00Z', text: 'Refunds went out'}
    ]
  },
  {
    id: 'day-order-file-name',
    group: 'day',
    title: 'Dates day first, decided by the file name',
    path: 'postmortems/2026-01-12-mail-delays.md',
    example: `# Mail delays

All times in UTC.

## Timeline

- 12/01/2026 09:00 outbound mail queues
- 12/01/2026 09:40 queue drained
`,
    entries: [{at: '2026-01-12T09:00:00Z'}, {at: '2026-01-12T09:40:00Z'}]
  },
  {
    id: 'day-order-undecided',
    group: 'day',
    title: 'Dates nothing decides',
    example: `# Mail delays

All times in UTC.

## Timeline

- 04/05/2026 09:00 outbound mail queues
`,
    entries: [{at: '2026-04-05T09:00:00Z', confidence: 'low'}],
    messages: ['time-day-order']
  },
  {
    id: 'posted-date',
    group: 'day',
    title: 'A post dated after the incident it tells of',
    example: `---
title: DNS resolution failures
date: 2024-09-02 10:00:00 +0200
---

On September 1st our DNS provider had an outage.

## What happened

- 18:12 CEST monitors report NXDOMAIN spikes
- 19:47 CEST the provider reports the issue fixed
`,
    entries: [
      {at: '2024-09-02T08:00:00Z', origin: 'front-matter'},
      {at: '2024-09-01T00:00:00Z', text: 'our DNS provider had an outage'},
      {at: '2024-09-01T16:12:00Z', text: 'monitors report'},
      {at: '2024-09-01T17:47:00Z'}
    ]
  },
  {
    id: 'posted-weekday',
    group: 'day',
    title: "A front matter date on another weekday than the title's",
    example: `---
title: "What went wrong on Tuesday"
date: 2025-05-22
author: Ines
---

Uploads broke on Tuesday morning. All times are UTC.

Our storage quota ran out at 10:12 and uploads began failing. Twenty minutes after the quota ran out, the first support ticket arrived. Uploads worked again at 11:40.
`,
    path: 'posted-weekday.md',
    entries: [
      {at: '2025-05-20T10:12:00Z', text: 'Our storage quota ran out at 10:12 and u'},
      {at: '2025-05-20T10:32:00Z', text: 'the first support ticket arrived.'},
      {at: '2025-05-20T11:40:00Z', text: 'Uploads worked again at 11:40.'}
    ]
  },
  {
    id: 'notice-updates',
    group: 'incidents',
    title: "A notice's updates under headings with a clock",
    example: `# Service notice: grades portal unavailable

**Posted:** Thursday, March 6, 2025, 9:10 a.m.

*All times are Eastern.*

## Original notice — 9:10 a.m.

Since about 8:40 a.m. on Thursday, March 6, the grades portal shows an error page. Visit the help counter (open 8 a.m.–6 p.m.) with questions.

## Update — 10:30 a.m.

Grades entered since about 6 p.m. yesterday (Wednesday) are not showing yet. The portal was restarted at 10:20 a.m.

## Update — 1:15 p.m. — RESOLVED

All grades are showing. A review will be held on Monday, March 10.
`,
    path: 'notice-updates.md',
    entries: [
      {at: '2025-03-06T14:10:00Z', text: 'Posted'},
      {at: '2025-03-06T14:10:00Z', text: 'Original notice'},
      {at: '2025-03-06T13:40:00Z', text: 'Since about 8:40 a.m. on Thursday, March'},
      {at: '2025-03-06T15:30:00Z', text: 'Update'},
      {at: '2025-03-05T23:00:00Z', text: 'Grades entered since about 6 p.m. yester'},
      {at: '2025-03-06T15:20:00Z', text: 'The portal was restarted at 10:20 a.m.'},
      {at: '2025-03-06T18:15:00Z', text: 'Update: RESOLVED'}
    ]
  },
  {
    id: 'key-facts-box',
    group: 'day',
    title: 'A box of key facts, and a day ending a heading',
    example: `# The morning the archive froze

*Posted Friday 14 March 2025*

> **At a glance**
>
> - **When:** Wednesday 12 March 2025, from 4:10am until 9:30am (AEDT).
> - **What:** the document archive stopped answering.

## Archive incident — Wednesday, March 12

At 4:10am the archive stopped answering. The on-call engineer was paged at 4:16am.
`,
    path: 'key-facts-box.md',
    entries: [
      {at: '2025-03-11T17:10:00Z', text: 'the archive stopped answering.'},
      {at: '2025-03-11T17:16:00Z', text: 'The on-call engineer was paged at 4:16am'}
    ]
  },
  {
    id: 'letter-date',
    group: 'day',
    title: "A letter's date above its salutation",
    example: `**Harbourline Freight Ltd**

Office of Rail Regulation

Friday 14 March 2025

Dear Sir or Madam,

## Notice of a booking system outage

1.1 Unless otherwise stated, all times are given in Greenwich Mean Time (GMT).

### 2. Chronology

2.1 At 07:40 GMT on Wednesday 12 March 2025 the booking service stopped answering.

2.2 At 08:05 GMT a customer rang our desk to report it.

2.3 At 09:30 GMT the service was restored.
`,
    entries: [
      {at: '2025-03-12T07:40:00Z', text: 'the booking service stopped answering'},
      {at: '2025-03-12T08:05:00Z', text: 'a customer rang our desk'},
      {at: '2025-03-12T09:30:00Z', text: 'the service was restored'}
    ]
  },
  {
    id: 'paper-days',
    group: 'day',
    title: "A memo's `Date:`, a notice's `Date of issue`, an export's `on ...`: the paper's days",
    example: `# MEMORANDUM

**To:** Head of Student Services
**From:** Registrar
**Date:** 9 June 2025
**Subject:** Report on the enrolment outage of Tuesday 3 June 2025

## Summary

All times are AEST. Enrolment opened at 8:00 and failed at 8:04; it came back at 11:20.
`,
    entries: [
      {at: '2025-06-02T22:04:00Z', text: 'failed'},
      {at: '2025-06-03T01:20:00Z', text: 'came back'}
    ]
  },
  {
    id: 'year-from-title',
    group: 'day',
    title: 'A date without a year',
    example: `# Storage outage of 31 May 2025

All times in UTC.

## Timeline

- May 31 23:10 volumes go read-only
- June 1 02:10 volumes writable again
`,
    entries: [{at: '2025-05-31T23:10:00Z'}, {at: '2025-06-01T02:10:00Z'}]
  },
  {
    id: 'day-statement',
    group: 'day',
    title: 'A day stated for all times',
    example: `# Cron jobs skipped

Unless noted otherwise, all times are on 3 May 2026 (UTC).

## Timeline

- 01:00 nightly jobs fail to start
- 06:30 scheduler restarted
`,
    entries: [{at: '2026-05-03T01:00:00Z'}, {at: '2026-05-03T06:30:00Z'}]
  },
  {
    id: 'local-place',
    group: 'zone',
    title: 'Times said to be local, and the place the report names',
    example: `# Dispensing cabinet downtime record

**Site / location:** Mill Creek Hospital, 40 River Road, Dayton, OH
**Date of downtime:** 03/04/2025
**Times:** 24-hour, local

## Timeline

| Event | Time |
|---|---|
| Cabinets stopped syncing | 0212 (per the server log) |
| Downtime declared | 0220 |
| Clerk reports at 02:31:40 hours the last sync | 0232 |
| Cabinets syncing again | 0305 |
`,
    path: 'local-place.md',
    entries: [
      {at: '2025-03-04T00:00:00Z', text: 'Date of downtime'},
      {at: '2025-03-04T07:12:00Z', text: 'Cabinets stopped syncing'},
      {at: '2025-03-04T07:20:00Z', text: 'Downtime declared'},
      {at: '2025-03-04T07:32:00Z', text: 'Clerk reports at 02:31:40 hours the last'},
      {at: '2025-03-04T07:31:40Z', text: 'Clerk reports at 02:31:40 hours the last'},
      {at: '2025-03-04T08:05:00Z', text: 'Cabinets syncing again'}
    ]
  },
  {
    id: 'other-language',
    group: 'zone',
    title: 'A report written in another language: its zone, its dotted days and its words',
    example: `# Störungsbericht: Scanner im Lager Nord

| | |
|---|---|
| **Datum der Störung** | 4.11.2025 |
| **Zeitangaben** | Ortszeit Leipzig (MEZ) |

## Zeitlicher Ablauf

- 07:10 Uhr – Die Scanner melden Fehler, keine Buchungen mehr.
- 07:18 Uhr – Petra übernimmt das Ticket.
- 07:52 Uhr – Ursache gefunden: das Zertifikat des Brokers war abgelaufen.
- 08:05 Uhr – Zertifikat erneuert, Dienst neu gestartet.
- 08:30 Uhr – Störung behoben, alle Scanner laufen wieder.
`,
    entries: [
      {at: '2025-11-04T06:10:00Z', text: 'Die Scanner melden Fehler'},
      {at: '2025-11-04T06:18:00Z', text: 'Petra übernimmt das Ticket'},
      {at: '2025-11-04T06:52:00Z', text: 'Ursache gefunden'},
      {at: '2025-11-04T07:05:00Z', text: 'Zertifikat erneuert'},
      {at: '2025-11-04T07:30:00Z', text: 'Störung behoben'}
    ]
  },
  {
    id: 'zulu-local-pairs',
    group: 'clocks',
    title: 'Zulu and local time together: `1852Z/1452L`',
    example: `# Crew system outage, 18JUL25

Times are shown Zulu/local.

## Sequence of Events

| Time (Z/L) | Event |
|---|---|
| 1852Z/1452L | Legality checks stop returning; queries queue behind a lock. |
| 1855Z/1455L | Response-time alert raised to the NOC queue. Carrier gives ETR 2100Z. |
| 2007Z/1607L | Checks respond in under 1 s. Service restored. |
| 0035Z 19JUL / 2035L 18JUL | Sev-1 closed. |
`,
    entries: [
      {at: '2025-07-18T18:52:00Z', text: 'Legality checks stop returning'},
      {at: '2025-07-18T18:55:00Z', text: 'Response-time alert'},
      {at: '2025-07-18T20:07:00Z', text: 'Service restored'},
      {at: '2025-07-19T00:35:00Z', text: 'Sev-1 closed'}
    ]
  },
  {
    id: 'other-time-column',
    group: 'clocks',
    title: "A row's moment told again in its other time column's zone",
    example: `# Feed outage

## Timeline

| Local (NZDT) | UTC | Event |
|---|---|---|
| Wed 5 Feb 2025 06:30 | Tue 4 Feb 2025 17:30 | First failed pulls from the feed at 06:30 (gateway log 06:29:51). |
| 06:41 | 17:41 | Alert fires; a customer writes that pulls fail "since about 04:25 AEDT". |
| 07:02 | 18:02 | Feed restarted; pulls succeed. |
`,
    path: 'other-column.md',
    entries: [
      {at: '2025-02-04T17:30:00Z', text: 'First failed pulls from the feed at 06:3'},
      {at: '2025-02-04T17:41:00Z', text: 'Alert fires; a customer writes that pull'},
      {at: '2025-02-04T17:25:00Z', text: 'since about 04:25 AEDT'},
      {at: '2025-02-04T18:02:00Z', text: 'Feed restarted; pulls succeed.'}
    ]
  },
  {
    id: 'appendix-timeline',
    group: 'shapes',
    title: 'A letter whose timeline stands in its appendix',
    example: `**Riverside Library Network**

March 6, 2025

Dear members,

On Tuesday evening our catalogue could not be searched from 7:10 p.m. We are sorry for the trouble.

---

### Technical appendix

*Times are Central Standard Time (CST, UTC−6) unless marked UTC.*

**Timeline, Tuesday Mar 4 – Wednesday Mar 5**

| Time (CST) | Event |
|---|---|
| Mar 4, 19:10 | Search index corrupted after its disk filled. Searches fail. |
| 21:45 | Index rebuilt; searches work again. |
`,
    path: 'appendix-timeline.md',
    entries: [
      {at: '2025-03-05T01:10:00Z', text: 'On Tuesday evening our catalogue could n'},
      {at: '2025-03-05T01:10:00Z', text: 'Search index corrupted after its disk fi'},
      {at: '2025-03-05T03:45:00Z', text: 'Index rebuilt; searches work again.'}
    ]
  },
  {
    id: 'call-offsets',
    group: 'clocks',
    title: "A call's notes stamped by their offset into the call",
    example: `# Bridge notes — search outage

**Date:** Monday, March 3, 2025
**Start time:** 14:05 UTC

## Key moments

- **at 02:30 into the call** — Ana says search has returned errors since 13:58.
- **at 17:45 into the call** — Ben finds the stale shard map.
- **at 1:04:10 into the call** — Index restored, searches work again.
`,
    path: 'call-offsets.md',
    entries: [
      {at: '2025-03-03T14:05:00Z', text: 'Start time'},
      {at: '2025-03-03T14:07:30Z', text: 'Ana says search has returned errors sinc'},
      {at: '2025-03-03T13:58:00Z', text: 'Ana says search has returned errors sinc'},
      {at: '2025-03-03T14:22:45Z', text: 'Ben finds the stale shard map.'},
      {at: '2025-03-03T15:09:10Z', text: 'Index restored, searches work again.'}
    ]
  },
  {
    id: 'decision-log',
    group: 'shapes',
    title: 'A decision log: what was done, and notes with times of their own',
    example: `# Decision log — till outage

All times UTC.

## Log

| Date/Time | Decision | Owner | Notes |
|---|---|---|---|
| 2025-05-06 09:20 | Take the incident, open a bridge | R. Osei | Ticket opened at 09:12 after a store manager rang the desk. |
| 2025-05-06 09:41 | Fail the payments proxy over to the spare | R. Osei | Tills take cards again at 09:44. |
`,
    path: 'decision-log.md',
    entries: [
      {at: '2025-05-06T09:20:00Z', text: 'Take the incident, open a bridge'},
      {at: '2025-05-06T09:12:00Z', text: 'Ticket opened at 09:12 after a store man'},
      {at: '2025-05-06T09:41:00Z', text: 'Fail the payments proxy over to the spar'},
      {at: '2025-05-06T09:44:00Z', text: 'Tills take cards again at 09:44.'}
    ]
  },
  {
    id: 'local-marked-clocks',
    group: 'clocks',
    title: 'Clocks of four digits marked L, local time, beside Zulu ones',
    example: `# PORT CONTROL — SHIFT LOG

**Shift:** Night shift 11/12 MAR 2025 (2300L 11 MAR – 0700L 12 MAR)

> All times are LOCAL (L = UTC+8) unless marked Z. Vendor tickets are in Z.

| Time | Entry |
|------|-------|
| 0140L | Berth 3 crane loses its controller link. |
| 0152L | Duty engineer calls back, acknowledges. Vendor ticket shows 1752Z. |
| 0230L | Controller rebooted; crane working again. |
`,
    path: 'local-marked-clocks.md',
    entries: [
      {at: '2025-03-11T15:00:00Z', text: 'Shift: Night shift 11/12 MAR 2025 (2300L'},
      {at: '2025-03-11T23:00:00Z', text: 'Shift: Night shift 11/12 MAR 2025 (2300L'},
      {at: '2025-03-11T17:40:00Z', text: 'Berth 3 crane loses its controller link.'},
      {at: '2025-03-11T17:52:00Z', text: 'Duty engineer calls back, acknowledges.'},
      {at: '2025-03-11T17:52:00Z', text: 'Vendor ticket shows: .'},
      {at: '2025-03-11T18:30:00Z', text: 'Controller rebooted; crane working again'}
    ]
  },
  {
    id: 'foreign-weekday-days',
    group: 'day',
    title: 'Day lines with a weekday in another language',
    example: `# Retro INC-0042 — rotas não geradas

> Todos os horários em BRT (UTC-3).

## Timeline (BRT)

**Terça, 13/08/2024**

- **19:40** — deploy of the routing API v2.1

**14/08/2024 (quarta-feira)**

- **06:12** — route generation starts failing
- **07:41** — cache flushed, routes generated again
`,
    path: 'foreign-weekday-days.md',
    entries: [
      {at: '2024-08-13T22:40:00Z', text: 'deploy of the routing API v2.1'},
      {at: '2024-08-14T09:12:00Z', text: 'route generation starts failing'},
      {at: '2024-08-14T10:41:00Z', text: 'cache flushed, routes generated again'}
    ]
  },
  {
    id: 'weekday-named-year',
    group: 'day',
    title: 'A report that writes no year, its days named with their weekdays',
    example: `# What happened on Sunday (October 12): matchmaking down

Posted by Rui, community team. Times are UTC, with a few zones for the rest of you.

- **Sunday 12 October, 19:05 UTC** (21:05 CEST / 3:05 PM EDT / 6:05 AM Monday AEDT): queues stop matching.
- **19:11 UTC**: the on-call engineer gets paged.
- **19:48 UTC**: the stuck matchmaker is restarted and games start again.

Double rewards run until Wednesday 15 October.
`,
    path: 'weekday-named-year.md',
    today: '2026-12-06',
    entries: [
      {at: '2025-10-12T19:05:00Z', text: 'queues stop matching.'},
      {at: '2025-10-12T19:11:00Z', text: 'the on-call engineer gets paged.'},
      {at: '2025-10-12T19:48:00Z', text: 'the stuck matchmaker is restarted and ga'}
    ],
    messages: ['time-year-from-weekday']
  },
  {
    id: 'day-month-dots',
    group: 'day',
    title: 'A date column written `16.09.`, a day and a month with their dots',
    example: `# Chiller 2 trip: plant room log

Plant: Halle Süd, Leipzig. Run week 2025-09-15. All times local (CEST).

## Log

| Date | Time | By | Entry |
|---|---|---|---|
| 16.09. | 22:40 | KS | Chiller 2 trips on low oil pressure; supply water starts warming. |
| 16.09. | 23:05 | KS | Standby chiller 3 started by hand. |
| 17.09. | 00:20 | RW | Supply water back under 8 °C. |
`,
    path: 'day-month-dots.md',
    entries: [
      {at: '2025-09-16T20:40:00Z', text: 'Chiller 2 trips on low oil pressure; sup'},
      {at: '2025-09-16T21:05:00Z', text: 'Standby chiller 3 started by hand.'},
      {at: '2025-09-16T22:20:00Z', text: 'Supply water back under 8 °C.'}
    ]
  },
  {
    id: 'mermaid-gantt',
    group: 'shapes',
    title: 'A Mermaid gantt chart',
    example: `# Search outage

## Timeline

All times are UTC.

\`\`\`mermaid
gantt
    dateFormat YYYY-MM-DD HH:mm
    section Impact
    Index writes rejected       :crit, rej, 2025-04-02 09:14, 46m
    Root cause: shard map stale :milestone, rc, 2025-04-02 09:41, 0m
    section Recovery
    Reindex                     :reidx, after rej, 30m
    Search healthy again        :milestone, ok, 2025-04-02 10:30, 0m
\`\`\`
`,
    path: 'gantt.md',
    entries: [
      {at: '2025-04-02T09:14:00Z', text: 'Index writes rejected'},
      {at: '2025-04-02T09:41:00Z', text: 'Root cause: shard map stale'},
      {at: '2025-04-02T10:00:00Z', text: 'Reindex'},
      {at: '2025-04-02T10:30:00Z', text: 'Search healthy again'}
    ]
  },
  {
    id: 'zulu-rows-stated-day',
    group: 'day',
    title: 'Zulu rows (`12 SEP 2219Z`) under `All times 15 OCT 2024 unless stated`',
    example: `# Check-in kiosks down

> All times in this report are Zulu (UTC).

## Timeline

All times 15 OCT 2024 unless stated.

| Zulu | Event |
|---|---|
| 12 SEP 2219Z | Renewed certificate issued, never installed. |
| 0000Z | Old certificate expires; kiosk check-ins fail. |
| 0047Z | On-call engineer finds the expired certificate. |
| 0121Z | Renewed certificate deployed; check-ins succeed. |
`,
    entries: [
      {at: '2024-09-12T22:19:00Z', text: 'Renewed certificate'},
      {at: '2024-10-15T00:00:00Z', text: 'expires'},
      {at: '2024-10-15T00:47:00Z', text: 'finds'},
      {at: '2024-10-15T01:21:00Z', text: 'deployed'}
    ]
  },
  {
    id: 'first-sentence',
    group: 'day',
    title: 'A date in the first sentence',
    example: `# API errors

## Summary

The API returned errors for about an hour on March 12, 2024.

## Timeline (UTC)

- 10:02 errors begin
- 11:05 errors stop
`,
    entries: [
      {at: '2024-03-12T00:00:00Z', origin: 'summary'},
      {at: '2024-03-12T10:02:00Z', text: 'errors begin', confidence: 'medium'},
      {at: '2024-03-12T11:05:00Z'}
    ]
  },
  {
    id: 'summary-opening-day',
    group: 'day',
    title: "A summary's sentence that opens with its day",
    example: `# API errors

## Summary

On Tuesday 12 March 2024, from about 10am, the API returned errors for an hour.

## Timeline (UTC)

- 10:02 errors begin (the vendor had patched the gateway on 8 March, 02:00–03:00, unrelated)
- 11:05 errors stop
`,
    entries: [
      {at: '2024-03-12T10:02:00Z', text: 'errors begin', confidence: 'high'},
      {at: '2024-03-12T11:05:00Z'}
    ]
  },
  {
    id: 'clock-within-timeline-span',
    group: 'day',
    title: "A clock in the analysis, on the timeline's day it falls within",
    example: `# Game servers down

All times KST.

## Timeline

**2026.06.12 (Fri)**

- 21:40 — servers stop accepting logins
- 23:55 — servers restarted

**2026.06.13 (Sat)**

- 00:20 — logins normal again
- 10:00 — compensation mailed

## Impact

Most players who tried to log in after 21:45 saw an error.
`,
    entries: [
      {at: '2026-06-12T12:40:00Z', text: 'servers stop accepting logins'},
      {at: '2026-06-12T15:20:00Z', text: 'logins normal again'},
      {at: '2026-06-12T12:45:00Z', text: 'Most players'}
    ]
  },
  {
    id: 'rollover',
    group: 'day',
    title: 'Past midnight, and the next morning',
    example: `---
date: 2026-11-20
---

# Batch overrun

All times in UTC.

## Timeline

- 23:50 batch still running
- 00:20 batch finishes

## Resolution

The fix shipped at 09:00 the next morning.
`,
    entries: [
      {at: '2026-11-20T23:50:00Z'},
      {at: '2026-11-21T00:20:00Z'},
      {at: '2026-11-22T09:00:00Z', origin: 'resolution'}
    ],
    messages: ['timeline-rollover']
  },
  {
    id: 'day-named-before',
    group: 'day',
    title: 'A day named before the time',
    example: `# Email delays, 6 June 2023

All times in UTC.

## Summary

The queue was drained by 23:30. The next morning at 09:00 we shipped a permanent fix.
`,
    entries: [
      {at: '2023-06-06T23:30:00Z', text: 'The queue was drained by 23:30.', origin: 'summary'},
      {at: '2023-06-07T09:00:00Z', text: 'we shipped a permanent fix', origin: 'summary'}
    ]
  },
  {
    id: 'twelve-hour',
    group: 'instant',
    title: 'A 12-hour clock without AM or PM',
    example: `---
date: 2026-02-17
timezone: UTC
---

# Release train stuck

## Timeline

### 11:40 AM: Investigation

- 11:52 pipeline found stuck on a lock
- 1:05 lock released by hand
- 1:20 trains moving again
`,
    entries: [
      {at: '2026-02-17T11:40:00Z'},
      {at: '2026-02-17T11:52:00Z'},
      {at: '2026-02-17T13:05:00Z', text: 'lock released'},
      {at: '2026-02-17T13:20:00Z'}
    ],
    messages: ['timeline-meridiem']
  },
  {
    id: 'year-typo',
    group: 'instant',
    title: 'A year typed wrong',
    example: `# Password rotation

All times in UTC.

## Timeline

- 2026-01-14 10:02 logins fail
- 2025-01-14 10:20 old password restored
- 2026-01-14 10:31 logins work
`,
    entries: [
      {at: '2026-01-14T10:02:00Z'},
      {at: '2026-01-14T10:20:00Z', text: 'old password restored'},
      {at: '2026-01-14T10:31:00Z'}
    ],
    messages: ['timeline-year']
  },
  {
    id: 'day-heading-remark',
    group: 'day',
    title: "A sub-heading's day followed by a remark in brackets dates its section",
    example: `# Postmortem: quest rewards missing

Times are Pacific (PT). Review held Tue Mar 11 2025.

## Timeline

### Day 1 — Thursday Mar 6 (season launch)

- **9:00am** — Season goes live.
- **~2:10pm** — Quest completions start timing out.

### Day 2 — Friday Mar 7

- **10:30am** — Rewards granted again.
`,
    entries: [
      {at: '2025-03-06T17:00:00Z', text: 'Season goes live'},
      {at: '2025-03-06T22:10:00Z', text: 'Quest completions start timing out'},
      {at: '2025-03-07T18:30:00Z', text: 'Rewards granted again'}
    ]
  },
  {
    id: 'weekday-ordinal-clock',
    group: 'day',
    title: 'A weekday and its day of the month before a clock, with no month',
    example: `---
date: 2025-05-13
---

# the wiki was down on sunday

All times UTC.

- **Fri 9th, ~18:00** – I upgraded the search plugin.
- **Sun 11th, 03:20** – the disk filled and the wiki stopped saving pages.
- **07:05** – freed space and restarted it.
`,
    entries: [
      {at: '2025-05-09T18:00:00Z', text: 'I upgraded the search plugin'},
      {at: '2025-05-11T03:20:00Z', text: 'the disk filled'},
      {at: '2025-05-11T07:05:00Z', text: 'freed space'}
    ]
  },
  {
    id: 'letter-night-twelve-hour',
    group: 'clocks',
    title:
      'A letter dated the morning after tells the night before on a 12-hour clock without AM or PM',
    example: `**Date:** Friday, May 16, 2025 9:40 AM
**Subject:** Kiln controller outage last night

All times below are plant time (Central).

The first alarm in the controller log is at 9:52 pm Thursday, on kiln 2. Ana saw it about
9:58 and called me at 10:03.

For anyone new: the manual firing sheet is in the binder, and both kilns were on it by about 10:20.

I was logged in by about 10:35 and restarted the controller at 10:50.
`,
    entries: [
      {at: '2025-05-16T02:52:00Z', text: 'The first alarm'},
      {at: '2025-05-16T03:03:00Z', text: 'called me at 10:03'},
      {at: '2025-05-16T03:20:00Z', text: 'both kilns were on it'},
      {at: '2025-05-16T03:50:00Z', text: 'restarted the controller'}
    ]
  },
  {
    id: 'dated-row-then-clocks',
    group: 'day',
    title:
      'A row that gives its own day, then clocks hours earlier: the rows after it are the next day',
    example: `# Search results empty for EU users

## Timeline (UTC)

| Time | Event |
|---|---|
| 2025-03-03 15:40 | Index mapping change merged after review. |
| 09:05 | Morning deploy picks up the mapping change. |
| 09:12 | Search starts returning empty result pages. |
| 10:02 | Mapping change reverted; results come back. |
`,
    entries: [
      {at: '2025-03-03T15:40:00Z', text: 'Index mapping change merged'},
      {at: '2025-03-04T09:05:00Z', text: 'Morning deploy'},
      {at: '2025-03-04T09:12:00Z', text: 'Search starts returning empty'},
      {at: '2025-03-04T10:02:00Z', text: 'Mapping change reverted'}
    ]
  },
  {
    id: 'day-of-what-follows',
    group: 'day',
    title: 'A sentence that gives the day of the times after it and tells nothing else',
    example: `# Postmortem: image uploads rejected

All times in this document are UTC.

## Timeline

### 2025-08-01 11:00

A change to the upload size limit was merged and deployed to staging.

The rest of the timeline is Wednesday 6 August 2025.

### 13:05

Uploads above 2 MB start failing with HTTP 413.

### 13:40

Mira rolls the limit back; uploads succeed again.
`,
    entries: [
      {at: '2025-08-01T11:00:00Z', text: 'upload size limit'},
      {at: '2025-08-06T13:05:00Z', text: 'Uploads above 2 MB start failing'},
      {at: '2025-08-06T13:40:00Z', text: 'Mira rolls the limit back'}
    ]
  },
  {
    id: 'thread-small-letter-names',
    group: 'incidents',
    title: "A thread's comments stamped by names in small letters are one incident's",
    example: `# Post-incident: wheel downloads failing (2025-04-08) #812

### 💬 **ravik** commented · 2025-04-09 10:20 UTC

First hour, from my notes. All times UTC, April 8th.

- **21:14**: a user reports 404s for new wheels in the forum.
- **21:16**: I said I was looking at it.

### 💬 **li-wen** commented · 2025-04-09 12:02 UTC

The fix. Still April 8th, UTC.

- **21:48**: Found it: the mirror job had stopped syncing after the disk filled.
- **22:05**: Freed the disk and restarted the sync; wheels download again.

### 💬 **omar.s** commented · 2025-04-10 08:30 UTC

Thanks both. Closing this once the disk alert lands.
`,
    entries: [
      {at: '2025-04-08T21:14:00Z', text: 'a user reports 404s'},
      {at: '2025-04-08T21:16:00Z', text: 'I said I was looking'},
      {at: '2025-04-08T21:48:00Z', text: 'Found it'},
      {at: '2025-04-08T22:05:00Z', text: 'Freed the disk'}
    ]
  },
  {
    id: 'time-heading-lead',
    group: 'shapes',
    title:
      "Under a time heading, what a paragraph tells before its first time is the heading entry's",
    example: `# Checkout errors after certificate expiry

All times UTC, 12 June 2025.

## Timeline

### 06:26

The pod-creation alert fired and paged the platform on-call. One minute later the checkout
error alert paged Farhan.

### 06:29

Wei acknowledged the page and opened the incident channel. Declared SEV-2 at 06:33 with Wei
as incident commander.
`,
    entries: [
      {at: '2025-06-12T06:26:00Z', text: 'The pod-creation alert fired'},
      {at: '2025-06-12T06:27:00Z', text: 'paged Farhan'},
      {at: '2025-06-12T06:29:00Z', text: 'Wei acknowledged the page'},
      {at: '2025-06-12T06:33:00Z', text: 'Declared SEV-2'}
    ]
  }
]
