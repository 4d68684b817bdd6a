/**
 * Run one kind of task (parse, lint) over many reports, spread across
 * worker threads (`--jobs`), or in this thread when a pool would not pay
 * for its start-up (few reports) or cannot start: running from the
 * TypeScript sources (tests), there is no compiled worker.
 */
import type {Worker} from 'node:worker_threads'
import {loadTask, type TaskInput, type TaskKind, type TaskTypes} from './report-tasks.js'
import type {WorkerReply, WorkerRequest, WorkerSetup} from './report-worker.js'

/** What came of one report: the task's output, or the error it threw. */
export type TaskOutcome<K extends TaskKind> =
  | {output: TaskTypes[K]['output']}
  | {error: {message: string; stack: string}}

/** Options of `runTasks`. */
export interface RunTasksOptions<K extends TaskKind> {
  kind: K
  settings: TaskTypes[K]['settings']
  /** At most this many worker threads (`--jobs`). */
  jobs: number
  /**
   * Called once per input, as each is done (not in input order); a promise
   * returned is waited for before `runTasks` resolves.
   */
  onOutcome: (index: number, outcome: TaskOutcome<K>) => Promise<void> | undefined
}

/**
 * A worker is started only for at least this many reports: starting one
 * (a thread, the parser's modules, a cold JIT) costs about as much as
 * parsing 15 reports.
 */
export const reportsPerWorker = 16

/**
 * Requests a worker holds at once. Enough that it never waits for the main
 * thread (busy with results, or in a collection of its large heap); few
 * enough that workers finish together (the last 16 reports are a fraction
 * of a second).
 */
const inFlight = 16

/**
 * A lone worker (`--jobs 1`) is started only for at least this many
 * reports. It parallelizes nothing, but keeps each report's garbage out of
 * the main thread's heap, which holds every result: as fast at 300 reports,
 * 15% faster at 3,000, with half the peak memory.
 */
export const loneWorkerReports = 256

/** Whether this module runs compiled: only then is there a worker entry to start. */
const compiled = !import.meta.url.endsWith('.ts')

/**
 * Do `options.kind` on every input; `onOutcome` hears of each. An error in
 * a task is an outcome, not a rejection; a worker that dies fails the
 * report it was on, and the others go to a new worker.
 *
 * @example
 *   await runTasks(inputs, {kind: 'lint', settings, jobs: 4, onOutcome: (index, outcome) => {...}})
 */
export async function runTasks<K extends TaskKind>(
  inputs: TaskInput[],
  options: RunTasksOptions<K>
): Promise<void> {
  if (inputs.length === 0) return
  const threads = Math.min(options.jobs, Math.floor(inputs.length / reportsPerWorker))
  const pool = threads > 1 || (threads === 1 && inputs.length >= loneWorkerReports)
  const all = inputs.map((_, index) => index)
  if (!compiled || !pool) return runHere(inputs, all, options)
  return runInWorkers(inputs, all, options, threads)
}

async function runHere<K extends TaskKind>(
  inputs: TaskInput[],
  indexes: number[],
  options: RunTasksOptions<K>
): Promise<void> {
  const task = await loadTask(options.kind, options.settings)
  for (const index of indexes) {
    let outcome: TaskOutcome<K>
    try {
      outcome = {output: task(inputs[index] as TaskInput)}
    } catch (error) {
      outcome = {error: describe(error)}
    }
    // Waiting here keeps one result at a time in memory, rather than every pending cache write.
    await options.onOutcome(index, outcome)
  }
}

async function runInWorkers<K extends TaskKind>(
  inputs: TaskInput[],
  queue: number[],
  options: RunTasksOptions<K>,
  threads: number
): Promise<void> {
  const {Worker} = await import('node:worker_threads')
  const entry = new URL('./report-worker.js', import.meta.url)
  const setup: WorkerSetup<K> = {kind: options.kind, settings: options.settings}
  const waits: Promise<void>[] = []
  let left = queue.length
  let alive = 0

  await new Promise<void>((resolve) => {
    const finish = (index: number, outcome: TaskOutcome<K>) => {
      const wait = options.onOutcome(index, outcome)
      if (wait) waits.push(wait)
      left--
      if (left === 0) resolve()
    }

    const start = () => {
      const worker: Worker = new Worker(entry, {workerData: setup})
      alive++
      let answered = 0
      // Requests sent to this worker and not yet answered, oldest first (answered in order).
      const sent: number[] = []
      const feed = () => {
        while (sent.length < inFlight && queue.length > 0) {
          const index = queue.shift() as number
          sent.push(index)
          const input = inputs[index] as TaskInput
          const request: WorkerRequest = {id: index, path: input.path, text: input.text}
          worker.postMessage(request)
        }
        if (sent.length === 0) void worker.terminate()
      }
      worker.on('message', (reply: WorkerReply<K>) => {
        answered++
        sent.splice(sent.indexOf(reply.id), 1)
        finish(reply.id, 'error' in reply ? {error: reply.error} : {output: reply.output})
        feed()
      })
      let stopped = false
      const stop = (error: unknown) => {
        if (stopped) return
        stopped = true
        alive--
        // A worker that dies at work (out of memory, a crash) fails the report it was on and
        // the rest go to a new one; one that dies before any answer could not start: its
        // reports are left for the others, or for this thread when none is left.
        const current = answered > 0 ? sent.shift() : undefined
        queue.unshift(...sent)
        sent.length = 0
        if (current !== undefined) finish(current, {error: describe(error)})
        if (answered > 0 && queue.length > 0) start()
        else if (alive === 0) resolve()
      }
      worker.on('error', stop)
      worker.on('exit', (code) => {
        stop(new Error(`worker thread stopped (exit code ${code})`))
      })
      feed()
    }

    for (let i = 0; i < threads; i++) start()
  })
  if (queue.length > 0) await runHere(inputs, queue.splice(0), options)
  await Promise.all(waits)
}

function describe(error: unknown): {message: string; stack: string} {
  const message = error instanceof Error ? error.message : String(error)
  return {message, stack: error instanceof Error ? String(error.stack) : message}
}
