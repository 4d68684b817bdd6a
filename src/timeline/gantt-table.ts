/**
 * A Mermaid gantt chart in a code block (```` ```mermaid ```` then `gantt`),
 * as teams draw an incident's timeline in Markdown that renders it: each task
 * a row of the table it stands for, its start and, for a bar, its end in the
 * time column, its name the row's words. A task starts at its written start
 * (in the chart's `dateFormat`) or `after` another task, and ends at its
 * written end or after its duration (`8m`, `2h`, `1d`); a milestone (`0m`) is
 * an instant. Times keep the wall clock as written: the zone is the report's.
 */
import type {Code, Table} from 'mdast'
import type {SourceLines} from './block-text.js'
import {codeRows} from './csv-table.js'

/** A task read: where it starts and ends, as minutes of a wall clock, and whether its day is known. */
interface Task {
  name: string
  id?: string
  start: number
  end: number
  line: number
}

/** Keywords of a gantt chart's settings, no tasks. */
const settings =
  /^(?:title|dateFormat|axisFormat|tickInterval|todayMarker|excludes|includes|weekday|section|inclusiveEndDates|topAxis|displayMode|accTitle|accDescr)\b/

/** The tags a task may carry before its id and times. */
const tags = /^(?:done|active|crit|milestone)$/

/** A duration: `8m`, `2h`, `1d`, `30s`, `1w`, `1.5h`. */
const duration = /^(\d+(?:\.\d+)?)\s*(ms|s|m|min|h|d|w)$/

const minutesPer: Record<string, number> = {
  ms: 1 / 60_000,
  s: 1 / 60,
  m: 1,
  min: 1,
  h: 60,
  d: 1440,
  w: 10_080
}

/**
 * The rows of a Mermaid gantt chart, as a GFM table of `When | Task` would hold them;
 * `undefined` when the block is no gantt chart, or its tasks give no times.
 *
 * @example
 *   ganttTable(code, lines)?.children[1] // the first task's row: `2024-10-03 01:52 | cdc-orders task FAILED`
 */
export function ganttTable(code: Code, lines: SourceLines): Table | undefined {
  const values = code.value.split('\n')
  const first = values.findIndex((line) => line.trim() !== '')
  if (
    first === -1 ||
    !/^gantt\b/.test((values[first] as string).trim()) ||
    code.value.length > 200_000
  )
    return undefined
  const format =
    values.map((line) => /^\s*dateFormat\s+(.+?)\s*$/.exec(line)?.[1]).find(Boolean) ?? 'YYYY-MM-DD'
  const read = dateReader(format)
  if (!read) return undefined
  const tasks: Task[] = []
  const byId = new Map<string, Task>()
  for (const [index, raw] of values.entries()) {
    const line = raw.trim()
    if (index <= first || !line || line.startsWith('%%') || settings.test(line)) continue
    // (The last colon no digit stands before: `Root cause: registry rejects it :milestone, ...`,
    // `Nightly run (scheduled 02:30) :active, ...`.)
    const colon = lastSeparator(line)
    if (colon <= 0) continue
    const name = line.slice(0, colon).trim()
    const parts = line
      .slice(colon + 1)
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '' && !tags.test(part))
    // (`id, start, end`, `start, end`, or `end` alone, after the task before.)
    const [id, start, end] =
      parts.length >= 3
        ? [parts[0], parts[1], parts[2]]
        : parts.length === 2
          ? [undefined, parts[0], parts[1]]
          : [undefined, undefined, parts[0]]
    const after = /^after\s+(\S+)/.exec(start ?? '')
    const from = after
      ? byId.get(after[1] as string)?.end
      : start === undefined
        ? tasks.at(-1)?.end
        : read(start)
    if (from === undefined || end === undefined) continue
    const amount = duration.exec(end)
    const to = amount
      ? from + Number(amount[1]) * (minutesPer[amount[2] as string] as number)
      : read(end)
    if (to === undefined || to < from) continue
    const task: Task = {name, start: from, end: to, line: index}
    if (id) {
      task.id = id
      byId.set(id, task)
    }
    tasks.push(task)
  }
  if (tasks.length === 0) return undefined
  const dated = /Y/.test(format)
  const row = codeRows(code, values, lines)
  const when = (task: Task) =>
    task.end === task.start
      ? stamp(task.start, dated)
      : `${stamp(task.start, dated)} – ${stamp(task.end, dated && !sameDay(task.start, task.end))}`
  const table: Table = {
    type: 'table',
    children: [
      row(['When', 'Task'], first),
      ...tasks.map((task) => row([when(task), task.name], task.line))
    ]
  }
  if (code.position) table.position = code.position
  return table
}

/**
 * A reader of the chart's `dateFormat` (`YYYY-MM-DD HH:mm`, `HH:mm`): a written time to minutes
 * of a wall clock (from 1970, or from midnight where the format has no day).
 */
function dateReader(format: string): ((text: string) => number | undefined) | undefined {
  const order: string[] = []
  const source = format
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/YYYY|MM|DD|HH|mm|ss/g, (token) => {
      order.push(token)
      return token === 'YYYY' ? '(\\d{4})' : '(\\d{1,2})'
    })
  if (!order.includes('HH') && !order.includes('DD')) return undefined
  const pattern = new RegExp(`^${source}$`)
  return (text) => {
    const match = pattern.exec(text.trim())
    if (!match) return undefined
    const value = (token: string, fallback: number) => {
      const at = order.indexOf(token)
      return at === -1 ? fallback : Number(match[at + 1])
    }
    const hour = value('HH', 0)
    const minute = value('mm', 0)
    if (hour > 23 || minute > 59) return undefined
    const day = order.includes('DD')
      ? Date.UTC(value('YYYY', 1970), value('MM', 1) - 1, value('DD', 1)) / 60_000
      : 0
    return day + hour * 60 + minute + value('ss', 0) / 60
  }
}

/** Where a task's name ends: its last colon that no digit stands before, or -1. */
function lastSeparator(line: string): number {
  for (let at = line.lastIndexOf(':'); at > 0; at = line.lastIndexOf(':', at - 1))
    if (!/\d/.test(line[at - 1] as string)) return at
  return -1
}

const sameDay = (a: number, b: number) => Math.floor(a / 1440) === Math.floor(b / 1440)

/** Minutes of a wall clock written back: `2024-10-03 01:52`, or `01:52` without its day. */
function stamp(minutes: number, withDay: boolean): string {
  const iso = new Date(Math.round(minutes) * 60_000).toISOString()
  return withDay ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16)
}
