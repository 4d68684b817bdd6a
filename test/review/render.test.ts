import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {cascadeOf} from '../../src/cascade/infer-cascade.js'
import {formatDuration} from '../../src/metrics/format-duration.js'
import {buildReview, type Review} from '../../src/review/build-review.js'
import * as charts from '../../src/review/charts.js'
import {quarterPeriod} from '../../src/review/period.js'
import * as html from '../../src/review/render-html.js'
import * as markdown from '../../src/review/render-markdown.js'
import {
  intervalText,
  notesByRule,
  notesSentence,
  reportHref,
  shareText
} from '../../src/review/review-text.js'
import {
  type ReportSpec,
  readReports,
  reportMarkdown,
  seedReports,
  specReports,
  twoQuarters
} from '../helpers/review-reports.js'
import {allElements, findAll, parseSvg, type SvgElement, textOf} from '../helpers/svg.js'

const {renderReviewHtml} = html
const {renderReviewMarkdown} = markdown
const {countsChart, distributionChart, timeSharesChart, trendChart} = charts

const root = fileURLToPath(new URL('../..', import.meta.url))
const asOf = '2026-10-01'
const q3 = quarterPeriod('2026-Q3')

const generated = readReports(specReports(twoQuarters))
const review = buildReview(generated.measured, generated.notes, {period: q3, asOf})
const page = renderReviewHtml(review, generated.measured, {linkBase: '../'})
const document = parseHtml(page)

const seed = readReports(seedReports(root))
const seedReview = buildReview(seed.measured, seed.notes, {asOf})
const seedPage = renderReviewHtml(seedReview, seed.measured)

const empty = buildReview([], [], {period: q3, asOf})

/** Read the page as XML (it is written as polyglot markup); throws when it is not well-formed. */
function parseHtml(text: string): SvgElement {
  // parseSvg wants an <svg> root: read the page inside one, then take the page back out.
  const wrapped = parseSvg(`<svg>${text.replace(/^<!DOCTYPE html>\n/, '')}</svg>`)
  const page = wrapped.children.find((child) => child.name === 'html')
  if (!page) throw new Error('No <html> element')
  return page
}

const byId = (rootElement: SvgElement, id: string) =>
  allElements(rootElement).find((element) => element.attributes.id === id)

/** Rows of a table as the text of their cells (header cells included), body rows only. */
function tableRows(rootElement: SvgElement, id: string): string[][] {
  const table = byId(rootElement, id)
  if (!table) throw new Error(`No table #${id}`)
  const body = findAll(table, 'tbody')[0] as SvgElement
  return findAll(body, 'tr').map((row) =>
    row.children.filter((cell) => cell.name === 'td' || cell.name === 'th').map(cellText)
  )
}

/** The text of a cell, its second line (a `span`) left out. */
function cellText(cell: SvgElement): string {
  return [
    cell.text,
    ...cell.children.filter((child) => child.attributes.class !== 'span').map(textOf)
  ]
    .join('')
    .trim()
}

function headers(rootElement: SvgElement, id: string): string[] {
  const table = byId(rootElement, id) as SvgElement
  return findAll(findAll(table, 'thead')[0] as SvgElement, 'th').map(textOf)
}

/** The cells of a GFM table that follows a line starting with `| first |`. */
function markdownTable(text: string, first: string): string[][] {
  const lines = text.split('\n')
  const start = lines.findIndex((line) => line.startsWith(`| ${first} |`))
  if (start === -1) throw new Error(`No Markdown table starting with ${first}`)
  const rows: string[][] = []
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    rows.push(
      line
        .slice(2, -2)
        .split(/(?<!\\) \| /)
        .map((cell) => cell.trim())
    )
  }
  return rows
}

describe('notesSentence(review)', () => {
  // Only the notes count; reports r0, r1, r2 in turn.
  const noted = (ruleIds: string[]): Review => ({
    ...empty,
    notes: ruleIds.map((ruleId, at) => ({
      file: `r${at % 3}.md`,
      line: 1,
      column: 1,
      ruleId,
      reason: 'x'
    }))
  })

  it('counts the notes and the reports they are on', () => {
    expect(notesSentence(noted(['a', 'b']))).toBe(
      '2 notes on 2 reports. Fixing the reports makes the numbers above more complete.'
    )
  })

  it('names the three kinds on most reports when there are more than three kinds', () => {
    // `a` on three reports, `d` on two, `b` and `c` on one each.
    const text = notesSentence(noted(['a', 'a', 'a', 'b', 'd', 'd', 'c']))
    expect(text).toContain('Most common: `a` (3 reports), `d` (2 reports), `b` (1 report).')
  })
})

describe('the data-quality notes, many of them', () => {
  const notes = Array.from({length: 40}, (_, at) => ({
    file: `incidents/r${at % 8}.md`,
    line: at + 1,
    column: 1,
    ruleId: at % 4 === 0 ? 'milestone-missing' : 'required-sections',
    reason: 'Missing section `Impact`, expected a `## Impact` heading'
  }))
  const many: Review = {...seedReview, notes}

  it('counts them by rule, on most reports first, and folds the table of every note', () => {
    expect(notesByRule(notes)).toEqual([
      {ruleId: 'required-sections', reports: 6, notes: 30},
      {ruleId: 'milestone-missing', reports: 2, notes: 10}
    ])
    const page = renderReviewHtml(many, seed.measured)
    const section = page.slice(page.indexOf('id="notes"'))
    expect(section).toContain('Notes by rule')
    expect(section).toMatch(/<details><summary>All 40 notes, by report and line<\/summary>/)
    expect(tableRows(parseHtml(page), 'notes-by-rule')).toEqual([
      ['required-sections', '6', '30'],
      ['milestone-missing', '2', '10']
    ])
  })

  it('in Markdown, the same counts as a table before the notes', () => {
    const text = renderReviewMarkdown(many)
    expect(text).toContain('| `required-sections` | 6 | 30 |')
    expect(text).toContain('| `milestone-missing` | 2 | 10 |')
  })
})

describe('the public API', () => {
  it('exposes one renderer per module, and the charts', () => {
    expect(Object.keys(html).sort()).toEqual(['contentSecurityPolicy', 'renderReviewHtml'])
    expect(Object.keys(markdown).sort()).toEqual(['renderReviewMarkdown'])
    expect(Object.keys(charts).sort()).toEqual([
      'countsChart',
      'distributionChart',
      'timeSharesChart',
      'trendChart'
    ])
  })
})

describe('the review the tests render', () => {
  it('has what the assertions below need', () => {
    // Seven of eight Q3 incidents resolved; three in Q2; one without a start.
    expect(review.counts).toMatchObject({total: 8, previous: 3})
    expect(review.durations.find((item) => item.name === 'timeToResolve')).toMatchObject({
      n: 7,
      missing: 1,
      tooFew: false
    })
    expect(review.actionItems).toMatchObject({total: 4, open: 3, done: 1})
    expect(review.actionItems.overdue.map((item) => item.due)).toEqual(['2026-08-01', '2026-09-01'])
    expect(review.notes.length).toBeGreaterThan(0)
    expect(review.factors.length).toBeGreaterThan(0)
    expect(review.longest).toHaveLength(5)
  })
})

describe('renderReviewHtml(review, incidents)', () => {
  it('is one well-formed, self-contained document', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true)
    expect(findAll(document, 'meta').some((meta) => meta.attributes.charset === 'utf-8')).toBe(true)
    expect(textOf(findAll(document, 'title')[0] as SvgElement)).toBe('Reliability review 2026-Q3')
    // No script, no external style sheet, image, font or frame.
    for (const name of ['script', 'link', 'img', 'iframe', 'object', 'embed'])
      expect(findAll(document, name), name).toHaveLength(0)
    expect(page).not.toMatch(/<script/i)
    expect(page).not.toMatch(/@import|@font-face|\ssrc=/i)
    // The only absolute URL is the SVG namespace, which is a name, not a resource.
    const urls = [...page.matchAll(/https?:\/\/[^\s"')<]+/g)].map((match) => match[0])
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg']))
  })

  it('has a header with the period, the as-of date and the filters', () => {
    const header = findAll(document, 'header')[0] as SvgElement
    const text = textOf(header)
    expect(textOf(findAll(header, 'h1')[0] as SvgElement)).toBe('Reliability review 2026-Q3')
    expect(text).toContain('2026-Q3 (2026-07-01 to 2026-09-30)')
    expect(text).toContain('2026-Q2, 2026-04-01 to 2026-06-30')
    expect(text).toContain(asOf)
    expect(text).toContain('Filters')
  })

  it('opens with a summary that says the counts and the median with its interval', () => {
    const lead = findAll(document, 'p').find((p) => p.attributes.class === 'lead') as SvgElement
    const resolve = review.durations.find((item) => item.name === 'timeToResolve')
    expect(resolve?.interval).not.toBeNull()
    expect(textOf(lead)).toContain('8 incidents in 2026-Q3 (previous quarter: 3).')
    expect(textOf(lead)).toContain(
      `Median time to resolve ${formatDuration(resolve?.median)} (95% CI ${intervalText(resolve?.interval ?? null)}, n = 7; 1 of 8 lacks one).`
    )
    // Q2 has three resolved incidents: too few to compare.
    expect(textOf(lead)).toContain('Too few incidents to compare')
  })

  it('has a table of contents whose anchors all resolve, and unique ids', () => {
    const ids = allElements(document)
      .map((element) => element.attributes.id)
      .filter((id): id is string => id !== undefined)
    expect(new Set(ids).size).toBe(ids.length)
    const nav = findAll(document, 'nav')[0] as SvgElement
    const anchors = findAll(nav, 'a').map((a) => a.attributes.href as string)
    expect(anchors).toContain('#durations')
    expect(anchors).toContain('#outage-1')
    for (const href of allElements(document)
      .map((element) => element.attributes.href)
      .filter((value): value is string => value?.startsWith('#') === true))
      expect(ids, href).toContain(href.slice(1))
    // Every id an SVG refers to (url(#…), aria-labelledby) is in the page.
    for (const reference of page.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(reference[1])
    for (const element of allElements(document))
      for (const id of element.attributes['aria-labelledby']?.split(' ') ?? [])
        expect(ids, id).toContain(id)
  })

  it('uses real tables: a caption, column headers and row headers', () => {
    const tables = findAll(document, 'table')
    expect(tables.length).toBeGreaterThanOrEqual(10)
    for (const table of tables) {
      expect(findAll(table, 'caption'), table.attributes.id).toHaveLength(1)
      const columns = findAll(findAll(table, 'thead')[0] as SvgElement, 'th')
      expect(columns.length).toBeGreaterThan(1)
      for (const th of columns) expect(th.attributes.scope).toBe('col')
      for (const row of findAll(findAll(table, 'tbody')[0] as SvgElement, 'tr'))
        expect(row.children.filter((cell) => cell.attributes.scope === 'row')).toHaveLength(1)
    }
  })

  it('puts the numbers of the review in the durations table', () => {
    expect(headers(document, 'durations-table')).toEqual([
      'Measure',
      'n',
      'Missing',
      'Median',
      '95% CI of median',
      '75th pct.',
      '90th pct.',
      'Maximum',
      'Note'
    ])
    const rows = tableRows(document, 'durations-table')
    expect(rows).toHaveLength(review.durations.length)
    review.durations.forEach((summary, index) => {
      const [, n, missing, median, interval, p75, p90, max] = rows[index] as string[]
      expect([n, missing, median, interval, p75, p90, max]).toEqual([
        String(summary.n),
        String(summary.missing),
        formatDuration(summary.median),
        intervalText(summary.interval),
        formatDuration(summary.p75),
        formatDuration(summary.p90),
        formatDuration(summary.max)
      ])
    })
    // Acknowledged in one incident only: no interval, said in words.
    const acknowledge =
      rows[review.durations.findIndex((item) => item.name === 'timeToAcknowledge')]
    expect(acknowledge?.[4]).toBe('—')
    expect(acknowledge?.[8]).toContain('too few to compare')
  })

  it('puts the counts, with the previous quarter and the change, in the count tables', () => {
    expect(headers(document, 'counts-severity')).toEqual([
      'Severity',
      '2026-Q3',
      '2026-Q2',
      'Change'
    ])
    expect(tableRows(document, 'counts-severity')).toEqual(
      review.counts.bySeverity.map((tally) => [
        tally.name,
        String(tally.count),
        String(tally.previous),
        tally.count - (tally.previous ?? 0) > 0
          ? `+${tally.count - (tally.previous ?? 0)}`
          : tally.count === tally.previous
            ? '0'
            : `−${(tally.previous ?? 0) - tally.count}`
      ])
    )
    expect(tableRows(document, 'counts-service').map((row) => row.slice(0, 2))).toEqual(
      review.counts.byService.map((tally) => [tally.name, String(tally.count)])
    )
  })

  it('puts time shares, the trend, owners and overdue items in their tables', () => {
    expect(tableRows(document, 'time-shares-table')).toEqual(
      review.timeShares.phases.map((phase) => [
        expect.stringContaining(phase.name.charAt(0).toUpperCase() + phase.name.slice(1)),
        formatDuration(phase.seconds),
        shareText(phase.share)
      ])
    )
    expect(headers(document, 'trend-table').slice(1)).toEqual(
      review.trend.map((quarter) => `${quarter.period.label} (${quarter.n})`)
    )
    const resolveRow = tableRows(document, 'trend-table').find(
      (row) => row[0] === 'Time to resolve'
    )
    expect(resolveRow?.slice(1)).toEqual(
      review.trend.map((quarter) => formatDuration(quarter.medians.timeToResolve.median))
    )
    expect(tableRows(document, 'owners-table')).toEqual(
      review.actionItems.byOwner.map((owner) => [
        owner.owner,
        String(owner.open),
        String(owner.done)
      ])
    )
    expect(tableRows(document, 'overdue-table').map((row) => row[0])).toEqual([
      '2026-08-01',
      '2026-09-01'
    ])
  })

  it('links every incident to its report, and every note to its line', () => {
    const links = findAll(document, 'a')
    for (const row of review.incidents) {
      const href = reportHref(row.file as string, '../', row.line > 1 ? row.line : undefined)
      const link = links.find((a) => a.attributes.href === href && textOf(a) === row.title)
      expect(link, row.title).toBeDefined()
    }
    expect(review.notes.length).toBeGreaterThan(0)
    for (const note of review.notes) {
      const link = links.find(
        (a) =>
          a.attributes.href === `../${note.file}#L${note.line}` &&
          textOf(a) === `${note.file}:${note.line}`
      )
      expect(link, `${note.file}:${note.line}`).toBeDefined()
    }
    const checkout = twoQuarters[3] as ReportSpec
    const line =
      reportMarkdown(checkout)
        .split('\n')
        .indexOf('- [ ] Add a canary stage, owner: @ana, due 2026-08-01') + 1
    const overdue = tableRows(document, 'overdue-table')[0]
    expect(overdue?.[3]).toBe(`${checkout.file}:${line}`)
  })

  it('escapes a hostile title everywhere it appears', () => {
    const hostile = twoQuarters[3]?.title as string
    expect(page).not.toContain(hostile)
    expect(page).toContain('Checkout &lt;script&gt;alert("x")&lt;/script&gt; &amp; | *down*')
    expect(allElements(document).some((element) => textOf(element) === hostile)).toBe(true)
  })

  it('draws the charts as figures with a caption and a text alternative', () => {
    const figures = findAll(document, 'figure')
    for (const id of ['chart-counts', 'chart-distribution', 'chart-time-shares', 'chart-trend'])
      expect(figures.map((figure) => figure.attributes.id)).toContain(id)
    for (const figure of figures) {
      expect(findAll(figure, 'figcaption'), figure.attributes.id).toHaveLength(1)
      const svg = findAll(figure, 'svg')[0] as SvgElement
      expect(svg.attributes.role).toBe('img')
      const [title, desc] = (svg.attributes['aria-labelledby'] as string).split(' ')
      expect(textOf(byId(svg, title as string) as SvgElement)).not.toBe('')
      expect(textOf(byId(svg, desc as string) as SvgElement)).not.toBe('')
    }
    // Every incident is a dot with its title to hover.
    const distribution = byId(document, 'chart-distribution') as SvgElement
    const dots = findAll(distribution, 'circle', 'dot').filter((dot) => dot.children.length > 0)
    expect(dots).toHaveLength(review.durations.reduce((sum, item) => sum + item.values.length, 0))
    expect(textOf(dots[0] as SvgElement)).toMatch(/: \d/)
  })

  it('scopes the style sheets of inline SVGs to their own picture', () => {
    for (const style of findAll(document, 'style').slice(1)) {
      const svg = allElements(document).find(
        (element) => element.name === 'svg' && element.children.includes(style)
      ) as SvgElement
      for (const rule of textOf(style)
        .split('}')
        .filter((text) => text.trim()))
        for (const selector of (rule.split('{')[0] as string).split(','))
          expect(selector.trim().startsWith(`#${svg.attributes.id} `), selector).toBe(true)
    }
  })

  it('draws the timeline and the cascade of each longest outage', () => {
    for (const [index, row] of review.longest.entries()) {
      const article = byId(document, `outage-${index + 1}`) as SvgElement
      expect(textOf(findAll(article, 'h3')[0] as SvgElement)).toBe(`${index + 1}. ${row.title}`)
      const svgs = findAll(article, 'svg').map((svg) =>
        textOf(findAll(svg, 'title')[0] as SvgElement)
      )
      expect(svgs[0]).toBe(`Timeline of ${row.title}`)
      const measured = generated.measured.find(({incident}) => incident.file === row.file)
      if (measured && cascadeOf(measured.incident)) expect(svgs[1]).toBe(`Cascade: ${row.title}`)
    }
    // The seed reports state their cascades: both are drawn.
    const seedDocument = parseHtml(seedPage)
    for (const index of [1, 2]) {
      const article = byId(seedDocument, `outage-${index}`) as SvgElement
      expect(findAll(article, 'svg')).toHaveLength(2)
    }
    expect(findAll(seedDocument, 'a').map((a) => a.attributes.href)).toContain(
      'incidents/2017-02-28-aws-s3.md'
    )
  })

  it('is deterministic', () => {
    const again = readReports(specReports(twoQuarters))
    expect(
      renderReviewHtml(
        buildReview(again.measured, again.notes, {period: q3, asOf}),
        again.measured,
        {linkBase: '../'}
      )
    ).toBe(page)
  })

  it('renders an empty review with notes instead of charts and tables', () => {
    const text = renderReviewHtml(empty, [])
    const emptyDocument = parseHtml(text)
    expect(
      textOf(findAll(emptyDocument, 'p').find((p) => p.attributes.class === 'lead') as SvgElement)
    ).toBe('No incidents in 2026-Q3 (previous quarter: 0).')
    expect(findAll(emptyDocument, 'table')).toHaveLength(0)
    expect(text).not.toMatch(/NaN|undefined|Infinity|null/)
    // The links of the contents still resolve.
    const ids = new Set(allElements(emptyDocument).map((element) => element.attributes.id))
    for (const a of findAll(emptyDocument, 'a'))
      expect(ids.has(a.attributes.href?.slice(1))).toBe(true)
  })

  it('renders a review of one incident', () => {
    const one = readReports([
      {
        file: 'one.md',
        markdown: reportMarkdown({
          file: 'one.md',
          title: 'Only one',
          date: '2026-08-01',
          minutes: {started: 0, detected: 5, diagnosed: 10, resolved: 60}
        })
      }
    ])
    const single = buildReview(one.measured, one.notes, {period: q3, asOf})
    const text = renderReviewHtml(single, one.measured)
    expect(text).not.toMatch(/NaN|undefined|Infinity/)
    const rows = tableRows(parseHtml(text), 'durations-table')
    expect(rows[4]?.slice(0, 5)).toEqual(['Time to resolve', '1', '0', '1h', '—'])
    expect(text).toContain('Median time to resolve 1h (n = 1, too few for an interval).')
  })
})

describe('renderReviewMarkdown(review)', () => {
  const text = renderReviewMarkdown(review, {linkBase: '../'})

  it('has the same sections as the HTML page, with a table of contents', () => {
    const headings = [...text.matchAll(/^## (.+)$/gm)].map((match) => match[1])
    const htmlHeadings = findAll(document, 'h2')
      .map(textOf)
      .filter((heading) => heading !== 'Contents')
    expect(headings).toEqual(htmlHeadings)
    expect(text).toContain('- [Data-quality notes](#data-quality-notes)')
    expect(text.startsWith('# Reliability review 2026-Q3\n')).toBe(true)
  })

  it('holds the same numbers as the review', () => {
    const rows = markdownTable(text, 'Measure')
    review.durations.forEach((summary, index) => {
      expect(rows[index]?.slice(1, 8)).toEqual([
        String(summary.n),
        String(summary.missing),
        formatDuration(summary.median),
        intervalText(summary.interval),
        formatDuration(summary.p75),
        formatDuration(summary.p90),
        formatDuration(summary.max)
      ])
    })
    expect(markdownTable(text, 'Severity')).toEqual(tableRows(document, 'counts-severity'))
    expect(markdownTable(text, 'Phase').map((row) => row.slice(1))).toEqual(
      review.timeShares.phases.map((phase) => [
        formatDuration(phase.seconds),
        shareText(phase.share)
      ])
    )
  })

  it('links incidents and notes to their reports, and escapes what Markdown would read', () => {
    expect(text).toContain('[Login errors](../reports/2026-07-15-login.md)')
    for (const note of review.notes)
      expect(text).toContain(`[${note.file}:${note.line}](../${note.file}#L${note.line})`)
    expect(text).not.toContain('<script>')
    expect(text).toContain('Checkout \\<script\\>alert("x")\\</script\\> \\& \\| \\*down\\*')
    expect(text).not.toMatch(/<svg/)
  })

  it('is deterministic, and says an empty review in words', () => {
    expect(renderReviewMarkdown(review, {linkBase: '../'})).toBe(text)
    const none = renderReviewMarkdown(empty)
    expect(none).toContain('No incidents in 2026-Q3 (previous quarter: 0).')
    expect(none).not.toMatch(/NaN|undefined|Infinity|\| ---/)
  })
})

describe('the charts', () => {
  it('distributionChart(summaries) stacks dots so that none hides another', () => {
    const resolve = review.durations.find(
      (item) => item.name === 'timeToResolve'
    ) as Review['durations'][number]
    // Twelve incidents of the same length, and one longer.
    const crowded = {
      ...resolve,
      values: [
        ...Array.from({length: 12}, (_, index) => ({
          file: `f${index}.md`,
          title: `T${index}`,
          seconds: 600
        })),
        {file: 'g.md', title: 'G', seconds: 7200}
      ]
    }
    const svg = parseSvg(distributionChart([crowded]))
    const dots = findAll(svg, 'circle', 'dot').filter((dot) => dot.children.length > 0)
    expect(dots).toHaveLength(13)
    const centres = dots.map(
      (dot) => [Number(dot.attributes.cx), Number(dot.attributes.cy)] as const
    )
    for (const [i, a] of centres.entries())
      for (const b of centres.slice(i + 1))
        expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThanOrEqual(9)
    expect(textOf(dots[12] as SvgElement)).toBe('G: 2h (g.md)')
  })

  it('distributionChart(summaries) puts a value of zero at its own place left of the log axis', () => {
    const detect = review.durations.find(
      (item) => item.name === 'timeToDetect'
    ) as Review['durations'][number]
    expect(detect.values.some((value) => value.seconds === 0)).toBe(true)
    const svg = parseSvg(distributionChart([detect]))
    const dots = findAll(svg, 'circle', 'dot').filter((dot) => dot.children.length > 0)
    const xs = dots.map((dot) => Number(dot.attributes.cx))
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
    expect((xs[1] as number) - (xs[0] as number)).toBeGreaterThan(20)
    expect(findAll(svg, 'text').map(textOf)).toContain('0')
  })

  it('timeSharesChart(shares) draws segments in proportion to the shares', () => {
    const svg = parseSvg(timeSharesChart(review.timeShares))
    const segments = findAll(svg, 'rect', 'share')
    const widths = segments.map((segment) => Number(segment.attributes.width))
    const total = widths.reduce((sum, width) => sum + width, 0)
    review.timeShares.phases.forEach((phase, index) => {
      expect((widths[index] as number) / total).toBeCloseTo(phase.share, 2)
    })
  })

  it('trendChart(trend) draws medians of too few incidents hollow', () => {
    const svg = parseSvg(trendChart(review.trend))
    const panel = findAll(svg, 'g', 'trend-panel').find(
      (g) => g.attributes['data-measure'] === 'timeToResolve'
    ) as SvgElement
    const points = findAll(panel, 'circle', 'median-point')
    expect(points.map((point) => point.attributes.class)).toEqual([
      'median-point too-few',
      'median-point'
    ])
    expect(findAll(panel, 'g', 'quarter').map((g) => g.attributes['data-quarter'])).toEqual([
      '2026-Q2',
      '2026-Q3'
    ])
  })

  it('say in words when there is nothing to draw, and never throw', () => {
    for (const svg of [
      distributionChart(empty.durations),
      timeSharesChart(empty.timeShares),
      trendChart([]),
      trendChart(empty.trend),
      countsChart([{heading: 'Severity', tallies: []}])
    ]) {
      const parsed = parseSvg(svg)
      expect(findAll(parsed, 'text', 'empty').length).toBeGreaterThan(0)
      expect(svg).not.toMatch(/NaN|undefined|Infinity/)
    }
  })
})
