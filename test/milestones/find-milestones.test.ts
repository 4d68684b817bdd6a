/**
 * `findMilestones` on whole reports: what the document as a whole says
 * (sections, stated durations, sentences with several times) weighed
 * together. Reports invented for the test.
 */
import {expect, test} from 'vitest'
import {weighEntry} from '../../src/milestones/evidence.js'
import {
  chatLike,
  findMilestones,
  ownClause,
  spacingsOf
} from '../../src/milestones/find-milestones.js'
import {parseIncidents} from '../../src/parse-incidents.js'

function report(body: string): ReturnType<typeof findMilestones> & {spacings: unknown[]} {
  const markdown = `---\ntitle: Invented\ndate: 2024-05-02\ntimezone: UTC\n---\n\n${body}\n`
  const [incident] = parseIncidents(markdown, {path: 'invented.md'}).incidents
  if (!incident) throw new Error('no incident')
  return {...findMilestones(incident), spacings: spacingsOf(incident)}
}

/** What `--explain` shows for a milestone of a whole report. */
function explained(markdown: string, milestone: string) {
  const [incident] = parseIncidents(markdown, {path: 'invented.md'}).incidents
  if (!incident) throw new Error('no incident')
  return findMilestones(incident, {}, {explain: true}).explanations.find(
    (explanation) => explanation.milestone === milestone
  )
}

const hhmm = (
  found: ReturnType<typeof report>,
  name: 'started' | 'detected' | 'acknowledged' | 'diagnosed' | 'mitigated' | 'resolved'
) => found.milestones[name]?.at.slice(11, 16) ?? null

test('a clause that only says when the one before it happened (`the log says that was 10:12`) gives that one its time', () => {
  expect(
    ownClause('I took the ticket and said I was on it; the tracker says that was 10:12.', '10:12')
  ).toBe('I took the ticket and said I was on it; the tracker says that was 10:12.')
  expect(ownClause('We paged Ana; the failover finished at 10:12.', '10:12')).toBe(
    'the failover finished at 10:12.'
  )
})

test('ownClause(sentence, time) keeps the clause of the time and what goes on with it', () => {
  expect(
    ownClause('Paging began at once, and the public notice followed at 06:31 UTC.', '06:31 UTC')
  ).toBe('the public notice followed at 06:31 UTC.')
  expect(
    ownClause(
      'It finished at 1:54 PM, which brought writes back, and S3 was normal again.',
      '1:54 PM'
    )
  ).toBe('It finished at 1:54 PM, which brought writes back, and S3 was normal again.')
  expect(ownClause('Errors began at 14:05, and we were paged at 14:07.', '14:05')).toBe(
    'Errors began at 14:05'
  )
})

test('a time the summary gives as an end (`until`, `by`) starts nothing', () => {
  const found = report(
    [
      '## Summary',
      '',
      'Until 11:40 UTC the billing page could not load invoices.',
      '',
      '## Timeline',
      '',
      '- 10:05 Invoice rendering starts failing for all accounts',
      '- 10:12 An alert fires for invoice errors',
      '- 11:40 Invoice rendering back to normal'
    ].join('\n')
  )
  expect(hhmm(found, 'started')).toBe('10:05')
})

test('a stated time to detect weighs the choice of detection', () => {
  const timeline = [
    '## Timeline',
    '',
    '- 09:00 Login requests begin failing',
    '- 09:02 A support agent mentions odd login errors in chat',
    '- 09:08 An alert fires for login failures'
  ].join('\n')
  const plain = report(timeline)
  const stated = report(`**Time to detect:** 8 minutes\n\n${timeline}`)
  expect(stated.spacings).toEqual([
    expect.objectContaining({from: 'started', to: 'detected', seconds: 480})
  ])
  expect(hhmm(plain, 'started')).toBe('09:00')
  expect(hhmm(plain, 'detected')).toBe('09:02')
  expect(hhmm(stated, 'detected')).toBe('09:08')
})

test('declaring an outcome is not taking up the incident', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '- 08:00 Search results start timing out',
      '- 08:04 Pager alert for search latency',
      '- 08:40 Index rebuilt',
      '- 08:55 The team declares search healthy again'
    ].join('\n')
  )
  expect(hhmm(found, 'acknowledged')).toBeNull()
  expect(hhmm(found, 'resolved')).toBe('08:55')
})

test('what a span of work found is known at its end', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '- 13:00 Checkout requests begin failing',
      '- 13:03 Alert fires for checkout errors',
      '- 13:10 to 13:40 Profiles show the cause: a lock held by the nightly migration',
      '- 13:45 Migration stopped and checkout recovers'
    ].join('\n')
  )
  expect(hhmm(found, 'diagnosed')).toBe('13:40')
})

test('the same instant told twice, once with the trouble going on, is not the resolution', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '- 10:00 Uploads begin failing',
      '- 10:05 Alert fires for upload errors',
      '- 10:30 Reads are fully recovered; writes still fail',
      '- 11:00 Writes recovered, uploads back to normal',
      '',
      '## Resolution',
      '',
      'At 10:30 UTC reads were fully recovered.'
    ].join('\n')
  )
  expect(hhmm(found, 'resolved')).toBe('11:00')
})

test('impact stopped when a recovery is first told, not when the incident is closed', () => {
  const found = report(
    [
      '## Updates',
      '',
      '- 19:40 We are looking into slow page loads on the storefront',
      '- 20:02 Storefront servers are coming back online, we keep watching them',
      '- 21:15 Resolved: this issue is resolved'
    ].join('\n')
  )
  expect(hhmm(found, 'mitigated')).toBe('20:02')
  expect(hhmm(found, 'resolved')).toBe('21:15')
})

test('the incident closed after the recovery is the resolution; the recovery stays the mitigation', () => {
  const timeline = (...lines: string[]) =>
    report(
      [
        '## Timeline',
        '',
        '- 08:05 Invoice exports start timing out for every tenant',
        '- 08:12 The export latency alert pages Ruth',
        '- 08:40 Ruth rolls the export workers back to the previous image',
        ...lines
      ].join('\n')
    )
  const closed = timeline(
    '- 08:52 Export latency back to its usual level',
    '- 09:30 Ruth closes the incident after watching the exports for half an hour'
  )
  expect(hhmm(closed, 'resolved')).toBe('09:30')
  expect(hhmm(closed, 'mitigated')).toBe('08:40')
  // `Customer impact ends` tells the harm over, not the incident closed; the close after it resolves.
  const impactEnds = timeline(
    '- 08:52 Export latency back to its usual level. Customer impact ends.',
    '- 09:20 Reconciliation confirms there are no missing invoices',
    '- 09:30 The incident manager declares the incident resolved and closes the bridge'
  )
  expect(hhmm(impactEnds, 'resolved')).toBe('09:30')
  // With no close told, the recovery is the resolution too.
  const recovered = timeline('- 08:52 Export latency back to its usual level')
  expect(hhmm(recovered, 'resolved')).toBe('08:52')
  // A recovery that closes the incident itself stays the resolution.
  const declared = timeline(
    '- 08:52 Exports back to normal; incident resolved',
    '- 10:00 Postmortem meeting booked'
  )
  expect(hhmm(declared, 'resolved')).toBe('08:52')
})

test('key events named in a word or two count as the author labelling them', () => {
  const found = report(
    [
      '## Key events',
      '',
      '- First detected 2024-05-02 14:03',
      '- Repaired 2024-05-02 14:40',
      '- Resolved 2024-05-02 14:40',
      '',
      '## Resolution',
      '',
      'The stuck worker was killed by us at about 14:21, which took its node down too.'
    ].join('\n')
  )
  expect(hhmm(found, 'detected')).toBe('14:03')
  expect(hhmm(found, 'mitigated')).toBe('14:40')
  expect(hhmm(found, 'resolved')).toBe('14:40')
})

test('with no onset in the words, a stated duration places it before the milestone it ends at', () => {
  /** A report that says checkout was down for about 45 minutes, with these timeline entries. */
  const downFor45 = (...entries: string[]) =>
    report(
      [
        '## Summary',
        '',
        'Checkout was down for about 45 minutes.',
        '',
        '## Timeline',
        '',
        ...entries,
        '- 10:55 Checkout errors back to normal; incident resolved'
      ].join('\n')
    )
  const found = downFor45(
    '- 10:20 An alert fires for checkout errors',
    '- 10:40 Rolled back to build 4511'
  )
  expect(hhmm(found, 'started')).toBe('10:10')
  expect(found.milestones.started).toMatchObject({source: 'inferred', confidence: 'low'})
  // An onset the words give is kept.
  expect(hhmm(downFor45('- 10:00 Checkout starts failing'), 'started')).toBe('10:00')
  // 45 minutes before 10:55 is after the alert at 10:05: no onset then, rather than one out of order.
  expect(hhmm(downFor45('- 10:05 An alert fires for checkout errors'), 'started')).toBeNull()
})

test('a status update telling a fix under way is not the mitigation; the one telling it in place is', () => {
  const found = report(
    [
      '## Updates',
      '',
      '- 09:12 Investigating: we are looking into failed uploads for some customers',
      '- 09:40 Identified: the storage quota was set too low by a config change, and we are rolling out a corrected value',
      '- 10:05 Monitoring: a fix has been implemented and we are watching upload success rates',
      '- 11:00 Resolved: uploads have succeeded normally for the last hour'
    ].join('\n')
  )
  expect(hhmm(found, 'diagnosed')).toBe('09:40')
  expect(hhmm(found, 'mitigated')).toBe('10:05')
  expect(hhmm(found, 'resolved')).toBe('11:00')
})

test('a table’s Status column labels its rows', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '| Date | Time | Status | What happened |',
      '|---|---|---|---|',
      '| 2024-05-02 | 10:00 | Impact | The relay stops accepting mail |',
      '| 2024-05-02 | 10:09 | Detected | Two teams say their mail bounces |',
      '| 2024-05-02 | 10:15 | Acknowledged | The mail admin takes it |',
      '| 2024-05-02 | 11:00 | Resolved | Mail flows again |'
    ].join('\n')
  )
  expect(hhmm(found, 'detected')).toBe('10:09')
  expect(hhmm(found, 'acknowledged')).toBe('10:15')
})

test('a time that dates a noun which goes on to act belongs to that noun, not to who spotted it', () => {
  const found = report(
    [
      '- 10:02 - saw latency spikes on the api dashboard',
      '- 10:20 - lena spots the config push at 09:58 disabled the cache',
      '- 10:24 - rolled back the config push'
    ].join('\n')
  )
  expect(hhmm(found, 'detected')).toBe('10:02')
  // The push at 09:58 is the change that set it off; nobody spotted anything then.
  expect(found.milestones.triggered?.at).toBe('2024-05-02T09:58:00Z')
})

test('a day given before a clock in one sentence dates it and takes none of its words', () => {
  // No front matter: the sentence's own day is all that dates it.
  const markdown = [
    '# Docs site down',
    '',
    '## Summary',
    '',
    'On 3 May 2026 the docs site was unreachable for an hour, from 07:10 to 08:05 UTC, after a bad deploy.',
    ''
  ].join('\n')
  const [incident] = parseIncidents(markdown).incidents
  if (!incident) throw new Error('no incident')
  const {milestones} = findMilestones(incident)
  expect(milestones.started?.at).toBe('2026-05-03T07:10:00Z')
  expect(milestones.started?.source).toBe('wording')
})

test('a stated duration from a known milestone places one the words do not give', () => {
  const found = report(
    [
      '## Summary',
      '',
      'At 08:00 UTC the exports API began failing every request. The bad flag was',
      'reverted 25 minutes after the outage began.'
    ].join('\n')
  )
  expect(hhmm(found, 'started')).toBe('08:00')
  expect(found.milestones.mitigated).toMatchObject({
    at: '2024-05-02T08:25:00Z',
    source: 'inferred',
    confidence: 'low',
    approximate: true,
    evidence: {rule: 'stated-duration'}
  })
})

test('a part a remedy took out of service ends the incident when it is put back', () => {
  const timeline = (back: string) =>
    report(
      [
        '## Timeline',
        '',
        '- 08:10 Checkout requests start timing out',
        '- 08:14 Alert fires for checkout latency',
        '- 08:31 We disable the recommendations widget on every product page',
        '- 08:33 Checkout latency is back to normal',
        `- 09:40 ${back}`
      ].join('\n')
    )
  expect(
    hhmm(timeline('The recommendations widget is switched back on for everyone'), 'resolved')
  ).toBe('09:40')
  expect(hhmm(timeline('Recommendations widget re-enabled after the query fix'), 'resolved')).toBe(
    '09:40'
  )
  // Something else turned on, a plan to turn it on, or putting it back that brings the trouble back.
  expect(hhmm(timeline('Verbose logging turned on for the payment service'), 'resolved')).toBe(
    '08:33'
  )
  expect(hhmm(timeline('We will re-enable the recommendations widget tomorrow'), 'resolved')).toBe(
    '08:33'
  )
  expect(
    hhmm(timeline('Recommendations widget re-enabled; checkout requests fail again'), 'resolved')
  ).not.toBe('09:40')
})

test('a part put back before a later closing leaves the closing as the resolution', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '- 14:00 Image uploads fail for all users',
      '- 14:06 Support reports failed uploads',
      '- 14:20 Thumbnail cache drained and bypassed',
      '- 14:25 Uploads succeed again',
      '- 15:10 Thumbnail cache re-enabled',
      '- 16:00 Incident closed after an hour of monitoring'
    ].join('\n')
  )
  expect(hhmm(found, 'resolved')).toBe('16:00')
  expect(found.milestones.resolved?.evidence.rule).not.toBe('part-put-back')
})

test('a part put back after the author declared the incident resolved leaves the declaration as the resolution', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '- 09:05 The customer portal starts timing out',
      '- 09:12 Alert fires for portal latency',
      '- 09:40 We suspend the nightly import job; the portal responds again',
      '- 10:15 After half an hour of stable monitoring, incident resolved and ticket closed',
      '- 21:00 Import job resumed outside the portal peak'
    ].join('\n')
  )
  expect(hhmm(found, 'resolved')).toBe('10:15')
  expect(found.milestones.resolved?.evidence.rule).not.toBe('part-put-back')
})

test('a part taken out by a remedy tried long before the one that worked is no resolution when put back', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '- 09:12 Poll requests start failing with 429s',
      '- 09:19 Alert fires for the 429 ratio',
      '- 09:48 We block the busiest tenant API key; the 429 ratio barely moves',
      '- 10:31 Revert of the rate-limit bundle lands; 429s back at baseline',
      '- 10:33 The tenant API key is unblocked',
      '- 11:40 Last clients on fresh config, incident closed'
    ].join('\n')
  )
  expect(found.milestones.resolved?.evidence.rule).not.toBe('part-put-back')
})

test('a change the report calls unrelated is not the trigger', () => {
  const timeline = (note: string) =>
    report(
      [
        '## Timeline',
        '',
        `- 08:10 Billing database migration completes.${note}`,
        '- 09:00 Render jobs start timing out',
        '- 09:09 Alert fires for queue depth and pages the on-call',
        '- 10:05 Autoscaler ceiling raised; jobs render again'
      ].join('\n')
    )
  const trigger = (found: ReturnType<typeof report>) =>
    found.milestones.triggered?.at.slice(11, 16) ?? null
  expect(trigger(timeline(''))).toBe('08:10')
  expect(trigger(timeline(' Unrelated; mentioned because people asked.'))).toBe(null)
})

test('in a chat, the name before the colon is who spoke, not a label', () => {
  const entries = (lines: string[]) =>
    parseIncidents(`## Timeline\n\n${lines.map((line) => `- ${line}`).join('\n')}\n`).incidents[0]
      ?.timeline ?? []
  const chat = entries([
    '10:42 maria.k: anyone else seeing 502s on checkout?',
    '10:43 tom.b: yeah, just got one placing an order',
    '10:44 PagerDuty: Triggered: checkout 5xx rate above 2%',
    "10:45 deepak.s: ack'd, looking"
  ])
  expect(chatLike(chat)).toBe(true)
  const keyEvents = entries([
    '10:42 Detected: 502s on checkout',
    '10:45 Acknowledged: on-call paged',
    '11:20 Mitigated: rolled back',
    '11:40 Resolved: all clear'
  ])
  expect(chatLike(keyEvents)).toBe(false)
  // A speaker is no label: `PagerDuty:` adds no weight of its own to the alert it posts.
  const posted = 'PagerDuty: Triggered: checkout 5xx rate above 2%'
  expect(
    weighEntry(posted, 'timeline', true).features.some((f) => f.name.endsWith(', as a label'))
  ).toBe(false)
  expect(weighEntry(posted, 'timeline').features.some((f) => f.name.endsWith(', as a label'))).toBe(
    true
  )
})

test('a change told before the first sign of harm set it off; the first sign is the onset', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '- 13:00 The new rate-limit rules roll out to the gateway; by design every client is affected.',
      '- 13:09 First 429s at the gateway for the mobile clients.',
      '- 13:20 The on-call is paged by the error-rate alert.',
      '- 13:45 The rules are rolled back and the 429s stop.'
    ].join('\n')
  )
  expect(hhmm(found, 'started')).toBe('13:09')
  expect(found.milestones.triggered?.at.slice(11, 16)).toBe('13:00')
})

test('a recovery the trouble comes back after did not hold: the one after the relapse counts', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '- 21:40 Uploads start failing with 500s.',
      '- 21:52 The on-call is paged and acknowledges.',
      '- 22:10 Old logs deleted on the database host to free space.',
      '- 22:12 Uploads working again.',
      '- 22:25 Disk full again, the 500s are back.',
      '- 22:31 Volume grown from 200G to 400G; uploads work and the 500s stop.',
      '- 23:30 Incident closed.'
    ].join('\n')
  )
  expect(hhmm(found, 'mitigated')).toBe('22:31')
  expect(hhmm(found, 'resolved')).toBe('23:30')
})

test('of several spans stated to the end, the outage lasted as long as the longest', () => {
  const found = report(
    [
      '## Summary',
      '',
      'Saving orders failed for about 30 minutes, and order history went stale for about 1h30m.',
      '',
      '## Timeline',
      '',
      '- 10:00 Order saves start failing.',
      '- 10:05 The on-call is paged and acknowledges.',
      '- 10:30 Writers restarted; saves work again.',
      '- 11:00 History consumers are caught up, all normal.',
      '- 11:30 Incident closed.'
    ].join('\n')
  )
  const spans = (found.spacings as Array<{to: string; seconds: number}>).map(
    (spacing) => `${spacing.to} ${spacing.seconds}`
  )
  expect(spans.sort()).toEqual(['mitigated 1800', 'mitigated 5400', 'resolved 5400'])
  expect(hhmm(found, 'mitigated')).toBe('10:30')
})

test('the first report of its kind after an alert is not the first sign anyone knew', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '- 21:10 Writes start failing on the orders API.',
      '- 21:11 The orders 5xx alert fires and pages Ana.',
      '- 21:15 Ana acks the page.',
      '- 21:22 First customer ticket forwarded to #ops: cannot place orders.',
      '- 21:40 The writer is restarted; writes work again.'
    ].join('\n')
  )
  expect(hhmm(found, 'detected')).toBe('21:11')
  expect(hhmm(found, 'acknowledged')).toBe('21:15')
})

test('a time that names a thing, or a window of lost data, dates no harm', () => {
  const found = report(
    [
      '## Impact',
      '',
      'Records changed after the 14:10 UTC backup were lost for good. The data-loss window was 14:10 to 16:40 UTC.',
      '',
      '## Timeline',
      '',
      '- 14:10 A routine backup of the accounts database is taken.',
      '- 16:40 An engineer runs the cleanup script against production by mistake; account pages fail to load.',
      '- 16:45 The accounts 5xx alert fires and pages the on-call.',
      '- 19:00 Accounts restored from the 14:10 backup; pages load again.'
    ].join('\n')
  )
  expect(hhmm(found, 'started')).toBe('16:40')
})

test('a window of no trouble (`No issues.`) is no impact window', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '- 01:00 – 02:30 Nightly batch window. No issues.',
      '- 06:31 Card payments start failing.',
      '- 06:44 The approval-rate alert fires and pages the on-call.'
    ].join('\n')
  )
  expect(hhmm(found, 'started')).toBe('06:31')
})

test('a span told before the outage (`finished before the outage`) is no impact window', () => {
  const found = report(
    [
      '## Impact',
      '',
      '- The spring recital stream (18:00–19:30, 900 viewers; finished before the outage).',
      '',
      '## Timeline',
      '',
      '- 20:12 Stream playback starts failing for all viewers.',
      '- 20:20 The uptime alert fires and pages the on-call.'
    ].join('\n')
  )
  expect(hhmm(found, 'started')).toBe('20:12')
})

test('the span of the harm at its worst is no impact window: the harm began before it', () => {
  const windows = (impact: string) => {
    const markdown = [
      '---',
      'date: 2024-05-02',
      'timezone: UTC',
      '---',
      '',
      '## Impact',
      '',
      impact,
      '',
      '## Timeline',
      '',
      '- 14:06 The approval-rate alert fires.'
    ].join('\n')
    const started = explained(markdown, 'started')
    return [started?.chosen, started?.runnerUp].flatMap((choice) =>
      (choice?.features ?? []).filter((feature) => feature.name === 'impact window')
    )
  }
  expect(windows('At the worst point (about 14:20–14:35), half of card payments failed.')).toEqual(
    []
  )
  expect(windows('Between 14:02 and 14:50, half of card payments failed.')).not.toEqual([])
})

test("a span of something failing, told in the section on the cause, is the cause's span, not the harm's", () => {
  const read = (heading: string, sentence: string) => {
    const found = report(
      [
        '## Timeline',
        '',
        '- 14:06 The order database stops accepting writes; checkout fails.',
        '- 15:10 Writes succeed again.',
        '',
        `## ${heading}`,
        '',
        sentence
      ].join('\n')
    )
    return [hhmm(found, 'started'), hhmm(found, 'resolved')]
  }
  expect(
    read(
      'Root cause',
      'The archive job had failed for six hours (08:00 to 14:06), so the disk filled.'
    )
  ).toEqual(['14:06', '15:10'])
  // (The outage named is the harm's span, wherever it is told.)
  expect(read('Root cause', 'The outage lasted from 13:58 to 15:10.')).toEqual(['13:58', '15:10'])
})

test('the work of the service said to stop over a span is the impact window', () => {
  const found = report(
    [
      '## Impact',
      '',
      '- Card payments essentially stopped from 10:05 to 10:50 UTC, then caught up within the hour.',
      '',
      '## Timeline',
      '',
      '- 10:14 The payments alert fires.',
      '- 10:20 Sam takes the page.'
    ].join('\n')
  )
  expect([hhmm(found, 'started'), hhmm(found, 'mitigated')]).toEqual(['10:05', '10:50'])
})

test('a span named as the time to a milestone runs up to it: the milestone is at its end', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '- 09:12 Card payments start failing.',
      '- 09:20 The payments alert pages the on-call.',
      '',
      '## Key figures',
      '',
      '| Figure | Value |',
      '|---|---|',
      '| Time to acknowledge (page to ack) | 9 min (09:20 → 09:29) |'
    ].join('\n')
  )
  expect(hhmm(found, 'acknowledged')).toBe('09:29')
})

test("a row's note column tells what the row is: outside the incident, or a milestone named", () => {
  const found = report(
    [
      '## Timeline',
      '',
      '| Time | Event | Notes |',
      '|---|---|---|',
      '| 04:10 | Alert "backup volume > 90%" | Unrelated. Cleared by log rotation. |',
      '| 06:02 | Label printing starts failing at the depot | |',
      '| 06:20 | The label-error alert pages the on-call | |',
      '| 06:58 | Lena confirms the print server ran out of licences overnight | Root cause identified. |',
      '| 07:15 | Licences renewed; labels print again | |'
    ].join('\n')
  )
  expect(hhmm(found, 'detected')).toBe('06:20')
  expect(hhmm(found, 'diagnosed')).toBe('06:58')
})

test('a table of phases with start and end columns: a phase reaches what it is named for at its end', () => {
  const found = report(
    [
      '## Phases',
      '',
      '| Phase | Start | End | Notes |',
      '|---|---|---|---|',
      '| Impact | 06:10 | 07:05 | Uploads fail with 500. |',
      '| Detection gap | 06:10 | 06:24 | The disk alert had a long window. |',
      '| Triage | 06:24 | 06:40 | Most of it on a wrong theory. |',
      '| Mitigation | 06:40 | 06:55 | The volume is grown online. |'
    ].join('\n')
  )
  expect(hhmm(found, 'detected')).toBe('06:24')
  expect(hhmm(found, 'mitigated')).toBe('06:55')
})

test('a span in a clause of its own is no impact window for the failure in another clause', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '| Time (UTC) | Event |',
      '|---|---|',
      '| 10:02 | Sync to the north site FAILED; link up 10:20–10:23 only. |',
      '| 10:05 | The replication alarm sounds. |',
      '| 11:40 | Link restored; sync catches up. |'
    ].join('\n')
  )
  expect(hhmm(found, 'mitigated')).toBe('11:40')
})

test("a stated window's end is the impact's end: the resolution only when no later closing is told", () => {
  const timeline = [
    '**Window:** 09:10 – 09:55 UTC (45 minutes) of failed uploads.',
    '',
    '## Timeline',
    '',
    '- 09:10 Uploads start failing.',
    '- 09:14 The upload error alert fires and pages the on-call.',
    '- 09:50 Bucket policy restored.'
  ]
  const closed = report(
    [
      ...timeline,
      '- 10:00 A few large uploads start failing again.',
      '- 11:30 Incident resolved by the on-call lead.'
    ].join('\n')
  )
  expect(hhmm(closed, 'mitigated')).toBe('09:55')
  expect(hhmm(closed, 'resolved')).toBe('11:30')
  const open = report(timeline.join('\n'))
  expect(hhmm(open, 'resolved')).toBe('09:55')
})

test("a vulnerability's exposure window is its impact window", () => {
  const markdown = [
    '---',
    'date: 2024-05-02',
    'timezone: UTC',
    '---',
    '',
    '## Timeline',
    '',
    '- 09:10 Security report received from a researcher.',
    '',
    '## Summary',
    '',
    'Exposure window for users of 2.4.x: 07:15 to 12:30 UTC.'
  ].join('\n')
  const started = explained(markdown, 'started')
  expect(started?.chosen?.features.map((feature) => feature.name)).toContain('impact window')
})

test('harm told days before anyone knew, in weak words, is background to the onset', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '- 2024-04-18 10:00 The cleanup job on the broker fails.',
      '- 2024-05-02 09:12 Card payments fail.',
      '- 2024-05-02 09:20 The synthetic check fails and posts an alert.'
    ].join('\n')
  )
  expect(found.milestones.started?.at).toBe('2024-05-02T09:12:00Z')
})

test('a time after what a finding says was done dates that deed, not the finding', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '- 05:03 Customer prefixes disappear from the transit routes.',
      '- 05:09 Customers call the NOC: no internet.',
      '- 06:12 Yilmaz finds the export policy on the edge router changed at 05:02 by user cfgsync, which withdrew the prefixes.'
    ].join('\n')
  )
  expect(hhmm(found, 'detected')).toBe('05:09')
  expect(hhmm(found, 'diagnosed')).toBe('06:12')
})

test("a table's column of who acted is the subject its rows leave out; a column of sources is not", () => {
  const rows = (header: string) =>
    report(
      [
        '## Timeline',
        '',
        `| Time | ${header} | What |`,
        '| --- | --- | --- |',
        '| 10:02 | Cassandra | Write latency climbs past 2 s; checkout requests time out. |',
        '| 10:09 | Opsgenie | `checkout-p99 > 2s for 5m` goes to the primary on-call. |',
        '| 10:12 | Bea L. | Takes the page, opens the dashboards. |',
        '| 10:40 | Bea L. | Compaction throttle raised; latency back under 200 ms. |'
      ].join('\n')
    )
  expect(hhmm(rows('Who'), 'detected')).toBe('10:09')
  // (The paging tool as where a row was read from, not who acted: the row's words alone.)
  expect(hhmm(rows('Source'), 'detected')).not.toBe('10:09')
})

test('a recovery the team closes the incident after is where the impact stopped, not the remedy before it', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '- 14:02 Uploads start failing with 507s.',
      '- 14:09 The disk alert pages the on-call.',
      '- 14:31 Deleted the orphaned snapshots from the volume.',
      '- 14:40 Upload error rate back to 0%. Outage mitigated; the retry backlog is still draining.',
      '- 15:55 Backlog empty, every upload accounted for. Incident resolved.'
    ].join('\n')
  )
  expect(hhmm(found, 'mitigated')).toBe('14:40')
  expect(hhmm(found, 'resolved')).toBe('15:55')
})

test('an alarm before the harm may be taken before it too', () => {
  const found = report(
    [
      '## Sequence of events',
      '',
      '1. **09:02**: Both pumps trip on a voltage dip; the storage tank starts feeding the loop.',
      '2. **09:04**: Building alarms "PUMP-1 TRIP" and "PUMP-2 TRIP" raised on the operations console.',
      '3. **09:06**: The shift engineer acknowledged the alarms and went to the plant room.',
      '4. **09:31**: Hall temperature crossed 27°C, the contract limit (customer impact starts).',
      '5. **10:20**: Pump 2 restarted; temperatures back below 27°C. **Customer impact ended.**'
    ].join('\n')
  )
  expect(hhmm(found, 'acknowledged')).toBe('09:06')
  // (Once, an acknowledgement before the harm could not be, and the harm's onset was dropped for it.)
  expect(hhmm(found, 'started')).toBe('09:31')
})

test("the author's note set in bold names the milestone of its entry", () => {
  const rows = (note: string) =>
    report(
      [
        '## Timeline',
        '',
        '- 00:29 The batch moves into its second phase and starts taking row locks on `balances`.',
        `- 00:31 Card authorisation p99 goes above 2s; timeouts begin. ${note}`,
        '- 00:38 The decline-rate alert pages the on-call.',
        '- 01:31 Batch suspended; latency back to normal within a minute.'
      ].join('\n')
    )
  expect(hhmm(rows('**Customer impact starts.**'), 'started')).toBe('00:31')
  // (Words set in bold that name no milestone are no note.)
  const weigh = (emphasis: string[]) =>
    weighEntry(
      'Rolled back to v0.18. Still 500s. Not the deploy.',
      'timeline',
      false,
      emphasis
    ).features.map((feature) => feature.name)
  expect(weigh(['Not the deploy.'])).toEqual(weigh([]))
  expect(
    weighEntry('Latency back to normal. Impact mitigated.', 'timeline', false, [
      'Impact mitigated.'
    ]).features.some((feature) => feature.name.endsWith('as a note'))
  ).toBe(true)
})

test('a time that names an alert (`the 04:19 alert`) is not when the sentence happened', () => {
  const found = report(
    [
      '## What happened',
      '',
      'At 04:10 the nightly load started writing duplicate rows to the orders table.',
      '',
      'The freshness check failed and posted an alert in #data-alerts at 04:19.',
      '',
      'Jonas saw the 04:19 alert while catching up on Slack and replied "on it" in the thread at 08:34.'
    ].join('\n')
  )
  expect(hhmm(found, 'acknowledged')).toBe('08:34')
})

test('a warning long before the harm is no detection of it; an alert in its good state fires nothing', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '- 2024-05-01 20:40 - Disk warning at 80% fired on the ledger host; nobody looked at it.',
      '- 2024-05-02 09:12 - Ledger writes start failing: the disk is full. **Impact start.**',
      '- 2024-05-02 09:20 - Rui: the error alert is green, but customers cannot pay.',
      '- 2024-05-02 09:26 - Alert `ledger_write_errors` pages the on-call.',
      '- 2024-05-02 09:30 - Rui takes it.',
      '- 2024-05-02 10:05 - Old snapshots removed; writes succeed again.'
    ].join('\n')
  )
  expect(hhmm(found, 'detected')).toBe('09:26')
  expect(hhmm(found, 'acknowledged')).toBe('09:30')
})

test('a window of days alone is no impact window: it says which days, not when', () => {
  const found = report(
    [
      'Sale window: Friday May 8 – Saturday May 9, 2026',
      '',
      '## Timeline',
      '',
      '- 2026-05-08 17:02 - First checkout errors. **Impact start.**',
      '- 2026-05-08 17:30 - Alert fires and pages the on-call.',
      '- 2026-05-08 18:10 - Rollback done; checkouts succeed again.'
    ].join('\n')
  )
  expect(hhmm(found, 'started')).toBe('17:02')
})

test('an entry that opens on the trouble going on is no remedy, whatever it tells after', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '- 2026-04-02 21:10 - Card top-ups start failing. **Impact start.**',
      '- 2026-04-02 21:16 - Alert fires and pages Ola.',
      '- 2026-04-02 21:20 - Ola re-runs the rotation job with `--rollback`.',
      '- 2026-04-02 21:27 - Still failing. The rollback restored a revoked certificate.',
      '- 2026-04-02 21:40 - New certificate signed by hand; deploy starts.',
      '- 2026-04-02 21:48 - Deploy complete. Top-ups succeed again. **End of impact.**'
    ].join('\n')
  )
  expect(hhmm(found, 'mitigated')).toBe('21:48')
})

test('what ended a wait told as a span is weighed at its end', () => {
  const found = report(
    [
      'All times UTC, 2 April 2026.',
      '',
      '## Timeline',
      '',
      '- 09:00 - Writes start failing. **Impact start.**',
      '- 09:02 - Alert pages the on-call.',
      '- 09:40 - Writes succeed again.',
      '',
      '## Why so long',
      '',
      '- 12 minutes until someone acked the page (09:02 → 09:14).'
    ].join('\n')
  )
  expect(hhmm(found, 'acknowledged')).toBe('09:14')
})

test('the time a copy of the data was taken (`the last backup (22:00)`) is when nothing happened', () => {
  const found = report(
    [
      '## Impact',
      '',
      'Edits made between the last backup (01:00, Thursday 2 May) and the crash were lost.',
      '',
      '## Timeline',
      '',
      '- 09:10 The editor starts failing for everyone.',
      '- 09:30 Restore from the nightly backup begins.',
      '- 10:45 Restore complete, editing works again.'
    ].join('\n')
  )
  expect(hhmm(found, 'started')).toBe('09:10')
})

test('a closing written as a label (`Resolved`) closes the incident, as a closing in words does', () => {
  const found = report(
    [
      '## Key timestamps',
      '',
      '| Timestamp | Time |',
      '| --- | --- |',
      '| Impact started | 2024-05-02 13:52 |',
      '| Fixed | 2024-05-02 14:34 |',
      '| Resolved | 2024-05-02 15:10 |',
      '',
      '## Timeline',
      '',
      '- 14:34 Error rates back to baseline.',
      '- 15:11 Status page incident resolved by the comms lead.'
    ].join('\n')
  )
  expect(hhmm(found, 'resolved')).toBe('15:10')
})

test('nothing wrong across a span is no impact window', () => {
  expect(
    hhmm(report('## Summary\n\nNothing was visibly wrong between 23:30 and 06:00.'), 'started')
  ).toBeNull()
  expect(hhmm(report('## Summary\n\nCheckout was down between 09:15 and 09:40.'), 'started')).toBe(
    '09:15'
  )
})

test('an IRC log is a chat; a message a bot or monitoring tool posts about trouble is its alert', () => {
  const markdown = [
    '## Timeline (UTC, 2025-04-02)',
    '',
    '```',
    '[03:10:04] <watchbot> PROBLEM: web02/checkout-http is CRITICAL: HTTP 500 Internal Server Error',
    '[03:16:40] <lrossi> morning. checkout is throwing errors for everyone?',
    '[03:17:02] <ahmad> ack, on it',
    '[03:40:15] <watchbot> RECOVERY: web02/checkout-http is OK: HTTP/1.1 302 Found',
    '```'
  ].join('\n')
  const [incident] = parseIncidents(markdown).incidents
  if (!incident) throw new Error('no incident')
  expect(chatLike(incident.timeline)).toBe(true)
  const found = findMilestones(incident)
  expect(found.milestones.detected?.at).toBe('2025-04-02T03:10:04Z')
  // (`302 Found` is a status code's words, no cause found.)
  expect(found.milestones.diagnosed ?? null).toBeNull()
  // (A person's message that tells of trouble is no alert.)
  expect(
    weighEntry('lrossi: checkout is throwing errors', 'timeline', true).features
  ).not.toContainEqual(expect.objectContaining({name: 'alert'}))
})

test('a row of a phase keeps its own words; a later sentence with a time of its own is told at that time', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '| Start (UTC) | End (UTC) | Description |',
      '|---|---|---|',
      '| 09:10 | 09:30 | **Impact onset.** Uploads start failing in two regions. The upload error alert fires at 09:14. The on-call acknowledges the page at 09:17. |',
      '| 09:30 | 09:50 | **Mitigation.** Old bucket policy restored at 09:41; uploads recover. |'
    ].join('\n')
  )
  expect(hhmm(found, 'started')).toBe('09:10')
  expect(hhmm(found, 'detected')).toBe('09:14')
  expect(hhmm(found, 'acknowledged')).toBe('09:17')
})

test("a timetable's span (`scheduled departures 0700–0900`) is no impact window", () => {
  const found = report(
    [
      '## Impact',
      '',
      'The outage hit the evening wave (scheduled departures 17:00–19:00 UTC) hardest.',
      '',
      '## Timeline',
      '',
      '- 1702Z The boarding system goes down at the gates.',
      '- 1706Z The gate-system alarm fires.',
      '- 1750Z Boarding system restored.'
    ].join('\n')
  )
  expect(hhmm(found, 'resolved')).toBe('17:50')
})

test("a milestone's own name in bold at the head of an entry is the author's marker", () => {
  const found = report(
    [
      '## Timeline',
      '',
      '| Time | What |',
      '|---|---|',
      '| 10:02 | Error rate at 40% on search. |',
      '| 10:06 | Search alert fires and pages the on-call. |',
      '| 10:30 | Rollback complete |',
      '| 10:34 | **Mitigated** — error rate back under 1%. |',
      '| 11:00 | **Resolved** — incident closed. |'
    ].join('\n')
  )
  expect(hhmm(found, 'mitigated')).toBe('10:34')
  expect(hhmm(found, 'resolved')).toBe('11:00')
})

test('a time told after one whose moment is not found is not found either', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '- 09:00 The nightly export starts.',
      '- 09:14 Checkout latency reaches 3 s; orders begin to fail.',
      '- 09:40 Orders recover after the export is paused.',
      '',
      '## Detection',
      '',
      'The alert fired 6 minutes after the trouble began. The on-call acked 3 minutes after that.'
    ].join('\n')
  )
  expect(hhmm(found, 'acknowledged')).toBeNull()
  const [incident] = parseIncidents(
    'All times UTC, 2024-05-02.\n\n- 09:00 The export starts.\n\nThe alert fired 6 minutes after the trouble began. The on-call acked 3 minutes after that.\n'
  ).incidents
  const acked = incident?.timeline.find((entry) => entry.text.includes('acked'))
  expect(acked?.at ?? null).toBeNull()
})

test('a day alone after the days the clocks tell is what came after the story, weighed down', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '- 10:02 Checkout errors begin.',
      '- 10:40 The team closed the incident.',
      '',
      '## Decisions taken',
      '',
      'On 20 May 2024 all orders processed up to that day were refunded in full.'
    ].join('\n')
  )
  expect(hhmm(found, 'resolved')).toBe('10:40')
})

test('a day alone on a line whose clock dates that day is the clock’s, no candidate of its own', () => {
  const markdown = [
    '# INCIDENT – Ferngate Nursery – card payments failing',
    '',
    '> All times are UK time (BST).',
    '',
    '## Description',
    '',
    '**Client:** Ferngate Nursery (owner: Pat)',
    '**Reported:** Thursday 2 May 2024, by email from Pat to support@ at 08:51',
    '',
    '## Comments',
    '',
    '- 07:40 checkout starts failing after the plugin update',
    '- 09:02 plugin rolled back; checkout works again'
  ].join('\n')
  const [incident] = parseIncidents(markdown, {path: 'card.md'}).incidents
  if (!incident) throw new Error('no incident')
  expect(findMilestones(incident).milestones.detected?.at).toBe('2024-05-02T07:51:00Z')
})

test('findMilestones(incident) takes no impact window from a span something was due in', () => {
  const report = [
    '# Exam portal outage',
    '',
    'All times are UK time (BST).',
    '',
    '## What happened',
    '',
    'On 3 June 2025 at 09:12 the exam portal began refusing logins. We restarted the session store at 10:05 and logins worked again at 10:09.',
    '',
    '**Impact on exams.** The registrar has granted an extension for any paper that was due between 9am and 3pm on 3 June.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'exams.md'}).incidents
  if (!incident) throw new Error('no incident')
  const {milestones} = findMilestones(incident)
  expect(milestones.started?.at).toBe('2025-06-03T08:12:00Z')
  expect(milestones.resolved?.at).toBe('2025-06-03T09:09:00Z')
})

test('a sentence that sets aside the entries it names by their clock (`the 09:58 heartbeat alert ... is unrelated`) takes them out', () => {
  const log = [
    '## Chat log',
    '',
    '```',
    '[07:10] deploy-bot: firmware-sync 2.1 deployed to prod',
    '[07:40] grafana: [FIRING] heartbeat lag depot-west > 5m',
    '[08:05] grafana: [FIRING] checkout 5xx rate > 5%',
    '[08:06] maya: ack, looking',
    '[08:20] maya: the payment token cache is empty, that is it',
    '[08:24] maya: cache warmed again',
    '[08:30] maya: 5xx back to baseline',
    '```'
  ]
  const before = report(log.join('\n'))
  expect(hhmm(before, 'detected')).toBe('07:40')
  const found = report(
    [
      ...log,
      '',
      '## Notes',
      '',
      'The 07:10 firmware deploy and the 07:40 depot-west heartbeat alert are unrelated to this incident.'
    ].join('\n')
  )
  expect(hhmm(found, 'detected')).toBe('08:05')
  expect(hhmm(found, 'acknowledged')).toBe('08:06')
  // (Set apart from one cause only, a moment stays: `unrelated to the deploy`.)
  const kept = report(
    [...log, '', '## Notes', '', 'The 07:40 heartbeat alert was unrelated to the deploy.'].join(
      '\n'
    )
  )
  expect(hhmm(kept, 'detected')).toBe('07:40')
})

test("a row's closing sentence that puts it outside the incident, after a later time in its words, sets the whole row aside", () => {
  const found = report(
    [
      '## Timeline',
      '',
      '| Time | Event |',
      '|---|---|',
      '| 02:10 | Nagios alert for the nightly archive job on the billing host. Rerun by the on-call admin, done at 02:55. **Not related** to this incident. |',
      '| 06:30 | The export queue stops delivering invoices. |',
      '| 07:05 | A customer calls the help desk: invoices missing. |',
      '| 07:40 | Queue restarted; invoices flowing again. |'
    ].join('\n')
  )
  expect(hhmm(found, 'detected')).toBe('07:05')
})

test('a time told in the words under a row that is outside the incident is no candidate', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '### 08:05 - Unrelated warning',
      '',
      'The backup host raised a disk warning and cleared it by itself at 08:12.',
      '',
      '### 08:30 - Search starts failing',
      '',
      'Queries return 500s.',
      '',
      '### 08:41 - Alert',
      '',
      'The search error alert pages Noor.',
      '',
      '### 09:20 - Index restored',
      '',
      'Queries succeed again.'
    ].join('\n')
  )
  expect(hhmm(found, 'detected')).toBe('08:41')
})

test('a time a row looks back to is what was found then: the seeing and the finding are at the row', () => {
  const found = report(
    [
      '## Timeline',
      '',
      '- 10:20 Payments start failing for some cards.',
      '- 10:35 The card error alert pages Ivo.',
      '- 11:05 Ivo notices issuer latency started climbing at 10:02, long before the failures.',
      '- 11:30 Traffic moved to the second issuer; payments succeed.'
    ].join('\n')
  )
  expect(hhmm(found, 'detected')).toBe('10:35')
})

test("a row cut before a sentence with an earlier time keeps that sentence's clause before its semicolon", () => {
  const found = report(
    [
      '## Timeline',
      '',
      '| Time | Event |',
      '|---|---|',
      '| 06:40 | Nightly vacuum still running on the database. The channel stops delivering results; the last result delivered was from 06:39. |',
      '| 07:55 | The ward calls the help desk about missing results. |',
      '| 09:20 | Channel restarted, results flowing again. |'
    ].join('\n')
  )
  expect(hhmm(found, 'started')).toBe('06:40')
  expect(found.milestones.started?.evidence?.text).toContain('stops delivering')
})

test("a row's last words go with it when the sentence before them looks back before the row's time, whatever later time it names", () => {
  const found = report(
    [
      '## Timeline',
      '',
      '| Time | Event |',
      '|---|---|',
      '| 09:00 | Backup job starts an offline rebuild of the orders index. |',
      '| 09:05 | Order writes start timing out. |',
      '| 09:40 | Dana looks at the locks on the database. The scheduler confirms the job started at 09:00 instead of 21:00. Cause identified. |',
      '| 09:48 | Dana kills the session; writes go through again. |'
    ].join('\n')
  )
  expect(hhmm(found, 'diagnosed')).toBe('09:40')
  expect(found.milestones.diagnosed?.evidence?.text).toContain('Cause identified')
})

test('a row too short to tell its language is read in the language of the report', () => {
  const markdown = [
    '# Storingsrapport: webshop onbereikbaar',
    '',
    'Alle tijden zijn in CET. Het incident begon op dinsdag 4 maart 2025 en de webshop was niet bereikbaar voor klanten. Dit rapport is geschreven door het team van de webshop.',
    '',
    '## Tijdlijn',
    '',
    '- 10:02 Webshop geeft 502-fouten.',
    '- 10:09 Melding binnen.',
    '- 10:40 Storing verholpen.'
  ].join('\n')
  const [incident] = parseIncidents(markdown, {path: 'storing.md'}).incidents
  if (!incident) throw new Error('no incident')
  const found = findMilestones(incident)
  expect(found.milestones.detected?.at).toBe('2025-03-04T09:09:00Z')
  // (Alone, the row names no language, and English reads `Melding` as nobody's word.)
  expect(weighEntry('Melding binnen.').features).toEqual([])
})

test("a row whose words a later time took say it is outside the incident goes with them; a day's heading is no such row", () => {
  const found = report(
    [
      '## Timeline',
      '',
      '| Time | Event |',
      '|---|---|',
      '| 04:17 | Disk space alert on the backup host. Unrelated to the incident, Omar cleared old archives at 04:40. |',
      '| 07:47 | Checkout starts returning 500s. |',
      '| 07:51 | The 5xx alert pages Ana. |',
      '| 08:38 | Rollback done; checkout works again. |'
    ].join('\n')
  )
  expect(hhmm(found, 'detected')).toBe('07:51')
  const day = report(
    [
      '## Timeline',
      '',
      '### Thursday, May 2',
      '',
      'At 07:02 the orders queue stopped draining. At 07:06 the disk alert went to a mailbox that is not connected to the pager. At 07:20 a store manager called the service desk about missing orders.'
    ].join('\n')
  )
  expect(hhmm(day, 'detected')).toBe('07:20')
})

test('a list under a bold line alone that names what the team will change holds no milestone', () => {
  const found = report(
    [
      '## Summary',
      '',
      'The image cache returned stale thumbnails from 09:12 UTC. The bad node was drained at 09:58 and thumbnails were correct again at 10:20 UTC on 3 June 2025.',
      '',
      '**What we are changing.**',
      '',
      '- The cache now checks object versions on read.',
      '- The purge job paused during the incident was resumed on 5 June at 08:00 UTC and completed normally.'
    ].join('\n')
  )
  expect(hhmm(found, 'resolved')).toBe('10:20')
})
