import type {CommonOptions} from '../common-options.js'
import {exitCodes} from '../exit-codes.js'
import type {Io} from '../io.js'
import {loadIncidents} from '../load-incidents.js'

/** `aftermath parse <paths..>`: the incidents as a JSON array on stdout. */
export async function runParse(options: CommonOptions, io: Io): Promise<number> {
  const {measured, failed} = await loadIncidents(options, io)
  const incidents = measured.map(({incident}) => incident)
  io.stdout(`${JSON.stringify(incidents, null, 2)}\n`)
  return failed ? exitCodes.failed : exitCodes.ok
}
