/**
 * Time axes for durations since an outage started (T+0): tick positions at
 * round steps (`+15m`, `+2h`, `+1d`) on a linear scale, or at round
 * durations spread over decades on a log scale.
 */
import {formatDuration} from '../metrics/format-duration.js'

const minute = 60
const hour = 3600
const day = 86_400

const steps = [
  10,
  30,
  minute,
  2 * minute,
  5 * minute,
  10 * minute,
  15 * minute,
  30 * minute,
  hour,
  2 * hour,
  3 * hour,
  6 * hour,
  12 * hour,
  day,
  2 * day,
  7 * day,
  14 * day,
  30 * day
]

/**
 * Round ticks (in seconds) from 0 to at least `maxSeconds`, about `count` of them.
 *
 * @example
 *   linearTicks(15_420, 6) // [0, 3600, 7200, 10800, 14400, 18000]
 */
export function linearTicks(maxSeconds: number, count = 6): number[] {
  const span = Math.max(maxSeconds, minute)
  const step = steps.find((candidate) => span / candidate <= count) ?? (steps.at(-1) as number)
  const ticks: number[] = []
  for (let tick = 0; tick < span + step; tick += step) ticks.push(tick)
  return ticks
}

const logSteps = [
  minute,
  5 * minute,
  15 * minute,
  hour,
  4 * hour,
  12 * hour,
  day,
  3 * day,
  7 * day,
  30 * day
]

/**
 * Round ticks for a log scale covering `[minSeconds, maxSeconds]`.
 *
 * @example
 *   logTicks(300, 90_000) // [300, 900, 3600, 14400, 43200, 86400, 259200]
 */
export function logTicks(minSeconds: number, maxSeconds: number): number[] {
  const low = logSteps.findLast((step) => step <= minSeconds) ?? (logSteps[0] as number)
  const high = logSteps.find((step) => step >= maxSeconds) ?? (logSteps.at(-1) as number)
  return logSteps.filter((step) => step >= low && step <= high)
}

/**
 * A tick label: `T+0`, `+30m`, `+4h`, `+1d 12h`.
 *
 * @example
 *   tickLabel(0) // 'T+0'
 *   tickLabel(7200) // '+2h'
 */
export function tickLabel(seconds: number): string {
  return seconds === 0 ? 'T+0' : `+${formatDuration(seconds)}`
}
