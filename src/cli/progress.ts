/**
 * A progress bar on stderr for runs over many reports: one line, rewritten
 * in place with `\r`, and cleared when the run is done so that diagnostics
 * start on a clean line. Only on a terminal, never with `--quiet`.
 */
import {type Io, useColor} from './io.js'

/** A progress bar, or one that says nothing. */
export interface Progress {
  /** `count` more reports are done. */
  tick(count?: number): void
  /** Clear the line (the bar is gone; what follows starts at column 1). */
  done(): void
}

/** Options of `createProgress`. */
export interface ProgressOptions {
  /** The number of reports in the run. */
  total: number
  /** What is being done, such as `reading`. */
  label: string
  quiet: boolean
}

/** With fewer reports than this, a run is too short for a bar. */
export const progressThreshold = 50

/** Redraw at most this often (ms): a terminal is slower than a cache. */
const interval = 100
const width = 30

/**
 * A bar for a run over `options.total` reports when stderr is a terminal,
 * the run covers at least 50 reports and `--quiet` is off; otherwise one
 * that does nothing. Coloured unless `NO_COLOR` or `TERM=dumb`.
 *
 * @example
 *   const progress = createProgress(io, {total: reports.length, label: 'reading', quiet: false})
 *   progress.tick() // after each report
 *   progress.done()
 */
export function createProgress(
  io: Io,
  options: ProgressOptions,
  now: () => number = Date.now
): Progress {
  if (!io.stderrIsTTY || options.quiet || options.total < progressThreshold)
    return {tick() {}, done() {}}
  const color = useColor(io)
  let done = 0
  let drawn = -1
  let last = Number.NEGATIVE_INFINITY
  let shown = false

  const draw = () => {
    const filled = Math.round((done / options.total) * width)
    const bar = '█'.repeat(filled)
    const rest = '░'.repeat(width - filled)
    const percent = `${Math.floor((done / options.total) * 100)}%`.padStart(4)
    const text = color ? `\u001b[36m${bar}\u001b[39m\u001b[2m${rest}\u001b[22m` : `${bar}${rest}`
    io.stderr(`\r${options.label} ${text} ${percent} ${done}/${options.total}`)
    drawn = done
    shown = true
  }

  return {
    tick(count = 1) {
      done = Math.min(options.total, done + count)
      const time = now()
      if (done === drawn || (time - last < interval && done < options.total)) return
      last = time
      draw()
    },
    done() {
      if (!shown) return
      // Spaces over the longest line the bar can have drawn, then back to column 1.
      const length = options.label.length + width + 8 + 2 * String(options.total).length
      io.stderr(`\r${' '.repeat(length)}\r`)
      shown = false
    }
  }
}
