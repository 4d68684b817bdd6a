/**
 * Table-driven tests of `weighEntry`: which milestones a single timeline
 * entry's words support, judged by a careful reader against the definitions:
 *
 * - started: impact began;
 * - detected: the first alert, or the first person in the organisation
 *   noticed or was told;
 * - acknowledged: a responder took it;
 * - diagnosed: the cause was identified;
 * - mitigated: impact stopped or was substantially reduced;
 * - resolved: fully recovered.
 *
 * An entry supports a milestone when its score (`scoreOf`) reaches the
 * threshold of `pickMilestones`. Each case says which milestones the words
 * support; the test asks that every one of them reaches the threshold, that
 * the milestone scored highest is one of them, and that an entry which
 * supports nothing reaches it for none.
 *
 * Conventions used for the expectations:
 * - a statement of full recovery supports `resolved`, and may support
 *   `mitigated` as well (impact stopped no later than full recovery); an
 *   entry that records both a remediation and full recovery supports both;
 * - declaring an incident is both detection and acknowledgement;
 * - intended, discussed, attempted, failed or non-production remediations
 *   support nothing;
 * - a change that may have set the incident off (a deploy) is not a
 *   milestone of an entry unless the entry says impact followed;
 * - announcements of recovery (status page, social media) are weighed apart,
 *   below what a team says of the service itself (the last test).
 *
 * Entries were written for this test in the styles of real postmortems (chat
 * logs, full sentences, passive voice, `@handle` style), not copied from any
 * report. Feature names and weights are not asserted, only what they add up to.
 */
import {expect, test} from 'vitest'
import {
  scoresOf as allScoresOf,
  type ScoredMilestone,
  scoredMilestones,
  scoreOf,
  weighEntry,
  weighedLength
} from '../../src/milestones/evidence.js'
import {threshold} from '../../src/milestones/pick-milestones.js'
import type {MilestoneName} from '../../src/model.js'
import {parseIncidents} from '../../src/parse-incidents.js'

type Case = readonly [text: string, expected: readonly MilestoneName[]]

const cases: readonly Case[] = [
  // started: impact began.
  ['Outage begins: checkout API starts returning 503s to all clients', ['started']],
  ['Requests to the payments service start failing', ['started']],
  ['The API went down', ['started']],
  ['Customer impact begins in us-east-1', ['started']],
  ['Primary database becomes unreachable from the app tier', ['started']],
  ['Git push over SSH starts timing out for a subset of users', ['started']],
  ['Incident started at 09:14 when the nightly cron job ran', ['started']],
  ['Elevated 5xx rates begin on the edge fleet', ['started']],
  ['Users begin seeing "Something went wrong" errors on login', ['started']],
  ['The bad config reaches all edge nodes and the CDN stops serving traffic', ['started']],
  ['Customers in APAC start receiving 504 Gateway Timeout responses', ['started']],
  ['Kafka consumers crash-loop after the upgrade; order events stop being processed', ['started']],
  ['Config change CHG-1192 goes out and causes login failures for all SSO users', ['started']],

  // detected: an alert fired, or someone noticed or was told.
  ['PagerDuty alert fired: HighErrorRate on checkout-api', ['detected']],
  ['Automated alert: disk usage on db-primary-01 above 90%', ['detected']],
  ['On-call engineer paged by Prometheus Alertmanager', ['detected']],
  ['Grafana alert "API error budget burn" fires in #alerts-prod', ['detected']],
  ['Our monitoring detected a sharp drop in successful logins', ['detected']],
  ['We noticed elevated error rates on the main dashboard', ['detected']],
  ['@bob notices CI jobs stuck in pending and posts in #infra', ['detected']],
  ['A customer reported via Twitter that the website was down', ['detected']],
  ['Pingdom reports the homepage is down', ['detected']],
  ['A security researcher emailed security@ about a publicly readable S3 bucket', ['detected']],
  ['Customer Success flagged that several enterprise tenants cannot export reports', ['detected']],
  ['Received an email from a customer saying their dashboards were empty', ['detected']],
  ['Twitter reports of the site being down start coming in', ['detected']],
  ['The on-call was paged at 02:13 but the page went unanswered', ['detected']],
  ['Datadog monitor triggered for p99 latency > 1s on search-api', ['detected']],
  ['First customer ticket received: unable to log in with Google SSO', ['detected']],
  ['Support escalated a spike in "payment declined" tickets to the on-call engineer', ['detected']],
  ['Issue reported by multiple customers through the support portal', ['detected']],
  ['No alerts fired; the outage was first reported by a customer on the forum', ['detected']],
  ["We didn't notice the elevated error rate until a customer emailed us", ['detected']],
  ['Slack message from #sales: a prospect demo environment is throwing 500s', ['detected']],

  // acknowledged: a responder took it.
  ['On-call acknowledged the page and started investigating', ['acknowledged']],
  ['Jane (SRE on call) begins investigating', ['acknowledged']],
  ['Bob takes a look', ['acknowledged']],
  ['Investigation began in #inc-2231', ['acknowledged']],
  ['Page acknowledged by secondary on-call after primary did not respond', ['acknowledged']],
  ['Incident declared as SEV-2; @carol is incident commander', ['acknowledged', 'detected']],
  ['Engineers joined the bridge', ['acknowledged']],
  ['@alice acks, taking IC', ['acknowledged']],
  ['Database team engaged and looking into the replication errors', ['acknowledged']],
  ['IC assigned: @ivan', ['acknowledged']],
  ["@judy: I'm on it", ['acknowledged']],

  // diagnosed: the cause identified.
  ['Root cause identified: expired TLS certificate on the internal load balancer', ['diagnosed']],
  ['Traced the issue to a misconfigured connection pool size in the new release', ['diagnosed']],
  ['Engineers identified a regression in the rate limiter introduced in v2.3', ['diagnosed']],
  ['Cause identified as a DNS TTL misconfiguration', ['diagnosed']],
  ['Found the bad commit: a1b2c3d changed the cache key format', ['diagnosed']],
  ['We determined that a runaway cron job was exhausting database connections', ['diagnosed']],
  ['It turns out the intermediate certificate had expired at 00:00 UTC', ['diagnosed']],
  ['Logs show the migration took an exclusive lock on the users table', ['diagnosed']],
  ['Memory leak in the image resizer confirmed as the cause', ['diagnosed']],

  // mitigated: impact stopped or substantially reduced.
  ['Rolled back to v1.4.2', ['mitigated']],
  ['Failed over to the secondary region (us-west-2)', ['mitigated']],
  ['Feature flag `new_checkout_flow` disabled', ['mitigated']],
  ['Traffic drained from the bad region', ['mitigated']],
  ['Reverted PR #4821 and redeployed; 5xx rate dropped from 40% to 2%', ['mitigated']],
  ['Error rate drops to 0.5% after the cache nodes were restarted', ['mitigated']],
  ['Impact mitigated by blocking the abusive IP range at the WAF', ['mitigated']],
  ['Website back online, some images still failing to load', ['mitigated']],
  ['Scaled the API deployment from 20 to 60 pods; latency improving', ['mitigated']],
  ['Hotfix deployed to production', ['mitigated']],
  ['Disabled the cron job that was hammering the DB', ['mitigated']],
  ['Killed the long-running query holding the lock', ['mitigated']],
  [
    'We increased the connection pool limit and redeployed; checkout is working again',
    ['mitigated']
  ],
  ['Traffic shifted away from us-east-1c; errors subside', ['mitigated']],
  ['Failover completed; writes succeeding again on the new primary', ['mitigated']],
  ['The feature flag was turned off by @erin', ['mitigated']],
  ['The faulty node was removed from the load balancer pool', ['mitigated']],
  ['Pinned the client SDK to 3.2.0 and errors stopped', ['mitigated']],
  ['Mitigation in place: requests are served from the stale cache', ['mitigated']],
  ['Service was partially restored for EU customers', ['mitigated']],
  ['Bad host taken out of rotation', ['mitigated']],
  ['Shifted traffic away from the unhealthy availability zone', ['mitigated']],
  ['Restarted the stuck consumer group; backlog starts draining', ['mitigated']],
  ['A fix was deployed at 16:40 and error rates began to fall', ['mitigated']],

  // resolved: fully recovered.
  ['All clear', ['resolved']],
  ['All systems operating normally', ['resolved']],
  ['Error rates back to baseline', ['resolved']],
  ['Incident resolved', ['resolved']],
  ['Resolved.', ['resolved']],
  ['Latency back to normal levels', ['mitigated', 'resolved']],
  ['Confirmed full recovery of all regions; closing the incident', ['resolved']],
  ['Monitoring for 30 minutes showed no further errors; incident closed', ['resolved']],
  ['All services healthy, closing incident', ['resolved']],
  ['Queue depth returned to pre-incident levels; incident closed', ['resolved']],
  ['Backlog fully processed; all queued webhooks delivered', ['resolved']],
  ['Marked as resolved in incident.io after an hour of stable metrics', ['resolved']],

  // Two milestones in one entry.
  ['Rolled back the deploy; error rates returned to normal', ['mitigated', 'resolved']],
  [
    'Alerts fire for elevated 502s; @dave acknowledges within 2 minutes',
    ['acknowledged', 'detected']
  ],
  ['Customers report failed card payments; on-call paged', ['detected']],
  [
    'Monitoring detected the spike and paged the on-call, who acknowledged immediately',
    ['acknowledged', 'detected']
  ],
  [
    'Traffic restored to 100% in eu-central-1; all regions operating normally',
    ['mitigated', 'resolved']
  ],
  [
    'Root cause identified as a bad BGP announcement; route withdrawn and traffic recovering',
    ['diagnosed', 'mitigated']
  ],
  ['@henry identified the misconfigured route table and reverted it', ['diagnosed', 'mitigated']],

  // Negation: the words deny the milestone.
  ['Not yet resolved; customers still seeing intermittent 502s', []],
  ['Could not identify the cause from the application logs', []],
  ['Root cause still unknown; continuing to investigate', []],
  ['Still trying to identify the root cause', []],
  ["We haven't identified the root cause yet", []],
  ['Alerts did not fire because the disk monitor had been muted', []],
  ['Rolled back the deploy, but it did not help; errors continue', []],
  ['Rollback to v1.4.1 completed but errors persist', []],
  ['Restarted the web servers; no improvement', []],
  ['Swapped the card reader for the spare. No change.', []],
  ['Attempted to fail over to the replica, but the promotion failed', []],

  // Intent: a remediation decided, planned or discussed, not done.
  ['Decision to roll back', []],
  ["Plan to fail over to the DR site if the primary doesn't recover by 15:00", []],
  ['Will disable the flag once the PM signs off', []],
  ['Engineers discussed whether to fail over to the secondary', []],
  ['Going to drain traffic from ams1 and watch error rates', []],
  ['Proposed mitigation: disable the recommendations widget', []],
  ['Began rollback of the 2024.06.1 release', []],
  ['Next step: fail over the primary to db-2', []],
  ['Waiting for approval to fail over to us-west-2', []],
  [
    'Ops and support agree to switch payments to the backup gateway, once its certificates check out healthy',
    []
  ],

  // Not production.
  ['Hotfix deployed to staging for verification', []],
  ['Patch applied to the staging cluster; verifying before prod rollout', []],

  // Communication about recovery, not recovery.
  ['Status page updated to Investigating', []],

  // Neutral entries and ordinary prose.
  ['Deploy of build 4512 started', []],
  ['Dashboards reviewed', []],
  ['Posted an update in #incidents', []],
  ['Release 2024.06.1 deployed to production', []],
  ['Customer support prepared a macro for incoming tickets', []],
  ['Postmortem review scheduled for Thursday', []],
  ['Scheduled maintenance window begins for the billing DB', []],
  ['@frank is on vacation, so @grace is covering as secondary', []],
  ['Initial theory (DNS) ruled out', []],
  ['Added a Prometheus alert for queue depth above 10k', []]
]

/** Each milestone's score for an entry, highest first. */
function scoresOf(text: string): Array<[MilestoneName, number]> {
  const {features} = weighEntry(text)
  return scoredMilestones
    .map((milestone): [MilestoneName, number] => [milestone, scoreOf(features, milestone)])
    .sort((a, b) => b[1] - a[1])
}

function describeCase(text: string, expected: readonly MilestoneName[]): string {
  const call = `weighEntry('${text.replaceAll("'", "\\'")}')`
  return expected.length === 0
    ? `${call} supports nothing`
    : `${call} supports ${expected.join(' + ')}`
}

for (const [text, expected] of cases) {
  test(describeCase(text, expected), () => {
    const scores = scoresOf(text)
    const supported = scores.filter(([, score]) => score >= threshold).map(([name]) => name)
    if (expected.length === 0) {
      expect(supported).toEqual([])
      return
    }
    for (const milestone of expected) expect(supported, milestone).toContain(milestone)
    expect(expected).toContain(scores[0]?.[0])
  })
}

test('the table holds 131 distinct entries', () => {
  expect(new Set(cases.map(([text]) => text)).size).toBe(cases.length)
  expect(cases.length).toBe(131)
})

test('an announced recovery weighs less than the team saying the service is back', () => {
  const score = (text: string) => scoreOf(weighEntry(text).features, 'resolved')
  const said = score('Service fully restored; incident resolved')
  for (const announced of [
    'Status page updated to say the incident is resolved',
    'Posted an update on Twitter saying the issue is resolved'
  ]) {
    expect(score(announced), announced).toBeGreaterThanOrEqual(threshold)
    expect(score(announced), announced).toBeLessThan(said)
  }
})

test('a label adds weight to the milestone it names, not to all its line tells', () => {
  const {features} = weighEntry('Resolved: the queue is healthy again')
  const labelled = features.filter((feature) => feature.name.endsWith('as a label'))
  expect(labelled.length).toBeGreaterThan(0)
  expect(labelled.every((feature) => feature.milestone === 'resolved')).toBe(true)
})

test('an entry of a word or two alone is a label when its words name a milestone', () => {
  const score = (text: string, milestone: 'detected' | 'mitigated') =>
    scoreOf(weighEntry(text).features, milestone)
  // `Repaired` alone, as key events list it, outweighs an action told in passing.
  expect(score('Repaired', 'mitigated')).toBeGreaterThan(
    score('The stuck pod was killed', 'mitigated')
  )
  expect(score('First detected', 'detected')).toBeGreaterThan(score('An alert fired', 'detected'))
  // Words that name no milestone stay below the threshold, label or not.
  expect(score('Dashboards reviewed', 'detected')).toBeLessThan(threshold)
})

test('finding the cause weighs more than finding what is failing', () => {
  const score = (text: string) => scoreOf(weighEntry(text).features, 'diagnosed')
  const symptom = score(
    '@dana starts looking and identifies that the ingest worker is crash-looping'
  )
  expect(symptom).toBeGreaterThanOrEqual(threshold)
  expect(score('@dana: root cause identified, config rollback begins')).toBeGreaterThan(symptom)
  expect(score('We found the culprit: an expired TLS certificate on the proxy')).toBeGreaterThan(
    symptom
  )
})

test('scoresOf(features): each milestone its strongest feature plus its bonuses, 0 without a feature', () => {
  const feature = (milestone: ScoredMilestone, name: string, weight: number) => ({
    milestone,
    name,
    weight,
    words: []
  })
  const scores = allScoresOf([
    feature('resolved', 'closed', 4),
    feature('resolved', 'working', 2.5),
    feature('resolved', 'section', 1),
    feature('mitigated', 'closed', 2),
    // A bonus alone supports nothing.
    feature('detected', 'first', 1)
  ])
  expect(scores).toEqual({
    started: 0,
    detected: 0,
    acknowledged: 0,
    diagnosed: 0,
    mitigated: 2,
    resolved: 5
  })
  expect(
    scoreOf([feature('resolved', 'closed', 4), feature('resolved', 'section', 1)], 'resolved')
  ).toBe(5)
})

test('a deed told in the progressive is under way, not done; told as done or in place, it counts', () => {
  const mitigation = (text: string) => scoreOf(weighEntry(text).features, 'mitigated')
  for (const text of [
    'We are deploying a fix for the login errors',
    "We're rolling back the release now",
    'The bad config is currently being reverted',
    "I'm restarting the stuck workers",
    'A fix is being implemented by the vendor'
  ])
    expect(mitigation(text), text).toBeLessThan(threshold)
  for (const text of [
    'We deployed a fix for the login errors',
    'Rolling back the release',
    'The bad config was reverted',
    'A fix has been implemented',
    'A workaround was put in place for the affected tenants',
    'The hotfix is in place on every node',
    "We've restarted the stuck workers"
  ])
    expect(mitigation(text), text).toBeGreaterThanOrEqual(threshold)
})

test("a contraction's verb is read: `we'll` plans, `we're` is under way", () => {
  const mitigation = (text: string) => scoreOf(weighEntry(text).features, 'mitigated')
  expect(mitigation("We'll fail over to the standby if it gets worse")).toBe(0)
  expect(mitigation("We're failing over to the standby")).toBe(0)
  expect(mitigation('We failed over to the standby')).toBeGreaterThanOrEqual(threshold)
})

test('a participle before its noun names a thing, not a deed done', () => {
  const mitigation = (text: string) => scoreOf(weighEntry(text).features, 'mitigated')
  expect(mitigation('Engineers compare the logs against a restored backup')).toBeLessThan(threshold)
  expect(mitigation('We look for a corrected value in the upstream feed')).toBeLessThan(threshold)
  expect(mitigation('The backup was restored')).toBeGreaterThanOrEqual(threshold)
})

test('a denied subject denies its predicate: `no data was lost` starts nothing', () => {
  const onset = (text: string) => scoreOf(weighEntry(text).features, 'started')
  for (const text of [
    'No customer data was lost',
    'No other tenants were affected by the failover',
    'None of the replicas has been corrupted'
  ])
    expect(onset(text), text).toBe(0)
  expect(onset('Customer data was lost on the primary')).toBeGreaterThanOrEqual(threshold)
  // Found that the harm went no further: the end of it, not a new failure found.
  const checked = weighEntry('The team audits every bucket and finds no other bucket was affected')
  expect(scoreOf(checked.features, 'resolved')).toBeGreaterThanOrEqual(threshold)
  expect(scoreOf(checked.features, 'diagnosed')).toBeLessThan(3)
})

test('a measure of trouble gone to nothing is an improvement, not a failure', () => {
  for (const text of ['The retry queue is empty again', 'Backlog emptied by 11:20']) {
    const {features} = weighEntry(text)
    expect(scoreOf(features, 'mitigated'), text).toBeGreaterThanOrEqual(threshold)
    expect(scoreOf(features, 'started'), text).toBe(0)
  }
  // Empty where there should be something is still a failure.
  expect(
    scoreIn('The nightly export file is empty for every customer', 'started')
  ).toBeGreaterThanOrEqual(threshold)
})

test('receiving a message is the team told; outsiders receiving one are told by the team', () => {
  const detection = (text: string) => scoreOf(weighEntry(text).features, 'detected')
  for (const text of [
    'The security inbox receives an email from a customer',
    'abuse@ receives a report of a malicious package',
    'We received a message from the CDN vendor'
  ])
    expect(detection(text), text).toBeGreaterThanOrEqual(threshold)
  for (const text of [
    'Customers receive an email about the planned maintenance',
    'Users received a notification that the service is back'
  ])
    expect(detection(text), text).toBeLessThan(threshold)
  // Receiving told inside a sentence whose subject tells the team.
  expect(
    detection('A user emails the security team about a phishing email they received')
  ).toBeGreaterThanOrEqual(threshold)
})

test('a problem found by someone outside the team is how the team learns of it', () => {
  const detection = (text: string) => scoreOf(weighEntry(text).features, 'detected')
  expect(
    detection('A security researcher identified an API key leaked in a public build log')
  ).toBeGreaterThanOrEqual(threshold)
  expect(detection('A customer found that invoices were sent twice')).toBeGreaterThanOrEqual(
    threshold
  )
  // The team finding it is a diagnosis, not a detection of its own.
  expect(detection('We identified an API key leaked in a public build log')).toBeLessThan(threshold)
})

test('alert rules extended or expanded are monitoring set up, not an alert', () => {
  const {features} = weighEntry('Alert rules extended to cover the replica lag')
  expect(scoreOf(features, 'detected')).toBeLessThan(threshold)
})

test('words of the trade: a disk filling up, CrashLoopBackOff, a war room opened', () => {
  expect(top('Disk filled up on the build cache volume')).toBe('started')
  expect(top('Ingest pods entered CrashLoopBackOff')).toBe('started')
  expect(top('War room opened for the payments outage')).toBe('acknowledged')
  expect(top('Incident channel opened by the on-call')).toBe('acknowledged')
})

test('a deed in the past perfect explains the time told; knowing it is finding the mechanism', () => {
  const {features} = weighEntry('We realised the cleanup job had deleted the index')
  expect(scoreOf(features, 'diagnosed')).toBeGreaterThanOrEqual(threshold)
  expect(scoreOf(features, 'mitigated')).toBe(0)
  // Without someone coming to know it, a past perfect is a deed done by the time told.
  expect(
    scoreIn('By 03:40 traffic had been shifted to the standby region', 'mitigated')
  ).toBeGreaterThanOrEqual(threshold)
  expect(scoreIn('We deleted the stale index', 'mitigated')).toBeGreaterThanOrEqual(threshold)
})

test('a fix in full (permanent, to every region) is a resolution; a deployment completed is not wholeness', () => {
  const resolution = (text: string) => scoreOf(weighEntry(text).features, 'resolved')
  expect(resolution('Permanent fix deployed and verified')).toBeGreaterThan(3)
  expect(resolution('The fix is deployed to every region')).toBeGreaterThan(3)
  expect(resolution('Hotfix deployment completed')).toBeLessThan(3.5)
})

test('a change that takes a service down is the onset; the team taking a host down is an action', () => {
  expect(top('A bad config push took down the login service')).toBe('started')
  expect(top('The runaway migration brought down the primary')).toBe('started')
  expect(top('We took down the compromised host')).toBe('mitigated')
  expect(top('Memory usage on the cache tier hit 100%')).toBe('started')
  expect(top('The feature flag was flipped off')).toBe('mitigated')
  expect(top('Sam takes incident command')).toBe('acknowledged')
})

test('an outcome judged (`we consider the incident resolved`) is not a plan', () => {
  expect(scoreIn('We consider the incident resolved', 'resolved')).toBeGreaterThanOrEqual(threshold)
  expect(scoreIn('We considered rolling back', 'mitigated')).toBe(0)
})

test('a change or automation that destroys is the harm; the team deleting is an action', () => {
  expect(top('A schema migration dropped the invoices table')).toBe('started')
  expect(top('The nightly cron job began deleting user uploads')).toBe('started')
  expect(top('Production DNS records were removed by the cleanup script')).toBe('started')
  expect(top('We deleted the corrupted cache entries')).toBe('mitigated')
  expect(top('The on-call removed the bad node from the pool')).toBe('mitigated')
  // Anomalies flagged by a monitor are a detection.
  expect(top('The SIEM flagged suspicious logins from a new country')).toBe('detected')
})

test('a cause named with `was` or `is`, a regression bisected, a replica promoted', () => {
  expect(top('The culprit was a stale DNS record in the cache')).toBe('diagnosed')
  expect(top('Root cause is an unbounded retry loop in the client')).toBe('diagnosed')
  expect(top('Bisected the slowdown to a dependency bump')).toBe('diagnosed')
  expect(top('Correlated the 502s with the load balancer config push')).toBe('diagnosed')
  expect(top('Promoted the standby database to primary')).toBe('mitigated')
  // `response` shares a stem with `responsible`, and names no cause.
  expect(scoreIn('The response is run by the on-call team', 'diagnosed')).toBe(0)
})

test('a measure of trouble going down improves; a service going down fails', () => {
  const {features} = weighEntry('Reverted, and error rates are going down')
  expect(scoreOf(features, 'mitigated')).toBeGreaterThanOrEqual(threshold)
  expect(scoreOf(features, 'started')).toBe(0)
  expect(scoreIn('The storefront went down', 'started')).toBeGreaterThanOrEqual(threshold)
})

test('word senses of infrastructure: a network switch, DNS resolution; what happens by accident fails', () => {
  expect(top('A top-of-rack switch failed in row C')).toBe('started')
  expect(top('DNS resolution failed for internal hosts')).toBe('started')
  expect(top('Resolving hostnames started timing out on the build fleet')).toBe('started')
  expect(top('Incident resolution confirmed by the incident commander')).toBe('resolved')
  expect(top('A spine switch rebooted unexpectedly')).toBe('started')
  expect(top('An operator accidentally deleted the production bucket')).toBe('started')
  expect(top('We rebooted the spine switch')).toBe('mitigated')
})

test('the team paging more of itself is the response; a monitor paging the team is the alert', () => {
  expect(top('The incident commander paged the database team')).toBe('acknowledged')
  expect(top('PagerDuty paged the on-call engineer')).toBe('detected')
  // Whose monitoring it is does not make the monitor a responder.
  expect(scoreOf(weighEntry('Our alerting pages the on-call admin').features, 'acknowledged')).toBe(
    0
  )
  expect(
    scoreOf(weighEntry('Our monitoring paged the storage on-call').features, 'acknowledged')
  ).toBe(0)
  expect(top('We switched traffic to the standby region')).toBe('mitigated')
})

test('a fix verified or a problem fixed is a resolution; said on a status page, an announcement', () => {
  const resolution = (text: string) => scoreOf(weighEntry(text).features, 'resolved')
  expect(resolution('The hotfix has been verified in production')).toBeGreaterThanOrEqual(3)
  expect(resolution('We are confident the outage is fixed')).toBeGreaterThanOrEqual(3)
  expect(resolution('We are testing the fix in production')).toBeLessThan(threshold)
  expect(resolution('The vendor updates its status page to say the problem is fixed')).toBeLessThan(
    3
  )
  // Those the harm reached, named after it, start nothing.
  expect(scoreIn('All affected customers have been notified and credited', 'started')).toBe(0)
})

test('a store that is full has failed; a full recovery is whole', () => {
  expect(scoreIn('The log volume on the primary is full', 'started')).toBeGreaterThanOrEqual(
    threshold
  )
  expect(scoreIn('Full recovery confirmed in every region', 'resolved')).toBe(4)
})

test('the team calling in more of itself, or taking the incident, is the response', () => {
  expect(top('The help desk escalated the ticket to the platform on-call at 03:12')).toBe(
    'acknowledged'
  )
  expect(top('Escalated to the networking on-call')).toBe('acknowledged')
  expect(top('Paged the storage team lead')).toBe('acknowledged')
  // A customer escalating is the team hearing of it; a monitor paging is an alert.
  expect(top('A reseller escalated the broken invoices to our billing team')).toBe('detected')
  expect(top('Opsgenie paged the on-call engineer')).toBe('detected')
  const taken = weighEntry('The latency alert pages Tomas, who takes the incident').features
  expect(scoreOf(taken, 'acknowledged')).toBeGreaterThanOrEqual(threshold)
  expect(top('Lena takes ownership of the incident')).toBe('acknowledged')
  expect(top('The social media team forwards the post to the web on-call')).toBe('acknowledged')
  expect(top('A customer forwards the error page to our support team')).toBe('detected')
  expect(top('The shop is put into maintenance mode')).toBe('mitigated')
})

test('`it is` and a thing named at the start of a clause names the trouble', () => {
  expect(top("jo: it's the new routing table, twice the size of the old one")).toBe('diagnosed')
  expect(top("It's shard 7's replication config")).toBe('diagnosed')
  expect(weighEntry('It says nothing of the cause').features).toEqual([])
  expect(top('It was an expired token in the deploy pipeline')).toBe('diagnosed')
  // A state is no cause named.
  for (const text of ["it's down again", "it's still slow", 'It was fixed by noon'])
    expect(scoreOf(weighEntry(text).features, 'diagnosed')).toBeLessThan(threshold)
})

test('stale results are a failure', () => {
  expect(
    scoreIn('Customers see stale prices on the product pages', 'started')
  ).toBeGreaterThanOrEqual(threshold)
})

test('a one-word label says what follows: a page, a culprit', () => {
  expect(top('Page: orders API error budget burn')).toBe('detected')
  expect(top('Culprit: release 8.2 turns off request batching')).toBe('diagnosed')
  // The deed of a cause named is the cause found, neither the team's act nor an onset now.
  const named = weighEntry('The culprit was a cleanup job that deleted the session keys').features
  expect(scoreOf(named, 'diagnosed')).toBeGreaterThanOrEqual(3)
  expect(scoreOf(named, 'started')).toBeLessThan(threshold)
  expect(scoreOf(named, 'mitigated')).toBe(0)
})

test('a measure of trouble above a level, a check gone red and a pager going off', () => {
  expect(top('p95 latency above 800ms in ap-south')).toBe('started')
  expect(top('Queue depth exceeds 10k messages')).toBe('started')
  expect(top('The health checks for the EU pool turn red')).toBe('detected')
  expect(top("The on-call engineer's pager goes off")).toBe('detected')
  // Above, with no measure of trouble, is only a place in the text.
  expect(weighEntry('As described above').features).toEqual([])
})

test('declaring the end, and a measure of trouble down to normal', () => {
  expect(top('We call the outage over and stand down the bridge')).toBe('resolved')
  expect(top('Ravi called it resolved after an hour of clean graphs')).toBe('resolved')
  expect(top('Error counts are down to their usual levels')).toBe('mitigated')
  expect(top('The storefront is down')).toBe('started')
  expect(top('A customer called the help line about failed logins')).toBe('detected')
})

test('the team shipping a change is a remedy; a change that breaks is not', () => {
  const remedy = weighEntry('We roll out a config change that lowers the retry limit').features
  expect(scoreOf(remedy, 'mitigated')).toBeGreaterThanOrEqual(threshold)
  expect(scoreIn('The team is deploying a config change', 'mitigated')).toBeLessThan(threshold)
  expect(scoreIn('We deployed a config change that broke logins', 'mitigated')).toBe(0)
  // `merge requests` is a noun: nothing was shipped.
  expect(scoreIn('Issues, merge requests and comments were lost', 'mitigated')).toBe(0)
})

test('a line that opens on the investigation takes it up', () => {
  expect(top('dana: looking')).toBe('acknowledged')
  expect(top('Looking into the failed payouts')).toBe('acknowledged')
  expect(scoreIn('The team investigates the failed payouts', 'acknowledged')).toBeLessThan(
    threshold
  )
  // A participle before its sentence is no headline.
  expect(
    scoreIn('Suspecting a stale lock, an engineer removes the lock file', 'acknowledged')
  ).toBeLessThan(threshold)
})

test('asking about trouble is having noticed it; the analysis asking why is not', () => {
  expect(top('ana: is the billing page down for anyone else?')).toBe('detected')
  expect(top('are p99 latencies higher than usual?')).toBe('detected')
  expect(scoreIn('Why did the backup fail? The disk was full.', 'detected')).toBe(0)
  expect(weighEntry('Is the new release out yet?').features).toEqual([])
})

test('a job’s run is no change made; working out is finding', () => {
  expect(top('The nightly export run hangs on a lock')).toBe('started')
  // A clause that opens on `schedule` has no word before it to look at (it threw).
  expect(scoreIn('We blame the watch churn and schedule a defrag for Saturday', 'mitigated')).toBe(
    0
  )
  // `no link with checkout`: a suspect cleared, and its health told after it no recovery.
  expect(
    scoreIn(
      'Cache rollback considered and rejected: no link with checkout, hit rates normal',
      'mitigated'
    )
  ).toBe(0)
  // `First tenant-visible impact:` names the onset, whatever deed it was seen in; `times out waiting
  // for` is how it failed, no plan.
  expect(
    top(
      'First tenant-visible impact: a team rollout times out waiting for the pods to become ready'
    )
  ).toBe('started')
  // `against ~6,000 normally`: the baseline compared with, no recovery.
  expect(scoreIn('Queue depth at 2.1 million, against ~6,000 normally', 'mitigated')).toBe(0)
  // `(first occurrence)` after a failure: the author's note that it is the harm's first.
  expect(
    weighEntry('tls: certificate has expired (first occurrence)').features.map((f) => f.name)
  ).toContain('first harm')
  // An alert sent to a mailbox nobody watches reached no one.
  expect(
    scoreIn(
      'Backups failed every 15 minutes, with alerts sent to the unmonitored ops mailbox',
      'detected'
    )
  ).toBe(0)
  // A success status given again is health, as a server error is harm.
  expect(top('The export endpoint is returning 200 again')).toBe('mitigated')
  expect(top('Checkout serving 2xx again, orders flowing')).toBe('mitigated')
  // A status update's state in brackets is what the page said, not the author's note on the entry.
  expect(
    weighEntry('Second status page update (Identified)').features.map((feature) => feature.name)
  ).not.toContain('cause named, as a note')
  expect(
    weighEntry('Status page post (Investigating)').features.some((f) =>
      f.name.endsWith('as a note')
    )
  ).toBe(false)
  expect(
    weighEntry('Rolled the flag back (resolved)').features.some((f) => f.name.endsWith('as a note'))
  ).toBe(true)
  // An alert silenced reached no one either.
  expect(
    scoreIn("Queue-lag alert generated, but muted by last night's maintenance mode", 'detected')
  ).toBe(0)
  expect(
    scoreIn('Paging alerts for the cache tier were put in maintenance mode at 21:00', 'detected')
  ).toBe(0)
  // `nothing could be saved`: what no one could do is the service failing, reported by phone.
  expect(
    scoreIn(
      'The ward telephoned the service desk to report that nothing could be saved',
      'detected'
    )
  ).toBeGreaterThan(0)
  // A log line's level is no warning sent to anyone; a warning that fires is one.
  expect(
    scoreIn('WARN gw-fra-1 route=/v4/classify status=503 reason=no_healthy_upstream', 'detected')
  ).toBe(0)
  expect(top('A warning fires: disk 90% full on db-2')).toBe('detected')
  // Those the harm reached, named after a preposition: the message is no harm of its own.
  expect(scoreIn('Customer communications sent to affected teams', 'started')).toBe(0)
  // A part removed from a pool is taken out of service by a remedy, not destroyed by the change.
  expect(scoreIn('hsm-02 is removed from the signing pool by config push', 'started')).toBe(0)
  expect(top('hsm-02 is removed from the signing pool by config push')).toBe('mitigated')
  // A change freeze is a policy, not a hang; a frozen screen is one.
  expect(weighEntry('White Day change freeze begins').features).toEqual([])
  expect(scoreIn('Canary of v3.18 started under freeze exception FE-12', 'started')).toBe(0)
  expect(top('The checkout screen freezes for every shopper')).toBe('started')
  // `OOMKill` is a failure, as Kubernetes writes it.
  expect(top('The first renderer OOMKill was logged')).toBe('started')
  // A machine answering a ticket takes nothing up.
  expect(
    scoreIn(
      'This is an automated response: we have received your request and are looking into it',
      'acknowledged'
    )
  ).toBe(0)
  // `Relapse.` as a label: the trouble back, no recovery in the rest.
  expect(weighEntry('Relapse. Success rate fell to 55% as players came back').relapse).toBe(true)
  // `..., which is suspicious`: the teller judging a clue, no failure (`suspicious logins` are one).
  expect(scoreIn('The rollout finished at 15:13, which is suspicious', 'started')).toBe(0)
  expect(top('Suspicious logins from three countries on the admin panel')).toBe('started')
  expect(top('By noon Kai had worked out that the cron schedule used the wrong zone')).toBe(
    'diagnosed'
  )
})

test('status-page and chat words: live, on time again, an incident opened, HTTP errors', () => {
  expect(top('Monitoring: the rotated key is live and most emails arrive on time again')).toBe(
    'mitigated'
  )
  expect(top('The on-call engineer opens an incident')).toBe('acknowledged')
  expect(top('ben: the dashboard gives me a 503, anyone else?')).toBe('detected')
  expect(top('The gateway starts returning 502s')).toBe('started')
  // A number of things is no error.
  expect(scoreIn('500 users were moved to the new plan', 'started')).toBe(0)
})

test('a cause pinned down or named after `is the`; a component named by a report’s noun', () => {
  expect(top('The expired token is pinned down as the source of the 401s')).toBe('diagnosed')
  expect(top('Replicas still read from the old primary: that is the cause')).toBe('diagnosed')
  expect(top('The message queue stops accepting writes')).toBe('started')
})

test('a symptom observed by nobody named is logged at its time; taking over; writing to support', () => {
  const observed = weighEntry('Disk latency was observed climbing on the storage nodes').features
  expect(scoreOf(observed, 'started')).toBeGreaterThanOrEqual(threshold)
  expect(scoreOf(observed, 'detected')).toBeGreaterThanOrEqual(threshold)
  // Someone who saw it is the one who noticed: the harm told is what was seen.
  const noticed = weighEntry('Sam noticed that disk latency was climbing').features
  expect(scoreOf(noticed, 'started')).toBeLessThan(threshold)
  expect(top('The storage team takes over the incident')).toBe('acknowledged')
  expect(top('An attacker takes over the billing admin account')).toBe('started')
  expect(top('Two customers write to support about missing invoices')).toBe('detected')
  expect(top('A shop manager asks why no booking emails have arrived since noon')).toBe('detected')
})

test('a list of clocks with dots is read as clocks', () => {
  const markdown = [
    '# Print queue stuck',
    '',
    '## Timeline',
    '',
    'All times UTC, 6 March 2026.',
    '',
    '* 09.05 The print queue stops taking jobs.',
    '* 09.40 The queue is restarted and jobs print again.',
    ''
  ].join('\n')
  const [incident] = parseIncidents(markdown).incidents
  expect(incident?.timeline.map((entry) => entry.at)).toEqual([
    '2026-03-06T09:05:00Z',
    '2026-03-06T09:40:00Z'
  ])
})

test('a status page that fails is the service; a status page updated announces', () => {
  expect(top('The status page loads again')).toBe('mitigated')
  expect(top('Our status page was unreachable')).toBe('started')
  expect(scoreIn('Status page updated to resolved', 'resolved')).toBe(2.5)
  expect(top('The incident lead confirms and pages the storage team')).toBe('acknowledged')
})

test('refusals, finds and the names of tools', () => {
  expect(top("The workers won't start")).toBe('started')
  expect(top('A shift lead calls the IT hotline: the tills will not sync')).toBe('detected')
  expect(weighEntry('We will roll back at 10:00').features).toEqual([])
  // What follows a finding's colon is what was found, not a deed now.
  const found = weighEntry('The ordering bug is found: the job deletes before it swaps').features
  expect(scoreOf(found, 'diagnosed')).toBeGreaterThanOrEqual(3)
  expect(scoreOf(found, 'mitigated')).toBe(0)
  // A deed naming the thing that does it.
  expect(scoreIn('The reindex job times out', 'mitigated')).toBe(0)
})

test('hearing of it, picking it up, a vendor confirming the failure', () => {
  expect(top('We learn of the outage from a customer’s blog post')).toBe('detected')
  expect(top('The database on-call picks it up')).toBe('acknowledged')
  expect(weighEntry('Traffic picks up after the lunch lull').features).toEqual([])
  expect(top('The hosting provider confirms a power cut in one hall')).toBe('diagnosed')
  // A report's noun naming a component, and the team's own messages, are nobody reporting.
  expect(top('The SMS provider starts rejecting our messages')).toBe('started')
})

test('kinds of errors, the meeting of the response, a speaker at work, reports passed on', () => {
  expect(top('The storage array starts returning read errors')).toBe('started')
  expect(top('The API is returning to normal')).toBe('mitigated')
  expect(top('The upgraded replica fails to come back')).toBe('started')
  expect(top('The alert fires; the DBA is already on the call')).toBe('detected')
  expect(scoreIn('The DBA is already on the call', 'acknowledged')).toBeGreaterThanOrEqual(
    threshold
  )
  // After a speaker's name, a gerund is under way; alone, it is a log's headline.
  expect(scoreIn('kim: restarting the workers', 'mitigated')).toBe(0)
  expect(top('Restarting the workers')).toBe('mitigated')
  expect(top('The support team reports blank receipts from several shops')).toBe('detected')
  expect(top('Dev: that is our bug, the retry loop never backs off')).toBe('diagnosed')
  expect(top('New invoices render again')).toBe('mitigated')
})

test('a check in code is no monitor; a health check is one', () => {
  const code = weighEntry('The token signature check starts rejecting valid logins').features
  expect(scoreOf(code, 'started')).toBeGreaterThanOrEqual(threshold)
  expect(scoreOf(code, 'detected')).toBe(0)
  expect(scoreOf(code, 'acknowledged')).toBe(0)
  expect(top('The readiness check on the cart pods fails')).toBe('detected')
  // What customers look at is the product; a watch word naming a thing's kind is no monitor.
  for (const text of [
    'Some customers saw their dashboards time out',
    'The vacuum job slowed every dashboard query'
  ])
    expect(scoreOf(weighEntry(text).features, 'detected')).toBe(0)
})

test('saying which part of the system the trouble lies in is finding it; saying whom it affects is not', () => {
  for (const text of [
    'Update: this is an issue affecting the physical host our shop runs on.',
    'The problem is with the load balancer in front of the search API.',
    'It is a fault in our upstream DNS provider.',
    'The issue lies in the payment gateway configuration.'
  ])
    expect(top(text)).toBe('diagnosed')
  for (const text of [
    'This is an issue affecting the EU region.',
    'This is an issue with logins for some users.',
    'This is a problem with our website.',
    'An issue was impacting the database cluster from 08:00.',
    'This is a major outage.'
  ]) {
    expect(scoreIn(text, 'diagnosed')).toBe(0)
    expect(top(text)).toBe('started')
  }
})

test('a word that shares a stem with a listed one keeps its own meaning (`mobile`, `mobilize`)', () => {
  expect(top('This is an issue affecting the mobile app and the website.')).toBe('started')
  expect(
    scoreIn('The on-call engineer mobilized the database team.', 'acknowledged')
  ).toBeGreaterThan(2)
})

test('a finding said as one says it in a chat is the cause found', () => {
  for (const text of [
    'Found it. The vendor moved their endpoint to a new certificate chain.',
    'disk at 95%, flood stage hit. that is it',
    "flood stage hit on both data nodes. that's it",
    'There it is: the autoscaler is capped at 3 replicas.'
  ])
    expect(top(text)).toBe('diagnosed')
  expect(scoreIn('That is it for today, handing over to the day shift.', 'diagnosed')).toBe(0)
  expect(
    scoreIn('By then she had established that the job held a lock on the slots table.', 'diagnosed')
  ).toBeGreaterThan(0)
  expect(scoreIn('We established a bridge call with the vendor.', 'diagnosed')).toBe(0)
  // `on it` is the team taking the work, not what something waits on.
  expect(top('Sam: on it')).toBe('acknowledged')
  expect(scoreIn('Thousands of sessions were waiting on it.', 'acknowledged')).toBe(0)
  // `it is a ...` names a thing, not an amount (`a few hours`), nor what the writer doubts.
  expect(scoreIn('Flip the routing flag, it is a few hours at most.', 'diagnosed')).toBe(0)
})

test('a suspect cleared is no recovery, and a count down to nothing is the impact stopped', () => {
  expect(scoreIn('step 1: relocation looks normal, not the cause', 'mitigated')).toBe(0)
  expect(scoreIn('Rolled the web app back to 4.18.1 to rule out the release.', 'mitigated')).toBe(0)
  expect(scoreIn('Rolled the web app back to 4.18.1; errors stop.', 'mitigated')).toBeGreaterThan(3)
  expect(scoreIn('write rejections → 0, the writer is indexing again', 'mitigated')).toBe(3.5)
  expect(scoreIn('write rejections down to 40 a minute', 'mitigated')).toBe(3)
  // Under a theory's label, what is found healthy is the suspect checked; back again is a recovery.
  expect(
    scoreIn('Second theory: the cache tier. Hit rate normal, node health green.', 'mitigated')
  ).toBe(0)
  expect(scoreIn('Hypothesis: DNS. Resolvers healthy.', 'resolved')).toBe(0)
  expect(
    scoreIn('Theory confirmed: once the flag was off, latency was back to normal.', 'mitigated')
  ).toBeGreaterThan(3)
})

test('a monitor resolving is the symptom gone, not the incident closed', () => {
  expect(scoreIn('alertmanager: RESOLVED CheckoutErrorRate (0.3%)', 'mitigated')).toBe(3.5)
  expect(scoreIn('The latency alert resolved at 10:40', 'resolved')).toBe(2)
  expect(scoreIn('Incident resolved', 'resolved')).toBeGreaterThan(3)
})

test('`it is` and a name written as one (`storage-client-tls`) names the cause', () => {
  expect(top('logs say the cert expired -- it is storage-client-tls, expired at midnight')).toBe(
    'diagnosed'
  )
  expect(scoreIn('it is fine', 'diagnosed')).toBe(0)
})

test('an entry that says it is outside the incident tells none of it', () => {
  for (const text of [
    'Scheduled billing migration completes. Unrelated; mentioned only because people asked about it.',
    'One customer complaint about a late refund, not related to this incident.',
    'Fan alarm in rack 12, cleared by itself. Not related.',
    'Certificate warning on the staging proxy (not connected).'
  ])
    expect(weighEntry(text).features).toEqual([])
  // (What a screen shows is no word on the incident: `Server not connected.`)
  expect(scoreIn('Terminals show Server not connected.', 'started')).toBeGreaterThan(0)
  // (`will not connect` is a failure, not `no connection to` the incident.)
  expect(
    scoreIn('Detected: staff report that the VPN will not connect', 'detected')
  ).toBeGreaterThan(3)
})

test('an improvement said to last a short while is no mitigation; the deed done still counts', () => {
  expect(scoreIn('5xx dipped to ~8% for two minutes then climbed back', 'mitigated')).toBe(0)
  expect(scoreIn('Errors drop for a few minutes.', 'mitigated')).toBe(0)
  expect(scoreIn('Errors drop to baseline.', 'mitigated')).toBe(3)
  expect(scoreIn('We temporarily disabled the cleanup job', 'mitigated')).toBe(2)
})

test('a note of a step of the team’s process (`<INCIDENT DECLARED>`) takes no note bonus', () => {
  const declared = weighEntry('SEV-2 declared. Tomasz takes incident command. <INCIDENT DECLARED>')
  expect(declared.features.some((feature) => feature.name.endsWith(', as a note'))).toBe(false)
  const begins = weighEntry('p99 latency jumps to 4 s. <OUTAGE BEGINS>')
  expect(begins.features.some((feature) => feature.name.endsWith(', as a note'))).toBe(true)
})

test('`rca:` names the cause, and a verdict alone (`Ruled out.`) clears what came before it', () => {
  expect(top('rca: a paused replication slot pinned the WAL until the disk filled')).toBe(
    'diagnosed'
  )
  expect(scoreIn('rca doc: r.osei, due 06-06', 'diagnosed')).toBe(0)
  expect(scoreIn('Replica healthy, query latency normal. Ruled out.', 'mitigated')).toBe(0)
  expect(scoreIn('Replica restarted, query latency normal again.', 'mitigated')).toBe(3.5)
})

test('something that fires, unnamed, is an alert by its condition', () => {
  expect(top('render-queue-depth > 5000 fires in #alerts-render')).toBe('detected')
  expect(scoreIn('checkout_5xx_ratio fired at 10:02', 'detected')).toBe(3)
  expect(scoreIn('We fired the contractor', 'detected')).toBe(0)
  expect(scoreIn('We will fire a test alert tomorrow', 'detected')).toBe(0)
})

/** A milestone's score from an entry's words. */
function scoreIn(text: string, milestone: ScoredMilestone): number {
  return scoreOf(weighEntry(text).features, milestone)
}

/** The milestone an entry supports most. */
function top(text: string): ScoredMilestone {
  const {features} = weighEntry(text)
  const scores = scoredMilestones.map((name) => [name, scoreOf(features, name)] as const)
  return scores.reduce((best, next) => (next[1] > best[1] ? next : best))[0]
}

test('the first of the harm dates the onset; the first report of it is the detection', () => {
  expect(top('First 429s from the token service, a handful per minute.')).toBe('started')
  expect(scoreIn('The earliest failed upload in the bucket log is at 03:12.', 'started')).toBe(3.5)
  expect(scoreIn('The first failed upload was our canary.', 'started')).toBe(3.5)
  // The first calls, e-mails and alerts about the harm are its first reports.
  expect(top('The service desk gets the first calls about failed uploads.')).toBe('detected')
  expect(scoreIn('First page about failed uploads goes to the on-call.', 'started')).toBeLessThan(
    3.5
  )
  expect(scoreIn('We first noticed failed uploads on the dashboard.', 'started')).toBeLessThan(3.5)
})

test('client errors many times over are a failure; a single error page is named, not counted', () => {
  expect(scoreIn('Users get 403s on every download.', 'started')).toBeGreaterThanOrEqual(2)
  expect(scoreIn('New 410 responses stop within a minute.', 'mitigated')).toBeGreaterThanOrEqual(2)
  expect(scoreIn('We added a 404 page to the docs site.', 'started')).toBe(0)
})

test('those a service serves, by trade, reporting trouble are outsiders telling the team', () => {
  expect(top('A shopper writes in that the basket empties itself.')).toBe('detected')
  expect(top('Amal posts in #help: a student says the exam portal is down.')).toBe('detected')
})

test('trouble said to come back is a relapse, not a recovery; a service coming back is one', () => {
  const relapse = (text: string) => weighEntry(text).relapse === true
  expect(relapse('The timeouts came back with the evening traffic.')).toBe(true)
  expect(scoreIn('The timeouts came back with the evening traffic.', 'mitigated')).toBe(0)
  expect(relapse('Disk full again, 500s are back.')).toBe(true)
  expect(relapse('By 9:40 the error rate was back up to 12%.')).toBe(true)
  expect(relapse('The gateway returned 502s once more.')).toBe(true)
  expect(relapse('The search cluster came back at 10:40.')).toBe(false)
  expect(relapse('Error rates back to normal.')).toBe(false)
  expect(relapse('Errors are back at baseline.')).toBe(false)
  expect(relapse('The failed node is back online.')).toBe(false)
  expect(relapse('The timeouts have not come back.')).toBe(false)
  expect(relapse('Failed back to the old primary; writes work again.')).toBe(false)
  expect(relapse('Suggests failing back so the old primary is the writer again.')).toBe(false)
  expect(relapse('Failed requests got 5xx back.')).toBe(false)
  // A measure turned bad once more.
  expect(relapse('Check-in success rate falls again, reaching 40% by 06:41.')).toBe(true)
  expect(relapse('Latency climbs again.')).toBe(true)
  expect(relapse('Latency is back to normal again.')).toBe(false)
  expect(scoreIn('Success rate falls again, reaching 40% by 06:41.', 'mitigated')).toBe(0)
})

test('a reply that is the work (`reply "looking"`) takes the incident up, as a chat line opening on it does', () => {
  expect(top('Noor sees the ticket and replies "looking" in #support.')).toBe('acknowledged')
  expect(scoreIn('I reply "checking" and open the dashboards.', 'acknowledged')).toBe(2.5)
  expect(
    scoreIn('The vendor replied that checking would take a day.', 'acknowledged')
  ).toBeLessThan(2)
})

test('limits put on many of those a service serves are the harm; one abuser stopped is a remedy', () => {
  expect(top('Partner apps began receiving throttling errors from the token service.')).toBe(
    'started'
  )
  expect(top('Checkouts were rate-limited at the edge for most shoppers.')).toBe('started')
  expect(top('Customers get blocked by the new WAF rule.')).toBe('started')
  expect(top("The scraper's account was blocked.")).toBe('mitigated')
  expect(top('We throttled the nightly export to 5 requests a second.')).toBe('mitigated')
})

test('a noun is not read as a verb’s form made up for it (`control plane` is no plan)', () => {
  expect(top('Alarms for errors on the control plane APIs fired.')).toBe('detected')
  expect(weighEntry('We planned the failover for Sunday.').features).toEqual([])
})

test('starting on the incident is taking it up, not the incident starting', () => {
  expect(top('M. de Boer (network team) starts on the incident.')).toBe('acknowledged')
  expect(top('Priya started on the ticket after lunch.')).toBe('acknowledged')
  expect(top('The outage started on Monday night.')).toBe('started')
})

test('a part that fails its health checks is failing; a check that fails is a monitor speaking', () => {
  expect(
    scoreIn('The primary fails its health checks and loses the leader lock.', 'detected')
  ).toBe(0)
  expect(scoreIn('The readiness check fails on three pods.', 'detected')).toBe(3)
})

test('a lead that went nowhere, a reopened issue, a reply that goes on with where and when', () => {
  expect(scoreIn('Could it be the DNS change? Dead end, about ten minutes.', 'mitigated')).toBe(0)
  expect(weighEntry('@sam reopens #88: uploads still fail with the same error.').relapse).toBe(true)
  expect(weighEntry('The shops reopen at 9am.').relapse).toBeUndefined()
  expect(weighEntry('We reopened the ticket to track the follow-up.').relapse).toBeUndefined()
  expect(top('@lee comments on #88: "looking into it, at a laptop in 10 min".')).toBe(
    'acknowledged'
  )
})

test('a sentence about how things usually are tells no event', () => {
  expect(weighEntry('Normally the report is ready by 6 AM.').features).toEqual([])
  expect(weighEntry('Usually the queue drains within minutes.').features).toEqual([])
  expect(scoreIn('The queue drains within minutes.', 'mitigated')).toBeGreaterThanOrEqual(2)
})

test('a symptom linked to what caused it is the cause found', () => {
  expect(top('By 14:10 we had tied the timeouts to the resolver change.')).toBe('diagnosed')
  expect(top('Engineers matched the 503s with the new rate-limit config.')).toBe('diagnosed')
  expect(scoreIn('Sam connected to the VPN.', 'diagnosed')).toBe(0)
})

test('a part of a document named by its subject tells nothing of the incident', () => {
  expect(weighEntry('as 09:10 to 11:20 in its outage section').features).toEqual([])
  expect(weighEntry('The lost window is 09:10 to 11:20.').features).toEqual([])
})

test('a message to customers, published, is communication, not a report from them', () => {
  expect(weighEntry('Customer notice posted: "Logins are recovering."').features).toEqual([])
  expect(top('A customer message came in about failed logins.')).toBe('detected')
})

test('a sign found after the fact tells the harm at its time, not that anyone knew of it then', () => {
  const later = weighEntry(
    'First failed uploads in the bucket log (we found this later during the review).'
  )
  expect(later.features.some((feature) => feature.milestone === 'detected')).toBe(false)
  expect(later.features.some((feature) => feature.milestone === 'diagnosed')).toBe(false)
  expect(scoreOf(later.features, 'started')).toBe(3.5)
  expect(top('Ana noticed the failed uploads and paged the team.')).toBe('detected')
})

test('what happens routinely, or harmlessly, is the usual noise: no onset, no news and no one taking it up', () => {
  const noise = [
    'Disk-latency alarm raised and acknowledged by the operator; it fires most nights during backups.',
    'Warning "feeder jam" shown on the panel. This warning appears several times a week without consequence.',
    'A routine alert about queue depth, cleared on its own.'
  ]
  for (const text of noise)
    for (const milestone of ['started', 'detected', 'acknowledged'] as const)
      expect(scoreIn(text, milestone), `${milestone}: ${text}`).toBe(0)
  expect(
    scoreIn('Disk-latency alarm raised; the operator acknowledged it.', 'detected')
  ).toBeGreaterThan(0)
  expect(top('The feeder jammed and the line stopped.')).toBe('started')
})

test('items named by the harm done to them (`all failed jobs rerun`) are no new harm', () => {
  expect(top('All failed payments processed.')).toBe('resolved')
  expect(scoreIn('The last stuck parcel left the depot.', 'started')).toBe(0)
  expect(scoreIn('Remaining rejected payments resubmitted.', 'started')).toBe(0)
  expect(scoreIn('First failed uploads at the edge.', 'started')).toBeGreaterThan(0)
  expect(scoreIn('Logins failed across the region.', 'started')).toBeGreaterThan(0)
})

test('a team or a person that checks something is checking, no monitor going off', () => {
  expect(scoreIn('SRE checks the replica: lag 0, no locks.', 'detected')).toBeLessThan(3)
  expect(scoreIn('Pingdom checks fail for the login page.', 'detected')).toBeGreaterThanOrEqual(3)
})

test('a thing said not to be enough is not denied itself: the finding stands', () => {
  expect(top('Cause identified: the pool of 16 connections per worker is not enough.')).toBe(
    'diagnosed'
  )
  expect(scoreIn('Connections were not accepted by the proxy.', 'diagnosed')).toBe(0)
})

test('an alert that paged no one (`was WARN only and not paged`) tells no one knew', () => {
  expect(scoreIn('Disk alert on db-2 at warning level, but not paged.', 'detected')).toBe(0)
  expect(scoreIn('Disk alert on db-2 paged the on-call.', 'detected')).toBeGreaterThanOrEqual(3)
})

test('something written on a record (`Ana added a comment`, `added a note to the ticket`) is no deed done to the service', () => {
  expect(scoreIn('Ana Silva added a comment: looking at the queue now.', 'mitigated')).toBe(0)
  expect(scoreIn('Added a note to the incident ticket.', 'mitigated')).toBe(0)
  expect(top('Added two replicas to the read pool.')).toBe('mitigated')
})

test('an alarm the row says was not received (`Alarm not received.`) told no one', () => {
  expect(
    scoreIn('Pump 3 trips on overload (per the RTU log). Alarm not received.', 'detected')
  ).toBe(0)
  expect(
    scoreIn('Pump 3 trips on overload. Alarm received in the control room.', 'detected')
  ).toBeGreaterThanOrEqual(3)
})

test('a department named by its work (`Crew Scheduling`, `Capacity Planning`) is a team, no plan', () => {
  expect(top('First report: a driver calls Fleet Scheduling, the app rejects his login.')).toBe(
    'detected'
  )
  expect(scoreIn('We are scheduling the reindex for tonight.', 'mitigated')).toBe(0)
})

test('a message that came in but that nobody opened tells no one; a caller who rang the desk does', () => {
  expect(
    scoreIn(
      'A customer emailed support at about ten past eight, but nobody had opened it.',
      'detected'
    )
  ).toBe(0)
  expect(top('A customer rang the service desk, saying she could not get to her invoices.')).toBe(
    'detected'
  )
})

test("an editor's note on the report (`Edit (May 3, 09:00 UTC): ...`) tells nothing of the incident", () => {
  expect(
    weighEntry('Edit (May 3, 09:00 UTC): corrected the window, which resolves the FAQ.').features
  ).toEqual([])
  expect(top('Incident resolved: the FAQ fix is live.')).toBe('resolved')
})

test('a theory stated (`initial suspicion was a slow disk`) tells no harm and no cause found', () => {
  const theory = 'Second engineer joins. Initial suspicion was a slow storage backend.'
  expect(scoreIn(theory, 'started')).toBe(0)
  expect(scoreIn(theory, 'diagnosed')).toBe(0)
  expect(scoreIn('The storage backend was slow.', 'started')).toBeGreaterThan(0)
})

test('someone at the work now (`she is looking into it`) takes it up; a vendor at it does not', () => {
  expect(top('Kemal replies in the channel that he is looking into it.')).toBe('acknowledged')
  expect(scoreIn('The hosting provider is investigating.', 'acknowledged')).toBeLessThan(2)
})

test('a count of trouble read as none, as a terse log writes it, is the impact stopped', () => {
  expect(top('checkout-api 5xx 0%. Orders OK')).toBe('mitigated')
  expect(scoreIn('Webhook errors 0. Backlog draining', 'mitigated')).toBe(3.5)
  expect(top('Errors 0.5% and climbing')).toBe('started')
})

test('logs showing the first of the harm show the onset, not its cause; a first look is no harm', () => {
  expect(
    scoreIn('Our logs show the first 504s on the summary endpoint.', 'diagnosed')
  ).toBeLessThan(2)
  expect(top('Our logs show the first 504s on the summary endpoint.')).toBe('started')
  expect(
    scoreIn('Initial review suggests an issue with the payments vault.', 'started')
  ).toBeLessThan(3.5)
  expect(scoreIn('Logs show the migration took a lock on the orders table.', 'diagnosed')).toBe(2.5)
})

test('a dashboard that fails is the product failing, not a monitor speaking', () => {
  expect(scoreIn('Customer dashboard largely unavailable; API requests failing.', 'detected')).toBe(
    0
  )
  expect(top('Customer dashboard largely unavailable; API requests failing.')).toBe('started')
})

test('an alarm that reached no one tells no one knew; one delivered and left unread still does', () => {
  expect(
    scoreIn('Chiller 3 trips on high pressure. Building system local alarm only.', 'detected')
  ).toBe(0)
  expect(scoreIn('The disk alarm fires, but it never reached the on-call.', 'detected')).toBe(0)
  expect(scoreIn('Sentry fires into #alerts-prod; nobody clicks it.', 'detected')).toBe(3)
})

test('declaring recovery says the incident is over', () => {
  expect(top('Recovery declared. Incident close')).toBe('resolved')
  expect(scoreIn('Partial recovery declared for the EU region.', 'resolved')).toBeLessThan(4)
})

test('the team holding the cause as such has diagnosed it; holding the trouble has not', () => {
  expect(scoreIn('Thanks for the logs. We have the cause.', 'diagnosed')).toBe(3)
  // (Knowing why is knowing the cause.)
  expect(scoreIn('We now know why the workers stalled.', 'diagnosed')).toBe(4)
  expect(scoreIn('We have a regression in the billing export.', 'diagnosed')).toBe(0)
  expect(scoreIn('We still do not know the cause.', 'diagnosed')).toBe(0)
  expect(scoreIn('Let us know if the errors come back.', 'diagnosed')).toBe(0)
})

test('how often is not all of it; a disturbance is an outage; a call to the on-call tells the team', () => {
  expect(scoreIn('Each night at 01:30 the compaction job runs on the ledger.', 'resolved')).toBe(0)
  expect(scoreIn('Cron entry corrected to every 10 minutes.', 'resolved')).toBeLessThan(4)
  expect(scoreIn('All services running normally again.', 'resolved')).toBeGreaterThanOrEqual(4)
  expect(top('Start of the disturbance.')).toBe('started')
  expect(top('End of the disturbance.')).toBe('resolved')
  expect(top('The night supervisor phones the IT on-call.')).toBe('detected')
  expect(scoreIn('The shift leader phones the IT on-call.', 'mitigated')).toBe(0)
  expect(scoreIn('Payment terminals working.', 'mitigated')).toBe(2.5)
  expect(scoreIn('Marta called the office: the sign-up form is broken.', 'detected')).toBe(3)
})

test('what a cause found was waiting on is no plan; a recovery declared is the resolution first', () => {
  expect(
    scoreIn(
      'Cause was identified as the schema cut-over waiting for the report query.',
      'diagnosed'
    )
  ).toBeGreaterThanOrEqual(4)
  expect(scoreIn('We are waiting for the vendor to call back.', 'diagnosed')).toBe(0)
  const declared = weighEntry('Recovery declared on the bridge.').features
  expect(scoreOf(declared, 'resolved')).toBeGreaterThan(scoreOf(declared, 'mitigated'))
  expect(scoreOf(declared, 'mitigated')).toBe(3)
  expect(scoreIn('Checkout recovered.', 'mitigated')).toBe(3.5)
  // Work routed to someone is less than their taking it.
  expect(scoreIn('The service desk assigns the ticket to the network team.', 'acknowledged')).toBe(
    2
  )
  expect(scoreIn('Omar joins the bridge.', 'acknowledged')).toBeGreaterThanOrEqual(2.5)
  // (So is work handed on: the one it is escalated to takes it.)
  expect(
    scoreIn('Priya on the support team escalates it to the engineer on call.', 'acknowledged')
  ).toBe(2.25)
  expect(scoreIn('Tomas (on call) picks it up.', 'acknowledged')).toBe(2.5)
  expect(scoreIn('The duty controller takes charge of the incident.', 'acknowledged')).toBe(2.5)
  // (A setting or file corrected is a fix, no outcome; a fault corrected is the trouble ended.)
  expect(scoreIn('Timeout setting corrected on both web servers.', 'mitigated')).toBe(2.5)
  expect(scoreIn('Corrected price file loaded to the shop.', 'mitigated')).toBe(2.5)
  expect(scoreIn('The billing fault has been corrected.', 'mitigated')).toBe(3.5)
  // (A question tells no deed or outcome; `normal` before a process or a time is what is usual.)
  expect(scoreIn('Is the cache warm again?', 'mitigated')).toBe(0)
  expect(scoreIn('Can we roll back just that flag?', 'mitigated')).toBe(0)
  expect(scoreIn('The change went through the normal release review.', 'mitigated')).toBe(0)
  expect(scoreIn('Queue latency is normal.', 'mitigated')).toBeGreaterThan(0)
  // (A change reaching the whole fleet is no service whole again.)
  expect(scoreIn('The rollout reaches the full fleet.', 'resolved')).toBe(0)
  // (The alert that fires and pages the on-call is no one responding; a person paging is.)
  expect(scoreIn('The queue alert fires and pages the data on-call.', 'acknowledged')).toBe(0)
  expect(scoreIn('Noor checks the graphs and pages the data team.', 'acknowledged')).toBe(2.5)
  // (A canary that did not catch it, or that passed, saw no trouble.)
  expect(
    scoreIn(
      "The canary didn't catch it: the canary checks only compare error rates, which were flat.",
      'detected'
    )
  ).toBe(0)
  // (`Found it.` alone, then what was wrong, is the cause found; a database's crash recovery by
  // name is no service recovered.)
  expect(
    scoreIn(
      'Found it. The nightly job rewrote the proxy config with an empty upstream.',
      'diagnosed'
    )
  ).toBe(4)
  expect(scoreIn('Found it. Back in ten, grabbing coffee.', 'diagnosed')).toBeLessThan(4)
  expect(scoreIn('Replica restarted, crash recovery running.', 'mitigated')).toBeLessThan(3)
  // (A measure against the usual is no state reached; an incident's rank raised is no remedy.)
  expect(scoreIn('Queue depth is ~9x normal and still climbing.', 'mitigated')).toBe(0)
  expect(scoreIn('Severity: SEV1 (raised from SEV2 at 04:35)', 'mitigated')).toBe(0)
  expect(scoreIn('Disk quota raised to 2 TB.', 'mitigated')).toBeGreaterThan(0)
  // (`Found it:` opens a sentence, no label that names a milestone.)
  expect(
    weighEntry('Found it: during the outage, clients hammered reconnects.').features.some((f) =>
      f.name.endsWith(', as a label')
    )
  ).toBe(false)
  // (Understanding what went wrong is knowing it.)
  expect(scoreIn('By eleven we understood what was going on.', 'diagnosed')).toBe(4)
  expect(scoreIn('We understood why the queue stalled.', 'diagnosed')).toBeGreaterThanOrEqual(3)
  // (The weather, and the next one free, are no trouble and no recovery.)
  expect(scoreIn('Ground crews start de-icing in freezing drizzle.', 'started')).toBe(0)
  expect(scoreIn('All parcels rebooked on the next available van.', 'resolved')).toBe(0)
  // (A field's key that names a property is no event: `Outage type: unplanned`.)
  expect(scoreIn('Outage type: unplanned', 'started')).toBe(0)
  expect(scoreIn('Outage: unplanned', 'started')).toBeGreaterThan(0)
})

test('an acknowledgment that arrives is a message; a job that fires, a file assembled, no alert or responder', () => {
  expect(scoreIn("The clearing house's acknowledgment arrived, marked late.", 'acknowledged')).toBe(
    0
  )
  expect(scoreIn('The nightly export job fired at 02:00.', 'detected')).toBe(0)
  expect(scoreIn('The disk alert fired.', 'detected')).toBe(3)
  expect(scoreIn('The exporter assembled the report as usual.', 'acknowledged')).toBe(0)
  expect(scoreIn('The incident team assembled on the bridge.', 'acknowledged')).toBe(2.5)
})

test('the moment an amount of time is counted from says nothing of this one', () => {
  expect(
    scoreIn(
      'Change ticket found only at 06:19 (38 min after the duty manager ack).',
      'acknowledged'
    )
  ).toBe(0)
  expect(scoreIn('DNS record restored (resolved).', 'resolved')).toBeGreaterThan(4)
  expect(
    scoreIn(
      'The support case was not opened until 10:40, some 50 minutes after the disk fault was identified.',
      'diagnosed'
    )
  ).toBe(0)
  expect(scoreIn('The disk fault was identified at 09:50.', 'diagnosed')).toBeGreaterThan(3)
})

test('a theory said as a sentence clears what it checks; how long a recovery took is no recovery now', () => {
  expect(
    scoreIn(
      'First guess is the DNS provider. Their status page is green, lookups normal.',
      'mitigated'
    )
  ).toBe(0)
  expect(
    scoreIn('Once the fault was found at 9.05am, recovery took a further 80 minutes.', 'mitigated')
  ).toBe(0)
  expect(scoreIn('Service recovered at 10:25.', 'mitigated')).toBe(3.5)
})

test('a second alert is not the first: a label says so as well', () => {
  expect(scoreIn('Second alert: queue depth above 10k.', 'detected')).toBe(3)
  expect(scoreIn('A second alert fires for the same errors.', 'detected')).toBeLessThan(3)
  expect(scoreIn('Alert: queue depth above 10k.', 'detected')).toBeGreaterThan(3)
})

test('an alert sent to a channel someone muted still went off', () => {
  expect(
    scoreIn(
      'The monitor noticed errors and sent an alert to a channel we had muted. Nobody saw it.',
      'detected'
    )
  ).toBe(3)
})

test('a broadcast off the air and back on it; a break in the schedule; taking manual control', () => {
  expect(scoreIn('Break B2 (commercials, 90s)', 'started')).toBe(0)
  expect(scoreIn('The ad break plays out.', 'started')).toBe(0)
  expect(scoreIn('Both chains go to black. Off air on all outputs.', 'started')).toBeGreaterThan(0)
  expect(top('Channel back on air with the news.')).toBe('mitigated')
  expect(top('The duty engineer takes manual control of the playlist.')).toBe('acknowledged')
})

test('what should reach users, denied, is a failure: not showing in the chart, not going through, not printing', () => {
  expect(scoreIn('Lab results not showing in the chart.', 'started')).toBeGreaterThan(0)
  expect(scoreIn('Card payments not going through at the tills.', 'started')).toBeGreaterThan(0)
  expect(scoreIn('Shipping labels not printing at the dock.', 'started')).toBeGreaterThan(0)
  expect(
    scoreIn('Ward called the lab: results not showing in the chart.', 'detected')
  ).toBeGreaterThan(0)
  // (A warning not displayed on the console alerted nobody; the printing watched is no service.)
  expect(scoreIn('Import finished with a warning, not displayed on the console.', 'detected')).toBe(
    0
  )
  expect(scoreIn('Night shift asked to watch label printing.', 'resolved')).toBe(0)
})

test('reports reviewed as papers afterwards tell of no trouble', () => {
  expect(
    scoreIn(
      'The quality lead reviewed all incident reports filed for the morning shift.',
      'detected'
    )
  ).toBe(0)
  expect(scoreIn('Two store managers report failed card payments.', 'detected')).toBeGreaterThan(0)
})

test('a spot check is no one spotting anything; a log taking the ticket takes the work', () => {
  expect(scoreIn('Spot check: ten orders now in the warehouse system.', 'detected')).toBe(0)
  expect(scoreIn('Ana spots the error on the status page.', 'detected')).toBeGreaterThan(0)
  expect(
    scoreIn('On-call analyst returned page, took ticket.', 'acknowledged')
  ).toBeGreaterThanOrEqual(2)
})

test('a search that came up empty finds no cause', () => {
  expect(scoreIn('Ana checked and found no config changes since Friday.', 'diagnosed')).toBe(0)
  expect(scoreIn('Finds nothing wrong on the database side.', 'diagnosed')).toBe(0)
  expect(scoreIn('Ana found the bad config change.', 'diagnosed')).toBeGreaterThanOrEqual(3)
})

test('a cause confirmed is a cause found; the disaster recovery site is a place', () => {
  expect(scoreIn('The vendor confirms the root cause: a failed controller.', 'diagnosed')).toBe(4)
  // (A cause agreed is settled as one confirmed is; agreeing to act is a plan.)
  expect(
    scoreIn('Firewall rule removal found in the logs; cause agreed on the call.', 'diagnosed')
  ).toBe(4)
  expect(scoreIn('Everyone agrees on the root cause by then.', 'diagnosed')).toBe(4)
  expect(scoreIn('We agreed to fail over.', 'diagnosed')).toBe(0)
  expect(scoreIn('Options: fail over to the disaster recovery site.', 'mitigated')).toBeLessThan(3)
})

test('a protocol ack awaited is no responder acknowledging', () => {
  expect(
    scoreIn('The write stalls, waiting for an ack that the replica never sends.', 'acknowledged')
  ).toBe(0)
  expect(scoreIn('The primary got no ack from the standby.', 'acknowledged')).toBe(0)
  expect(scoreIn('Ack by Tomasz in #ops.', 'acknowledged')).toBe(4)
  expect(scoreIn('Tomasz sends an ack in #ops.', 'acknowledged')).toBe(4)
})

test('an error tracker that sent no alert tells no one knew', () => {
  expect(scoreIn('Sentry folded the new errors into an old issue, so no alert.', 'detected')).toBe(
    0
  )
  expect(scoreIn('The monitor was muted, so no page for the on-call.', 'detected')).toBe(0)
  expect(
    scoreIn(
      'The autoscaler grows the data volume (usage had reached 90%). While it cools down, disk-usage warnings for that volume are inhibited.',
      'detected'
    )
  ).toBe(0)
  expect(scoreIn('Sentry alerts the on-call about the errors.', 'detected')).toBeGreaterThan(2)
})

test('what is left of the harm going on leaves a mitigation standing, not a resolution', () => {
  expect(scoreIn('Outage mitigated; the retry backlog is still draining.', 'mitigated')).toBe(3.5)
  expect(scoreIn('Outage mitigated; the retry backlog is still draining.', 'resolved')).toBe(0)
  expect(scoreIn('Rolled back; uploads still failing.', 'mitigated')).toBe(0)
  // A measure of trouble back at none.
  expect(scoreIn('Upload error rate back to 0%.', 'mitigated')).toBe(3.5)
})

test('a start intended for a time, and an event a name names, are no onset', () => {
  expect(scoreIn('The promotion itself is timed to start at 00:00.', 'started')).toBe(0)
  expect(scoreIn('The sale was set to begin at noon.', 'started')).toBe(0)
  expect(scoreIn('So the Spring Launch event started at 10:00 instead.', 'started')).toBe(0)
  expect(scoreIn('The event started at 14:05 when the primary failed.', 'started')).toBe(3)
  expect(scoreIn('Requests started to fail at 21:49.', 'started')).toBe(3)
})

test('a good measure back at its level is the service back; `no` denies a noun past its qualifiers', () => {
  expect(scoreIn('Checkout success rate back to 99.8%.', 'mitigated')).toBe(3)
  expect(scoreIn('iOS crash-free sessions back to 99.7%.', 'mitigated')).toBe(3)
  expect(scoreIn('Error rate back to 4%.', 'mitigated')).toBe(0)
  expect(scoreIn('Stable for an hour, no new 2.4 crash reports.', 'started')).toBe(0)
})

test('a thing that closes of itself is no incident closed; the incident, its ticket or its bridge closed is', () => {
  expect(scoreIn('Round 2 closes under the extended deadline.', 'resolved')).toBe(0)
  expect(scoreIn('The application window closes at 17:00.', 'resolved')).toBe(0)
  expect(scoreIn('Incident closed at 09:00.', 'resolved')).toBe(2.5)
  expect(scoreIn('Ticket closed at 09:00.', 'resolved')).toBe(2.5)
  expect(scoreIn('Dana closes the incident.', 'resolved')).toBe(2.5)
})

test('a stated span names no milestone for the times told inside it', () => {
  expect(scoreIn('Time to detect: 31 minutes (first 502s at 08:02', 'detected')).toBeLessThan(3)
  expect(scoreIn('Detected: the on-call saw the 502s at 08:33', 'detected')).toBeGreaterThan(3)
})

test('a disk at 100% is full, and errors that show up appear: onsets, not evidence found', () => {
  expect(scoreIn('The data volume hit 100% just after 02:00.', 'started')).toBeGreaterThanOrEqual(2)
  expect(scoreIn('The first write errors show up in the app log at 02:04.', 'started')).toBe(3.5)
  expect(scoreIn('The first write errors show up in the app log at 02:04.', 'diagnosed')).toBe(0)
  // (A quota at 100% may be a rollout's plan.)
  expect(scoreIn('We ramped the flag to 100% and the quota at 100% held.', 'started')).toBe(0)
})

test('a task taken on is no deed done; communication restored is the link back', () => {
  expect(
    scoreIn(
      'The technician called back and took responsibility for restoring the link.',
      'mitigated'
    )
  ).toBe(0)
  expect(scoreIn('Communication was restored to 12 of the 15 pump stations.', 'mitigated')).toBe(
    3.5
  )
  expect(scoreIn('Posted a customer communication on the status page.', 'mitigated')).toBe(0)
})

test('a post into a channel for alerts is an alert; other channels name no words', () => {
  expect(scoreIn('The uptime bot posts SHOP DOWN in #ops-alerts.', 'detected')).toBe(3)
  expect(scoreIn('The uptime bot posts SHOP DOWN in #ops.', 'detected')).toBeLessThan(3)
  expect(scoreIn('Discussed in #inc-0411-checkout-crash.', 'started')).toBe(0)
})

test('an approval rate is a measure, not a plan approved; a level back is the harm stopped, not all', () => {
  expect(
    scoreIn('Alert raised by the monitoring system: card approval rate below 90%.', 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Approval rate back to 97.5%.', 'mitigated')).toBe(3)
  expect(scoreIn('Approval rate back to 97.5%.', 'resolved')).toBe(2.5)
  expect(scoreIn('Approval rate back to baseline.', 'resolved')).toBe(4)
})

test('a queue or backlog draining is trouble going down; draining a node is a deed', () => {
  expect(scoreIn('Queue starts draining.', 'mitigated')).toBe(3)
  expect(scoreIn('Backlog draining, about a third left.', 'mitigated')).toBe(3)
  expect(scoreIn('We drain the node.', 'mitigated')).toBe(2)
})

test('a near miss is harm that did not happen', () => {
  expect(
    scoreIn('Near miss: a dose was almost given twice; a second check caught it.', 'started')
  ).toBe(0)
  // (The same harm told without the words of a near miss still weighs as one.)
  expect(scoreIn('The second check missed the duplicate dose.', 'started')).toBeGreaterThan(0)
})

test('what had failed, named as what a remedy works on, is no failure now', () => {
  expect(scoreIn('Bulk retry of failed pipelines kicked off.', 'started')).toBe(0)
  expect(scoreIn('Pipelines failed again after the retry.', 'started')).toBeGreaterThan(0)
})

test('what a name or a version resolves to closes nothing; an incident judged over is closed', () => {
  expect(scoreIn('Fresh installs resolved to 2.8.1 again.', 'resolved')).toBe(0)
  expect(scoreIn('The record now resolves to the new load balancer.', 'resolved')).toBe(0)
  expect(scoreIn('The incident was resolved.', 'resolved')).toBeGreaterThanOrEqual(4)
  expect(scoreIn('From here on we consider the outage over.', 'resolved')).toBeGreaterThanOrEqual(4)
  expect(scoreIn('We will consider a longer freeze.', 'resolved')).toBe(0)
})

test('reports or damage that stop are the harm ending; a release yanked is a remedy', () => {
  expect(scoreIn('New complaints stopped after that.', 'mitigated')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('The damage stopped there.', 'mitigated')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Complaints keep coming in.', 'mitigated')).toBe(0)
  expect(scoreIn('Wen yanked 0.9.3 from the registry.', 'mitigated')).toBe(2)
})

test('`it is the same ... as` is a likeness, not a cause named', () => {
  expect(scoreIn("It's the same build as yesterday's.", 'diagnosed')).toBe(0)
  expect(scoreIn("It's the expired signing key.", 'diagnosed')).toBeGreaterThanOrEqual(3)
})

test('harm told from a moment on dates its onset; whatever still failed, said of nothing in particular, leaves an end standing', () => {
  expect(
    scoreIn('Anyone who deployed from then on got a blank config.', 'started')
  ).toBeGreaterThanOrEqual(3.5)
  expect(scoreIn('From that point on, every checkout failed.', 'started')).toBeGreaterThanOrEqual(
    3.5
  )
  expect(scoreIn('From then on, checkouts worked again.', 'started')).toBe(0)
  expect(scoreIn('By then the backlog had drained.', 'started')).toBe(0)
  expect(
    scoreIn(
      'We call the outage over. Anything still failing after this was a cached DNS entry.',
      'resolved'
    )
  ).toBeGreaterThanOrEqual(4)
  expect(scoreIn('We call the outage over. Some hosts still failing.', 'resolved')).toBe(0)
})

test('an author’s note names the milestones its words weigh most: the harm ended is the mitigation', () => {
  const impactEnd = 'Rollback finished, error rate normal (impact end)'
  expect(scoreIn(impactEnd, 'mitigated')).toBeGreaterThan(scoreIn(impactEnd, 'resolved') + 0.5)
  const over = 'Replay finished (incident over)'
  expect(scoreIn(over, 'resolved')).toBeGreaterThanOrEqual(scoreIn(over, 'mitigated'))
})

test('a report that came from outside reached the team; a change ticket is no report', () => {
  expect(
    scoreIn('The first report came from Brisket & Co on the support chat.', 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(scoreIn('A ticket arrived from a merchant.', 'detected')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('The move to Friday came from an old change ticket.', 'detected')).toBe(0)
})

test('words quoted in brackets or capitals are the machine’s or another’s, not the author’s note', () => {
  expect(
    scoreIn('Alarms received on the console: "FEEDER TRIP", "UPS OUTPUT LOSS".', 'started')
  ).toBeLessThan(3)
  expect(
    scoreIn('Kai updated the status page ("Payments delayed, investigating").', 'acknowledged')
  ).toBeLessThan(4)
  expect(scoreIn('Payments down (investigating)', 'acknowledged')).toBeGreaterThanOrEqual(4)
})

test('a complaint comes from outside; a log of data events is no incident', () => {
  expect(
    scoreIn('Mona reports a customer complaint in #support.', 'detected')
  ).toBeGreaterThanOrEqual(2)
  expect(scoreIn('Replay of 9,120 queued events started', 'started')).toBe(0)
  expect(scoreIn('The event started at 14:05', 'started')).toBeGreaterThanOrEqual(3)
})

test('a measure of trouble holding flat is no trouble; traffic gone flat says nothing here', () => {
  expect(scoreIn('Error ratio flat.', 'started')).toBe(0)
  expect(scoreIn('Error ratio flat.', 'mitigated')).toBeGreaterThan(0)
})

test('the cause worked out in so many words, or two and two put together, is the diagnosis', () => {
  expect(scoreIn('At 19:40 we figured it out.', 'diagnosed')).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn('Then I put two and two together: the rotated key was still cached.', 'diagnosed')
  ).toBeGreaterThanOrEqual(3)
  expect(scoreIn('We found it hard to reproduce.', 'diagnosed')).toBeLessThan(3)
})

test('a callout accepted is the page taken; calling it fixed declares the end', () => {
  expect(scoreIn('The duty engineer accepted the callout.', 'acknowledged')).toBeGreaterThanOrEqual(
    4
  )
  expect(scoreIn('The gateway accepts requests again.', 'acknowledged')).toBe(0)
  expect(
    scoreIn('I called it fully fixed and posted in #general.', 'resolved')
  ).toBeGreaterThanOrEqual(4)
  expect(scoreIn('We called the vendor.', 'resolved')).toBe(0)
})

test('what a check would have caught was not noticed; an alert posted to a muted channel was still sent', () => {
  expect(scoreIn('A canary would have caught the bad config.', 'detected')).toBe(0)
  expect(
    scoreIn(
      'The uptime bot posted "API DOWN" in #ops-alerts. Sadly #ops-alerts is muted for most of us.',
      'detected'
    )
  ).toBeGreaterThanOrEqual(3)
  expect(scoreIn('The disk alert was muted.', 'detected')).toBe(0)
})

test('an error code names the failure; harm told from here on dates its onset', () => {
  expect(
    scoreIn('First ERR_QUOTA_MISSING from the ledger (found later in logs).', 'started')
  ).toBeGreaterThanOrEqual(3.5)
  expect(scoreIn('Set MAX_POOL_SIZE to 40.', 'started')).toBe(0)
  expect(scoreIn('Grants fail from here on.', 'started')).toBeGreaterThanOrEqual(3.5)
})

test('a post nobody read told no one; no alert went off, whatever else told of it', () => {
  expect(
    scoreIn(
      'First player posts in #bugs ("coins missing"). Nobody on staff saw these until later.',
      'detected'
    )
  ).toBe(0)
  expect(scoreIn('The first badge scan fails. Nobody notices at the front desk.', 'detected')).toBe(
    0
  )
  expect(scoreIn('The disk alert fired and nobody saw it.', 'detected')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Queue depth up 6x. No alert: our alerts only cover 5xx.', 'detected')).toBe(0)
  expect(
    scoreIn(
      'First support email from a listener. Ana sees it in the inbox. No alerts had fired.',
      'detected'
    )
  ).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn('Alert fired. No page went out to the secondary.', 'detected')
  ).toBeGreaterThanOrEqual(3)
})

test('warnings found in logs are evidence read, not a warning sent', () => {
  expect(scoreIn('Ana finds the token_expired warnings in the autoscaler logs.', 'detected')).toBe(
    0
  )
  expect(scoreIn('Disk usage warning fired for db-3.', 'detected')).toBeGreaterThanOrEqual(3)
})

test('the remaining ones are the rest of them; most of it restored is the harm substantially reduced', () => {
  expect(
    scoreIn('All 12 remaining stores confirmed up. All services restored.', 'resolved')
  ).toBeGreaterThanOrEqual(4)
  expect(weighEntry('All 12 remaining stores confirmed up.').persists).toBe(false)
  expect(weighEntry('Twelve stores remaining offline.').persists).toBe(true)
  expect(
    scoreIn('Service restored to the majority of stores.', 'mitigated')
  ).toBeGreaterThanOrEqual(3.5)
  expect(scoreIn('Service restored to some stores.', 'mitigated')).toBe(3)
})

test('an alarm caught by a suppression rule, or not shown on the console, reached no one', () => {
  expect(
    scoreIn(
      'The controller raises "PUMP FAIL". This alarm falls under the suppression rule and does not appear on the NOC console.',
      'detected'
    )
  ).toBe(0)
})

test('people kept from the service is the harm, whoever they are; a choice not to use a thing is not', () => {
  expect(scoreIn('Most students could not log in.', 'started')).toBeGreaterThanOrEqual(2)
  expect(scoreIn('Staff could not sign in to the portal.', 'started')).toBeGreaterThanOrEqual(2)
  expect(scoreIn('We could not roll back.', 'started')).toBe(0)
  expect(scoreIn('The tool supports gating; we just didn’t use it.', 'started')).toBe(0)
  expect(
    scoreIn('A banner was no use because the affected players can’t reach the menu.', 'started')
  ).toBe(0)
})

test('a measure of trouble back under its line is the harm going down; an editor’s mark is no words', () => {
  expect(scoreIn('5xx ratio back under 1%', 'mitigated')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('5xx ratio back under 1%', 'started')).toBe(0)
  expect(scoreIn('500s are back', 'started')).toBeGreaterThan(0)
  expect(scoreIn('Status page: "Degraded" (added)', 'mitigated')).toBe(0)
})

test('notices to customers, calls a network carries and a write in a log are no one told', () => {
  expect(scoreIn('Outage notices were published on the website.', 'detected')).toBe(0)
  expect(scoreIn('Ana notices the errors.', 'detected')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Voice, SMS (intermittent call set-up failures)', 'detected')).toBe(0)
  expect(scoreIn("That's the first failed write in our logs.", 'detected')).toBe(0)
  expect(scoreIn('Three customers wrote in to complain.', 'detected')).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn('So nobody noticed for a while. At 9:31 a user replied: "is it down?"', 'detected')
  ).toBeGreaterThanOrEqual(2)
})

test('the first the team heard of it is knowing of it', () => {
  expect(
    scoreIn('The first we heard of it was a call from the Elm Street branch.', 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(scoreIn('We heard back from the vendor.', 'detected')).toBe(0)
})

test('a share of something is a part of it, not a post shared', () => {
  expect(scoreIn('A large share of payments sent by customers failed.', 'detected')).toBe(0)
  expect(
    scoreIn('A customer shared a screenshot of the error.', 'detected')
  ).toBeGreaterThanOrEqual(3)
})

test('a chart read to date the harm is no monitor telling anyone; harm getting worse is no recovery', () => {
  expect(scoreIn('On the graph the errors start sharply at 09:31.', 'detected')).toBe(0)
  expect(
    scoreIn('On the graph the errors start sharply at 09:31.', 'started')
  ).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Saw spikes in p99 on the api dashboard.', 'detected')).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn('Still getting worse, error ratio at 31%. Workers normal, no restarts.', 'mitigated')
  ).toBe(0)
})

test('initiating is no first; an initial notice is a notice posted, not someone noticing', () => {
  expect(scoreIn('The health monitor began initiating failovers.', 'detected')).toBeLessThan(4)
  expect(scoreIn('We posted an initial notice to the status page.', 'detected')).toBe(0)
  expect(scoreIn('Initial alert fired.', 'detected')).toBeGreaterThanOrEqual(4)
})

test('the cause passed on is the diagnosis; `this is why` explains and tells none', () => {
  expect(
    scoreIn('The vendor called us with the cause: a failed storage controller.', 'diagnosed')
  ).toBeGreaterThanOrEqual(3.5)
  expect(scoreIn('This is why the 16:58 post mentions a partner.', 'diagnosed')).toBe(0)
  expect(scoreIn('We will tell customers the cause once known.', 'diagnosed')).toBe(0)
})

test('taking incident command is the acknowledgement; a Command Centre is a place', () => {
  expect(scoreIn('Dana takes incident command.', 'acknowledged')).toBeGreaterThanOrEqual(4)
  expect(
    scoreIn('Sgt. Ruiz assumes command and declares the system down.', 'acknowledged')
  ).toBeGreaterThanOrEqual(4)
  expect(scoreIn("Marta: I'm IC.", 'acknowledged')).toBeGreaterThanOrEqual(4)
  expect(
    scoreIn('The alert pages on-call through the Command Centre.', 'acknowledged')
  ).toBeLessThan(4)
  expect(scoreIn('The command timed out.', 'acknowledged')).toBe(0)
})

test('a dispatcher advising the supervisor of a failure tells the team; manual operations are no health', () => {
  expect(
    scoreIn('The dispatcher advises the supervisor that CAD is frozen.', 'detected')
  ).toBeGreaterThanOrEqual(2)
  expect(scoreIn('The floor moves to manual operations.', 'mitigated')).toBe(0)
})

test('an alert mailed to a list but routed to no pager still went off', () => {
  expect(
    scoreIn(
      'The queue-depth alert fires. It is mailed to the team list only and is not routed to the pager.',
      'detected'
    )
  ).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn(
      'The queue-depth alert fires. It is emailed to the team list only and not routed to the pager.',
      'detected'
    )
  ).toBeGreaterThanOrEqual(3)
  expect(scoreIn('The queue-depth alert fires but was not forwarded to the NOC.', 'detected')).toBe(
    0
  )
})

test('a field about the report itself is no moment of the incident', () => {
  const none = (text: string) => weighEntry(text).features
  expect(none('Document status — Final — v1.2, issued')).toEqual([])
  expect(none('Version: 3 (final, all actions closed)')).toEqual([])
  expect(none('Reviewed by: the network lead, once service was fully restored')).toEqual([])
  expect(scoreIn('Final fix deployed; all regions fully restored.', 'resolved')).toBeGreaterThan(3)
})

test('a canary release is a stage of a rollout, not a check watching the service', () => {
  expect(scoreIn('Canary increased to 50% of traffic; error rates unchanged.', 'detected')).toBe(0)
  expect(scoreIn('Build 4.2 deployed as a canary to one zone.', 'detected')).toBe(0)
  expect(scoreIn('The canary check fails in two regions.', 'detected')).toBeGreaterThanOrEqual(3)
})

test('someone working the problem is responding, not the service working; `from here down` is where on the page', () => {
  expect(top('Paged at 02:10, acked and started working it.')).toBe('acknowledged')
  expect(scoreIn('Priya works the ticket with the vendor.', 'mitigated')).toBe(0)
  expect(scoreIn('Checkout works again.', 'mitigated')).toBeGreaterThan(3)
  expect(scoreIn('(Saturday from here down)', 'started')).toBe(0)
  expect(scoreIn('From here on the site was down.', 'started')).toBeGreaterThan(0)
})

test("the state a status page shows, in brackets however set, is the page's, not the author's note", () => {
  const acknowledged = (emphasis: string[]) =>
    scoreOf(
      weighEntry(
        'Status page incident opened: "Some logins are failing" (Investigating)',
        'timeline',
        false,
        emphasis
      ).features,
      'acknowledged'
    )
  expect(acknowledged([])).toBeLessThan(4)
  expect(acknowledged(['(Investigating)'])).toBeLessThan(4)
  expect(acknowledged(['Investigating'])).toBeLessThan(4)
})

test('payments declined are a failure; a measure that declines is a fall', () => {
  expect(scoreIn('The declines began just after noon.', 'started')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Most debit cards were declined at the till.', 'started')).toBeGreaterThan(0)
  expect(scoreIn('The declines in sign-ups continued.', 'started')).toBe(0)
})

test('clear as plain to see is no recovery; a queue that is clear is', () => {
  expect(scoreIn('Thanks for the very clear report, reproduced it.', 'mitigated')).toBe(0)
  expect(scoreIn('A clear sign of load on the primary.', 'mitigated')).toBe(0)
  expect(scoreIn('The backlog is clear.', 'mitigated')).toBeGreaterThan(3)
})

test('a resource at its limit is a failure; a level short of it is not', () => {
  expect(scoreIn('The worker pool hit its connection limit.', 'started')).toBeGreaterThanOrEqual(2)
  expect(scoreIn('The queue reached the limit of 5,000 jobs.', 'started')).toBeGreaterThanOrEqual(2)
  expect(scoreIn('Disk use reached 70% of its limit.', 'started')).toBe(0)
  expect(scoreIn('We raised the limit to 4096.', 'started')).toBe(0)
})

test('users joining what the service offers, or shut out of it, are no responders joining', () => {
  expect(scoreIn('Players could not join games from the menu.', 'acknowledged')).toBe(0)
  expect(scoreIn('Customers trying to join the waiting room saw errors.', 'acknowledged')).toBe(0)
  expect(scoreIn('Nobody could create or join a room.', 'acknowledged')).toBe(0)
  expect(scoreIn('Priya joins the bridge.', 'acknowledged')).toBeGreaterThan(2)
})

test('a question asked of the trouble is a report; asked to do something, a final update and taking the ticket are not what they seem', () => {
  expect(
    scoreIn('A customer asked whether the app was broken.', 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Staff have been asked to check their records.', 'detected')).toBe(0)
  expect(scoreIn('Final update sent to parents.', 'resolved')).toBe(0)
  expect(top('The on-duty administrator takes the ticket.')).toBe('acknowledged')
})

test("a status page's words, quoted after its label, are the page's, no state of the service", () => {
  expect(weighEntry('Status page: "Orders are delayed and catching up"').features).toEqual([])
  expect(weighEntry('Note: Status page: "Logins are recovering"').features).toEqual([])
  expect(scoreIn('Orders are catching up.', 'mitigated')).toBeGreaterThan(0)
})

test('an action said to have had no success, no effect, is no remedy', () => {
  expect(scoreIn('Manual failover to the standby node. No success.', 'mitigated')).toBe(0)
  expect(scoreIn('Restarted the gateway. No effect.', 'mitigated')).toBe(0)
  expect(scoreIn('Restarted the gateway.', 'mitigated')).toBeGreaterThan(0)
})

test('someone owning the incident takes it; a service the team owns is no response', () => {
  expect(top('Incident owned.')).toBe('acknowledged')
  expect(top('Priya owns the incident from here.')).toBe('acknowledged')
  expect(scoreIn('The billing service, which we own, failed.', 'acknowledged')).toBe(0)
})

test('alarms that annunciate went off; shelved ones, a notice of a plan, and mail nobody reads told no one', () => {
  expect(
    scoreIn('Level alarms annunciate at the control room HMI.', 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(scoreIn('The operator shelves the comms alarm group until 04:00.', 'detected')).toBe(0)
  expect(
    scoreIn(
      'The vendor confirms by e-mail that firmware will be pushed to all sites tonight.',
      'detected'
    )
  ).toBe(0)
  expect(
    scoreIn(
      'The vendor reports one site needs follow-up. The mailbox is not monitored overnight.',
      'detected'
    )
  ).toBe(0)
  expect(scoreIn('The vendor reports one site is down.', 'detected')).toBeGreaterThanOrEqual(3)
})

test('a notice posted is said to the public; nobody noticed anything', () => {
  expect(scoreIn('Notice posted: "The login issue is resolved."', 'detected')).toBe(0)
  expect(scoreIn('Advisory published for all branches.', 'detected')).toBe(0)
  expect(scoreIn('Sam notices the queue is growing.', 'detected')).toBeGreaterThanOrEqual(3)
})

test('a service back to plan, or on its timetable again, is back to normal', () => {
  expect(scoreIn('Service back to plan on both lines.', 'resolved')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Buses running to timetable again.', 'resolved')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('We plan to restart the signalling server.', 'resolved')).toBe(0)
})

test('what a clause opened by `before` tells came after the moment told', () => {
  expect(scoreIn('The last lorry crossed the bridge before the closure.', 'started')).toBe(0)
  expect(scoreIn('Backups were taken before the outage.', 'started')).toBe(0)
  expect(scoreIn('Errors started before the deploy finished.', 'started')).toBeGreaterThan(0)
  // (A time after `before` is when, not what: `before 10:00 the queue drained`.)
  expect(scoreIn('Before 10:00 the queue drained.', 'mitigated')).toBeGreaterThan(0)
})

test('what failed to happen did not happen, and the failing is the failure', () => {
  expect(scoreIn('The standby failed to restore service.', 'mitigated')).toBe(0)
  expect(scoreIn('The barrier failed to detect the train.', 'detected')).toBe(0)
  expect(scoreIn('The upgraded primary fails to come back.', 'started')).toBeGreaterThan(0)
  // (`failed to start the next event`: a failure beginning, still.)
  expect(scoreIn('Playout failed to start the next event.', 'started')).toBeGreaterThanOrEqual(3)
})

test('points named by a number or an article are a thing, not the verb `point to`', () => {
  expect(scoreIn('Switch 12 points failed to move.', 'diagnosed')).toBe(0)
  expect(scoreIn('The logs point to the cache.', 'diagnosed')).toBeGreaterThan(0)
})

test('a message put out is communication, and `issued` is no issue', () => {
  expect(scoreIn('Disruption msg issued: "Delays between A and B."', 'started')).toBeLessThan(3.5)
  expect(scoreIn('Refund issued to every customer.', 'started')).toBe(0)
  expect(scoreIn('Known issue with the card reader.', 'started')).toBeGreaterThan(0)
})

test('an alarm that went off only where nobody watched told no one', () => {
  expect(scoreIn('The chiller alarmed locally at 06:12.', 'detected')).toBe(0)
  expect(scoreIn('The panel alarm sounded locally.', 'detected')).toBe(0)
  expect(scoreIn('The chiller alarm fired.', 'detected')).toBeGreaterThanOrEqual(3)
})

test('a call that came in, named as a noun, is a report', () => {
  expect(scoreIn('First customer call at 8:24.', 'detected')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('First call was from a dental clinic.', 'detected')).toBeGreaterThanOrEqual(2)
})

test('a customer is an outsider in a colleague’s quoted message too', () => {
  expect(
    scoreIn('Ines posted in #ops: "customer on the phone says no prices on the site"', 'detected')
  ).toBeGreaterThanOrEqual(3)
})

test('the trouble named as what the work is on (`attack mitigation`) is no onset', () => {
  expect(scoreIn('Patch preparation and attack mitigation', 'started')).toBe(0)
  expect(scoreIn('Outage remediation work continues.', 'started')).toBe(0)
  expect(scoreIn('The attack begins.', 'started')).toBeGreaterThan(0)
})

test('a remedy recommended is advice, not done', () => {
  expect(scoreIn('The vendor recommends replacing the controller.', 'mitigated')).toBe(0)
  expect(scoreIn('The vendor replaced the controller.', 'mitigated')).toBeGreaterThan(0)
})

test('an entry that says no one was harmed yet tells no onset', () => {
  expect(
    scoreIn(
      'The connector rejects every message. No direct impact yet: the volume is small.',
      'started'
    )
  ).toBe(0)
  expect(scoreIn('The heater tripped. No effect on train movements at this time.', 'started')).toBe(
    0
  )
  expect(scoreIn('The connector rejects every message.', 'started')).toBeGreaterThan(0)
})

test('a warning nobody noticed told no one', () => {
  expect(scoreIn('The disk-usage warning fires at 80% and is not noticed.', 'detected')).toBe(0)
  expect(scoreIn('The disk-usage warning fires at 80%.', 'detected')).toBeGreaterThanOrEqual(3)
})

test('what is asked for with `please` is not done', () => {
  expect(scoreIn('Please acknowledge the page.', 'acknowledged')).toBe(0)
  expect(scoreIn('Pls restart the gateway.', 'mitigated')).toBe(0)
  expect(scoreIn('Acknowledged the page.', 'acknowledged')).toBeGreaterThanOrEqual(3)
})

test('a person at work is no service working, and a particle after a preposition’s noun is none of the verb’s', () => {
  expect(
    scoreIn('An engineer working from home on a bid cannot open the shared drive.', 'acknowledged')
  ).toBe(0)
  expect(
    scoreIn('An engineer working from home on a bid cannot open the shared drive.', 'mitigated')
  ).toBe(0)
  expect(scoreIn('Nadia is working on it.', 'acknowledged')).toBeGreaterThan(0)
  expect(scoreIn('Uploads are working again.', 'mitigated')).toBeGreaterThan(0)
})

test('a deed named, then what it is to do (`Recovery to proceed`), is a plan', () => {
  expect(scoreIn('Recovery to proceed from the offline copies.', 'mitigated')).toBe(0)
  expect(scoreIn('Rollback to follow.', 'mitigated')).toBe(0)
  expect(scoreIn('Rollback completed.', 'mitigated')).toBeGreaterThan(0)
})

test('`no` denies the noun after the words of no class that qualify it', () => {
  expect(scoreIn('Counsel advises: no notifiable privacy breach.', 'started')).toBe(0)
  expect(scoreIn('A privacy breach is confirmed.', 'started')).toBeGreaterThan(0)
})

test('a department named `... Operations` is a team, not the service operating', () => {
  expect(scoreIn('Card Operations completes the settlement check.', 'resolved')).toBe(0)
  expect(scoreIn('Operations resumed.', 'mitigated')).toBeGreaterThan(0)
})

test('an attack identified is the cause found, as a failure is', () => {
  expect(
    scoreIn('Omar identifies a credential-stuffing attack on the login API.', 'diagnosed')
  ).toBe(3.5)
  expect(scoreIn('Omar identifies three hosts.', 'diagnosed')).toBe(2)
})

test('what was `eventually` or `later` found was found at a time the sentence does not give', () => {
  expect(
    scoreIn(
      'What was eventually determined to be a bad cable was worked around at 10:40.',
      'diagnosed'
    )
  ).toBe(0)
  expect(scoreIn('We determined it was a bad cable.', 'diagnosed')).toBeGreaterThan(0)
})

test('`once` opening a clause is `when`, not `again`', () => {
  expect(scoreIn('Once the evening peak started building, the queue backed up.', 'mitigated')).toBe(
    0
  )
  expect(scoreIn('Search is working once more.', 'mitigated')).toBeGreaterThan(0)
})

test('a response labelled tells the detection no more than a response does', () => {
  const role = weighEntry('Role assigned: Incident Lead → Bea Moss', 'timeline').features
  expect(Math.max(0, ...role.filter((f) => f.milestone === 'detected').map((f) => f.weight))).toBe(
    2
  )
  expect(
    Math.max(...role.filter((f) => f.milestone === 'acknowledged').map((f) => f.weight))
  ).toBeGreaterThan(3)
})

test('what was tried and could not be done, told by a bare `couldn’t`, is the service failing', () => {
  expect(scoreIn('The broker tried to write a new journal file and couldn’t.', 'started')).toBe(2)
  expect(scoreIn('The broker tried to write a new journal file and did.', 'started')).toBe(0)
  // (The team short of a deed is no failure.)
  expect(scoreIn('We tried to restart it and couldn’t.', 'started')).toBe(0)
})

test('the first successful deed of the service after the trouble is its recovery', () => {
  expect(scoreIn('The first successful upload went through at 10:02.', 'mitigated')).toBe(3.5)
  expect(scoreIn('The first successful phishing attack landed at 10:02.', 'mitigated')).toBe(0)
})

test('`It was ten o’clock when ...` tells when, and names no cause', () => {
  expect(scoreIn("It was ten o'clock when the backlog cleared.", 'diagnosed')).toBe(0)
  expect(scoreIn('It was the cron job.', 'diagnosed')).toBe(3)
})

test('the first ticket comes from those the service serves', () => {
  expect(
    scoreIn('First ticket, from a lecturer: "the upload page spins forever".', 'detected')
  ).toBe(4)
  expect(scoreIn('We opened a ticket with the vendor.', 'detected')).toBe(0)
})

test('knowing what had happened is finding the cause', () => {
  expect(scoreIn('By then we knew what had happened.', 'diagnosed')).toBe(4)
  expect(scoreIn('We still did not know what had happened.', 'diagnosed')).toBe(0)
})

test('`everything is back` is the service back; `we’re back` is the team; `except` throws nothing', () => {
  expect(scoreIn('Everything is back.', 'mitigated')).toBe(3.5)
  expect(scoreIn('We’re back from the offsite.', 'mitigated')).toBe(0)
  expect(scoreIn('Mounted everywhere except the render nodes.', 'started')).toBe(0)
})

test('the team calling it done declares the incident over', () => {
  expect(scoreIn('The queue was flat and we called it done.', 'resolved')).toBe(4)
  expect(scoreIn('We called it a night.', 'resolved')).toBe(0)
})

test('a job or a task that finished is no trouble ending; the trouble that ended is', () => {
  expect(scoreIn('fsck finished: 212 inodes with problems.', 'mitigated')).toBe(0)
  expect(
    scoreIn('Billing finishes re-checking the invoices sent during the outage.', 'resolved')
  ).toBe(0)
  expect(scoreIn('The errors finally stopped.', 'mitigated')).toBe(3.5)
  expect(scoreIn('The dashboard marks the incident as ended.', 'mitigated')).toBe(3.5)
  expect(scoreIn('Uploads stopped failing.', 'mitigated')).toBeGreaterThan(0)
})

test('`Everything green` is all of it healthy: the full recovery', () => {
  expect(scoreIn('Backlog drained. Everything green.', 'resolved')).toBe(4)
})

test('chats and tickets counted come from those the service serves; an HTTP method is no message', () => {
  expect(
    scoreIn(
      'Support lead: "several chats in the last few minutes, checkout spins and errors out"',
      'detected'
    )
  ).toBe(3)
  expect(scoreIn('First POST /v2/carts requests time out.', 'detected')).toBe(0)
  expect(scoreIn('First POST /v2/carts requests time out.', 'started')).toBe(2)
  expect(scoreIn('DELETE /v1/sessions returns 500.', 'started')).toBe(2)
})

test('someone named, then what they say after a colon, is a sentence, not a label', () => {
  const said = weighEntry('Kayla escalates: 14 chats about missing login links.', 'timeline')
  expect(said.features.some((feature) => feature.name.endsWith(', as a label'))).toBe(false)
  const label = weighEntry('Impact started: checkout fails for card payments.', 'timeline')
  expect(label.features.some((feature) => feature.name.endsWith(', as a label'))).toBe(true)
})

test('a date looked for (`expected by 15 October`) is a plan; `the final report` is no service finalised', () => {
  expect(scoreIn('The final failure analysis is expected by 15 October.', 'resolved')).toBe(0)
  expect(scoreIn('The final analysis.', 'resolved')).toBe(0)
  expect(scoreIn('The job failed due to a missing index.', 'started')).toBeGreaterThan(0)
  expect(scoreIn('Invoices finalized again.', 'mitigated')).toBeGreaterThan(0)
})

test('the final release or fix out is the resolution; a final status update is a message', () => {
  expect(scoreIn('The final release was published with the installers.', 'resolved')).toBe(4)
  expect(scoreIn('We posted a final status page update.', 'resolved')).toBe(0)
})

test('a person who remains on site is no trouble going on', () => {
  expect(
    scoreIn('Supply restored. The fitter remains on site to watch the pump.', 'mitigated')
  ).toBe(3.5)
  expect(scoreIn('Supply restored. Low pressure remains in the upper zone.', 'mitigated')).toBe(0)
})

test('capitals joined by `and` to the clause before are a code, not the author’s note', () => {
  expect(scoreIn('Loadsheets for VB 211 and VB 305 TX FAIL.', 'started')).toBe(2)
  expect(scoreIn('Checkout down. START OF OUTAGE.', 'started')).toBeGreaterThanOrEqual(4)
})

test('what we learnt of later, or reconstructed from logs, nobody knew at the time', () => {
  expect(
    scoreIn('The partner starts maintenance (we only learnt of this window later).', 'detected')
  ).toBe(0)
  expect(
    scoreIn('Throughput drops; lag starts growing. (Reconstructed from broker logs.)', 'detected')
  ).toBe(0)
})

test('a restriction removed (a kill-switch, a block) puts the service back; nothing is destroyed', () => {
  expect(scoreIn('Merchant kill-switch removed by a script.', 'started')).toBe(0)
  expect(scoreIn('A cron job deleted the orders table.', 'started')).toBe(3)
})

test('the normal a harm is measured against is no recovery', () => {
  expect(
    scoreIn('At the peak the success rate fell to 6% against a normal rate of 98%.', 'mitigated')
  ).toBe(0)
  expect(scoreIn('Logins back to a normal rate.', 'mitigated')).toBe(3.5)
})

test('healthy or normal `until` a moment held up to it, and the night shift is a work period', () => {
  expect(scoreIn('The queue was healthy until the deploy at 14:05.', 'mitigated')).toBe(0)
  expect(scoreIn('Before the failover (night shift normal until', 'mitigated')).toBe(2)
  expect(scoreIn('Errors continued until 10:00, when service was normal again.', 'mitigated')).toBe(
    3.5
  )
})

test('a call to the duty manager tells the team', () => {
  expect(scoreIn('The gate agent phones the OCC duty manager.', 'detected')).toBe(3)
  expect(scoreIn('The duty manager reviews the rota.', 'detected')).toBe(0)
})

test('what an uptime checker mails is an alert; how often it checks is no recovery', () => {
  expect(
    scoreIn(
      'I have an uptime checker that polls every ten minutes, and it emailed me that the shop was down.',
      'detected'
    )
  ).toBe(3)
  expect(
    scoreIn('We rely on a free status checker that pings us every five minutes.', 'resolved')
  ).toBe(0)
  expect(scoreIn('A clean shutdown of the broker.', 'mitigated')).toBe(0)
  expect(scoreIn('Freed the disk and restarted the broker.', 'mitigated')).toBe(2)
})

test('knowing exactly what was going on is finding the cause; only `going to` is a plan', () => {
  expect(scoreIn('By then she knew precisely what was going on.', 'diagnosed')).toBe(4)
  expect(scoreIn('Around nine we finally knew why.', 'diagnosed')).toBe(4)
  expect(scoreIn('We are going to reboot the router.', 'mitigated')).toBe(0)
})

test('a responder who sees the alert takes it up; nobody seeing it takes nothing', () => {
  expect(scoreIn('Omar wakes, grabs his phone and sees the pager alert.', 'acknowledged')).toBe(2)
  expect(scoreIn('Nobody saw the alarm until the morning.', 'acknowledged')).toBe(0)
  expect(scoreIn('The pager alert fires.', 'acknowledged')).toBe(0)
})

test('a screen that shows the trouble while no one watches it tells no one', () => {
  expect(
    scoreIn(
      'The lag graph shows replication falling behind, but no one is watching it.',
      'detected'
    )
  ).toBe(0)
  expect(scoreIn('The lag graph shows replication falling behind.', 'detected')).toBe(3)
})

test('a confirmation on its own, then the cause named, is the cause found', () => {
  expect(
    scoreIn('sam: confirmed. root cause is the cache flag flipped on Friday.', 'diagnosed')
  ).toBe(4)
  expect(scoreIn('Confirmed. Errors are still climbing.', 'diagnosed')).toBe(0)
})

test('knowing to come, praise and running a script tell nothing of the service', () => {
  expect(scoreIn('Hold the refunds until we know what is going on.', 'diagnosed')).toBe(0)
  expect(scoreIn('lee: great work all. anything else before we close?', 'resolved')).toBe(0)
  expect(scoreIn('Running the backfill for all accounts.', 'resolved')).toBe(0)
  expect(scoreIn('All pods running again.', 'resolved')).toBe(4)
})

test('the record closed with the harm said to be over closes the incident as `resolved` does', () => {
  expect(
    scoreIn('lee: closing the incident. customer impact over, backlog replayed.', 'resolved')
  ).toBe(4)
  expect(scoreIn('Incident closed.', 'resolved')).toBe(2.5)
})

test('a call to the Service Desk tells the team; a card decline is a payment refused', () => {
  expect(scoreIn('The store manager calls Service Desk.', 'detected')).toBe(3)
  expect(scoreIn('The message broker restarts.', 'detected')).toBe(0)
  expect(scoreIn('Lane 3: first card decline, "HOST UNAVAILABLE".', 'mitigated')).toBe(0)
  expect(scoreIn('Card payments declined at every till.', 'started')).toBe(2)
  expect(scoreIn('Sales decline 20% after the change.', 'started')).toBe(0)
})

test('an exposure window closed is the harm over, as an impact window closed is', () => {
  expect(scoreIn('Bad build pulled from the store. Exposure window closed.', 'mitigated')).toBe(3)
  expect(scoreIn('Exposure of the bucket began at 10:00.', 'started')).toBe(3)
})

test('a word in capitals opening a row, a sentence of its own, labels it; an end aimed at is no end', () => {
  expect(scoreIn('RESTORED. Failover to the standby finished.', 'mitigated')).toBe(5)
  expect(scoreIn('DNS. It was DNS.', 'mitigated')).toBe(0)
  expect(scoreIn('Paused the rollout to stop further damage.', 'mitigated')).toBe(2)
})

test('cache poisoning is an attack: its first poisoned object is its onset', () => {
  expect(scoreIn('First poisoned object stored in the edge cache.', 'started')).toBe(2.5)
})

test('a metrics row names its span, and `Continuous` is a kind, nothing continuing', () => {
  expect(scoreIn('Time to detect — 9 min — (impact start)', 'detected')).toBe(0)
  expect(scoreIn('Resolved. Continuous Export lag back under 30 s.', 'resolved')).toBe(4)
})

test('a word set in bold opening a row, a sentence of its own, labels it as capitals do', () => {
  const text = 'Restored. Failover to the standby finished.'
  expect(scoreOf(weighEntry(text, 'timeline', false, ['Restored.']).features, 'mitigated')).toBe(5)
  expect(scoreOf(weighEntry(text, 'timeline', false, []).features, 'mitigated')).toBe(3.5)
})

test('what a search came back with is its answer, no service back', () => {
  expect(scoreIn('Every search came back with an error page.', 'mitigated')).toBe(0)
  expect(scoreIn('The API came back at 10:05.', 'mitigated')).toBe(3.5)
})

test('a monitor clearing is no alert, and `(see Detection)` points to a section', () => {
  expect(
    scoreIn('The monitor auto-resolved while declines were still above baseline.', 'detected')
  ).toBe(0)
  expect(scoreIn('Acknowledged via the app (late ack, see Detection).', 'detected')).toBe(2)
  expect(scoreIn('Checkout errors (see Impact).', 'started')).toBe(2)
})

test('waking to the alerts takes them up, as seeing them does', () => {
  expect(scoreIn('6:40am I wake up to 212 Sentry emails.', 'acknowledged')).toBe(2)
  expect(scoreIn('I woke up to the news.', 'acknowledged')).toBe(0)
})

test('`our` before a noun of no team says whose it is, not who was told', () => {
  expect(scoreIn('The first phishing mail was delivered to our tenant.', 'detected')).toBe(0)
  expect(scoreIn('An email is sent to our on-call.', 'detected')).toBe(3)
})

test('a Nagios or Zabbix check going critical is an alert, read or not', () => {
  expect(
    scoreIn('Zabbix trigger "disk /data full" goes to PROBLEM. Nobody reads the mail.', 'detected')
  ).toBe(3)
})

test('an alert named as a setting goes off no more than `no customer impact` begins one', () => {
  expect(
    scoreIn(
      'No customer impact; p95 latency rises but stays under the alert threshold.',
      'detected'
    )
  ).toBe(0)
  expect(
    scoreIn('No customer impact; p95 latency rises but stays under the alert threshold.', 'started')
  ).toBe(0)
  expect(scoreIn('Alert fires: latency above threshold.', 'detected')).toBe(4.5)
})

test('`Got it.` alone, then what was wrong and why, is the cause found', () => {
  expect(
    scoreIn(
      'Got it. The new base image turns on systemd cgroups, which is why no pod sandbox starts.',
      'diagnosed'
    )
  ).toBe(4)
  expect(scoreIn('Got it. Thanks for the heads-up.', 'diagnosed')).toBe(0)
  expect(scoreIn('Got it, on it.', 'diagnosed')).toBe(0)
})

test('an alert clearing is no detection: the alarm ending, not trouble seen', () => {
  expect(scoreIn('Latency back under 1 s. Alert clears.', 'detected')).toBe(0)
  expect(scoreIn('The disk alarm resolved itself.', 'detected')).toBe(0)
  expect(scoreIn('The disk alarm fires on db-2.', 'detected')).toBeGreaterThanOrEqual(3)
})

test('a failback is a move, no failure; `fails to come back` is one', () => {
  expect(scoreIn('Traffic failed back to the primary link.', 'started')).toBe(0)
  expect(scoreIn('The upgraded primary fails to come back.', 'started')).toBeGreaterThanOrEqual(2)
})

test('`normal` before a number of staff on hand is no state reached', () => {
  expect(
    scoreIn('Six reserve pilots available at the base (normal complement).', 'mitigated')
  ).toBe(0)
  expect(scoreIn('Staffing is back to normal.', 'mitigated')).toBeGreaterThan(0)
})

test("a ticket journal's `(Work notes)` tells no work; an event manager opening the ticket is its alert", () => {
  expect(scoreIn('Dana Reyes (Work notes) Shift handover to Sam.', 'mitigated')).toBe(0)
  expect(
    scoreIn('Netcool Integration (Work notes) Auto-created from Netcool event.', 'detected')
  ).toBe(3)
  expect(
    scoreIn('A SolarWinds node-down event opens the ticket.', 'detected')
  ).toBeGreaterThanOrEqual(3)
})

test('the team stopping a harm ends it: `we stopped the errors`, `that stopped the damage`', () => {
  expect(scoreIn('We stopped the errors by draining the bad node.', 'mitigated')).toBe(3.5)
  expect(scoreIn('Turning the flag off stopped the damage.', 'mitigated')).toBe(3.5)
  expect(scoreIn('We stopped the deploy.', 'mitigated')).toBe(2)
})

test('`four times a normal weeknight` measures against the usual; a push alert is no monitor', () => {
  expect(scoreIn('Traffic was about four times a normal weeknight.', 'mitigated')).toBe(0)
  expect(scoreIn('A push alert from our app sent readers to the live page.', 'detected')).toBe(0)
  expect(scoreIn('Queue depth is back to normal.', 'mitigated')).toBeGreaterThan(3)
})

test('a report of a job done well tells no trouble; a check found right puts nothing right', () => {
  expect(scoreIn('The contractor reports the migration successful.', 'detected')).toBeLessThan(2)
  expect(scoreIn('The vendor reports the upgrade complete.', 'detected')).toBeLessThan(2)
  expect(scoreIn('The vendor reports the upgrade failing.', 'detected')).toBeGreaterThanOrEqual(2)
  expect(scoreIn('Checks NTP on the kiosks. Clocks are correct.', 'mitigated')).toBe(0)
  expect(scoreIn('Kiosk clocks are correct again.', 'mitigated')).toBeGreaterThan(3)
})

test('`Nobody was harmed at this point` says no onset; `This is where impact starts` tells one', () => {
  expect(scoreIn('Disk usage starts climbing. Nobody was harmed at this point.', 'started')).toBe(0)
  expect(scoreIn('First failed login at the edge. This is where impact starts.', 'started')).toBe(5)
})

test('a blast or a burner firing is no alert; a function named `... detection` is nobody noticing', () => {
  expect(scoreIn('Blast on bench 7-03 fired. All clear at 12:18.', 'detected')).toBe(0)
  expect(scoreIn('Truck 14 slows down: obstacle detection (rock on road).', 'detected')).toBe(0)
  expect(scoreIn('First detection by a customer on chat.', 'detected')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('The queue depth monitor fired.', 'detected')).toBeGreaterThanOrEqual(3)
})

test('an HTTP error status by its number, beside a word of its sight or counting, is a failure; a count is not', () => {
  expect(scoreIn('First 429 on the upload endpoint at the edge.', 'started')).toBe(3.5)
  expect(scoreIn('Rollback complete; 429 rate back to 0.', 'mitigated')).toBe(3.5)
  expect(scoreIn('The export wrote 429 rows.', 'started')).toBe(0)
})

test('an alert still pending has not fired; a check that passes saw no trouble', () => {
  expect(scoreIn('Error rate above 5% (alert pending).', 'detected')).toBe(0)
  expect(scoreIn('Canary gate passes on latency only; promoted to all hosts.', 'detected')).toBe(0)
  expect(scoreIn('The canary check fails with 5xx above 2%.', 'detected')).toBeGreaterThanOrEqual(3)
})

test('the first sign of trouble is the onset; `it clicked` is the cause found; sitting down is no outage', () => {
  expect(scoreIn('The first sign of trouble in the logs is at 09:12.', 'started')).toBe(3.5)
  expect(scoreIn('Then it clicked: the disk was full.', 'diagnosed')).toBeGreaterThanOrEqual(2)
  expect(scoreIn('I sat down for dinner and read the page.', 'started')).toBe(0)
})

test('a process that aborts and players disconnected are failures', () => {
  expect(scoreIn('The match server aborts; all ten players disconnected.', 'started')).toBe(2)
  expect(scoreIn('We aborted the rollout.', 'started')).toBe(0)
})

test('a recovery in progress is begun, not reached; a team instructed to restore has not restored', () => {
  expect(scoreIn('Update: cause found, recovery in progress.', 'mitigated')).toBe(0)
  expect(scoreIn('Field team instructed to restore the spare path.', 'mitigated')).toBe(0)
  expect(scoreIn('Recovery complete.', 'mitigated')).toBe(3.5)
})

test('a responder accepting the ticket, the page or the callout takes it, as an ack does', () => {
  expect(scoreIn('The on-call DBA calls back and accepts the ticket.', 'acknowledged')).toBe(4)
  expect(scoreIn('Priya accepted the page from her phone.', 'acknowledged')).toBe(4)
  expect(scoreIn('We accept the risk until the patch ships.', 'acknowledged')).toBe(0)
})

test('a caller reaching the service desk tells the team; the team seeing the trouble notices it', () => {
  expect(
    scoreIn('The ward clerk sees the blank screens and calls the IT Servicedesk.', 'detected')
  ).toBe(3)
  expect(scoreIn('Ops saw the queue growing on every shard.', 'detected')).toBe(3)
  expect(scoreIn('Customers see 502s on checkout.', 'detected')).toBe(0)
  expect(scoreIn('We did not see any errors.', 'detected')).toBe(0)
})

test('a job killed in a headline is the remedy, not a machine destroying; a part fine in itself is no recovery', () => {
  expect(scoreIn('Reindex job killed, lock released.', 'started')).toBe(0)
  expect(scoreIn('Reindex job killed, lock released.', 'mitigated')).toBe(2)
  expect(scoreIn('The nightly cleanup job deleted the bucket.', 'started')).toBe(3)
  expect(
    scoreIn('(The switch itself was working normally, only the uplink was down.)', 'mitigated')
  ).toBe(0)
  expect(scoreIn('The switch itself is working again.', 'mitigated')).toBeGreaterThanOrEqual(3)
})

test('the harm dated from a time is its onset', () => {
  expect(scoreIn('So outage from 22.41.', 'started')).toBe(3)
  expect(scoreIn('Errors from 14:02 onwards on all desks.', 'started')).toBe(3)
  expect(scoreIn('Moved from 14:02 to the later slot.', 'started')).toBe(0)
  // (A span's own reading weighs its start: `failed from 09:30 to 10:40`.)
  expect(scoreIn('Checkout failed from 09:30 to 10:40.', 'started')).toBe(2)
})

test('the harm told from this moment on is its onset; a harm that stops from it is not', () => {
  expect(scoreIn('Map tiles freeze from this time.', 'started')).toBe(3)
  expect(scoreIn('From this moment every upload fails.', 'started')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('From that moment uploads stopped failing.', 'started')).toBe(0)
})

test('a notice is the paper, noticing the verb; a correction to an update puts the paper right, no fix', () => {
  expect(scoreIn('Original notice', 'detected')).toBe(0)
  expect(scoreIn('We notice 502s on the edge.', 'detected')).toBe(3)
  expect(
    scoreIn('Correction to our earlier update: the backup was not involved.', 'mitigated')
  ).toBe(0)
  expect(scoreIn('Correction applied to the proxy config.', 'mitigated')).toBeGreaterThanOrEqual(2)
})

test('a service that began working normally recovered then; one that began to recover did not yet', () => {
  expect(scoreIn('Course pages began loading normally right away.', 'mitigated')).toBe(3.5)
  expect(scoreIn('Course pages began to recover.', 'mitigated')).toBe(3)
})

test('`it was clear that`: plain to see, nothing cleared', () => {
  expect(
    scoreIn('By 09:40 it was clear that the fault was not in the app tier.', 'mitigated')
  ).toBe(0)
  expect(scoreIn('It is now clear the cache key was wrong.', 'resolved')).toBe(0)
  // (The queue, the alarm, the board: cleared.)
  expect(scoreIn('Backlog is clear.', 'mitigated')).toBeGreaterThan(0)
  expect(scoreIn("Checked the board again, it's clear now.", 'mitigated')).toBeGreaterThan(0)
})

test('`per the dashboard`: where the account comes from, no alert seen then', () => {
  expect(
    scoreIn(
      'Refund failures begin climbing right away per the Payments Health dashboard.',
      'detected'
    )
  ).toBe(0)
  expect(scoreIn('Error rate alert fires on the checkout dashboard.', 'detected')).toBeGreaterThan(
    0
  )
})

test('a database’s `alert log` is a log, no alert; a disk or file system extended is a remedy', () => {
  expect(scoreIn('Alert log read: archiver stuck, destination full.', 'detected')).toBeLessThan(3)
  expect(scoreIn('Disk alert fires for the archive volume.', 'detected')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Archive volume extended by 100 GB.', 'mitigated')).toBeGreaterThan(0)
  expect(scoreIn('Data disk expanded to 2 TB.', 'mitigated')).toBeGreaterThan(0)
  expect(scoreIn('Booking portal usable again.', 'resolved')).toBeGreaterThan(0)
})

test('those the service serves noticing is the harm felt: less than the team noticing, or being told', () => {
  expect(scoreIn('Shoppers in Leeds and York notice frozen tills.', 'detected')).toBeLessThan(3)
  expect(scoreIn('Customers notice slow checkouts.', 'detected')).toBeLessThan(3)
  expect(scoreIn('Ops notices frozen tills.', 'detected')).toBe(3)
  expect(scoreIn('A customer calls the hotline: tills frozen.', 'detected')).toBe(3)
})

test('a reason said to be clear is the cause known; a part that continues at once is working again', () => {
  expect(scoreIn('So the reason for the failed exports is also clear.', 'mitigated')).toBe(0)
  expect(
    scoreIn('So the reason for the failed exports is also clear.', 'diagnosed')
  ).toBeGreaterThan(0)
  expect(scoreIn('Volume extended. Indexer continues immediately.', 'mitigated')).toBeGreaterThan(3)
  expect(scoreIn('Errors continue.', 'mitigated')).toBe(0)
})

test("the team's work going on (`outreach continues`) is no trouble going on: the closing before it stands", () => {
  expect(
    scoreIn('Incident closed. Customer outreach continues into Monday.', 'resolved')
  ).toBeGreaterThan(2)
  expect(scoreIn('Service restored; the analysis continues.', 'resolved')).toBeGreaterThan(0)
  expect(weighEntry('Slowness continues.').persists).toBe(true)
})

test('an author’s note of several clauses names the milestone its words weigh most: the closing in it is no mitigation', () => {
  const note = 'Duty manager closes the case; normal service declared.'
  const {features} = weighEntry(`Backlog checked and reconciled. **${note}**`, 'timeline', false, [
    note
  ])
  const closing = features.filter(
    (feature) => feature.milestone === 'mitigated' && feature.name.startsWith('closed')
  )
  expect(closing.map((feature) => feature.name)).toEqual(['closed'])
})

test('first call into a help desk of several words tells the team; cashiers asking for another card tell nothing; a shop taking cards again is working', () => {
  expect(scoreIn('First call into the till support desk.', 'detected')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Cashiers ask for another card.', 'detected')).toBe(0)
  expect(scoreIn('Stores start taking payments again.', 'mitigated')).toBeGreaterThan(3)
})

test('`confident about the cause` is the cause found; `it’s a 15 min window` names no cause', () => {
  expect(
    scoreIn('As of this morning I have a repro and I’m confident about the cause.', 'diagnosed')
  ).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Not sure about the cause yet.', 'diagnosed')).toBe(0)
  expect(scoreIn('Paged at 10:20 (it’s a 10 min window, which is why it lags).', 'diagnosed')).toBe(
    0
  )
  expect(scoreIn('It’s a bad certificate.', 'diagnosed')).toBeGreaterThanOrEqual(3)
})

test('a system named for the alerts it sends, in trouble itself, sends none; a call during the outage is no onset', () => {
  expect(scoreIn('At start-up the paging service failed with a logon error.', 'detected')).toBe(0)
  expect(
    scoreIn('At start-up the paging service failed with a logon error.', 'started')
  ).toBeGreaterThanOrEqual(2)
  expect(
    scoreIn('The alerting system sends a page to the on-call.', 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(scoreIn('A fire alarm call (Block C, 03:12) occurred during the outage.', 'started')).toBe(
    0
  )
  expect(scoreIn('The outage began with the restart.', 'started')).toBeGreaterThanOrEqual(3)
})

test('what the reader is to do if it concerns them tells nothing that happened', () => {
  expect(
    scoreIn('If you lost coins between 19:25 and 20:52, open a ticket or tell a mod.', 'detected')
  ).toBe(0)
  expect(scoreIn('A player opened a ticket: coins lost since 19:25.', 'detected')).toBeGreaterThan(
    0
  )
})

test('an alert that had been pending was not yet fired', () => {
  expect(scoreIn('(The disk alert had been pending since ~03:10.)', 'detected')).toBe(0)
  expect(scoreIn('The disk alert fires and pages the on-call.', 'detected')).toBeGreaterThanOrEqual(
    3
  )
})

test('an alarm that came right back is the trouble back; a power cycle is a remedy; `it was power cycled` names no cause', () => {
  expect(
    scoreIn('Restarted the driver; the poll alarm came right back at 03:22.', 'mitigated')
  ).toBeLessThan(3)
  expect(scoreIn('The gateway came back at 03:40.', 'mitigated')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Power-cycled the core switch.', 'mitigated')).toBeGreaterThanOrEqual(2)
  expect(scoreIn('He power cycled the master radio.', 'mitigated')).toBeGreaterThanOrEqual(2)
  expect(scoreIn('It was power cycled at 03:52.', 'diagnosed')).toBe(0)
})

test('`that was the actual problem`, after what was seen, names the trouble found; a judgement of something else does not', () => {
  expect(
    scoreIn('Saw the volume at 100%. That was the actual problem.', 'diagnosed')
  ).toBeGreaterThanOrEqual(3)
  expect(scoreIn('That’s the issue.', 'diagnosed')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('That was the problem with the old runbook.', 'diagnosed')).toBe(0)
})

test('what a check in hand finds healthy is the suspect looked at, not the trouble over; a recovery word still counts', () => {
  expect(
    scoreIn('Checking the web nodes and the cache. CPU normal, cache fine.', 'mitigated')
  ).toBe(0)
  expect(scoreIn('Checked the broker. Disk ok, memory normal.', 'resolved')).toBe(0)
  expect(scoreIn('Checking the queue. Consumers recovered.', 'mitigated')).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn('Checked the replicas: all healthy again after the restart.', 'mitigated')
  ).toBeGreaterThanOrEqual(3)
})

test('back to full speed or capacity is the usual back; the team going back to a way of working is not', () => {
  expect(scoreIn('Press line 3 back to full speed.', 'resolved')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Checkout throughput back to full.', 'mitigated')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('We went back to full table scans.', 'resolved')).toBe(0)
})

test('the author saying what an entry is (`We treat this as the start of impact`) weighs as a note of theirs', () => {
  expect(
    scoreIn('Orders start failing to confirm. We treat this as the start of impact.', 'started')
  ).toBeGreaterThanOrEqual(5)
  expect(
    scoreIn('We count this as the point service came back.', 'mitigated')
  ).toBeGreaterThanOrEqual(5)
  // (Not a plan of how to treat something: `we treat errors as retries`.)
  expect(scoreIn('We treat timeouts as retries in the client.', 'started')).toBeLessThan(5)
})

test('a TV spot is an advertisement, no one spotting; reasoning that concludes closes nothing; a check named by who makes it finds suspects healthy', () => {
  expect(scoreIn('Flash deals start, together with the TV spot.', 'detected')).toBe(0)
  expect(scoreIn('Ana spots the error spike on the dashboard.', 'detected')).toBeGreaterThanOrEqual(
    3
  )
  expect(scoreIn('Concludes the problem is on the consumer side.', 'resolved')).toBe(0)
  expect(scoreIn('Incident concluded at 14:05.', 'resolved')).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn(
      'Catalina checks the provider status page (all green) and the API (healthy).',
      'mitigated'
    )
  ).toBe(0)
  expect(scoreIn('Health checks green again.', 'mitigated')).toBeGreaterThanOrEqual(3)
})

test('`going to` a place is no plan; audio silence heard is no alert silenced; a detection logged with no alarm tells no one', () => {
  expect(scoreIn('Cause found, going to B.', 'diagnosed')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Going to restart the broker.', 'mitigated')).toBe(0)
  expect(
    scoreIn('ALARM: transmitter 2 AUDIO SILENCE > 30s (critical)', 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(scoreIn('We silence the disk alert for an hour.', 'detected')).toBe(0)
  expect(
    scoreIn('Frame freeze detect START (logged, no alarm — informational only).', 'detected')
  ).toBe(0)
})

test('a fire department is no alert and a crew clearing the scene no recovery; customers affected, named by what they get back, are no harm going on', () => {
  expect(scoreIn('Fire Department clears the scene.', 'detected')).toBe(0)
  expect(scoreIn('Fire Department clears the scene.', 'mitigated')).toBeLessThan(3)
  expect(scoreIn('The smoke alarm fires in hall B.', 'detected')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('All homes affected by the storm restored.', 'resolved')).toBeGreaterThanOrEqual(4)
  expect(scoreIn('2,300 customers affected.', 'started')).toBeGreaterThan(0)
})

test('the first sign of trouble that reached someone is the first news of it, not the first harm', () => {
  expect(
    scoreIn(
      'The first sign anything was wrong reached us at 6:02, in a listener’s email.',
      'started'
    )
  ).toBeLessThan(3)
  expect(scoreIn('First timeouts at the edge.', 'started')).toBeGreaterThanOrEqual(3)
})

test('a service that stops doing its work begins the harm; a call one system makes of another tells no one', () => {
  expect(scoreIn('The ledger database stops accepting writes.', 'started')).toBeGreaterThanOrEqual(
    3
  )
  expect(scoreIn('We stopped sending traffic to node 3.', 'started')).toBe(0)
  expect(scoreIn('The worker logs every upstream call in full.', 'detected')).toBe(0)
  expect(scoreIn('First customer call at 05:18.', 'detected')).toBeGreaterThanOrEqual(3)
})

test('work stuck behind a lock is the trouble, not a block the team set; a time of the document corrected is no fix', () => {
  expect(scoreIn('Around 200 queries all blocked by one PID.', 'mitigated')).toBe(0)
  expect(scoreIn('Around 200 queries all blocked by one PID.', 'started')).toBeGreaterThan(0)
  expect(
    scoreIn('We blocked the attacking IPs at the firewall.', 'mitigated')
  ).toBeGreaterThanOrEqual(2)
  expect(scoreIn('The first draft said 10:02; corrected to 10:05.', 'mitigated')).toBe(0)
  expect(scoreIn('Alert threshold corrected to 80%.', 'mitigated')).toBeGreaterThanOrEqual(2)
})

test('what was mistakenly held is not so; a reasoning that concluded closes nothing; alerts suppressed for a window tell no one', () => {
  expect(scoreIn('The team wrongly concluded the gateway was healthy.', 'mitigated')).toBe(0)
  expect(scoreIn('Status page was prematurely marked resolved at 13:00.', 'resolved')).toBe(0)
  expect(scoreIn('The team concluded the gateway was healthy.', 'resolved')).toBe(0)
  expect(
    scoreIn('Patching window opens. Alert suppression applied to the gateway monitors.', 'detected')
  ).toBe(0)
  expect(scoreIn('Incident concluded at 14:05.', 'resolved')).toBeGreaterThanOrEqual(3)
})

test('seeing the alert’s notification takes it up; poking at it is looking into it', () => {
  expect(
    scoreIn('Saw the Slack notification over breakfast and started poking at it.', 'acknowledged')
  ).toBeGreaterThanOrEqual(2)
})

test('a question someone asked of the trouble coming back is no relapse', () => {
  const relapse = (text: string) => weighEntry(text).relapse === true
  expect(relapse('A few players in Brazil asked if the outage was back.')).toBe(false)
  expect(relapse('We wondered whether the timeouts had come back.')).toBe(false)
  expect(relapse('By 20:10 the timeouts were back.')).toBe(true)
})

test('one word of how a reading stands, in brackets after it, is no note of the author’s', () => {
  const notes = (text: string) =>
    weighEntry(text).features.filter((feature) => feature.name.endsWith('as a note'))
  expect(notes('Tank 2 at 14.1 ft, pump 3 off on float (normal).')).toEqual([])
  expect(notes('Checkout latency back under 300 ms (resolved)').length).toBeGreaterThan(0)
})

test('a state is no recovery: `normal` is not `normalize`, though it may be the end when nothing else is', () => {
  expect(scoreIn('Pump 3 cycling normally, wet well at 3.2 ft.', 'mitigated')).toBeLessThan(3)
  expect(scoreIn('Error rates normalized at 10:20.', 'mitigated')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Backlog drained, consumer lag normal.', 'resolved')).toBeGreaterThanOrEqual(2)
})

test('an alarm history or summary is a record, monitoring lost is harm, and a full tank is a level: none is an alert or a recovery', () => {
  expect(scoreIn('Times taken from the alarm history.', 'detected')).toBe(0)
  expect(scoreIn('Levels copied from the alarm summary screen.', 'detected')).toBe(0)
  expect(scoreIn('Loss of remote monitoring for the nine north sites.', 'detected')).toBe(0)
  expect(scoreIn('Loss of remote monitoring for the nine north sites.', 'started')).toBeGreaterThan(
    0
  )
  expect(scoreIn('Left the generator running with a full tank.', 'resolved')).toBe(0)
  expect(scoreIn('All sites fully restored.', 'resolved')).toBeGreaterThanOrEqual(3)
})

test('what is found healthy before someone says where they think the fault is was a suspect checked', () => {
  expect(
    scoreIn(
      'Core switch looks normal, uplink normal. Priya thinks the fibre or the optic.',
      'mitigated'
    )
  ).toBe(0)
  // (A supposition about the recovery leaves it one.)
  expect(
    scoreIn('Checkout looks normal again. We think the restart did it.', 'mitigated')
  ).toBeGreaterThanOrEqual(2)
})

test('a few words in bold opening a row, naming a milestone on their own, weigh as its label', () => {
  const row = 'Pager alert for search latency posted in #ops-alerts.'
  const plain = scoreOf(weighEntry(row).features, 'detected')
  const bold = scoreOf(
    weighEntry(row, 'timeline', false, ['Pager alert for search latency']).features,
    'detected'
  )
  expect(bold).toBeGreaterThan(plain)
  // (A name in bold, a state word or a whole sentence set in bold, are not labels.)
  const named = 'Alice restarts the search pods.'
  expect(scoreOf(weighEntry(named, 'timeline', false, ['Alice']).features, 'mitigated')).toBe(
    scoreOf(weighEntry(named).features, 'mitigated')
  )
  const sentence = 'Search is available to all users. End of downtime.'
  expect(
    scoreOf(
      weighEntry(sentence, 'timeline', false, ['Search is available to all users.']).features,
      'resolved'
    )
  ).toBe(scoreOf(weighEntry(sentence).features, 'resolved'))
})

test('a sentence that opens on how things usually are tells no event in its `when` clause either, until a `but`', () => {
  const usual = 'Normally the spam filter times them out when they join.'
  expect(scoreOf(weighEntry(usual).features, 'acknowledged')).toBe(0)
  expect(scoreOf(weighEntry(usual).features, 'detected')).toBe(0)
  // (What happened this time, after `but` or a semicolon, is told again.)
  const unusual = 'Usually the export finishes by 05:00; today it failed at 04:12.'
  expect(scoreOf(weighEntry(unusual).features, 'started')).toBeGreaterThan(0)
})

test("a responder's own word that they will look takes the work, as `I'll take a look` does; a plan for later does not", () => {
  const taken = scoreOf(weighEntry('Taylor replies "I\'ll take a look"').features, 'acknowledged')
  for (const said of [
    'Rui sees it and says in #ops "payments are down, i\'ll look"',
    'Rui: will check',
    'Rui answers "we\'ll look into it"'
  ])
    expect(scoreOf(weighEntry(said).features, 'acknowledged'), said).toBe(taken)
  for (const plan of ['We will check the backups.', 'I will review the runbook next week.'])
    expect(scoreOf(weighEntry(plan).features, 'acknowledged'), plan).toBeLessThan(taken)
})

test('a cooler or a pump restarted and `circulating normally` is working as before', () => {
  expect(
    scoreIn('Chiller 2 restarted and circulating normally.', 'mitigated')
  ).toBeGreaterThanOrEqual(3.5)
  // (A reading of how a pump stands, with no work said, is still no recovery.)
  expect(scoreIn('Pump 3 cycling normally, wet well at 3.2 ft.', 'mitigated')).toBeLessThan(3)
})

test('monitoring that caught a rise and paged the on-call is the alert, no one responding; a person paging someone is', () => {
  expect(
    scoreIn(
      'Our monitoring caught a rise in failed uploads and paged our on-call engineer.',
      'acknowledged'
    )
  ).toBe(0)
  expect(
    scoreIn('We watched the graphs and paged the storage team.', 'acknowledged')
  ).toBeGreaterThan(0)
})

test('`Taking this.` takes the work; a host `up and responding` is healthy, no one responding', () => {
  expect(
    scoreIn('Dana Reyes – Taking this. Called the client back.', 'acknowledged')
  ).toBeGreaterThanOrEqual(2.5)
  expect(scoreIn('We took it offline at 10:00.', 'acknowledged')).toBe(0)
  expect(scoreIn('FS02 is up and responding. Cannot RDP to the guests.', 'acknowledged')).toBe(0)
})

test('someone named and what they did is a sentence, not a label, whatever its length before a colon', () => {
  // (`cpu: 50m` is a key and its value in what was seen; the row tells of the cause found.)
  expect(
    scoreIn('Marta spots cpu: 50m in the running pod spec and links it to MR !41.', 'detected')
  ).toBeLessThan(4.5)
})

test('a store completely full, or `Disk full on db-2`, is a failure; a full tank is a level', () => {
  expect(
    scoreIn('She established that the archive volume was completely full.', 'diagnosed')
  ).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Disk full on db-2.', 'started')).toBeGreaterThan(0)
  expect(scoreIn('The tank was full at 09:00.', 'started')).toBe(0)
})

test('a channel that went to black, or a black screen, is a picture lost; Black Friday is not', () => {
  expect(scoreIn('Channel 4 went to black and silence.', 'started')).toBeGreaterThan(0)
  expect(scoreIn('Viewers saw a black screen.', 'started')).toBeGreaterThan(0)
  expect(scoreIn('Black Friday traffic peaked at 14:00.', 'started')).toBe(0)
})

test('a call returned (`he called me back at 08:31`) is nothing back as it was', () => {
  expect(
    scoreIn('He called me back at 08:31 to say the phone system was working.', 'mitigated')
  ).toBeLessThan(3)
  expect(
    scoreIn('Phones working again, calls back to normal.', 'mitigated')
  ).toBeGreaterThanOrEqual(3)
})

test('accepting the job, the ticket or the page is taking the work; a gateway accepting calls is serving', () => {
  expect(
    scoreIn('IT on-call calls back, accepts job, ticket logged.', 'acknowledged')
  ).toBeGreaterThanOrEqual(2.5)
  expect(scoreIn('The gateway accepts the call again.', 'acknowledged')).toBe(0)
})

test('a scheduler accepting jobs again is serving, no one taking the work', () => {
  expect(scoreIn('Scheduler accepting jobs again after the restart.', 'acknowledged')).toBe(0)
})

test('a guess in brackets (`(suspected network fault)`) is no note of which milestone an entry is', () => {
  expect(
    scoreIn(
      'On-call checks the switch in the comms room (suspected network fault).',
      'acknowledged'
    )
  ).toBeLessThan(3)
  expect(scoreIn('Queue drained (resolved).', 'resolved')).toBeGreaterThanOrEqual(4)
})

test('an entry longer than any a person writes is weighed on its opening words, not on what is pasted after them', () => {
  const opening = 'Rolled back the deploy to v41; the error rate falls.'
  const log = ' GET /health 200 OK'.repeat(6000)
  const weighed = weighEntry(`${opening}${log} Incident closed, all resolved.`)
  expect(scoreOf(weighed.features, 'mitigated')).toBeGreaterThanOrEqual(threshold)
  // (The closing words stand 100 KB after the opening, far past `weighedLength`.)
  expect(weighedLength).toBeLessThan(log.length)
  expect(scoreOf(weighed.features, 'resolved')).toBeLessThan(threshold)
  expect(weighed).toEqual(weighEntry(opening + log.slice(0, weighedLength)))
})

test('someone reporting the trouble by a pronoun (`Ana reports it in #ops`) tells of it; knowing that something was off is noticing', () => {
  expect(scoreIn('@lena reports it in #platform on Slack.', 'detected')).toBeGreaterThanOrEqual(
    threshold
  )
  expect(
    scoreIn('That was the first time anyone on the team knew something was wrong.', 'detected')
  ).toBeGreaterThanOrEqual(threshold)
  // (A report of anything else, or knowing something that is no trouble.)
  expect(scoreIn('Ana reports the weekly numbers in #ops.', 'detected')).toBeLessThan(threshold)
  expect(scoreIn('We knew something was planned for Friday.', 'detected')).toBeLessThan(threshold)
})

test('the work a service or a plant does stopping (`Line 2 stopped`, `Payments halted`) is the harm; trouble stopping is its end', () => {
  expect(scoreIn('Line 2 stopped automatically at the press.', 'started')).toBeGreaterThanOrEqual(
    threshold
  )
  expect(scoreIn('Payments halted across all regions.', 'started')).toBeGreaterThanOrEqual(
    threshold
  )
  expect(scoreIn('Timeouts stopped after the restart.', 'started')).toBe(0)
  expect(scoreIn('Deliveries stopped failing once the queue drained.', 'started')).toBe(0)
})

test('weighEntry(text) reads a measure of service said to tank, crater or nosedive as the harm begun', () => {
  // (A measure of service per second: transactions, queries, a game server's ticks.)
  expect(
    scoreIn('Server TPS started tanking, from 20 to about 6.', 'started')
  ).toBeGreaterThanOrEqual(2)
  expect(scoreIn('Checkout conversion cratered within minutes.', 'started')).toBeGreaterThanOrEqual(
    2
  )
  expect(scoreIn('QPS on the search tier nosedived.', 'started')).toBeGreaterThanOrEqual(2)
  // (The tank of a thing is no measure falling.)
  expect(scoreIn('We refilled the diesel tank for the generator.', 'started')).toBe(0)
})

test('weighEntry(text) reads `(same error)` as one more of what came before, no note of a milestone', () => {
  const noted = (text: string) =>
    weighEntry(text).features.filter((feature) => feature.name.endsWith('as a note'))
  expect(noted('The nightly export fails again (same error).')).toEqual([])
  expect(noted('Exports fail (as above).')).toEqual([])
  expect(noted('The nightly export fails (impact starts).')).not.toEqual([])
})

test('weighEntry(text) reads a call made to tell (`rang to say`) as telling the writer', () => {
  expect(scoreIn('A customer called to say checkout was failing.', 'detected')).toBe(3)
  expect(top('Priya rang to say the booking system was working again.')).toBe('mitigated')
  // (Getting on the VPN is a responder coming to work; getting past a login screen is the service.)
  expect(
    scoreIn("Omar says he's getting on VPN to look at it.", 'acknowledged')
  ).toBeGreaterThanOrEqual(2.5)
  expect(scoreIn("Staff couldn't get past the login screen.", 'started')).toBeGreaterThanOrEqual(2)
})

test("weighEntry(text) reads an alerting tool's line, a rule's condition and its state", () => {
  expect(top('QueueDepthHigh > 5000 — Firing (value 7310)')).toBe('detected')
  expect(scoreIn('[FIRING] checkout_error_ratio >= 2%', 'detected')).toBe(3)
  // (Resolved, the symptom the rule watches is gone: the harm stopped, not the incident closed.)
  expect(top('QueueDepthHigh > 5000 — Resolved')).toBe('mitigated')
  expect(scoreIn('[RESOLVED] checkout_error_ratio >= 2%', 'resolved')).toBe(2)
  // (A threshold told in a sentence is no rule's line.)
  expect(top('Incident resolved; the error rate had been > 5% for an hour.')).toBe('resolved')
  // In a chat, after its sender: a monitoring tool telling that its rule cleared tells of no trouble.
  const cleared = weighEntry(
    'prometheus: [RESOLVED] disk_free_ratio < 10% on db-3',
    'timeline',
    true
  )
  expect(scoreOf(cleared.features, 'detected')).toBe(0)
  expect(scoreOf(cleared.features, 'mitigated')).toBe(3.5)
  const firing = weighEntry('prometheus: [FIRING] disk_free_ratio < 10% on db-3', 'timeline', true)
  expect(scoreOf(firing.features, 'detected')).toBe(3)
})

test('weighEntry(text) reads `timed-out` as a failure', () => {
  expect(top('First timed-out uploads in the gateway log.')).toBe('started')
  expect(scoreIn('Checkout requests timed-out for everyone.', 'started')).toBeGreaterThanOrEqual(2)
})

test('weighEntry(text) reads `Customer Success` as a department, not a success', () => {
  expect(
    scoreIn('Dana from Customer Success joined with the first escalation from a bank.', 'mitigated')
  ).toBe(0)
})

test('weighEntry(text) reads the system doing a deed of its own, an unseen question and a tracker report', () => {
  // (`Automated` before a deed of the system is no monitor watching.)
  expect(scoreIn('Automated nightly restart of the payment gateway starts.', 'detected')).toBe(0)
  expect(
    scoreIn('An automated warning arrives from the provider: the gateway is unhealthy.', 'detected')
  ).toBeGreaterThanOrEqual(3)
  // (A question no one of the team saw told no one.)
  expect(
    scoreIn(
      'First question in the forum ("is sync down?"). No maintainer saw it until later.',
      'detected'
    )
  ).toBeLessThan(2)
  expect(scoreIn('A user opens an issue on GitHub: exports fail.', 'detected')).toBe(3)
  // (A fault accepted is taken up, as a ticket accepted is.)
  expect(scoreIn('The on-call fitters are allocated and accept the fault.', 'acknowledged')).toBe(4)
})

test('weighEntry(text) reads a cause called possible or likely as a theory, no cause found', () => {
  expect(scoreIn('Timing correlation raised as a possible cause.', 'diagnosed')).toBeLessThan(2)
  expect(
    scoreIn('Martin correlates the errors with the deploy: the likely cause.', 'diagnosed')
  ).toBeLessThan(3)
  expect(
    scoreIn('Martin correlates the errors with the deploy: the cause.', 'diagnosed')
  ).toBeGreaterThanOrEqual(3)
})

test('weighEntry(text) still reads a possible cause found as a cause found', () => {
  expect(
    scoreIn('Omar finds a possible cause for the stalls.', 'diagnosed')
  ).toBeGreaterThanOrEqual(2)
})

test('weighEntry(text) tells a setting turned back up, a slight drop and a fallback from a recovery', () => {
  // (The team turning a rate back up once it holds: no trouble back, no service back.)
  const stepped = weighEntry('Order release stepped back up: 300 → 600/min.')
  expect(stepped.relapse).toBeUndefined()
  expect(scoreOf(stepped.features, 'mitigated')).toBe(0)
  expect(top('The payments node is back up.')).toBe('resolved')
  // (Too little to be the harm stopped.)
  expect(scoreIn('Errors drop only slightly.', 'mitigated')).toBe(0)
  expect(scoreIn('Errors drop sharply.', 'mitigated')).toBe(3)
  // (A fallback, a set amount and someone asked are no measure falling, fix or check.)
  expect(
    weighEntry(
      'Checked with Dana that sessions fall back to a fixed 30 min expiry.'
    ).features.filter((feature) => feature.milestone !== 'acknowledged')
  ).toEqual([])
  expect(scoreIn('Latency falls back to 90 ms.', 'mitigated')).toBe(3)
})

test("weighEntry(text) reads a chat's one-word reply, and customers' chats reaching support", () => {
  expect(
    scoreOf(
      weighEntry("Omar Haddad: looking, I'm on call", 'timeline', true).features,
      'acknowledged'
    )
  ).toBe(2.5)
  expect(scoreIn('CX is getting a bunch of chats saying the app errors out.', 'detected')).toBe(3)
})

test('weighEntry(text) reads what a decision is for, in brackets, as planned too', () => {
  expect(
    scoreIn(
      'IC decision: use the kill switch to disable claims (stops the bad query).',
      'mitigated'
    )
  ).toBe(0)
  expect(scoreIn('The pods restarted (errors stopped).', 'mitigated')).toBeGreaterThanOrEqual(3.5)
})

test('weighEntry(text) reads the blog or page the team updates, and web pages that load, as no change and no alert', () => {
  // (What is updated is what the team tells others.)
  const blog = weighEntry(
    'We checked that the shop was running normally for all users and updated the blog to tell them.'
  )
  expect(blog.features.filter((feature) => feature.name === 'change shipped')).toEqual([])
  expect(scoreIn('We deployed the fix and updated the status blog.', 'mitigated')).toBe(2.5)
  // (Web pages, and what they did: not a page to the on-call.)
  expect(
    scoreIn('The portal showed an error page, and pages that did load were slow.', 'detected')
  ).toBe(0)
  expect(scoreIn('Alertmanager pages the database team.', 'detected')).toBeGreaterThanOrEqual(3)
})

test('weighEntry(text) reads a note that an alert went unseen (`Not seen.`) as no detection', () => {
  expect(scoreIn('Queue depth alert e-mailed to the ops list. Not seen.', 'detected')).toBe(0)
  expect(scoreIn('Queue depth alert fired. Not seen until the morning shift.', 'detected')).toBe(0)
  expect(
    scoreIn('Queue depth alert fired. Seen by Omar at once.', 'detected')
  ).toBeGreaterThanOrEqual(3)
})

test("weighEntry(text) reads a message's words quoted in a sentence as no cause passed on", () => {
  // (`contact support` is the error's text, no one contacted.)
  expect(
    scoreIn('The restart was chosen for the usual cause of "contact support" errors.', 'diagnosed')
  ).toBe(0)
  expect(
    scoreIn('The vendor contacted us with the cause: an expired certificate.', 'diagnosed')
  ).toBe(3.5)
})

test('weighEntry(text) reads `correct` as a finding, not a remedy, unless it puts right or is right again', () => {
  // A check that found things right all along.
  expect(
    scoreIn('Requests sent straight to the origin returned correct, fresh prices.', 'mitigated')
  ).toBe(0)
  expect(scoreIn('The replica data was complete and correct.', 'mitigated')).toBe(0)
  // The state a fix left, told in a note; a verb before its object; right again.
  expect(scoreIn('fix deployed, new exports correct', 'mitigated')).toBeGreaterThanOrEqual(3)
  expect(
    weighEntry('We correct the price table and purge the cache.').features.some(
      (feature) => feature.name === 'action' && feature.words.includes('correct')
    )
  ).toBe(true)
  expect(scoreIn('Prices are correct again.', 'mitigated')).toBe(3.5)
})

test('weighEntry(text) reads mismatched answers as a failure', () => {
  expect(top('The first mismatched responses show in the edge log.')).toBe('started')
})

test('weighEntry(text) reads a measure `back at zero` as at its level again, not the trouble back', () => {
  expect(scoreIn('Dana kills the stuck job. The error rate is back at zero.', 'mitigated')).toBe(
    3.5
  )
  expect(scoreIn('The 5xx rate is back at 0.1%.', 'mitigated')).toBe(3.5)
  // (The trouble back is still a relapse.)
  expect(scoreIn('The errors are back.', 'mitigated')).toBe(0)
})

test('weighEntry(text) reads knowing of the trouble as learning of it, unless nothing is known of', () => {
  expect(
    scoreIn('This is the first time the platform team knows about the problem.', 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn('Ravi messages the room, first we knew of it.', 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(scoreIn('We know of no other customers affected.', 'detected')).toBe(0)
})

test('weighEntry(text) reads an alert sent to a mailbox nobody reads as reaching no one', () => {
  expect(
    scoreIn(
      'The disk alert fired at 4:41 but went to the old storage mailbox nobody reads.',
      'detected'
    )
  ).toBe(0)
  expect(
    scoreIn('The disk alert fired at 4:41 and paged the on-call.', 'detected')
  ).toBeGreaterThanOrEqual(3)
})

test('weighEntry(text) reads `has nothing to do with the outage` as outside the incident', () => {
  expect(scoreIn('Backup job alert at 06:10. Has nothing to do with the outage.', 'detected')).toBe(
    0
  )
  expect(scoreIn('The 06:10 alert had nothing to do with this incident.', 'detected')).toBe(0)
  expect(
    scoreIn('Backup job alert at 06:10; the on-call looks at it.', 'detected')
  ).toBeGreaterThan(0)
})

test('weighEntry(text) reads checks a machine stopped answering as its failure, not an alert or a look', () => {
  const failed = weighEntry(
    'The cluster fails over after db-1 stops responding to health checks.'
  ).features
  expect(scoreOf(failed, 'detected')).toBe(0)
  expect(scoreOf(failed, 'acknowledged')).toBe(0)
  expect(scoreOf(failed, 'started')).toBeGreaterThanOrEqual(2)
})

test('weighEntry(text) reads fire units and the fire department as fire fighters, no alert firing', () => {
  expect(
    scoreIn('Dispatch radios all Police and Fire units: CAD is down, use voice.', 'detected')
  ).toBe(0)
  expect(
    scoreIn('The CAD latency alert fires and pages the on-call.', 'detected')
  ).toBeGreaterThanOrEqual(3)
})

test('weighEntry(text) reads a test run again (`load tested again at 150% of peak`) as no trouble back', () => {
  expect(
    weighEntry('The new model is load tested again at 150% of peak: p99 210ms.').relapse
  ).toBeUndefined()
  expect(weighEntry('Latency climbs again after the restart.').relapse).toBe(true)
})

test('what no one could do is the service failing: `nobody could connect`, `none of the laptops on the carts will connect`', () => {
  expect(scoreIn('Nobody could connect to the guest network.', 'started')).toBeGreaterThan(0)
  expect(
    scoreIn('None of the tablets in the east ward storeroom will sync with the server.', 'started')
  ).toBeGreaterThan(0)
  expect(scoreIn('No drivers can log in to the app.', 'started')).toBeGreaterThan(0)
  // (What could not be lost was not lost.)
  expect(scoreIn('No orders could be lost.', 'started')).toBe(0)
})

test('a ticket that came in is a report; one the team opened with someone is not', () => {
  expect(scoreIn('Ticket created.', 'detected')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Ticket opened by the night pharmacist.', 'detected')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Ticket opened with the carrier.', 'detected')).toBeLessThan(2)
  expect(scoreIn('Noor calls the registrar (ticket opened 10:05).', 'detected')).toBeLessThan(3)
})

test('a monitor messaging someone is an alert; one that sent nothing, or a notice named, is not', () => {
  expect(
    scoreIn('Our uptime monitoring sent Petra a text message.', 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(scoreIn('The monitor emailed the duty engineer.', 'detected')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('The monitoring sent no message at all.', 'detected')).toBeLessThan(2)
  expect(scoreIn('Monitoring warning email about disk space.', 'detected')).toBeLessThan(2)
})

test('a call taken from someone, or the first about the trouble, came in; `took the call` alone is taking it up', () => {
  expect(
    scoreIn('The front desk took its first call about the kiosks.', 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn('Reception took a call from a guest on the fourth floor.', 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn('Reception took a call from a guest on the fourth floor.', 'acknowledged')
  ).toBeLessThan(2)
  expect(scoreIn('Omar took the call.', 'acknowledged')).toBeGreaterThanOrEqual(2)
})

test('web pages that were slow are no pages sent; `assignments` handed in are no one assigned', () => {
  expect(scoreIn('Pages were slow to load at first.', 'detected')).toBeLessThan(2)
  expect(scoreIn('Pages the storage on-call.', 'detected')).toBeGreaterThanOrEqual(2)
  expect(scoreIn('Students could not hand in assignments.', 'acknowledged')).toBeLessThan(2)
  expect(scoreIn('Ticket assigned to Wen.', 'acknowledged')).toBeGreaterThanOrEqual(2)
})

test('users trying to get back in are not served yet; users who can are', () => {
  expect(
    scoreIn('Half the kicked players are trying to log back in at once.', 'mitigated')
  ).toBeLessThan(2)
  expect(scoreIn('Players can log back in.', 'mitigated')).toBeGreaterThanOrEqual(3)
})

test('a count of trouble none for some minutes is the harm stopped; a fall that lasted minutes is not', () => {
  expect(scoreIn('Timeout rate 0 for 4 min now.', 'mitigated')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Failures at 0 since the restart.', 'mitigated')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Timeouts eased for two minutes.', 'mitigated')).toBeLessThan(3)
})

test('a setting switched off and pushed is an action; a release pushed is not', () => {
  expect(
    scoreIn('quiz_autosave_enabled=false pushed to all regions.', 'mitigated')
  ).toBeGreaterThanOrEqual(2)
  expect(scoreIn('Release 3.1.0 pushed to all regions.', 'mitigated')).toBeLessThan(2)
})

test('items the outage left hanging, settled, are no incident resolved', () => {
  expect(
    scoreIn('All 2,310 pending refunds were resolved by Friday evening.', 'resolved')
  ).toBeLessThan(2)
  expect(scoreIn('Incident resolved by Friday evening.', 'resolved')).toBeGreaterThanOrEqual(3)
})

test('a message about the recovery tells of it; no recovery is seen then', () => {
  expect(scoreIn('Update to the regulator on restoration.', 'mitigated')).toBeLessThan(2)
  expect(scoreIn('Notice of restoration sent to all branches.', 'mitigated')).toBeLessThan(2)
  expect(scoreIn('Notice of restoration sent to all branches.', 'detected')).toBeLessThan(2)
  expect(scoreIn('Update: service restored.', 'mitigated')).toBeGreaterThanOrEqual(3)
})

test('a measure of trouble back to under its level is the harm easing', () => {
  expect(scoreIn('Write latency back to under 8 ms.', 'mitigated')).toBeGreaterThanOrEqual(3)
})

test("the floor's supervisor told of the trouble is the team told; a regulator's supervisor is not", () => {
  expect(
    scoreIn(
      'Call-taker R. Diaz tells Supervisor Okoye that the phones have stopped ringing through.',
      'detected'
    )
  ).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn('A dispatcher calls out to the supervisor: the map is frozen.', 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn('Email to the Responsible Supervisor at the regulator about the outage.', 'detected')
  ).toBeLessThan(3)
})

test("an outcome's noun naming a thing (`mitigation profile`, `recovery mode`) is no outcome", () => {
  expect(
    scoreIn('A tighter bot mitigation profile was applied to the login pool.', 'mitigated')
  ).toBeLessThan(3)
  expect(scoreIn('The switch was put into recovery mode.', 'mitigated')).toBeLessThan(3)
  expect(scoreIn('Mitigation applied to the login pool.', 'mitigated')).toBeGreaterThanOrEqual(3)
})

test('a word of telling before the things it names (`mail ballots`) tells nothing; `communications` are no community', () => {
  expect(
    scoreIn('Postal ballots and mail ballots received through Friday were counted.', 'detected')
  ).toBeLessThan(2)
  expect(scoreIn('A customer call comes in about the kiosks.', 'detected')).toBeGreaterThanOrEqual(
    3
  )
  expect(scoreIn('Communications posts the link on the council website.', 'detected')).toBeLessThan(
    2
  )
  expect(
    scoreIn('Someone in the community reports the app is down.', 'detected')
  ).toBeGreaterThanOrEqual(3)
})

test("a tracker's issue or bug opened by its number is a report; trouble that opens up is not", () => {
  expect(
    scoreIn('Issue #2210 opened by @pell: "2.4.0 fails to link on musl"', 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn('Bug 5501 filed by a partner: invoices come out blank', 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(scoreIn('A new issue opened up between the two caches', 'detected')).toBeLessThan(2)
  expect(scoreIn('PR #77 opened by Ines to bump the parser', 'detected')).toBeLessThan(2)
  // (A number alone opening the line is the tracker's item too; closed, it is the record closed.)
  expect(scoreIn('#3318 opened by @quill-user', 'detected')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('#3318 closed', 'resolved')).toBeGreaterThanOrEqual(2)
})

test('`Taking this one.` is someone taking the work; `take this one offline` is not', () => {
  expect(scoreIn('Taking this one.', 'acknowledged')).toBeGreaterThan(2)
  expect(scoreIn('We take this one offline.', 'acknowledged')).toBe(0)
})

test('a failure that shows its users a message is no one telling the team', () => {
  expect(
    scoreIn('From then on every checkout fails with a message "Payment declined".', 'detected')
  ).toBe(0)
  expect(
    scoreIn('The store manager sends a message about failed checkouts.', 'detected')
  ).toBeGreaterThanOrEqual(2)
})

test('what went wrong named and then confirmed is the cause found; the trouble itself confirmed is not', () => {
  expect(
    scoreIn('Memory leak confirmed; the disk theory is dropped.', 'diagnosed')
  ).toBeGreaterThan(3)
  expect(scoreIn('Thread pool exhaustion confirmed.', 'diagnosed')).toBeGreaterThan(3)
  expect(scoreIn('Outage confirmed.', 'diagnosed')).toBe(0)
  expect(scoreIn('Issue confirmed by a second store.', 'diagnosed')).toBe(0)
})

test('a responder confirming the page takes it; an alert confirmed false is no one taking it', () => {
  expect(scoreIn('Kenji confirms the page in Opsgenie.', 'acknowledged')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('The alarm is confirmed as a false positive.', 'acknowledged')).toBe(0)
  expect(scoreIn('Amira confirms receipt of the page.', 'acknowledged')).toBeGreaterThanOrEqual(3)
  // (What is confirmed of the alert, or of the incident, is no one taking it.)
  expect(scoreIn('Ops confirms the alert was real.', 'acknowledged')).toBe(0)
  expect(scoreIn('The duty manager confirms the incident is over.', 'acknowledged')).toBe(0)
})

test('the trouble announced over on the status page is no onset', () => {
  expect(scoreIn('Outage marked resolved on the status page.', 'started')).toBe(0)
  expect(scoreIn('Outage marked resolved on the status page.', 'resolved')).toBeGreaterThan(2)
})

test('whoever calls the helpdesk reports to it, whichever team they lead', () => {
  expect(
    scoreIn('The warehouse team lead calls the service desk: scanners are offline.', 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(scoreIn('The on-call calls the vendor.', 'detected')).toBeLessThan(3)
})

test('another party reporting back that its own side works is no recovery; its side restored still is', () => {
  expect(scoreIn('The carrier reports back that their gateway runs normally.', 'mitigated')).toBe(0)
  expect(
    scoreIn('The carrier reports back that their gateway is restored.', 'mitigated')
  ).toBeGreaterThan(3)
})

test('an alert that notified no one, a report told only later, and a message sent to a person', () => {
  expect(
    scoreIn(
      'The disk check goes CRITICAL. No notification sent (notifications disabled).',
      'detected'
    )
  ).toBe(0)
  expect(
    scoreIn(
      'Several customers told us later they saw the page hang but did not report it.',
      'detected'
    )
  ).toBe(0)
  expect(scoreIn('A user sends Priya an email: exports fail.', 'detected')).toBeGreaterThanOrEqual(
    3
  )
})

test('whose harm begins may be any one word, a plan aside', () => {
  expect(
    scoreIn('Queue latency climbs past 9s. This is where rider impact starts.', 'started')
  ).toBeGreaterThanOrEqual(5)
  expect(scoreIn('That marks the start of merchant impact.', 'started')).toBeGreaterThanOrEqual(5)
  expect(scoreIn('This marks the start of the planned outage.', 'started')).toBeLessThan(5)
})

test('a part of a machine that engages is no responder engaging', () => {
  expect(scoreIn('Crane parked, boom locks engaged.', 'acknowledged')).toBe(0)
  expect(scoreIn('The parking brake engages.', 'acknowledged')).toBe(0)
  expect(scoreIn('Storage team engaged.', 'acknowledged')).toBeGreaterThanOrEqual(2.5)
})

test('what a wait took time for came after it, and is not told here', () => {
  expect(scoreIn('That is why it took a while for users to complain.', 'detected')).toBe(0)
  expect(scoreIn('It took 20 minutes for anyone to notice.', 'detected')).toBe(0)
  expect(scoreIn('Users complained for an hour.', 'detected')).toBeGreaterThanOrEqual(3)
})

test('the one who writes told by a call is told, less surely than the team', () => {
  expect(scoreIn('Tony called me at 10:47.', 'detected')).toBe(2.5)
  expect(scoreIn('The night lead texted my phone.', 'detected')).toBe(2.5)
  expect(scoreIn('Tony called us.', 'detected')).toBe(3)
  expect(scoreIn('Call me if it happens again.', 'detected')).toBe(0)
})

test('a help line is a desk that takes calls, and radioing someone tells them', () => {
  expect(scoreIn('Dave calls the IT help line.', 'detected')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Mia radios Carl: the gates are failing.', 'detected')).toBeGreaterThanOrEqual(2)
  expect(scoreIn('Radio link down at the north mast.', 'detected')).toBe(0)
})

test('work of no class of its own going on again is the service back; trouble again is not', () => {
  expect(scoreIn('Line 2 was scanning again.', 'mitigated')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Label printers printing again.', 'mitigated')).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Pods crashing again.', 'mitigated')).toBe(0)
  expect(scoreIn('We tried pinging again.', 'mitigated')).toBe(0)
})

test('the words of a place named before the kind of place it is name it, nothing more', () => {
  expect(scoreIn('Dispatch checks cameras at Bridge Terminal.', 'acknowledged')).toBeLessThan(2)
  expect(scoreIn('Joined the bridge.', 'acknowledged')).toBeGreaterThanOrEqual(2.5)
})

test('what is waited for is not done, and the end of the trouble announced is its close', () => {
  expect(scoreIn('Paused the importer pending correction.', 'mitigated')).toBeLessThan(3)
  expect(scoreIn('Queue drained awaiting the fix.', 'resolved')).toBeLessThan(3)
  expect(scoreIn('End of outage announced by Priya.', 'resolved')).toBe(2.5)
  expect(scoreIn('Deactivation of the sync module.', 'mitigated')).toBe(2)
  expect(scoreIn('Alert without connection: backup disk 81%.', 'detected')).toBe(0)
  expect(scoreIn('Camera ports without link; switch rebooting.', 'mitigated')).toBe(2)
})

test('a display that stops its work has failed; a control room is told; an incident accepted is taken', () => {
  expect(scoreIn('Arrival screens stopped showing live times.', 'started')).toBeGreaterThanOrEqual(
    2
  )
  expect(scoreIn('Warnings stopped showing in the logs.', 'started')).toBe(0)
  expect(
    scoreIn('A guard telephones Network Control reporting dark platform screens.', 'detected')
  ).toBe(3)
  expect(
    scoreIn('Dana accepts INC0044123 and starts on it.', 'acknowledged')
  ).toBeGreaterThanOrEqual(2.5)
  expect(scoreIn('The gateway accepts payments again.', 'acknowledged')).toBe(0)
  expect(scoreIn('Reports came in from Ashford and Mill Bridge.', 'acknowledged')).toBe(0)
  expect(scoreIn('Joined the Incident Bridge.', 'acknowledged')).toBeGreaterThanOrEqual(2.5)
})

test('health that held is no trouble going on, so the close after it stands', () => {
  const {persists} = weighEntry(
    'After an hour of watching, during which approval rates remained within normal parameters, the incident was declared resolved.'
  )
  expect(persists).toBe(false)
  expect(weighEntry('Approval rates remained low for an hour.').persists).toBe(true)
})
