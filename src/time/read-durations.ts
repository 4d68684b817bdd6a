/**
 * Amounts of time as reports write them, in figures or in words: `15
 * minutes`, `2h 10m`, `1.5 hours`, `forty-five minutes`, `an hour and a
 * half`, `half an hour`, `a 47-minute outage`.
 */
import {numberValue, smallNumbers, tensPattern} from '../text/number-words.js'

/** An amount of time written in a text. */
export interface WrittenDuration {
  seconds: number
  /** Offsets into the text: where the amount starts and ends (exclusive). */
  start: number
  end: number
}

const digits = String.raw`\d+(?:\.\d+)?`
const words = `${tensPattern()}|${smallNumbers.join('|')}|an?`
const longUnit = 'days?|hours?|minutes?|seconds?'
const shortUnit = 'd|h|hrs?|m|mins?|s|secs?'
/** `and a half`, `and a quarter`, `and three quarters` after an amount. */
const andAHalf = String.raw`\s+and\s+(?:a\s+half|a\s+quarter|three\s+quarters)`
/** One amount and its unit: figures take short units too (`2h`), words only whole ones (`two hours`). */
const part = String.raw`(?:(${digits})(${andAHalf})?[\s-]?(${longUnit}|${shortUnit})|(${words})(${andAHalf})?[\s-](${longUnit}))(${andAHalf})?`
/** `half an hour`, `a half hour`, `half a day`. */
const half = String.raw`(?:a\s+)?half[\s-](?:an?[\s-])?(hour|day)`
const partPattern = new RegExp(String.raw`^(?:${part})\b`, 'i')
// (`1h45m`: a short unit may run straight on into the next part.)
const durationStart = new RegExp(String.raw`(?<![\w.])(?:${half}|${part})(?:\b|(?=\d))`, 'gi')
/** Between two parts of one amount: `2 hours and 10 minutes`, `2h 10m`, `2 hours, 10 minutes`, `1h45m`. */
const joiner = /^(?:\s*,\s*|\s+and\s+|\s+|(?=\d))/i

const unitSeconds = (unit: string) => {
  const first = unit.toLowerCase()[0]
  return first === 'd' ? 86_400 : first === 'h' ? 3600 : first === 'm' ? 60 : 1
}

/**
 * Every amount of time in a text, in written order.
 *
 * @example
 *   readDurations('it took us 2 hours and 10 minutes to restore service')
 *   // [{seconds: 7800, start: 11, end: 33}]
 *   readDurations('down for about forty-five minutes')[0]?.seconds // 2700
 */
export function readDurations(text: string): WrittenDuration[] {
  const found: WrittenDuration[] = []
  for (const match of text.matchAll(durationStart)) {
    const start = match.index ?? 0
    const first = match[1] ? halfOf(match[1]) : partOf(match, 1)
    if (first === undefined) continue
    let seconds = first.seconds
    let end = start + match[0].length
    // A second, smaller unit continues the amount: `2 hours and 10 minutes`.
    const join = joiner.exec(text.slice(end, end + 8))
    if (join) {
      const next = partPattern.exec(text.slice(end + join[0].length, end + join[0].length + 60))
      const second = next ? partOf(next, 0) : undefined
      if (next && second && second.unit < first.unit) {
        seconds += second.seconds
        end += join[0].length + next[0].length
      }
    }
    // `1h45`: minutes after hours, their unit left out; figures run on otherwise are no amount.
    if (/^\d/.test(text.slice(end, end + 1))) {
      const minutes = /^(\d{1,2})(?![\w.])/.exec(text.slice(end, end + 4))
      if (!minutes || first.unit !== 3600) continue
      seconds += Number(minutes[1]) * 60
      end += (minutes[1] as string).length
    }
    found.push({seconds, start, end})
  }
  return dropOverlaps(found)
}

/** Seconds of `half an hour`, `half a day`. */
function halfOf(unit: string): {seconds: number; unit: number} {
  const size = unitSeconds(unit)
  return {seconds: size / 2, unit: size}
}

/** Seconds of one part; `offset` is where its groups start in the match. */
function partOf(match: RegExpExecArray | RegExpMatchArray, offset: number) {
  const figure = match[offset + 1]
  const word = match[offset + 4]
  const unit = (figure ? match[offset + 3] : match[offset + 6]) as string
  const fractions = [match[offset + 2], match[offset + 5], match[offset + 7]].filter(
    (fraction): fraction is string => fraction !== undefined
  )
  const size = unitSeconds(unit)
  let amount: number
  if (figure) amount = Number(figure)
  else {
    const lower = (word as string).toLowerCase()
    // `a second` is as often an ordinal (`a second alert`) as an amount.
    if ((lower === 'a' || lower === 'an') && size === 1) return undefined
    amount = lower === 'a' || lower === 'an' ? 1 : (numberValue(lower) ?? 0)
  }
  if (fractions.length > 1) return undefined
  const fraction = fractions[0]
  const part = !fraction ? 0 : /half/i.test(fraction) ? 0.5 : /three/i.test(fraction) ? 0.75 : 0.25
  return {seconds: (amount + part) * size, unit: size}
}

/** The global search may start again inside an amount it already read (`2 hours and 10 minutes`). */
function dropOverlaps(found: WrittenDuration[]): WrittenDuration[] {
  const kept: WrittenDuration[] = []
  for (const duration of found) {
    const last = kept.at(-1)
    if (last && duration.start < last.end) continue
    kept.push(duration)
  }
  return kept
}

/** Between a field's name and its amount: `: `, `** was about `, ` of ~`. */
const amountLead =
  /^[\s*_:=(-]*(?:was|of|is|were|took)?\s*(?:about|around|approximately|roughly|~|≈)?\s*/i

/**
 * The amount a field gives right after its name (`Time to detect: 5
 * minutes`, `MTTR was about 38 min`), and where it ends in the text.
 *
 * @example
 *   durationAfter('**TTR:** 2h 10m', 5) // {seconds: 7800, end: 15}
 */
export function durationAfter(
  text: string,
  from: number
): {seconds: number; end: number} | undefined {
  const rest = text.slice(from)
  const lead = amountLead.exec(rest)?.[0].length ?? 0
  const amount = readDurations(rest.slice(lead, lead + 80))[0]
  if (amount?.start !== 0) return undefined
  return {seconds: amount.seconds, end: from + lead + amount.end}
}
