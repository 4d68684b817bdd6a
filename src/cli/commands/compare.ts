import {cascadeSmallMultiples} from '../../render/cascade-diagram.js'
import type {CompareSortKey} from '../../render/compare-diagram.js'
import {compareDiagram} from '../../render/compare-diagram.js'
import type {CommonOptions} from '../common-options.js'
import {type DiagramFormat, writeDiagrams} from '../diagram-output.js'
import {exitCodes} from '../exit-codes.js'
import type {Io} from '../io.js'
import {loadIncidents} from '../load-incidents.js'

/** Options of `aftermath compare`. */
export interface CompareOptions extends CommonOptions {
  scale: 'linear' | 'log'
  sort: CompareSortKey
  cascades: boolean
  format?: DiagramFormat
  output?: string
}

/**
 * `aftermath compare <paths..>`: outages side by side, aligned at their
 * start, phases stacked; with `--cascades`, their cascades on one time scale.
 */
export async function runCompare(options: CompareOptions, io: Io): Promise<number> {
  const {measured, failed} = await loadIncidents(options, io)
  if (measured.length === 0) return exitCodes.failed
  const svg = options.cascades
    ? cascadeSmallMultiples(measured)
    : compareDiagram(measured, {scale: options.scale, sortBy: options.sort})
  const output: Parameters<typeof writeDiagrams>[1] = {inputs: options.paths, quiet: options.quiet}
  if (options.output) output.output = options.output
  if (options.format) output.format = options.format
  const code = await writeDiagrams(
    [{name: options.cascades ? 'cascades' : 'compare', svg}],
    output,
    io
  )
  return code === exitCodes.ok && failed ? exitCodes.failed : code
}
