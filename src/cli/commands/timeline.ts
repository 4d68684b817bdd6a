import {DateTime} from 'luxon'
import type {Incident, TimelineEntry} from '../../model.js'
import {timelineDiagram} from '../../render/timeline-diagram.js'
import {byTime} from '../../timeline/by-time.js'
import type {CommonOptions} from '../common-options.js'
import {type DiagramFormat, diagramNames, writeDiagrams} from '../diagram-output.js'
import {exitCodes} from '../exit-codes.js'
import type {Io} from '../io.js'
import {loadIncidents} from '../load-incidents.js'
import {helpLine} from '../usage-errors.js'
import {zoneProblem} from '../zone-option.js'

/** Options of `aftermath timeline`. */
export interface TimelineOptions extends CommonOptions {
  format: 'table' | 'json' | DiagramFormat
  /** `-o`: where the SVG or PNG goes (a file, or a folder for several incidents). */
  output?: string
  order: 'written' | 'time'
  /** IANA zone to show local times in, instead of each entry's own zone. */
  zone?: string
}

/** `aftermath timeline <paths..>`: each incident's timeline as a table, JSON, or a picture (SVG, PNG). */
export async function runTimeline(options: TimelineOptions, io: Io): Promise<number> {
  const zoneUnknown = options.zone && zoneProblem(options.zone, '--zone', 'iana')
  if (zoneUnknown) {
    io.stderr(`aftermath: ${zoneUnknown}\n${helpLine('timeline')}\n`)
    return exitCodes.usage
  }
  const {measured, files, failed} = await loadIncidents(options, io)
  // No report at all: the loader has said so, once.
  if (files.length === 0) return exitCodes.failed
  const incidents = measured.map(({incident}) => incident)
  const picture = options.format === 'svg' || options.format === 'png'
  if (picture || (options.output && options.format === 'table')) {
    const names = diagramNames(incidents, 'timeline')
    const zone = options.zone ? {zone: options.zone} : {}
    const diagrams = measured.map((one, index) => ({
      name: names[index] as string,
      svg: timelineDiagram(one, zone)
    }))
    const output: Parameters<typeof writeDiagrams>[1] = {
      inputs: options.paths,
      quiet: options.quiet
    }
    if (options.output) output.output = options.output
    if (picture) output.format = options.format as DiagramFormat
    const code = await writeDiagrams(diagrams, output, io)
    return code === exitCodes.ok && failed ? exitCodes.failed : code
  }
  const ordered = incidents.map((incident) =>
    options.order === 'time' ? {...incident, timeline: byTime(incident.timeline)} : incident
  )
  if (options.format === 'json') {
    const out = ordered.map((incident) => ({
      file: incident.file,
      title: incident.title,
      timeline: incident.timeline
    }))
    io.stdout(`${JSON.stringify(out, null, 2)}\n`)
  } else {
    io.stdout(ordered.map((incident) => renderTable(incident, options, io)).join('\n'))
  }
  return failed ? exitCodes.failed : exitCodes.ok
}

function renderTable(incident: Incident, options: TimelineOptions, io: Io): string {
  const heading = `${incident.title}${incident.file ? `  (${incident.file})` : ''}`
  if (incident.timeline.length === 0) return `${heading}\n  (no timeline entries)\n`
  const rows = incident.timeline.map((entry) => [
    String(entry.line),
    utcText(entry),
    localText(entry, options.zone),
    flags(entry),
    // Where an entry outside the timeline stands: `summary`, `resolution`, `front-matter`, ...
    entry.origin === 'timeline' ? '' : entry.origin,
    entry.text + (entry.markers.length > 0 ? `  [${entry.markers.join('] [')}]` : '')
  ])
  const header = [
    'line',
    'UTC',
    options.zone ? `local (${options.zone})` : 'as written (local)',
    '',
    'from',
    'entry'
  ]
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length))
  )
  const limit = io.stdoutIsTTY && io.columns ? io.columns : Number.POSITIVE_INFINITY
  const line = (cells: string[]) => {
    const text = `  ${cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ')}`
    return text.length > limit ? `${text.slice(0, limit - 1)}…` : text
  }
  const body = [line(header), ...rows.map(line)]
  return `${heading}\n${body.join('\n')}\n  ~ approximate  … range  ? no time or a low confidence  from: where an entry outside the timeline stands\n`
}

function utcText(entry: TimelineEntry): string {
  if (!entry.at || !entry.time) return '—'
  const precision = entry.time.precision
  const date = entry.at.slice(0, 10)
  if (precision === 'day') return date
  const clock = precision === 'second' ? entry.at.slice(11, 19) : entry.at.slice(11, 16)
  return `${date} ${clock}Z`
}

function localText(entry: TimelineEntry, zone: string | undefined): string {
  if (!entry.at || !entry.time || entry.time.precision === 'day') return entry.time?.text ?? ''
  const format = entry.time.precision === 'second' ? 'yyyy-MM-dd HH:mm:ss' : 'yyyy-MM-dd HH:mm'
  if (zone) {
    const local = DateTime.fromISO(entry.at, {zone})
    return `${local.toFormat(format)} ${local.toFormat('ZZZZ')}`
  }
  if (entry.time.offset === null) return entry.time.text
  const local = DateTime.fromISO(entry.at, {zone: 'UTC'}).plus({minutes: entry.time.offset})
  const label = entry.time.zoneSource === 'assumed' ? 'UTC?' : (entry.time.zone ?? '')
  return `${local.toFormat(format)} ${label}`.trim()
}

function flags(entry: TimelineEntry): string {
  if (!entry.time) return '?'
  let text = ''
  if (entry.time.approximate) text += '~'
  if (entry.time.range) text += '…'
  if (!entry.at || entry.confidence === 'low') text += '?'
  return text
}
