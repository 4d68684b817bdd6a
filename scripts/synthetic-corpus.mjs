/**
 * A reproducible synthetic corpus of postmortems for `npm run bench`.
 *
 * Every report has front matter (mostly YAML, sometimes TOML), 5 to 10
 * sections of prose and a timeline of 20 to 60 entries written either as a
 * bullet list (sometimes under day headings) or as a GFM table, with times
 * moving forward and sometimes past midnight. Reports are 4 to 8 KB, like
 * real ones. The same seed always gives a byte-identical corpus.
 *
 * Usage:
 *   import {generateCorpus} from './synthetic-corpus.mjs'
 *   const reports = generateCorpus({count: 400, seed: 1}) // [{name, markdown}]
 *
 * Or from the command line, to look at the output:
 *   node scripts/synthetic-corpus.mjs --count 3 --seed 1 [--out dir]
 */

import {pathToFileURL} from 'node:url'

/** mulberry32: a small, fast 32-bit seeded PRNG. Returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Helpers bound to one PRNG. */
function makeRandom(seed) {
  const next = mulberry32(seed)
  const int = (min, max) => min + Math.floor(next() * (max - min + 1))
  const pick = (list) => list[Math.floor(next() * list.length)]
  const chance = (p) => next() < p
  const sample = (list, n) => {
    const copy = [...list]
    const out = []
    while (out.length < n && copy.length > 0) out.push(copy.splice(int(0, copy.length - 1), 1)[0])
    return out
  }
  return {next, int, pick, chance, sample}
}

const services = [
  'checkout',
  'payments',
  'search',
  'login',
  'api-gateway',
  'billing',
  'notifications',
  'inventory',
  'recommendations',
  'media-upload',
  'session-cache',
  'order-history',
  'webhooks',
  'dns',
  'cdn',
  'kafka',
  'postgres-primary',
  'redis',
  'object-storage',
  'scheduler'
]

const tags = [
  'config',
  'deploy',
  'capacity',
  'database',
  'network',
  'dependency',
  'certificate',
  'dns',
  'cache',
  'human-error',
  'monitoring',
  'rollback',
  'third-party',
  'data-loss',
  'latency'
]

const zones = ['UTC', 'America/Los_Angeles', 'Europe/Berlin']
const severities = ['SEV-1', 'SEV-2', 'SEV-3', 'SEV1', 'SEV2', 'P1', 'P2']
const people = ['Ada', 'Grace', 'Linus', 'Barbara', 'Ken', 'Margaret', 'Dennis', 'Frances']
const teams = ['sre', 'platform', 'payments', 'storage', 'edge', 'identity', 'data']

const causes = [
  'a configuration change that lowered the connection pool limit',
  'an expired TLS certificate on the internal load balancer',
  'a schema migration that locked a hot table',
  'a cache flush during peak traffic',
  'a bad deploy that shipped a null pointer in the request parser',
  'a DNS record that was deleted by an automation job',
  'a noisy neighbour that exhausted disk IOPS on the shared volume',
  'a feature flag that enabled an unbounded retry loop',
  'a dependency upgrade that changed the default timeout',
  'a runaway batch job that filled the message queue'
]

const titleShapes = [
  (s) => `${cap(s)} outage after a configuration change`,
  (s) => `Elevated error rates on ${s}`,
  (s) => `${cap(s)} latency during peak traffic`,
  (s) => `Partial ${s} unavailability`,
  (s) => `${cap(s)} degraded by a failed deploy`,
  (s) => `Data delay in ${s}`,
  (s) => `${cap(s)} returned 503s for some customers`
]

function cap(text) {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const prose = [
  'Requests to {s} started failing with {code} responses for a share of customers.',
  'The on-call engineer for {t} was paged and joined the incident channel within minutes.',
  'The underlying problem was {c}.',
  'Dashboards for {s} showed p99 latency climbing well above the usual baseline.',
  'Retries from clients amplified the load on {s2} and made the recovery slower than it needed to be.',
  'No data was lost, but some requests had to be replayed from the queue once {s} recovered.',
  'About {n}% of requests in the affected region failed during the worst part of the incident.',
  'The change had passed review and the staging checks, which did not exercise this path.',
  'Customers saw errors at checkout and some of them contacted support.',
  'Our alerting caught the rise in errors, but the first page went to a team that no longer owns {s}.',
  'We rolled back the change once it was clear that it lined up with the start of the errors.',
  'Error rates returned to normal shortly after the rollback finished.',
  'The {t} team owns {s}, and {s2} depends on it for every request.',
  'It took longer than expected to find the cause because the logs for {s2} were sampled.',
  'The runbook for {s} did not cover this failure mode.',
  'Several teams joined the call, which made it harder to keep track of who was doing what.',
  'We posted updates on the status page every thirty minutes until the incident was resolved.',
  'Capacity on {s2} had been close to its limit for several weeks before the incident.',
  'The deploy pipeline did not pause on the canary even though its error rate had doubled.',
  'Once traffic was shifted away from the affected hosts, latency dropped within a few minutes.',
  'The incident lasted about {h} hours from the first errors to full recovery.',
  'We do not yet know why the health checks kept passing while requests were failing.',
  'Engineers from {t} and {t2} worked together on the diagnosis.',
  'The same alert had fired twice in the previous month and was silenced both times.'
]

const sectionPool = [
  'Impact',
  'Root cause',
  'Contributing factors',
  'Detection',
  'Resolution',
  'Action items',
  'Lessons learned',
  'Customer communication'
]

/** Timeline wording, by phase. `{s}` etc. are filled per report. */
const entryWords = {
  triggered: [
    'Deploy {v} of {s} rolls out to all regions',
    'A configuration change to {s} is applied by automation',
    'Scheduled maintenance on {s2} begins',
    'Migration job starts on {s2}'
  ],
  started: [
    'Requests to {s} begin failing with {code} errors',
    '{cs} starts returning errors to a share of customers',
    'Error rate on {s} rises above 5%',
    '{cs} becomes unavailable in one region'
  ],
  detected: [
    'Alerts fired for {s} error rate; on-call paged',
    'Monitoring detected elevated {code}s on {s}',
    'PagerDuty alert for {s} latency',
    'Support reports customers seeing errors on {s}'
  ],
  acknowledged: [
    '{p} acknowledges the page and starts investigating',
    'On-call acknowledged the alert and opened an incident channel',
    'Incident declared; {p} takes the incident commander role'
  ],
  investigating: [
    'Dashboards show connection pool saturation on {s2}',
    '{p} checks recent deploys to {s}',
    'Looking at logs from {s2} for timeouts',
    'Status page updated: investigating elevated errors',
    'Customer support joins the channel',
    '{p} pulls in the {t} team',
    'Traffic to {s} is at roughly twice the usual level',
    'Database CPU at 95% on {s2}',
    'Canary hosts show the same error pattern',
    'Second responder joins the call',
    'Error budget for {s} is exhausted for the month',
    'Status page updated with a new estimate',
    'Queue depth on {s2} keeps growing',
    'Comparing the config diff between the last two releases',
    'Reviewing the timeline of changes in the last 24 hours',
    'Latency on {s2} stays above 2 s',
    'Some requests succeed after client retries',
    'Escalated to the {t} team lead'
  ],
  diagnosed: [
    'Root cause identified: {c}',
    '{p} identified the bad config change as the cause',
    'Root cause identified in deploy {v}'
  ],
  mitigating: [
    'Decision to roll back deploy {v}',
    'Rollback of {s} started',
    'Traffic shifted away from the affected hosts',
    'Scaling up {s2} to absorb the retry load'
  ],
  mitigated: [
    'Deploy {v} rolled back; error rates dropping',
    'Rolled back the config change on {s}',
    'Fix deployed to production for {s}'
  ],
  recovering: [
    'Error rate on {s} below 1%',
    'Backlog on {s2} draining',
    'Monitoring recovery of {s} for another 30 minutes',
    'Replaying failed requests from the queue'
  ],
  resolved: [
    'Error rates returned to normal; incident resolved',
    'All services fully recovered',
    '{cs} operating normally; all clear',
    'Incident closed after monitoring'
  ]
}

const phaseOrder = [
  'triggered',
  'started',
  'detected',
  'acknowledged',
  'investigating',
  'diagnosed',
  'mitigating',
  'mitigated',
  'recovering',
  'resolved'
]

/** Days of each month, for the date arithmetic of midnight rollover (no leap-day dates are drawn). */
const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function pad(n) {
  return String(n).padStart(2, '0')
}

function isoDay({year, month, day}) {
  return `${year}-${pad(month)}-${pad(day)}`
}

function nextDay({year, month, day}) {
  if (day < monthDays[month - 1]) return {year, month, day: day + 1}
  if (month < 12) return {year, month: month + 1, day: 1}
  return {year: year + 1, month: 1, day: 1}
}

function clock(minutes, style) {
  const h = Math.floor(minutes / 60) % 24
  const m = minutes % 60
  if (style === '12h') return `${h % 12 === 0 ? 12 : h % 12}:${pad(m)} ${h < 12 ? 'AM' : 'PM'}`
  return `${pad(h)}:${pad(m)}`
}

/**
 * Generate `count` reports from `seed`. Each report's content depends only on
 * the seed and its index, so a corpus of 400 starts with the corpus of 200.
 *
 * @param {{count?: number, seed?: number}} [options]
 * @returns {{name: string, markdown: string}[]}
 */
export function generateCorpus({count = 400, seed = 1} = {}) {
  const reports = []
  for (let index = 0; index < count; index++) {
    // Mix the seed and index so that neighbouring seeds give unrelated corpora.
    const r = makeRandom(
      (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0
    )
    reports.push(generateReport(r, index))
  }
  return reports
}

function generateReport(r, index) {
  const day = {year: r.int(2021, 2025), month: r.int(1, 12), day: r.int(1, 28)}
  const [s, s2] = r.sample(services, 2)
  const reportServices = [s, s2, ...r.sample(services, r.int(0, 2))].filter(
    (name, i, all) => all.indexOf(name) === i
  )
  const [t, t2] = r.sample(teams, 2)
  const vars = {
    s,
    s2,
    cs: cap(s),
    t,
    t2,
    c: r.pick(causes),
    code: r.pick(['500', '502', '503', '504']),
    v: `v${r.int(1, 9)}.${r.int(0, 40)}.${r.int(0, 9)}`,
    n: String(r.int(3, 60)),
    h: String(r.int(1, 6)),
    p: r.pick(people)
  }
  const fill = (template) => template.replace(/\{(\w+)\}/g, (_, key) => vars[key])
  const zone = r.pick(zones)
  const title = r.pick(titleShapes)(s)
  const meta = {
    title,
    date: isoDay(day),
    timezone: zone,
    severity: r.pick(severities),
    services: reportServices,
    tags: r.sample(tags, r.int(1, 4)),
    authors: r.sample(people, r.int(1, 2))
  }
  const name = `incidents/${isoDay(day)}-${s}-${String(index).padStart(4, '0')}.md`

  const out = []
  out.push(r.chance(0.15) ? tomlFrontMatter(meta) : yamlFrontMatter(meta))
  out.push(`# ${title}`, '')

  // 5-10 sections: Summary and Timeline always, then others in the usual order.
  const total = r.int(5, 10)
  const others = new Set(r.sample(sectionPool, Math.min(total - 2, sectionPool.length)))
  const order = ['Summary', ...sectionPool.slice(0, 1), 'Timeline', ...sectionPool.slice(1)]
  const chosen = order.filter(
    (title) => title === 'Summary' || title === 'Timeline' || others.has(title)
  )
  if (total === 10) chosen.push('Appendix')

  // A budget of 4-8 KB: the timeline takes its share, prose the rest.
  const target = r.int(4000, 8000)
  const timeline = timelineSection(r, day, zone, fill)
  const proseSections = chosen.filter((title) => title !== 'Timeline' && title !== 'Action items')
  const header = out.join('\n').length
  const fixed = chosen.includes('Action items') ? 450 : 0
  const proseBudget = target - header - timeline.length - fixed
  // Sections overshoot their budget by half a paragraph on average.
  const perSection = Math.max(
    120,
    Math.floor(proseBudget / Math.max(1, proseSections.length)) - 150
  )

  for (const section of chosen) {
    out.push(`## ${section}`, '')
    if (section === 'Timeline') out.push(timeline)
    else if (section === 'Action items') out.push(actionItems(r, fill, day))
    else {
      const listy = (section === 'Impact' || section === 'Contributing factors') && r.chance(0.5)
      out.push(paragraphs(r, fill, perSection, listy))
    }
  }
  return {name, markdown: `${out.join('\n').trimEnd()}\n`}
}

function yamlFrontMatter(meta) {
  return [
    '---',
    `title: "${meta.title}"`,
    `date: ${meta.date}`,
    `timezone: ${meta.timezone}`,
    `severity: ${meta.severity}`,
    `services: [${meta.services.join(', ')}]`,
    `tags: [${meta.tags.join(', ')}]`,
    `authors: [${meta.authors.join(', ')}]`,
    '---',
    ''
  ].join('\n')
}

function tomlFrontMatter(meta) {
  const list = (items) => `[${items.map((item) => `"${item}"`).join(', ')}]`
  return [
    '+++',
    `title = "${meta.title}"`,
    `date = ${meta.date}`,
    `timezone = "${meta.timezone}"`,
    `severity = "${meta.severity}"`,
    `services = ${list(meta.services)}`,
    `tags = ${list(meta.tags)}`,
    `authors = ${list(meta.authors)}`,
    '+++',
    ''
  ].join('\n')
}

/**
 * About `budget` characters of prose: paragraphs of 2-5 sentences, or (for
 * lists-minded authors) bullets, some with a bold label.
 */
function paragraphs(r, fill, budget, asList) {
  const out = []
  let size = 0
  while (size < budget) {
    if (asList) {
      const label = r.chance(0.5) ? `**${cap(r.pick(tags))}.** ` : ''
      const line = `- ${label}${r.sample(prose, r.int(1, 2)).map(fill).join(' ')}`
      out.push(line)
      size += line.length + 1
    } else {
      const paragraph = r.sample(prose, r.int(2, 5)).map(fill).join(' ')
      out.push(paragraph, '')
      size += paragraph.length + 1
    }
  }
  if (asList) out.push('')
  return out.join('\n')
}

function actionItems(r, fill, day) {
  const items = [
    'Add a canary check that blocks the rollout when the error rate doubles',
    'Alert on p99 latency for {s}, not only on error rate',
    'Update the runbook for {s} with this failure mode',
    'Move the page for {s} to the {t} rotation',
    'Load test {s2} at twice the peak traffic',
    'Stop sampling error logs for {s2} during incidents',
    'Add a floor to the connection pool size of {s}'
  ]
  const out = []
  for (const item of r.sample(items, r.int(3, 5))) {
    const done = r.chance(0.3) ? 'x' : ' '
    const owner = r.chance(0.6) ? `, owner: @${r.pick(['ada', 'grace', 'linus', 'ken'])}` : ''
    const due = r.chance(0.4) ? `, due ${isoDay({...day, day: Math.min(28, day.day + 14)})}` : ''
    out.push(`- [${done}] ${fill(item)}${owner}${due}`)
  }
  out.push('')
  return out.join('\n')
}

/** Build the list of timeline events: phases in order, with investigation filler. */
function timelineEvents(r, fill) {
  const count = r.int(20, 60)
  const events = []
  const filler = (phase) => ({phase, text: fill(r.pick(entryWords[phase]))})
  // Key milestones once each; the rest of the entries are spread over the working phases.
  const counts = Object.fromEntries(phaseOrder.map((phase) => [phase, 1]))
  if (r.chance(0.3)) counts.triggered = 0
  if (r.chance(0.3)) counts.acknowledged = 0
  let left = count - Object.values(counts).reduce((a, b) => a + b, 0)
  while (left > 0) {
    counts[
      r.pick(['investigating', 'investigating', 'investigating', 'mitigating', 'recovering'])
    ]++
    left--
  }
  for (const phase of phaseOrder) for (let i = 0; i < counts[phase]; i++) events.push(filler(phase))
  return events
}

function timelineSection(r, day, zone, fill) {
  const events = timelineEvents(r, fill)
  const style = zone === 'America/Los_Angeles' && r.chance(0.5) ? '12h' : '24h'
  // Late starts cross midnight more often.
  let minutes = r.chance(0.3) ? r.int(21 * 60, 23 * 60 + 30) : r.int(0, 20 * 60)
  const span = r.int(90, 600)
  const step = span / events.length
  const withMarkers = r.chance(0.6)
  const markerFor = {triggered: 1, started: 1, detected: 1, mitigated: 1, resolved: 1}
  const timed = []
  let current = {...day}
  for (const event of events) {
    const dayIndex = Math.floor(minutes / 1440)
    if (timed.length > 0 && dayIndex > timed[timed.length - 1].dayIndex) current = nextDay(current)
    const marker = withMarkers && markerFor[event.phase] && r.chance(0.8) ? ` [${event.phase}]` : ''
    timed.push({minutes, dayIndex, day: current, text: event.text, marker})
    minutes += Math.max(1, Math.round(step * (0.3 + r.next() * 1.4)))
  }

  const out = []
  const suffix = zone === 'UTC' ? ' UTC' : ''
  if (zone === 'UTC' || r.chance(0.5)) out.push(`All times are ${zoneWords(zone)}.`, '')
  const kind = r.chance(0.55) ? 'list' : 'table'
  if (kind === 'list') {
    const dayHeadings = r.chance(0.4)
    let lastDay = -1
    for (const entry of timed) {
      if (dayHeadings && entry.dayIndex !== lastDay) {
        if (lastDay !== -1) out.push('')
        out.push(`### ${isoDay(entry.day)}`, '')
        lastDay = entry.dayIndex
      }
      const separator = r.chance(0.7) ? ':' : ''
      out.push(`- ${clock(entry.minutes, style)}${suffix}${separator} ${entry.text}${entry.marker}`)
    }
  } else {
    const dated = r.chance(0.35)
    out.push(dated ? '| Date | Time | Event |' : '| Time | Event |')
    out.push(dated ? '|------|------|-------|' : '|------|-------|')
    for (const entry of timed) {
      const time = `${clock(entry.minutes, style)}${suffix}`
      const cells = dated
        ? [isoDay(entry.day), time, entry.text + entry.marker]
        : [time, entry.text + entry.marker]
      out.push(`| ${cells.join(' | ')} |`)
    }
  }
  out.push('')
  return out.join('\n')
}

function zoneWords(zone) {
  if (zone === 'UTC') return 'UTC'
  if (zone === 'Europe/Berlin') return 'in Berlin time (Europe/Berlin)'
  return 'in Pacific time (America/Los_Angeles)'
}

// Command line: print or write a few reports.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2)
  const value = (flag, fallback) => {
    const i = args.indexOf(flag)
    return i === -1 ? fallback : args[i + 1]
  }
  const reports = generateCorpus({
    count: Number(value('--count', 3)),
    seed: Number(value('--seed', 1))
  })
  const out = value('--out', undefined)
  if (out) {
    const {mkdirSync, writeFileSync} = await import('node:fs')
    const {basename, join} = await import('node:path')
    mkdirSync(out, {recursive: true})
    for (const report of reports) writeFileSync(join(out, basename(report.name)), report.markdown)
    console.log(`wrote ${reports.length} reports to ${out}`)
  } else {
    for (const report of reports) console.log(`<!-- ${report.name} -->\n${report.markdown}`)
  }
}
