/**
 * Small postmortems for review tests, written as Markdown the way people
 * write them (front matter, a timeline with milestone markers, contributing
 * factors, action items), and read the way the CLI reads them.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {type MeasuredIncident, measure} from '../../src/metrics/measure.js'
import {parseIncidents} from '../../src/parse-incidents.js'
import type {ReviewNote} from '../../src/review/build-review.js'

type Marker = 'started' | 'detected' | 'acknowledged' | 'diagnosed' | 'mitigated' | 'resolved'

/** One report: milestones are minutes after 10:00 UTC on `date`. */
export interface ReportSpec {
  file: string
  title: string
  date: string
  severity?: string
  services?: string[]
  tags?: string[]
  minutes: Partial<Record<Marker, number>>
  /** Action item lines, written after `- ` (`[ ] Add alerting, owner: @ana, due 2026-08-01`). */
  actions?: string[]
  /** The text of a contributing-factors section. */
  factors?: string
  /** Extra timeline lines, written as they are (to provoke warnings). */
  extra?: string[]
}

/** The Markdown of a report. */
export function reportMarkdown(spec: ReportSpec): string {
  const start = Date.parse(`${spec.date}T10:00:00Z`)
  const entries = Object.entries(spec.minutes)
    .sort(([, a], [, b]) => (a as number) - (b as number))
    .map(([marker, minutes]) => {
      const at = new Date(start + (minutes as number) * 60_000).toISOString()
      return `- ${at.slice(0, 10)} ${at.slice(11, 16)} UTC: ${marker} noted [${marker}]`
    })
  const list = (values: string[] | undefined) =>
    `[${(values ?? []).map((value) => JSON.stringify(value)).join(', ')}]`
  return [
    '---',
    `title: ${JSON.stringify(spec.title)}`,
    `date: ${spec.date}`,
    ...(spec.severity ? [`severity: ${spec.severity}`] : []),
    `services: ${list(spec.services)}`,
    `tags: ${list(spec.tags)}`,
    '---',
    '',
    '# Postmortem',
    '',
    '## Timeline',
    '',
    ...entries,
    ...(spec.extra ?? []),
    '',
    ...(spec.factors ? ['## Contributing factors', '', spec.factors, ''] : []),
    ...(spec.actions ? ['## Action items', '', ...spec.actions.map((item) => `- ${item}`), ''] : [])
  ].join('\n')
}

/** Read reports as the CLI does: measured incidents, and warnings as review notes. */
export function readReports(reports: Array<{file: string; markdown: string}>): {
  measured: MeasuredIncident[]
  notes: ReviewNote[]
} {
  const measured: MeasuredIncident[] = []
  const notes: ReviewNote[] = []
  for (const {file, markdown} of reports) {
    const result = parseIncidents(markdown, {path: file})
    measured.push(...result.incidents.map((incident) => measure(incident)))
    for (const message of result.messages)
      if (message.fatal !== undefined && message.fatal !== null)
        notes.push({
          file,
          line: message.line ?? 1,
          column: message.column ?? 1,
          ruleId: message.ruleId ?? 'unknown',
          reason: message.reason
        })
  }
  return {measured, notes}
}

/** The reports of a spec list. */
export function specReports(specs: ReportSpec[]): Array<{file: string; markdown: string}> {
  return specs.map((spec) => ({file: spec.file, markdown: reportMarkdown(spec)}))
}

/** The seed reports in `incidents/`, with paths as the CLI gives them (`incidents/x.md`). */
export function seedReports(root: string): Array<{file: string; markdown: string}> {
  return readdirSync(join(root, 'incidents'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({
      file: `incidents/${name}`,
      markdown: readFileSync(join(root, 'incidents', name), 'utf8')
    }))
}

/**
 * Reports over two quarters (2026-Q2 and 2026-Q3): enough in Q3 to compare
 * (seven with a resolution), warnings, overdue and done action items,
 * contributing factors, and a title that tries to break out of HTML.
 */
export const twoQuarters: ReportSpec[] = [
  {
    file: 'reports/2026-04-10-db.md',
    title: 'Database failover stalls',
    date: '2026-04-10',
    severity: 'SEV-1',
    services: ['database'],
    tags: ['capacity'],
    minutes: {started: 0, detected: 12, diagnosed: 50, resolved: 180},
    factors: 'Connection pool exhaustion under a traffic spike.'
  },
  {
    file: 'reports/2026-05-02-cdn.md',
    title: 'CDN certificate expired',
    date: '2026-05-02',
    severity: 'SEV-2',
    services: ['cdn'],
    tags: ['certificates'],
    minutes: {started: 0, detected: 30, diagnosed: 45, resolved: 75},
    factors: 'The TLS certificate expired; renewal was manual.'
  },
  {
    file: 'reports/2026-06-20-search.md',
    title: 'Search index lag',
    date: '2026-06-20',
    severity: 'SEV-3',
    services: ['search'],
    tags: [],
    minutes: {started: 0, detected: 5, resolved: 40}
  },
  {
    file: 'reports/2026-07-03-checkout.md',
    title: 'Checkout <script>alert("x")</script> & | *down*',
    date: '2026-07-03',
    severity: 'SEV-1',
    services: ['checkout', 'payments'],
    tags: ['deploy'],
    minutes: {
      started: 0,
      detected: 7,
      acknowledged: 9,
      diagnosed: 30,
      mitigated: 45,
      resolved: 900
    },
    factors: 'A configuration change was deployed without a canary.',
    actions: [
      '[ ] Add a canary stage, owner: @ana, due 2026-08-01',
      '[x] Roll back the config, owner: @bo'
    ]
  },
  {
    file: 'reports/2026-07-15-login.md',
    title: 'Login errors',
    date: '2026-07-15',
    severity: 'SEV-2',
    services: ['auth'],
    tags: ['deploy'],
    minutes: {started: 0, detected: 3, diagnosed: 20, mitigated: 25, resolved: 40},
    factors: 'A release changed the session format.',
    actions: ['[ ] Test session compatibility, owner: @cy, due 2026-12-01']
  },
  {
    file: 'reports/2026-08-01-api.md',
    title: 'API latency',
    date: '2026-08-01',
    severity: 'SEV-2',
    services: ['api'],
    tags: ['capacity'],
    minutes: {started: 0, detected: 15, diagnosed: 60, resolved: 150},
    factors: 'Capacity was exhausted by a traffic spike.',
    actions: ['[ ] Autoscale the API, owner: @ana, due 2026-09-01']
  },
  {
    file: 'reports/2026-08-12-queue.md',
    title: 'Queue backlog',
    date: '2026-08-12',
    severity: 'SEV-3',
    services: ['queue'],
    tags: [],
    minutes: {started: 0, detected: 40, resolved: 200},
    extra: ['- 25:99 UTC: a time that cannot be read']
  },
  {
    file: 'reports/2026-08-30-dns.md',
    title: 'DNS resolution failures',
    date: '2026-08-30',
    severity: 'SEV-1',
    services: ['dns', 'api'],
    tags: ['dns'],
    minutes: {started: 0, detected: 0, diagnosed: 35, resolved: 95},
    factors: 'An upstream DNS provider failed.'
  },
  {
    file: 'reports/2026-09-09-storage.md',
    title: 'Storage degraded',
    date: '2026-09-09',
    severity: 'SEV-2',
    services: ['storage'],
    tags: ['capacity'],
    minutes: {started: 0, detected: 20, diagnosed: 80, mitigated: 120, resolved: 2000}
  },
  {
    file: 'reports/2026-09-21-mail.md',
    title: 'Mail delayed',
    date: '2026-09-21',
    minutes: {started: 0, detected: 90, resolved: 130}
  },
  {
    file: 'reports/2026-09-28-unresolved.md',
    title: 'Billing export failing',
    date: '2026-09-28',
    severity: 'SEV-3',
    services: ['billing'],
    tags: [],
    minutes: {detected: 0}
  }
]
