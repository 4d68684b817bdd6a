/**
 * The review as GitHub-flavoured Markdown, to paste into a review document:
 * the same sections, tables and links as the HTML page, without pictures.
 */
import {formatDuration} from '../metrics/format-duration.js'
import {phaseNames} from '../metrics/measure-durations.js'
import type {Review, ReviewIncident, Tally} from './build-review.js'
import {
  actionItemsSentence,
  changeText,
  comparisonNote,
  filtersText,
  intervalText,
  measureLabel,
  measureSpan,
  messageParts,
  notesByRule,
  notesSentence,
  periodDays,
  plural,
  previousName,
  reportHref,
  reviewSummary,
  shareText,
  trendSpan,
  unknown
} from './review-text.js'
import {minimumToCompare} from './statistics.js'

/** Options of `renderReviewMarkdown`. */
export interface ReviewMarkdownOptions {
  /** Put before every report path in links (default `''`: the path as read). */
  linkBase?: string
}

/**
 * The review as Markdown (GFM: headings, tables, lists and links).
 *
 * @example
 *   renderReviewMarkdown(review, {linkBase: '../'})
 *   // '# Reliability review 2026-Q3\n\n…'
 */
export function renderReviewMarkdown(review: Review, options: ReviewMarkdownOptions = {}): string {
  const context: Context = {review, linkBase: options.linkBase ?? ''}
  const sections: Array<[string, (context: Context) => string[]]> = [
    ['Summary', summary],
    ['Incidents by severity, service and tag', counts],
    ['Durations', durations],
    ['Where the time went', timeShares],
    ['Trend over four quarters', trend],
    ['Longest outages', longest],
    ['Components', components],
    ['Contributing factors', factors],
    ['Action items', actionItems],
    ['Data-quality notes', notes],
    ['All incidents', incidentList]
  ]
  const blocks = [
    `# ${md(review.title)}`,
    header(review),
    sections.map(([title]) => `- [${md(title)}](#${slug(title)})`).join('\n'),
    ...sections.flatMap(([title, render]) => [`## ${md(title)}`, ...render(context)]),
    md(
      `Made by aftermath as of ${review.asOf}. Durations run from the start of impact; medians and percentiles, with 95% bootstrap intervals of the median, never a lone mean.`
    )
  ]
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`
}

interface Context {
  review: Review
  linkBase: string
}

function header(review: Review): string {
  const files = new Set(review.incidents.map((row) => row.file ?? row.title)).size
  const lines = [
    `**Period:** ${md(review.period ? `${review.period.label} (${periodDays(review.period)})` : 'all reports, no period chosen')}`,
    ...(review.previousPeriod
      ? [
          `**Compared with:** ${md(`${review.previousPeriod.label}, ${periodDays(review.previousPeriod)}`)}`
        ]
      : []),
    `**As of:** ${md(review.asOf)}`,
    `**Filters:** ${md(filtersText(review.filters))}`,
    `**Reports:** ${md(`${plural(review.counts.total, 'incident')} from ${plural(files, 'report')}`)}`
  ]
  // Two trailing spaces would be invisible; a backslash is GFM's visible line break.
  return lines.join('\\\n')
}

function summary({review}: Context): string[] {
  return [md(reviewSummary(review).join(' '))]
}

function counts({review}: Context): string[] {
  if (review.counts.total === 0)
    return [md(`No incidents ${review.period ? `in ${review.period.label}` : 'were read'}.`)]
  const withPrevious = review.counts.previous !== null
  const current = review.period?.label ?? 'Incidents'
  const groups: Array<[string, Tally[]]> = [
    ['Severity', review.counts.bySeverity],
    ['Service', review.counts.byService],
    ['Tag', review.counts.byTag]
  ]
  return [
    md(
      `An incident counts once under each of its services and tags.${withPrevious ? ` Names seen only in the ${previousName(review)} are not listed.` : ''}`
    ),
    ...groups.flatMap(([heading, tallies]) => [
      `**By ${heading.toLowerCase()}**`,
      tallies.length === 0
        ? md(`No ${heading.toLowerCase()} recorded.`)
        : table(
            [
              {header: heading},
              {header: current, numeric: true},
              ...(withPrevious
                ? [
                    {header: review.previousPeriod?.label ?? 'Previous', numeric: true},
                    {header: 'Change', numeric: true}
                  ]
                : [])
            ],
            tallies.map((tally) => [
              md(tally.name),
              String(tally.count),
              ...(withPrevious
                ? [
                    tally.previous === null ? unknown : String(tally.previous),
                    changeText(tally.count, tally.previous)
                  ]
                : [])
            ])
          )
    ])
  ]
}

function durations({review}: Context): string[] {
  if (review.counts.total === 0) return [md('No incidents, so no durations.')]
  return [
    md(
      `Durations run from the start of impact to each milestone; phases run back to back. Medians and percentiles, never a lone mean; the 95% interval of the median comes from a bootstrap. Medians of fewer than ${minimumToCompare} incidents are too few to compare with another quarter. “Missing” counts incidents whose report lacks a milestone the measure needs.`
    ),
    table(
      [
        {header: 'Measure'},
        {header: 'n', numeric: true},
        {header: 'Missing', numeric: true},
        {header: 'Median', numeric: true},
        {header: '95% CI of median', numeric: true},
        {header: '75th pct.', numeric: true},
        {header: '90th pct.', numeric: true},
        {header: 'Maximum', numeric: true},
        {header: 'Note'}
      ],
      review.durations.map((summary) => [
        `${md(measureLabel[summary.name])} (${md(measureSpan(summary.name))})`,
        String(summary.n),
        String(summary.missing),
        formatDuration(summary.median),
        intervalText(summary.interval),
        formatDuration(summary.p75),
        formatDuration(summary.p90),
        formatDuration(summary.max),
        md(comparisonNote(summary) ?? '')
      ])
    )
  ]
}

function timeShares({review}: Context): string[] {
  const shares = review.timeShares
  if (shares.incidents === 0)
    return [
      md(
        `No incident ${review.period ? `in ${review.period.label} ` : ''}has all three phases measured (started, detected, diagnosed and resolved), so outage time cannot be split.`
      )
    ]
  return [
    md(
      `Total outage time ${formatDuration(shares.total)}, over the ${plural(shares.incidents, 'incident')} of ${review.counts.total} whose detection, diagnosis and recovery are all measured.`
    ),
    table(
      [{header: 'Phase'}, {header: 'Time', numeric: true}, {header: 'Share', numeric: true}],
      shares.phases.map((phase) => [
        `${md(measureLabel[phase.name])} (${md(measureSpan(phase.name))})`,
        formatDuration(phase.seconds),
        shareText(phase.share)
      ])
    )
  ]
}

function trend({review}: Context): string[] {
  if (review.trend.length === 0) return [md('No dated incidents, so there is no trend.')]
  if (review.trend.every((quarter) => quarter.n === 0))
    return [md(`No incidents in ${trendSpan(review)}, so there is no trend.`)]
  const names = review.durations
    .map((summary) => summary.name)
    .filter((name) => !(phaseNames as readonly string[]).includes(name)) as Array<
    keyof Review['trend'][number]['medians']
  >
  return [
    md(
      `The median of each duration per quarter, with its 95% interval and the number of incidents measured. A median of fewer than ${minimumToCompare} incidents is too few to compare.`
    ),
    table(
      [
        {header: 'Measure'},
        ...review.trend.map((quarter) => ({
          header: `${quarter.period.label} (${quarter.n})`,
          numeric: true
        }))
      ],
      names.map((name) => [
        md(measureLabel[name]),
        ...review.trend.map((quarter) => {
          const value = quarter.medians[name]
          if (value.median === null) return `${unknown} (n = 0)`
          const extra = [
            ...(value.interval ? [intervalText(value.interval)] : []),
            `n = ${value.n}${value.n < minimumToCompare ? ', too few' : ''}`
          ]
          return `${formatDuration(value.median)} (${extra.join('; ')})`
        })
      ])
    )
  ]
}

function longest(context: Context): string[] {
  const {review} = context
  if (review.longest.length === 0)
    return [md('No incident has a measured time to resolve, so none can be ranked.')]
  return [
    md(
      `The ${plural(review.longest.length, 'outage')} with the longest time to resolve. Their timelines and cascades are drawn in the HTML review.`
    ),
    ...review.longest.flatMap((row, index) => [
      `### ${index + 1}. ${incidentLink(context, row)}`,
      md(
        [
          row.date ?? row.start?.slice(0, 10) ?? unknown,
          row.severity ?? 'severity unknown',
          row.services.length > 0 ? row.services.join(', ') : 'no services named'
        ].join(' · ')
      ),
      [
        ...(['timeToDetect', 'timeToMitigate', 'timeToResolve'] as const).map(
          (name) => `- ${md(measureLabel[name])}: ${formatDuration(row.durations[name])}`
        ),
        ...phaseNames.map(
          (name) => `- ${md(measureLabel[name])}: ${formatDuration(row.phases[name])}`
        )
      ].join('\n')
    ])
  ]
}

function components({review}: Context): string[] {
  const {hit, triggers} = review.components
  if (hit.length === 0 && triggers.length === 0)
    return [
      md(
        'No report in this review states a cascade (a cascade section or front matter components). Cascades aftermath infers from timelines are not counted here.'
      )
    ]
  const part = (caption: string, tallies: Tally[], empty: string) => [
    `**${md(caption)}**`,
    tallies.length === 0
      ? md(empty)
      : table(
          [{header: 'Component'}, {header: 'Incidents', numeric: true}],
          tallies.map((tally) => [md(tally.name), String(tally.count)])
        )
  ]
  return [
    md('From the cascades the reports state; inferred cascades are not counted.'),
    ...part('Most often hit', hit, 'None.'),
    ...part('Most often the trigger', triggers, 'No stated cascade has a single origin.')
  ]
}

function factors(context: Context): string[] {
  const {review} = context
  if (review.factors.length === 0)
    return [
      md(
        'No contributing factor of a known category was found in the contributing-factors or root-cause sections of the reports.'
      )
    ]
  return [
    md(
      'Each report’s contributing-factors and root-cause sections, matched against a few categories; an incident counts once per category.'
    ),
    table(
      [{header: 'Category'}, {header: 'Incidents', numeric: true}, {header: 'Reports'}],
      review.factors.map((factor) => [
        md(factor.name),
        String(factor.count),
        grouped(factor.files)
          .map(
            ({name, count}) =>
              `${review.incidents.some((row) => row.file === name) ? fileLink(context, name) : md(name)}${count > 1 ? ` (×${count})` : ''}`
          )
          .join(', ')
      ])
    )
  ]
}

function actionItems(context: Context): string[] {
  const {review} = context
  const items = review.actionItems
  if (items.total === 0) return [md('No action items in the reports of this review.')]
  return [
    md(actionItemsSentence(review)),
    '**By owner**',
    table(
      [{header: 'Owner'}, {header: 'Open', numeric: true}, {header: 'Done', numeric: true}],
      items.byOwner.map((owner) => [md(owner.owner), String(owner.open), String(owner.done)])
    ),
    ...(items.overdue.length === 0
      ? []
      : [
          `**Overdue as of ${md(review.asOf)}**`,
          table(
            [{header: 'Due'}, {header: 'Action item'}, {header: 'Owner'}, {header: 'Report'}],
            items.overdue.map((item) => [
              item.due,
              md(item.text),
              md(item.owner ?? 'no owner'),
              item.file ? placeLink(context, item.file, item.line) : unknown
            ])
          )
        ])
  ]
}

function notes(context: Context): string[] {
  const {review} = context
  if (review.notes.length === 0)
    return [md('No warnings: every report in this review was read without a problem.')]
  const byRule = notesByRule(review.notes)
  return [
    messageParts(notesSentence(review))
      .map((part) => (part.code ? code(part.text) : md(part.text)))
      .join(''),
    ...(byRule.length > 1
      ? [
          table(
            [
              {header: 'Rule'},
              {header: 'Reports', numeric: true},
              {header: 'Notes', numeric: true}
            ],
            byRule.map((row) => [code(row.ruleId), String(row.reports), String(row.notes)])
          )
        ]
      : []),
    table(
      [{header: 'Place'}, {header: 'Rule'}, {header: 'Message'}],
      review.notes.map((item) => [
        placeLink(context, item.file, item.line),
        code(item.ruleId),
        messageParts(item.reason)
          .map((part) => (part.code ? code(part.text) : md(part.text)))
          .join('')
      ])
    )
  ]
}

function incidentList(context: Context): string[] {
  const {review} = context
  if (review.incidents.length === 0) return [md('No incidents.')]
  return [
    table(
      [
        {header: 'Start'},
        {header: 'Incident'},
        {header: 'Severity'},
        {header: 'Services'},
        {header: 'Time to detect', numeric: true},
        {header: 'Time to mitigate', numeric: true},
        {header: 'Time to resolve', numeric: true}
      ],
      review.incidents.map((row) => [
        row.start?.slice(0, 10) ?? row.date ?? unknown,
        incidentLink(context, row),
        md(row.severity ?? unknown),
        md(row.services.length > 0 ? row.services.join(', ') : unknown),
        formatDuration(row.durations.timeToDetect),
        formatDuration(row.durations.timeToMitigate),
        formatDuration(row.durations.timeToResolve)
      ])
    )
  ]
}

function incidentLink(context: Context, row: ReviewIncident): string {
  if (!row.file) return md(row.title)
  return `[${md(row.title)}](${reportHref(row.file, context.linkBase, row.line > 1 ? row.line : undefined)})`
}

function fileLink(context: Context, file: string): string {
  return `[${md(file)}](${reportHref(file, context.linkBase)})`
}

function placeLink(context: Context, file: string, line: number): string {
  return `[${md(`${file}:${line}`)}](${reportHref(file, context.linkBase, line)})`
}

function grouped(names: readonly string[]): Array<{name: string; count: number}> {
  const counts = new Map<string, number>()
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1)
  return [...counts].map(([name, count]) => ({name, count}))
}

/** A GFM table; cells are Markdown already escaped. */
function table(
  columns: ReadonlyArray<{header: string; numeric?: boolean}>,
  rows: string[][]
): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [
    line(columns.map((column) => md(column.header))),
    line(columns.map((column) => (column.numeric ? '---:' : '---'))),
    ...rows.map((row) => line(row))
  ].join('\n')
}

/**
 * Text that Markdown shows as written: punctuation that could start
 * emphasis, code, links, HTML or a table cell is escaped; line breaks
 * become spaces (a table row is one line).
 */
function md(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>|&~#]/g, '\\$&')
}

/** Inline code that holds any text: the fence is longer than any run of backticks inside. */
function code(value: string): string {
  const text = value.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\|/g, '\\|')
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

/** The anchor GitHub gives a heading of plain words. */
function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}
