/** Parse results through the bytes the CLI keeps (stored-result.ts), as its parse task stores them. */
import type {VFileMessage} from 'vfile-message'
import {readStoredResult, storeResult} from '../../src/cli/stored-result.js'
import {measure} from '../../src/metrics/measure.js'
import type {Incident} from '../../src/model.js'

/** The bytes of a parse result: its incidents measured (with no context), and its messages. */
export function storeParsed(result: {incidents: Incident[]; messages: VFileMessage[]}): Uint8Array {
  return storeResult({
    measured: result.incidents.map((incident) => measure(incident)),
    messages: result.messages
  })
}

/** The incidents that `bytes` hold, read back (lazily, as the CLI reads them); undefined when they hold none. */
export function readIncidents(bytes: Uint8Array): Incident[] | undefined {
  return readStoredResult(bytes)?.measured.map(({incident}) => incident)
}
