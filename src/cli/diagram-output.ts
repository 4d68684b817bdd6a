/**
 * Where diagrams go: stdout (SVG, or PNG when stdout is not a terminal), one
 * file (`-o cascade.png`, the format from its extension), or a folder with one
 * file per diagram (`-o diagrams/`). Files are written whole or not at all
 * (a temporary file renamed into place), and never over an input report.
 */
import {basename, join} from 'node:path'
import {exitCodes} from './exit-codes.js'
import type {Io} from './io.js'
import {inputPaths, outputFormat, problemCode, shown, writeOutput} from './write-output.js'

export type DiagramFormat = 'svg' | 'png'

/** One picture to write, with the file name (without extension) it gets in a folder. */
export interface Diagram {
  name: string
  svg: string
}

/** Options of `writeDiagrams`. */
export interface DiagramOutput {
  /** `-o`: a `.svg` or `.png` file, or a folder (existing, or written with a trailing `/`). */
  output?: string
  /** `--format`, used when `output` does not say. */
  format?: DiagramFormat
  /** The input paths, which are never written over. */
  inputs: string[]
  quiet: boolean
}

/**
 * Write diagrams as the options say; returns the exit code. Problems are
 * usage errors with a hint, on stderr.
 */
export async function writeDiagrams(
  diagrams: Diagram[],
  options: DiagramOutput,
  io: Io
): Promise<number> {
  const usage = (message: string) => {
    io.stderr(`aftermath: ${message}\n`)
    return exitCodes.usage
  }
  const chosen = await outputFormat<DiagramFormat>(
    io.cwd,
    options.output,
    {'.svg': 'svg', '.png': 'png'},
    options.format,
    'svg'
  )
  if (chosen.problem !== undefined) return usage(chosen.problem)
  const {target, folder, format} = chosen
  if (diagrams.length === 0) {
    io.stderr('aftermath: nothing to draw: no incidents were read\n')
    return exitCodes.failed
  }

  if (!target) {
    if (diagrams.length > 1)
      return usage(
        `${diagrams.length} diagrams, one per incident: write them to a folder with -o diagrams/`
      )
    const svg = (diagrams[0] as Diagram).svg
    if (format === 'svg') {
      io.stdout(svg)
      return exitCodes.ok
    }
    if (io.stdoutIsTTY || !io.stdoutBytes)
      return usage('a PNG is not for the terminal: write it with -o file.png, or redirect stdout')
    const {svgToPng} = await import('../render/png.js')
    io.stdoutBytes(svgToPng(svg))
    return exitCodes.ok
  }

  if (!folder && diagrams.length > 1)
    return usage(
      `${diagrams.length} diagrams, one per incident, cannot go in one file: give -o a folder, such as -o diagrams/`
    )
  const inputs = inputPaths(io.cwd, options.inputs)
  const used = new Set<string>()
  const files = diagrams.map((diagram) => {
    if (!folder) return {diagram, path: target}
    let name = diagram.name
    for (let count = 2; used.has(name); count++) name = `${diagram.name}-${count}`
    used.add(name)
    return {diagram, path: join(target, `${name}.${format}`)}
  })
  for (const {path} of files) {
    if (inputs.has(path) || /\.(?:md|markdown)$/i.test(path))
      return usage(`refusing to write over ${path}: it is a report, not a diagram`)
  }
  // resvg is native code: load it only when a PNG is asked for.
  const {svgToPng} = format === 'png' ? await import('../render/png.js') : {svgToPng: undefined}
  for (const {diagram, path} of files) {
    // The folder, and any above it, are made with the first file.
    const problem = await writeOutput(path, svgToPng ? svgToPng(diagram.svg) : diagram.svg, inputs)
    if (problem) return problemCode(problem, io, usage)
    if (!options.quiet) io.stderr(`aftermath: wrote ${shown(io.cwd, path)}\n`)
  }
  return exitCodes.ok
}

/**
 * A file name for each incident's diagram: the report's name, with the
 * incident's number when the report holds several, and the kind.
 *
 * @example
 *   diagramNames([{file: 'incidents/2017-02-28-aws-s3.md'}], 'cascade') // ['2017-02-28-aws-s3-cascade']
 */
export function diagramNames(incidents: Array<{file?: string}>, kind: string): string[] {
  const count = new Map<string | undefined, number>()
  for (const incident of incidents) count.set(incident.file, (count.get(incident.file) ?? 0) + 1)
  const seen = new Map<string | undefined, number>()
  return incidents.map((incident) => {
    const index = (seen.get(incident.file) ?? 0) + 1
    seen.set(incident.file, index)
    const base = incident.file
      ? basename(incident.file).replace(/\.(?:md|markdown)$/i, '')
      : 'incident'
    return `${base}${(count.get(incident.file) ?? 1) > 1 ? `-${index}` : ''}-${kind}`
  })
}
