/**
 * Preloaded into a command the bench runs (`node --import ./scripts/bench-rss.mjs
 * bin/aftermath.js ...`): at exit, the process's peak resident memory (worker
 * threads included) is written to stderr as `[maxRSS <KiB>]`.
 */
import {writeSync} from 'node:fs'
import {isMainThread} from 'node:worker_threads'

if (isMainThread) {
  process.on('exit', () => {
    writeSync(2, `[maxRSS ${process.resourceUsage().maxRSS}]\n`)
  })
}
