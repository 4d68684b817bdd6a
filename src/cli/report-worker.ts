/**
 * The entry of a worker thread (started by workers.ts from the compiled
 * dist/cli/report-worker.js): does one kind of task on each report it is
 * sent, in order, and sends back the output or the error.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {loadTask, type TaskInput, type TaskKind, type TaskTypes} from './report-tasks.js'

/** What the main thread sends: a report to work on. */
export interface WorkerRequest extends TaskInput {
  id: number
}

/** What the worker sends back for each request, in the order received. */
export type WorkerReply<K extends TaskKind = TaskKind> =
  | {id: number; output: TaskTypes[K]['output']}
  | {id: number; error: {message: string; stack: string}}

/** What the worker is started with. */
export interface WorkerSetup<K extends TaskKind = TaskKind> {
  kind: K
  settings: TaskTypes[K]['settings']
}

if (parentPort) {
  const port = parentPort
  const setup = workerData as WorkerSetup
  const task = loadTask(setup.kind, setup.settings)
  // Requests are answered in order: each waits for the one before it (and for the task to load).
  let previous: Promise<unknown> = Promise.resolve()
  port.on('message', (request: WorkerRequest) => {
    previous = previous.then(async () => {
      let reply: WorkerReply
      try {
        reply = {id: request.id, output: (await task)(request)}
      } catch (error) {
        reply = {
          id: request.id,
          error: {
            message: (error as Error)?.message ?? String(error),
            stack: String((error as Error)?.stack)
          }
        }
      }
      // The bytes of a parse result are handed over, not copied.
      if ('output' in reply && reply.output instanceof Uint8Array)
        port.postMessage(reply, [reply.output.buffer as ArrayBuffer])
      else port.postMessage(reply)
    })
  })
}
