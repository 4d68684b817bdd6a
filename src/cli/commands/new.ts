import {readdir, readFile} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {VFile} from 'vfile'
import {measure} from '../../metrics/measure.js'
import type {MeasureContext} from '../../model.js'
import {type ParseOptions, parseIncidents} from '../../parse-incidents.js'
import {cleanTitle, fillTemplate, reportFileName} from '../../write/new-report.js'
import {exitCodes} from '../exit-codes.js'
import {type Io, useColor} from '../io.js'
import {formatMessages} from '../report-messages.js'
import {makeFolder, shown, writeNewFile, writeOutput} from '../write-output.js'

/** Options of `aftermath new`. */
export interface NewOptions {
  title: string
  /** A built-in template's name, or the path of a Markdown file (relative to the working folder). */
  template: string
  /** `YYYY-MM-DD`; the CLI's default is today. */
  date: string
  /** The folder to write into, relative to the working folder; created when missing. */
  dir: string
  severity?: string
  /** Write over an existing file. */
  force: boolean
  /** Show only errors on stderr. */
  quiet: boolean
  /**
   * The zone reports are read in (`--timezone`, else the configuration's):
   * what the new report is checked with, as the other commands would read it.
   */
  timezone?: string
  /**
   * The team's folder of templates (the configuration's `templates`), as an
   * absolute path or relative to the working folder: `--template NAME` is
   * `NAME.md` in it first, before the built-in templates.
   */
  templates?: string
}

/** The templates in the package's `templates/` folder. */
const builtInTemplates = ['default', 'sre', 'light', 'security'] as const

// Three folders below the package root, from src/cli/commands/ and from dist/cli/commands/.
const templateFolder = new URL('../../../templates/', import.meta.url)

/**
 * `aftermath new <title>`: write `<dir>/<date>-<slug>.md` from a template,
 * never over an existing file unless `force`, and print its path. Warnings
 * about the written report (from a team's own template) go to stderr.
 */
export async function runNew(options: NewOptions, io: Io): Promise<number> {
  const usage = (message: string) => {
    io.stderr(`aftermath: ${message}\n\nRun 'aftermath new --help' for usage.\n`)
    return exitCodes.usage
  }
  const failed = (message: string) => {
    io.stderr(`aftermath: ${message}\n`)
    return exitCodes.failed
  }
  const title = cleanTitle(options.title)
  if (!title)
    return usage(
      'Unexpected empty title, expected a few words such as `aftermath new "Checkout latency after a cache flush"`'
    )
  let name: string
  try {
    name = reportFileName(options.date, title)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    return usage(`Unexpected --date \`${options.date}\`, expected a day such as \`2026-07-14\``)
  }

  const template = await readTemplate(options.template, options.templates, io.cwd)
  if ('usage' in template) return usage(template.usage)
  if ('failed' in template) return failed(template.failed)
  const text = fillTemplate(template.text, {
    title,
    date: options.date,
    ...(options.severity === undefined ? {} : {severity: options.severity})
  })

  const folder = resolve(io.cwd, options.dir)
  const path = join(folder, name)
  try {
    await makeFolder(folder)
    if (options.force) {
      const problem = await writeOutput(path, text, new Set())
      if (problem) return failed(`${problem.message} (${problem.kind})`)
    } else if (!(await writeNewFile(path, text)))
      return failed(`${shown(io.cwd, path)} exists; use --force to write over it`)
  } catch (error) {
    return failed(`cannot write ${shown(io.cwd, path)}: ${(error as Error).message}`)
  }
  io.stdout(`${shown(io.cwd, path)}\n`)
  report(text, shown(io.cwd, path), options, io)
  return exitCodes.ok
}

/**
 * The text of the template named `template`: the team's `NAME.md`, a
 * built-in one, or a file at that path; or why there is none.
 */
async function readTemplate(
  template: string,
  teamFolder: string | undefined,
  cwd: string
): Promise<{text: string} | {usage: string} | {failed: string}> {
  const team = teamFolder === undefined ? [] : await teamTemplates(resolve(cwd, teamFolder))
  const location = team.includes(template)
    ? join(resolve(cwd, teamFolder as string), `${template}.md`)
    : (builtInTemplates as readonly string[]).includes(template)
      ? new URL(`${template}.md`, templateFolder)
      : resolve(cwd, template)
  let bytes: Uint8Array
  try {
    bytes = await readFile(location)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && typeof location === 'string') {
      const names = [...new Set([...builtInTemplates, ...team])].map((name) => `\`${name}\``)
      return {
        usage: `Unexpected template \`${template}\`, expected one of ${names.join(', ')} or the path of a Markdown file such as \`./templates/our-postmortem.md\``
      }
    }
    return {failed: `cannot read template ${template}: ${(error as Error).message}`}
  }
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes).replace(/^\uFEFF/, '')}
  } catch {
    return {failed: `cannot read template ${template}: not UTF-8 text`}
  }
}

/** The names of the `.md` files in the team's folder of templates; none when it cannot be read. */
async function teamTemplates(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder, {withFileTypes: true}))
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
      .map((entry) => entry.name.slice(0, -'.md'.length))
      .sort()
  } catch {
    return []
  }
}

/** Say what aftermath would warn about in the new report: a team's template may need fixing. */
function report(text: string, path: string, options: NewOptions, io: Io): void {
  const file = new VFile({path, value: text})
  const parseOptions: ParseOptions = {path}
  const context: MeasureContext = {}
  if (options.timezone) {
    parseOptions.timezone = options.timezone
    context.timezone = options.timezone
  }
  const {incidents, messages} = parseIncidents(text, parseOptions)
  file.messages.push(...messages)
  for (const incident of incidents)
    for (const problem of measure(incident, context).problems) {
      const message = file.message(problem.reason, {
        place: {line: problem.place.line, column: problem.place.column},
        ruleId: problem.ruleId,
        source: 'aftermath'
      })
      if (problem.severity === 'info') message.fatal = undefined
    }
  const said = formatMessages([file], {color: useColor(io), quiet: options.quiet})
  if (said) io.stderr(`${said}\n`)
}
