import {cascadeOf} from '../../cascade/infer-cascade.js'
import {cascadeDiagram} from '../../render/cascade-diagram.js'
import type {CommonOptions} from '../common-options.js'
import {type DiagramFormat, diagramNames, writeDiagrams} from '../diagram-output.js'
import {exitCodes} from '../exit-codes.js'
import type {Io} from '../io.js'
import {loadIncidents} from '../load-incidents.js'

/** Options of `aftermath cascade`. */
export interface CascadeOptions extends CommonOptions {
  format?: DiagramFormat | 'json'
  output?: string
}

/**
 * `aftermath cascade <paths..>`: how each incident's failure spread, as a
 * diagram (SVG or PNG) or as JSON.
 */
export async function runCascade(options: CascadeOptions, io: Io): Promise<number> {
  const {measured, files, failed} = await loadIncidents(options, io, {
    problemsOf: ({incident}) =>
      cascadeOf(incident)
        ? []
        : [
            {
              ruleId: 'cascade-missing',
              reason:
                'No cascade to draw: expected a `## Cascade` section with one `A -> B` edge per list item, front matter `components`, or `services` that the timeline names',
              severity: 'warning',
              place: incident.place
            }
          ]
  })
  // No report at all: the loader has said so, once.
  if (files.length === 0) return exitCodes.failed
  if (options.format === 'json') {
    const out = measured.map(({incident}) => ({
      file: incident.file,
      title: incident.title,
      cascade: cascadeOf(incident) ?? null
    }))
    io.stdout(`${JSON.stringify(out, null, 2)}\n`)
    return failed ? exitCodes.failed : exitCodes.ok
  }
  const drawable = measured.filter(({incident}) => cascadeOf(incident) !== undefined)
  if (drawable.length === 0) {
    io.stderr('aftermath: no cascade to draw in these reports\n')
    return exitCodes.failed
  }
  const names = diagramNames(
    drawable.map(({incident}) => incident),
    'cascade'
  )
  const diagrams = drawable.map((one, index) => ({
    name: names[index] as string,
    svg: cascadeDiagram(one)
  }))
  const output: Parameters<typeof writeDiagrams>[1] = {inputs: options.paths, quiet: options.quiet}
  if (options.output) output.output = options.output
  if (options.format) output.format = options.format
  const code = await writeDiagrams(diagrams, output, io)
  return code === exitCodes.ok && failed ? exitCodes.failed : code
}
