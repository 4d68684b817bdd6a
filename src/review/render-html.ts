/**
 * The review as one self-contained HTML page: inline CSS and SVG, no
 * script, no fonts or images to fetch, so it opens from disk and can be
 * mailed or printed. Real tables with captions and header cells, figures
 * with text alternatives, a table of contents, and a link from every
 * incident and note to its report.
 */
import {cascadeOf} from '../cascade/infer-cascade.js'
import {formatDuration} from '../metrics/format-duration.js'
import type {MeasuredIncident} from '../metrics/measure.js'
import {phaseNames} from '../metrics/measure-durations.js'
import {cascadeDiagram} from '../render/cascade-diagram.js'
import {escapeAttribute, escapeText} from '../render/svg.js'
import {timelineDiagram} from '../render/timeline-diagram.js'
import type {DurationSummary, Review, ReviewIncident, Tally} from './build-review.js'
import {countsChart, distributionChart, timeSharesChart, trendChart} from './charts.js'
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

/** The page's Content-Security-Policy: everything forbidden but inline styles and data images. */
export const contentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

/** Options of `renderReviewHtml`. */
export interface ReviewHtmlOptions {
  /**
   * Put before every report path in links (default `''`: the path as read),
   * e.g. `'../'` when the page is written one folder below where the paths
   * start, or a code host's URL (`https://example.com/repo/blob/main/`).
   */
  linkBase?: string
}

/**
 * The review as an HTML document. `measured` are the measured incidents read
 * (as given to `buildReview`): the longest outages are found among them by
 * file and title, to draw their timelines and cascades.
 *
 * @example
 *   writeFileSync('review.html', renderReviewHtml(review, measured, {linkBase: '../'}))
 */
export function renderReviewHtml(
  review: Review,
  measured: readonly MeasuredIncident[],
  options: ReviewHtmlOptions = {}
): string {
  const context: Context = {review, measured, linkBase: options.linkBase ?? ''}
  const sections: Array<{id: string; title: string; body: () => string; sub?: Toc[]}> = [
    {id: 'summary', title: 'Summary', body: () => summarySection(context)},
    {id: 'counts', title: 'Incidents by severity, service and tag', body: () => counts(context)},
    {id: 'durations', title: 'Durations', body: () => durations(context)},
    {id: 'time-shares', title: 'Where the time went', body: () => timeShares(context)},
    {id: 'trend', title: 'Trend over four quarters', body: () => trend(context)},
    {
      id: 'longest',
      title: 'Longest outages',
      body: () => longest(context),
      sub: review.longest.map((row, index) => ({id: outageId(index), title: row.title}))
    },
    {id: 'components', title: 'Components', body: () => components(context)},
    {id: 'factors', title: 'Contributing factors', body: () => factors(context)},
    {id: 'action-items', title: 'Action items', body: () => actionItems(context)},
    {id: 'notes', title: 'Data-quality notes', body: () => notes(context)},
    {id: 'incidents', title: 'All incidents', body: () => incidentList(context)}
  ]
  const body = [
    header(review),
    toc(sections),
    tag(
      'main',
      {},
      ...sections.map((section) =>
        tag(
          'section',
          {id: section.id, 'aria-labelledby': `${section.id}-heading`},
          tag('h2', {id: `${section.id}-heading`}, esc(section.title)),
          section.body()
        )
      )
    ),
    tag(
      'footer',
      {},
      tag(
        'p',
        {},
        esc(
          `Made by aftermath from the reports listed under “All incidents”, as of ${review.asOf}. Durations run from the start of impact; medians and percentiles, with 95% bootstrap intervals of the median, never a lone mean.`
        )
      )
    )
  ]
  return `${[
    // Polyglot markup: also well-formed XML, so that tools (and tests) can read it as such.
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8" />',
    // Nothing may run or load: no script, no request; only the inline styles and SVG.
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    '<meta name="generator" content="aftermath" />',
    `<title>${esc(review.title)}</title>`,
    `<style>${styleSheet}</style>`,
    '</head>',
    '<body>',
    tag('div', {class: 'page'}, ...body),
    '</body>',
    '</html>'
  ].join('\n')}\n`
}

interface Context {
  review: Review
  measured: readonly MeasuredIncident[]
  linkBase: string
}

interface Toc {
  id: string
  title: string
  sub?: Toc[]
}

function header(review: Review): string {
  const period = review.period
    ? `${review.period.label} (${periodDays(review.period)})`
    : `All reports, no period chosen${spanOfIncidents(review)}`
  const files = new Set(review.incidents.map((row) => row.file ?? row.title)).size
  const meta: Array<[string, string]> = [
    ['Period', period],
    ...(review.previousPeriod
      ? ([
          [
            'Compared with',
            `${review.previousPeriod.label === periodDays(review.previousPeriod) ? '' : `${review.previousPeriod.label}, `}${periodDays(review.previousPeriod)}`
          ]
        ] as Array<[string, string]>)
      : []),
    ['As of', review.asOf],
    ['Filters', filtersText(review.filters)],
    ['Reports', `${plural(review.counts.total, 'incident')} from ${plural(files, 'report')}`]
  ]
  return tag(
    'header',
    {class: 'masthead'},
    tag('p', {class: 'eyebrow'}, 'Reliability review'),
    tag('h1', {}, esc(review.title)),
    tag(
      'dl',
      {class: 'meta'},
      ...meta.map(([term, value]) =>
        tag('div', {}, tag('dt', {}, esc(term)), tag('dd', {}, esc(value)))
      )
    )
  )
}

function spanOfIncidents(review: Review): string {
  const starts = review.incidents
    .map((row) => row.start)
    .filter((start): start is string => start !== null)
    .sort()
  const first = starts[0]
  const last = starts.at(-1)
  return first && last ? ` (${first.slice(0, 10)} to ${last.slice(0, 10)})` : ''
}

function toc(entries: Toc[]): string {
  const list = (items: Toc[]): string =>
    tag(
      'ol',
      {},
      ...items.map((item) =>
        tag(
          'li',
          {},
          tag('a', {href: `#${item.id}`}, esc(item.title)),
          item.sub && item.sub.length > 0 ? list(item.sub) : ''
        )
      )
    )
  return tag(
    'nav',
    {class: 'toc', 'aria-labelledby': 'toc-heading'},
    tag('h2', {id: 'toc-heading'}, 'Contents'),
    list(entries)
  )
}

function summarySection({review}: Context): string {
  const resolve = review.durations.find((summary) => summary.name === 'timeToResolve')
  const figures: Array<{term: string; value: string; sub: string}> = [
    {
      term: review.period ? `Incidents in ${review.period.label}` : 'Incidents',
      value: String(review.counts.total),
      sub:
        review.counts.previous === null
          ? review.undated > 0
            ? `${review.undated} not placed in time`
            : ''
          : `${previousName(review)}: ${review.counts.previous}`
    },
    {
      term: 'Median time to resolve',
      value: formatDuration(resolve?.median ?? null),
      sub: resolve
        ? resolve.interval
          ? `95% CI ${intervalText(resolve.interval)} · n = ${resolve.n}`
          : `n = ${resolve.n}`
        : ''
    },
    {
      term: 'Open action items',
      value: String(review.actionItems.open),
      sub: `${review.actionItems.overdue.length} overdue · ${review.actionItems.done} done`
    },
    {
      term: 'Data-quality notes',
      value: String(review.notes.length),
      sub: `on ${plural(new Set(review.notes.map((note) => note.file)).size, 'report')}`
    }
  ]
  return [
    tag('p', {class: 'lead'}, esc(reviewSummary(review).join(' '))),
    tag(
      'dl',
      {class: 'figures'},
      ...figures.map((figure) =>
        tag(
          'div',
          {},
          tag('dt', {}, esc(figure.term)),
          tag(
            'dd',
            {},
            esc(figure.value),
            figure.sub ? tag('span', {class: 'sub'}, esc(figure.sub)) : ''
          )
        )
      )
    )
  ].join('\n')
}

function counts({review}: Context): string {
  const withPrevious = review.counts.previous !== null
  const current = review.period?.label ?? 'Incidents'
  const before = review.previousPeriod
    ? `${previousName(review)} (${review.previousPeriod.label})`
    : previousName(review)
  const groups: Array<{heading: string; tallies: Tally[]; id: string}> = [
    {heading: 'Severity', tallies: review.counts.bySeverity, id: 'severity'},
    {heading: 'Service', tallies: review.counts.byService, id: 'service'},
    {heading: 'Tag', tallies: review.counts.byTag, id: 'tag'}
  ]
  if (review.counts.total === 0)
    return note(`No incidents ${review.period ? `in ${review.period.label}` : 'were read'}.`)
  const tables = groups.map((group) =>
    table<Tally>({
      caption: `By ${group.heading.toLowerCase()}`,
      id: `counts-${group.id}`,
      rows: group.tallies,
      empty: `No ${group.heading.toLowerCase()} recorded.`,
      columns: [
        {header: group.heading, row: true, cell: (tally) => esc(tally.name)},
        {header: current, numeric: true, cell: (tally) => String(tally.count)},
        ...(withPrevious
          ? [
              {
                header: review.previousPeriod?.label ?? 'Previous',
                numeric: true,
                cell: (tally: Tally) => (tally.previous === null ? unknown : String(tally.previous))
              },
              {
                header: 'Change',
                numeric: true,
                cell: (tally: Tally) => esc(changeText(tally.count, tally.previous))
              }
            ]
          : [])
      ]
    })
  )
  return [
    tag(
      'p',
      {},
      esc(
        `An incident counts once under each of its services and tags, so those columns can add up to more than ${review.counts.total}.${withPrevious ? ` Names seen only in the ${previousName(review)} are not listed.` : ''}`
      )
    ),
    figure(
      'chart-counts',
      countsChart(
        groups.map(({heading, tallies}) => ({heading, tallies})),
        {currentLabel: current, previousLabel: before}
      ),
      `Incidents by severity, service and tag${withPrevious ? `, each bar with the ${previousName(review)} beneath it` : ''}. At most eight bars per group; the tables list all.`
    ),
    // With the previous period each table has four columns: two tables to a row.
    tag('div', {class: withPrevious ? 'tables wide' : 'tables'}, ...tables)
  ].join('\n')
}

function durations({review}: Context): string {
  if (review.counts.total === 0) return note('No incidents, so no durations.')
  return [
    tag(
      'p',
      {},
      esc(
        `Durations run from the start of impact to each milestone; phases run back to back. Each row gives the median and the 75th and 90th percentiles, never a lone mean; the 95% interval of the median comes from a bootstrap. Medians of fewer than ${minimumToCompare} incidents are too few to compare with another quarter. “Missing” counts incidents whose report lacks a milestone the measure needs (or has them out of order).`
      )
    ),
    figure(
      'chart-distribution',
      distributionChart(review.durations),
      'Every incident as a dot on a log time axis, one row per measure; the black line is the median and the shaded band its 95% interval. Hover a dot for the incident.'
    ),
    table<DurationSummary>({
      caption: 'Durations and phases',
      id: 'durations-table',
      rows: review.durations,
      empty: 'No durations.',
      columns: [
        {
          header: 'Measure',
          row: true,
          className: 'nowrap',
          cell: (summary) =>
            `${esc(measureLabel[summary.name])}${tag('span', {class: 'span'}, esc(measureSpan(summary.name)))}`
        },
        {header: 'n', numeric: true, cell: (summary) => String(summary.n)},
        {header: 'Missing', numeric: true, cell: (summary) => String(summary.missing)},
        {header: 'Median', numeric: true, cell: (summary) => esc(formatDuration(summary.median))},
        {
          header: '95% CI of median',
          numeric: true,
          className: 'interval',
          cell: (summary) => esc(intervalText(summary.interval))
        },
        {header: '75th pct.', numeric: true, cell: (summary) => esc(formatDuration(summary.p75))},
        {header: '90th pct.', numeric: true, cell: (summary) => esc(formatDuration(summary.p90))},
        {header: 'Maximum', numeric: true, cell: (summary) => esc(formatDuration(summary.max))},
        {
          header: 'Note',
          cell: (summary) => tag('span', {class: 'muted'}, esc(comparisonNote(summary) ?? ''))
        }
      ]
    })
  ].join('\n')
}

function timeShares({review}: Context): string {
  const shares = review.timeShares
  const intro =
    shares.incidents === 0
      ? `No incident ${review.period ? `in ${review.period.label} ` : ''}has all three phases measured (started, detected, diagnosed and resolved), so outage time cannot be split.`
      : `Total outage time split between the phases, over the ${plural(shares.incidents, 'incident')} of ${review.counts.total} whose detection, diagnosis and recovery are all measured.`
  if (shares.incidents === 0) return note(intro)
  return [
    tag('p', {}, esc(intro)),
    figure(
      'chart-time-shares',
      timeSharesChart(shares),
      'Share of outage time in detection (started → detected), diagnosis (detected → diagnosed) and recovery (diagnosed → resolved).'
    ),
    table<Review['timeShares']['phases'][number]>({
      caption: 'Outage time by phase',
      id: 'time-shares-table',
      compact: true,
      rows: shares.phases,
      empty: '',
      columns: [
        {
          header: 'Phase',
          row: true,
          cell: (phase) =>
            `${esc(measureLabel[phase.name])}${tag('span', {class: 'span'}, esc(measureSpan(phase.name)))}`
        },
        {header: 'Time', numeric: true, cell: (phase) => esc(formatDuration(phase.seconds))},
        {header: 'Share', numeric: true, cell: (phase) => esc(shareText(phase.share))}
      ]
    })
  ].join('\n')
}

function trend({review}: Context): string {
  if (review.trend.length === 0) return note('No dated incidents, so there is no trend.')
  if (review.trend.every((quarter) => quarter.n === 0))
    return note(`No incidents in ${trendSpan(review)}, so there is no trend.`)
  const names = review.durations
    .map((summary) => summary.name)
    .filter((name) => !(phaseNames as readonly string[]).includes(name)) as Array<
    keyof Review['trend'][number]['medians']
  >
  return [
    tag(
      'p',
      {},
      esc(
        `The median of each duration in each of the last four quarters, with its 95% interval. A median of fewer than ${minimumToCompare} incidents (hollow in the chart) is too few to compare: its interval is wide or missing.`
      )
    ),
    figure(
      'chart-trend',
      trendChart(review.trend),
      `Medians per quarter, ${review.trend.map((quarter) => quarter.period.label).join(', ')}, on one log time scale; whiskers are 95% intervals.`
    ),
    table<(typeof names)[number]>({
      caption: 'Median per quarter (95% interval; number of incidents measured)',
      id: 'trend-table',
      rows: names,
      empty: '',
      columns: [
        {header: 'Measure', row: true, cell: (name) => esc(measureLabel[name])},
        ...review.trend.map((quarter) => ({
          header: `${quarter.period.label} (${quarter.n})`,
          numeric: true,
          cell: (name: (typeof names)[number]) => {
            const value = quarter.medians[name]
            return [
              esc(formatDuration(value.median)),
              tag(
                'span',
                {class: 'span'},
                esc(
                  `${value.interval ? `${intervalText(value.interval)} · ` : ''}n = ${value.n}${value.n > 0 && value.n < minimumToCompare ? ', too few' : ''}`
                )
              )
            ].join('')
          }
        }))
      ]
    })
  ].join('\n')
}

function longest(context: Context): string {
  const {review} = context
  if (review.longest.length === 0)
    return note('No incident has a measured time to resolve, so none can be ranked.')
  return [
    tag(
      'p',
      {},
      esc(
        `The ${plural(review.longest.length, 'outage')} with the longest time to resolve, each with its timeline and how the failure spread.`
      )
    ),
    ...review.longest.map((row, index) => outage(context, row, index))
  ].join('\n')
}

function outage(context: Context, row: ReviewIncident, index: number): string {
  const id = outageId(index)
  const measured = findMeasured(context.measured, row)
  const facts = [
    row.date ?? row.start?.slice(0, 10) ?? unknown,
    row.severity ?? 'severity unknown',
    row.services.length > 0 ? row.services.join(', ') : 'no services named'
  ]
  const parts: string[] = [
    tag('h3', {id: `${id}-heading`}, esc(`${index + 1}. `), incidentLink(context, row)),
    tag(
      'p',
      {class: 'facts'},
      esc(facts.join(' · ')),
      row.file ? ` · ${fileLink(context, row.file)}` : ''
    ),
    tag(
      'dl',
      {class: 'durations'},
      ...(['timeToDetect', 'timeToMitigate', 'timeToResolve'] as const).map((name) =>
        tag(
          'div',
          {},
          tag('dt', {}, esc(measureLabel[name])),
          tag('dd', {}, esc(formatDuration(row.durations[name])))
        )
      ),
      ...phaseNames.map((name) =>
        tag(
          'div',
          {},
          tag('dt', {}, esc(measureLabel[name])),
          tag('dd', {}, esc(formatDuration(row.phases[name])))
        )
      )
    )
  ]
  if (!measured) {
    parts.push(
      note(
        'This incident was not among those given to the renderer, so its diagrams are not drawn.'
      )
    )
  } else {
    parts.push(
      figure(
        `${id}-timeline`,
        timelineOf(measured),
        `Timeline of ${row.title}: entries on a time axis, milestones flagged, phases shaded.`
      )
    )
    const cascade = cascadeOf(measured.incident)
    if (cascade)
      parts.push(
        figure(
          `${id}-cascade`,
          cascadeDiagram(measured),
          `How the failure spread${cascade.source === 'inferred' ? ', inferred from the timeline (dashed arrows are guesses, not facts)' : ', as the report states it'}.`
        )
      )
    else
      parts.push(
        note(
          'No cascade: the report states none and its timeline names too few components to infer one.'
        )
      )
  }
  return tag('article', {class: 'outage', id, 'aria-labelledby': `${id}-heading`}, ...parts)
}

function timelineOf(measured: MeasuredIncident): string {
  const width = 960
  const zone = measured.incident.timezone
  if (zone) {
    try {
      return timelineDiagram(measured, {zone, width})
    } catch (error) {
      // A front-matter zone that is not an IANA name: show the timeline in UTC instead.
      if (!(error instanceof RangeError)) throw error
    }
  }
  return timelineDiagram(measured, {width})
}

function findMeasured(
  measured: readonly MeasuredIncident[],
  row: ReviewIncident
): MeasuredIncident | undefined {
  const same = measured.filter(
    ({incident}) => (incident.file ?? null) === row.file && incident.title === row.title
  )
  return same.find(({incident}) => incident.place.line === row.line) ?? same[0]
}

function components({review}: Context): string {
  const {hit, triggers} = review.components
  if (hit.length === 0 && triggers.length === 0)
    return note(
      'No report in this review states a cascade (a cascade section or front matter `components`). Cascades aftermath infers from timelines are not counted here.'
    )
  const columns = (label: string): Column<Tally>[] => [
    {header: 'Component', row: true, cell: (tally) => esc(tally.name)},
    {header: label, numeric: true, cell: (tally) => String(tally.count)}
  ]
  return [
    tag('p', {}, esc('From the cascades the reports state; inferred cascades are not counted.')),
    tag(
      'div',
      {class: 'tables'},
      table({
        caption: 'Most often hit',
        id: 'components-hit',
        rows: hit,
        empty: 'None.',
        columns: columns('Incidents')
      }),
      table({
        caption: 'Most often the trigger',
        id: 'components-triggers',
        rows: triggers,
        empty: 'No stated cascade has a single origin.',
        columns: columns('Incidents')
      })
    )
  ].join('\n')
}

function factors(context: Context): string {
  const {review} = context
  if (review.factors.length === 0)
    return note(
      'No contributing factor of a known category was found in the contributing-factors or root-cause sections of the reports.'
    )
  return [
    tag(
      'p',
      {},
      esc(
        'Each report’s contributing-factors and root-cause sections, matched against a few categories; an incident counts once per category.'
      )
    ),
    table<Review['factors'][number]>({
      caption: 'Contributing factors',
      id: 'factors-table',
      rows: review.factors,
      empty: '',
      columns: [
        {header: 'Category', row: true, className: 'nowrap', cell: (factor) => esc(factor.name)},
        {header: 'Incidents', numeric: true, cell: (factor) => String(factor.count)},
        {
          header: 'Reports',
          cell: (factor) =>
            grouped(factor.files)
              .map(
                ({name, count}) =>
                  `${knownFile(context, name) ? fileLink(context, name) : esc(name)}${count > 1 ? esc(` (×${count})`) : ''}`
              )
              .join(', ')
        }
      ]
    })
  ].join('\n')
}

function actionItems(context: Context): string {
  const {review} = context
  const items = review.actionItems
  if (items.total === 0) return note('No action items in the reports of this review.')
  type Overdue = Review['actionItems']['overdue'][number]
  return [
    tag('p', {}, esc(actionItemsSentence(review))),
    tag(
      'div',
      {class: 'tables'},
      table<Review['actionItems']['byOwner'][number]>({
        caption: 'By owner',
        id: 'owners-table',
        rows: items.byOwner,
        empty: '',
        columns: [
          {header: 'Owner', row: true, cell: (owner) => esc(owner.owner)},
          {header: 'Open', numeric: true, cell: (owner) => String(owner.open)},
          {header: 'Done', numeric: true, cell: (owner) => String(owner.done)}
        ]
      })
    ),
    items.overdue.length === 0
      ? ''
      : table<Overdue>({
          caption: `Overdue as of ${review.asOf}`,
          id: 'overdue-table',
          rows: items.overdue,
          empty: '',
          columns: [
            {header: 'Due', row: true, className: 'nowrap', cell: (item) => esc(item.due)},
            {header: 'Action item', cell: (item) => esc(item.text)},
            {header: 'Owner', cell: (item) => esc(item.owner ?? 'no owner')},
            {
              header: 'Report',
              cell: (item) => (item.file ? placeLink(context, item.file, item.line) : unknown)
            }
          ]
        })
  ].join('\n')
}

function notes(context: Context): string {
  const {review} = context
  if (review.notes.length === 0)
    return note('No warnings: every report in this review was read without a problem.')
  type Note = Review['notes'][number]
  const byRule = notesByRule(review.notes)
  const every = table<Note>({
    caption: 'Notes by report and line',
    id: 'notes-table',
    rows: review.notes,
    empty: '',
    columns: [
      {
        header: 'Place',
        row: true,
        className: 'place',
        cell: (item) => placeLink(context, item.file, item.line)
      },
      {header: 'Rule', className: 'nowrap', cell: (item) => tag('code', {}, esc(item.ruleId))},
      {
        header: 'Message',
        cell: (item) =>
          messageParts(item.reason)
            .map((part) => (part.code ? tag('code', {}, esc(part.text)) : esc(part.text)))
            .join('')
      }
    ]
  })
  // Many notes: their kinds first, every note a click away.
  const many = review.notes.length > manyNotes
  return [
    tag(
      'p',
      {},
      messageParts(`Warnings about the reports of this review: ${notesSentence(review)}`)
        .map((part) => (part.code ? tag('code', {}, esc(part.text)) : esc(part.text)))
        .join('')
    ),
    byRule.length > 1
      ? table<(typeof byRule)[number]>({
          caption: 'Notes by rule',
          id: 'notes-by-rule',
          rows: byRule,
          empty: '',
          compact: true,
          columns: [
            {header: 'Rule', row: true, cell: (row) => tag('code', {}, esc(row.ruleId))},
            {header: 'Reports', className: 'num', cell: (row) => String(row.reports)},
            {header: 'Notes', className: 'num', cell: (row) => String(row.notes)}
          ]
        })
      : '',
    many
      ? tag(
          'details',
          {},
          tag('summary', {}, esc(`All ${review.notes.length} notes, by report and line`)),
          every
        )
      : every
  ].join('\n')
}

/** Above this many notes, the table of every note is folded under their count by rule. */
const manyNotes = 30

function incidentList(context: Context): string {
  const {review} = context
  if (review.incidents.length === 0) return note('No incidents.')
  return table<ReviewIncident>({
    caption: 'Every incident in this review, by start',
    id: 'incidents-table',
    rows: review.incidents,
    empty: '',
    columns: [
      {
        header: 'Start',
        className: 'nowrap',
        cell: (row) => esc(row.start?.slice(0, 10) ?? row.date ?? unknown)
      },
      {header: 'Incident', row: true, cell: (row) => incidentLink(context, row)},
      {header: 'Severity', cell: (row) => esc(row.severity ?? unknown)},
      {
        header: 'Services',
        cell: (row) => esc(row.services.length > 0 ? row.services.join(', ') : unknown)
      },
      {
        header: 'Time to detect',
        numeric: true,
        cell: (row) => esc(formatDuration(row.durations.timeToDetect))
      },
      {
        header: 'Time to mitigate',
        numeric: true,
        cell: (row) => esc(formatDuration(row.durations.timeToMitigate))
      },
      {
        header: 'Time to resolve',
        numeric: true,
        cell: (row) => esc(formatDuration(row.durations.timeToResolve))
      }
    ]
  })
}

function outageId(index: number): string {
  return `outage-${index + 1}`
}

/** The incident's title, linked to its report (and the line its incident starts on, past the first). */
function incidentLink(context: Context, row: ReviewIncident): string {
  if (!row.file) return esc(row.title)
  return tag(
    'a',
    {
      href: reportHref(row.file, context.linkBase, row.line > 1 ? row.line : undefined),
      title: row.line > 1 ? `${row.file}:${row.line}` : row.file
    },
    esc(row.title)
  )
}

function fileLink(context: Context, file: string): string {
  return tag('a', {href: reportHref(file, context.linkBase), class: 'file'}, esc(file))
}

function placeLink(context: Context, file: string, line: number): string {
  return tag(
    'a',
    {href: reportHref(file, context.linkBase, line), class: 'file'},
    esc(`${file}:${line}`)
  )
}

function knownFile(context: Context, name: string): boolean {
  return context.review.incidents.some((row) => row.file === name)
}

/** Names in first-seen order with how often each occurs. */
function grouped(names: readonly string[]): Array<{name: string; count: number}> {
  const counts = new Map<string, number>()
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1)
  return [...counts].map(([name, count]) => ({name, count}))
}

interface Column<T> {
  header: string
  cell: (row: T) => string
  numeric?: boolean
  /** A class for the column's cells, for its width or wrapping. */
  className?: string
  /** The cell names its row: a `<th scope="row">`. */
  row?: boolean
}

function table<T>(options: {
  caption: string
  id: string
  rows: readonly T[]
  columns: ReadonlyArray<Column<T>>
  empty: string
  /** As wide as its content, not the page: for a few short columns. */
  compact?: boolean
}): string {
  if (options.rows.length === 0)
    return tag(
      'div',
      {class: 'empty-table'},
      tag('p', {class: 'caption'}, esc(options.caption)),
      note(options.empty)
    )
  const head = tag(
    'thead',
    {},
    tag(
      'tr',
      {},
      ...options.columns.map((column) =>
        tag('th', {scope: 'col', class: classOf(column)}, esc(column.header))
      )
    )
  )
  const body = tag(
    'tbody',
    {},
    ...options.rows.map((row) =>
      tag(
        'tr',
        {},
        ...options.columns.map((column) =>
          tag(
            column.row ? 'th' : 'td',
            {scope: column.row ? 'row' : undefined, class: classOf(column)},
            column.cell(row)
          )
        )
      )
    )
  )
  // The wrapper scrolls a wide table on a narrow screen instead of widening the page.
  return tag(
    'div',
    {class: 'table-wrap'},
    tag(
      'table',
      {id: options.id, class: options.compact ? 'compact' : undefined},
      tag('caption', {}, esc(options.caption)),
      head,
      body
    )
  )
}

function classOf(column: {numeric?: boolean; className?: string}): string | undefined {
  const names = [column.numeric ? 'num' : '', column.className ?? ''].filter(Boolean)
  return names.length > 0 ? names.join(' ') : undefined
}

/**
 * An SVG document as a figure. Its ids are prefixed and its style sheet
 * scoped to it, since in HTML every inline SVG shares one id space and one
 * set of style rules.
 */
function figure(id: string, svg: string, caption: string): string {
  return tag(
    'figure',
    {id, class: 'chart'},
    inlineSvg(svg, `${id}-svg`),
    tag('figcaption', {}, esc(caption))
  )
}

function inlineSvg(svg: string, id: string): string {
  const prefixed = (name: string) => `${id}-${name}`
  // Text and attribute values are escaped, so every `<` opens a tag or a comment.
  const tagged = svg.trim().replace(/<[^>]*>/g, (open) =>
    open
      .replace(/\sid="([^"]*)"/g, (_, name: string) => ` id="${prefixed(name)}"`)
      .replace(/url\(#([^)"]+)\)/g, (_, name: string) => `url(#${prefixed(name)})`)
      .replace(/\shref="#([^"]*)"/g, (_, name: string) => ` href="#${prefixed(name)}"`)
      .replace(
        /\saria-labelledby="([^"]*)"/g,
        (_, names: string) => ` aria-labelledby="${names.split(/\s+/).map(prefixed).join(' ')}"`
      )
  )
  return tagged
    .replace(
      /<style>([\s\S]*?)<\/style>/g,
      (_, css: string) => `<style>${scopeCss(css, `#${id}`)}</style>`
    )
    .replace(/^<svg /, `<svg id="${id}" `)
}

/** Prefix every selector of a flat style sheet (no at-rules) with `scope`. */
function scopeCss(css: string, scope: string): string {
  return css
    .split('}')
    .map((rule) => {
      const open = rule.indexOf('{')
      if (open === -1) return rule
      const selectors = rule
        .slice(0, open)
        .split(',')
        .map((selector) => `${scope} ${selector.trim()}`)
        .join(',')
      return `${selectors}${rule.slice(open)}`
    })
    .join('}')
}

function note(message: string): string {
  return tag('p', {class: 'note'}, esc(message))
}

function esc(value: string): string {
  return escapeText(value)
}

/** An HTML element; `children` are HTML already escaped. Always closed (HTML has no `<td/>`). */
function tag(
  name: string,
  attributes: Record<string, string | undefined>,
  ...children: string[]
): string {
  let open = `<${name}`
  for (const [key, value] of Object.entries(attributes))
    if (value !== undefined) open += ` ${key}="${escapeAttribute(value)}"`
  return `${open}>${children.join('')}</${name}>`
}

const styleSheet = `
:root{--text:#1b1b1b;--muted:#5a5a5a;--rule:#d9dde1;--soft:#f5f6f7;--link:#0a58a8}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#ffffff;color:var(--text);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif}
.page{max-width:1000px;margin:0 auto;padding:36px 28px 64px}
h1{font-size:30px;line-height:1.2;margin:2px 0 14px;font-weight:650;letter-spacing:-0.01em}
h2{font-size:21px;line-height:1.3;margin:44px 0 12px;padding-top:14px;border-top:1px solid var(--rule);font-weight:650}
h3{font-size:17px;line-height:1.35;margin:32px 0 4px;font-weight:650}
p{margin:8px 0 12px;max-width:80ch}
a{color:var(--link);text-underline-offset:2px}
a:hover{text-decoration-thickness:2px}
a.file{overflow-wrap:anywhere}
code{font:0.88em/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;background:var(--soft);padding:1px 4px;border-radius:3px}
.eyebrow{margin:0;color:var(--muted);font-size:12.5px;letter-spacing:0.08em;text-transform:uppercase}
.masthead{padding-bottom:18px;border-bottom:3px solid var(--text)}
.meta{display:flex;flex-wrap:wrap;gap:4px 28px;margin:0;font-size:14px}
.meta div{display:flex;gap:6px}
.meta dt{color:var(--muted)}
.meta dt::after{content:":"}
.meta dd{margin:0;font-weight:550}
.toc{margin:24px 0 0;padding:14px 20px;background:var(--soft);border-radius:6px}
.toc h2{margin:0 0 4px;padding:0;border:0;font-size:14px;text-transform:uppercase;letter-spacing:0.06em;color:var(--muted)}
.toc ol{margin:0;padding-left:22px;columns:2 280px;column-gap:32px}
.toc ol ol{columns:auto;padding-left:18px;font-size:13.5px}
.toc li{break-inside:avoid;margin:2px 0}
.lead{font-size:17px;line-height:1.55;max-width:72ch}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:12px;margin:18px 0 0}
.figures div{border:1px solid var(--rule);border-radius:6px;padding:12px 16px;background:var(--soft)}
.figures dt{font-size:13px;color:var(--muted)}
.figures dd{margin:2px 0 0;font-size:24px;font-weight:650;font-variant-numeric:tabular-nums}
.figures .sub{display:block;font-size:12.5px;font-weight:400;color:var(--muted)}
.note{color:var(--muted);font-style:italic}
table{border-collapse:collapse;width:100%;margin:10px 0 22px;font-size:14px;font-variant-numeric:tabular-nums}
caption,.empty-table .caption{caption-side:top;text-align:left;font-weight:650;padding:0 0 6px;margin:0}
th,td{padding:6px 10px;border-bottom:1px solid var(--rule);text-align:left;vertical-align:top}
thead th{background:var(--soft);border-bottom:2px solid #b7bec6;font-size:13px;font-weight:650}
tbody th{font-weight:500}
.nowrap{white-space:nowrap}
.place{width:34%}
.num{text-align:right;white-space:nowrap}
details>summary{cursor:pointer;margin:.6em 0}
.num.interval{white-space:normal;min-width:7em}
th.num.interval{white-space:nowrap}
.tables.wide{grid-template-columns:repeat(auto-fill,minmax(380px,1fr))}
.table-wrap{overflow-x:auto;margin:10px 0 22px}
.table-wrap table{margin:0}
table.compact{width:auto;min-width:min(100%,480px)}
.span{display:block;font-size:12px;font-weight:400;color:var(--muted)}
.tables{display:grid;grid-template-columns:repeat(auto-fill,minmax(270px,1fr));gap:0 28px;align-items:start}
figure{margin:18px 0 26px}
figure svg{display:block;max-width:100%;height:auto}
figcaption{margin-top:6px;font-size:13px;color:var(--muted);max-width:90ch}
.outage{margin-top:8px}
.facts{color:var(--muted);margin:0 0 8px;font-size:14px}
.durations{display:flex;flex-wrap:wrap;gap:6px 24px;margin:8px 0 0;font-size:14px}
.durations div{display:flex;flex-direction:column}
.durations dt{color:var(--muted);font-size:12.5px}
.durations dd{margin:0;font-weight:650;font-variant-numeric:tabular-nums}
footer{margin-top:48px;padding-top:12px;border-top:1px solid var(--rule);color:var(--muted);font-size:13px}
@media (max-width:640px){.page{padding:20px 14px}.toc ol{columns:1}}
@media print{
@page{size:A4;margin:14mm 12mm}
body{font-size:10pt}
.page{max-width:none;padding:0}
h2{break-after:avoid;margin-top:28px}
h3{break-after:avoid}
.toc{background:none;border:1px solid var(--rule)}
figure,.figures,.durations,caption{break-inside:avoid}
tr{break-inside:avoid}
thead{display:table-header-group}
th.num.interval{white-space:normal}
.table-wrap{overflow:visible}
.lead{font-size:11pt}
.figures{grid-template-columns:repeat(4,1fr)}
.figures div{padding:8px 10px}
.figures dd{font-size:15pt}
table{font-size:8.5pt}
th,td{padding:3px 6px}
thead th{font-size:8pt}
.span{font-size:7.5pt}
#longest{break-before:page}
.outage+.outage{break-before:page}
a{color:inherit}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`.trim()
