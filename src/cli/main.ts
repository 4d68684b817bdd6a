/**
 * The command line: `aftermath <command>`. Each command lives in its own
 * module, imported only when it runs, so `--help` and light commands start fast.
 */
import {availableParallelism} from 'node:os'
import {dirname, resolve} from 'node:path'
import type {Argv} from 'yargs'
import yargs from '../vendor/yargs.js'
import {type CommonOptions, ignoreFile} from './common-options.js'
import {exitCodes} from './exit-codes.js'
import type {Io} from './io.js'
import {packageVersion} from './package-version.js'
import {helpLine, usageMessage} from './usage-errors.js'

/** The positional argument of every command. */
const paths = {
  type: 'string',
  array: true,
  // Required: no default to show beside it.
  default: undefined,
  describe: 'Markdown files, or folders to search for .md files'
} as const

/** `-o`: where a picture goes. */
const output = {
  alias: 'o',
  type: 'string',
  describe: 'Write to this .svg or .png file, or into this folder (one file per incident)'
} as const

/** The options of the commands that read reports: workers and the cache. */
function reading<T>(command: Argv<T>) {
  return command
    .option('jobs', {
      alias: 'j',
      type: 'number',
      describe: 'Worker threads that read reports in parallel (default: the number of cores)'
    })
    .option('cache', {
      type: 'boolean',
      default: true,
      describe: 'Keep what each report gives in a cache, keyed by its content (--no-cache to skip)'
    })
    .option('cache-dir', {
      type: 'string',
      describe:
        "Folder of the cache (default: the nearest project's node_modules/.cache/aftermath, else ~/.cache/aftermath)"
    })
    .option('ignore', {
      type: 'string',
      array: true,
      describe: `Skip files and folders that match (gitignore syntax; also read from ${ignoreFile})`
    })
    .option('stdin-filename', {
      type: 'string',
      describe: 'The name of the report read from stdin (path -) in messages (default: <stdin>)'
    })
}

/**
 * Run the command line with `argv` (without `node` and the script) and
 * return the exit code. Never calls `process.exit`.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  let code: number = exitCodes.ok
  const command = argv.find((token) => commandNames.includes(token))
  /** A usage error found after parsing (a bad value): said with where to read more, exit 2. */
  const refuse = (text: string) => {
    io.stderr(`${text.replace(/\n$/, '')}\n${helpLine(command)}\n`)
    code = exitCodes.usage
  }
  // yargs drops a lone `-` (stdin as a path, stdout as -o): it is passed through under another name.
  const given = argv.map((token) => (token === '-' ? dash : token))
  const parser = yargs(given)
    .scriptName('aftermath')
    .usage(
      '$0 <command> [options]\n\nTurn postmortems written in Markdown into timelines, milestones, durations, diagrams and reliability reviews.'
    )
    .option('timezone', {
      type: 'string',
      describe:
        'Zone for times the report leaves without one, and the meaning of IST/BST/CST: an IANA name (Europe/Dublin), an abbreviation (PDT) or an offset (UTC+2)'
    })
    .option('config', {
      type: 'string',
      describe:
        'Configuration file (default: .aftermathrc.json, .aftermathrc.yaml or "aftermath" in package.json, from here upward)'
    })
    .option('quiet', {
      alias: 'q',
      type: 'boolean',
      default: false,
      describe: 'Show only errors on stderr, not warnings'
    })
    .option('debug', {
      type: 'boolean',
      default: false,
      describe: 'Show stack traces of internal errors'
    })
    .command(
      'parse <paths..>',
      'Print the incidents of reports as JSON',
      (command) =>
        reading(command.positional('paths', paths))
          .example('$0 parse incidents/', 'every incident under incidents/ as a JSON array')
          .example('$0 parse report.md | jq ".[0].timeline"', 'the timeline of one report'),
      async (args) => {
        const common = await prepare(args)
        if (!common) return
        const {runParse} = await import('./commands/parse.js')
        code = await runParse(common, io)
      }
    )
    .command(
      'timeline <paths..>',
      "Show the timeline of reports: each entry in UTC and in the report's zone",
      (command) =>
        reading(command.positional('paths', paths))
          .option('format', {
            choices: ['table', 'json', 'svg', 'png'] as const,
            default: 'table' as const,
            describe: 'Output format: a table, JSON, or a picture (svg, png)'
          })
          .option('output', output)
          .option('zone', {
            type: 'string',
            describe:
              'Show local times in this IANA zone instead of the zone each entry was written in'
          })
          .option('order', {
            choices: ['written', 'time'] as const,
            default: 'written' as const,
            describe: 'Order of the entries'
          })
          .example('$0 timeline incidents/2017-02-28-aws-s3.md', 'the S3 timeline as a table')
          .example('$0 timeline report.md --zone Europe/Paris', 'local times shown in Paris time')
          .example('$0 timeline report.md --format json', 'the entries as JSON')
          .example(
            '$0 timeline incidents/2017-02-28-aws-s3.md -o s3-timeline.png',
            'the timeline drawn with milestones and phases, as a PNG'
          )
          .example(
            '$0 timeline incidents/ --format svg -o timelines/',
            'one SVG per incident in timelines/'
          ),
      async (args) => {
        const common = await prepare(args)
        if (!common) return
        const {runTimeline} = await import('./commands/timeline.js')
        code = await runTimeline(
          {
            ...common,
            format: args.format,
            order: args.order,
            ...(args.zone ? {zone: args.zone} : {}),
            ...(args.output ? {output: unmask(args.output)} : {})
          },
          io
        )
      }
    )
    .command(
      'cascade <paths..>',
      'Draw how each failure spread from one component to those that depend on it',
      (command) =>
        reading(command.positional('paths', paths))
          .option('format', {
            choices: ['svg', 'png', 'json'] as const,
            describe: 'svg (default), png, or the cascade as JSON; -o with .svg/.png decides too'
          })
          .option('output', output)
          .example('$0 cascade incidents/2017-02-28-aws-s3.md -o s3.svg', 'the S3 cascade as SVG')
          .example('$0 cascade incidents/ -o cascades/ --format png', 'one PNG per incident')
          .example('$0 cascade report.md --format json', 'components, windows and edges as JSON'),
      async (args) => {
        const common = await prepare(args)
        if (!common) return
        const {runCascade} = await import('./commands/cascade.js')
        code = await runCascade(
          {
            ...common,
            ...(args.format ? {format: args.format} : {}),
            ...(args.output ? {output: unmask(args.output)} : {})
          },
          io
        )
      }
    )
    .command(
      'compare <paths..>',
      'Draw several outages side by side, aligned at their start, phases stacked',
      (command) =>
        reading(command.positional('paths', paths))
          .option('scale', {
            choices: ['linear', 'log'] as const,
            default: 'linear' as const,
            describe: 'Time scale; log keeps outages of minutes and of days readable together'
          })
          .option('sort', {
            choices: [
              'timeToResolve',
              'timeToDetect',
              'timeToAcknowledge',
              'timeToDiagnose',
              'timeToMitigate',
              'detection',
              'diagnosis',
              'recovery',
              'date',
              'title'
            ] as const,
            default: 'timeToResolve' as const,
            describe: 'Row order: longest first for durations, oldest first for date'
          })
          .option('cascades', {
            type: 'boolean',
            default: false,
            describe: 'Draw the cascades as small multiples on one time scale instead'
          })
          .option('format', {
            choices: ['svg', 'png'] as const,
            describe: 'svg (default) or png; -o with .svg/.png decides too'
          })
          .option('output', {
            ...output,
            describe: 'Write the one picture to this .svg or .png file (default: stdout)'
          })
          .example('$0 compare incidents/ -o outages.png', 'every outage as one row, as a PNG')
          .example(
            '$0 compare incidents/ --scale log --sort timeToDetect -o detect.svg',
            'slowest detection first, minutes and days on one log scale'
          )
          .example('$0 compare incidents/ --cascades -o cascades.svg', 'the cascades, one scale'),
      async (args) => {
        const common = await prepare(args)
        if (!common) return
        const {runCompare} = await import('./commands/compare.js')
        code = await runCompare(
          {
            ...common,
            scale: args.scale,
            sort: args.sort,
            cascades: args.cascades,
            ...(args.format ? {format: args.format} : {}),
            ...(args.output ? {output: unmask(args.output)} : {})
          },
          io
        )
      }
    )
    .command(
      'metrics <paths..>',
      'Milestones (started, detected, diagnosed, mitigated, resolved) and durations of each incident',
      (command) =>
        reading(command.positional('paths', paths))
          .option('format', {
            choices: ['table', 'json', 'csv', 'md'] as const,
            describe: 'Output format (default: table on a terminal, json otherwise)'
          })
          .option('explain', {
            type: 'boolean',
            describe:
              'For each milestone: the entry chosen, its score and the features that gave it, and the runner-up (text, or json with --format json)'
          })
          .example(
            '$0 metrics --explain incidents/2017-02-28-aws-s3.md',
            'why each milestone is the entry it is, and what came second'
          )
          .example(
            '$0 metrics incidents/',
            'time to detect, diagnose, mitigate and resolve of each incident'
          )
          .example(
            '$0 metrics incidents/ --format json',
            'milestones with source and evidence, durations in seconds'
          )
          .example(
            '$0 metrics incidents/ --format csv > metrics.csv',
            'one row per incident for a spreadsheet'
          ),
      async (args) => {
        const common = await prepare(args)
        if (!common) return
        const {runMetrics} = await import('./commands/metrics.js')
        code = await runMetrics(
          {
            ...common,
            ...(args.format ? {format: args.format} : {}),
            ...(args.explain ? {explain: true} : {})
          },
          io
        )
      }
    )
    .command(
      'lint <paths..>',
      'Check reports: sections, times, milestones, durations, action items, cascades (rules in docs/lint.md)',
      (command) =>
        reading(command.positional('paths', paths))
          .option('format', {
            choices: ['text', 'json', 'sarif', 'github'] as const,
            default: 'text' as const,
            describe:
              'text: file:line:column messages on stderr; json, sarif (code scanning) or github (workflow annotations): on stdout'
          })
          .option('frail', {type: 'boolean', default: false, describe: 'Exit 1 on warnings too'})
          .option('as-of', {
            type: 'string',
            describe:
              'The day to judge due dates by, and to read a report that writes no year as of (YYYY-MM-DD, default: today)'
          })
          .example('$0 lint incidents/', 'every report, messages as file:line:column')
          .example('$0 lint report.md --frail', 'fail on warnings too (for CI)')
          .example('$0 lint incidents/ --format json | jq ".[].messages[].ruleId"', 'for tools'),
      async (args) => {
        const common = await prepare(args)
        if (!common) return
        const asOf = args.asOf ?? localDay(new Date())
        if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
          refuse(
            `aftermath: Unexpected --as-of \`${asOf}\`, expected a day such as \`2026-10-01\`\n`
          )
          return
        }
        const {runLint} = await import('./commands/lint.js')
        code = await runLint({...common, format: args.format, frail: args.frail, asOf}, io)
      }
    )
    .command(
      'review <paths..>',
      'Write the reliability review of a quarter: counts, durations, trends, outages, action items',
      (command) =>
        reading(command.positional('paths', paths))
          .option('quarter', {type: 'string', describe: 'The quarter to review, such as 2026-Q3'})
          .option('since', {
            type: 'string',
            describe: 'First day of the period (YYYY-MM-DD), with --until'
          })
          .option('until', {
            type: 'string',
            describe: 'Last day of the period (YYYY-MM-DD), included'
          })
          .option('format', {
            choices: ['html', 'md', 'json', 'csv'] as const,
            describe:
              'html (default), md, json, or csv (one row per duration); -o with an extension decides too'
          })
          .option('output', {
            alias: 'o',
            type: 'string',
            describe:
              'Write to this file (.html, .md, .json, .csv), or review.<format> in this folder'
          })
          .option('severity', {
            type: 'string',
            array: true,
            default: [],
            describe: 'Only incidents of these severities'
          })
          .option('service', {
            type: 'string',
            array: true,
            default: [],
            describe: 'Only incidents that hit these services'
          })
          .option('tag', {
            type: 'string',
            array: true,
            default: [],
            describe: 'Only incidents with these tags'
          })
          .option('as-of', {
            type: 'string',
            describe:
              'The day the review is written (YYYY-MM-DD): action items due before it are overdue, and a report that writes no year is read as of it (default: today)'
          })
          .option('seed', {type: 'number', default: 1, describe: 'Seed of the bootstrap intervals'})
          .example(
            '$0 review incidents/ -o out/review.html',
            'the review of every report, as one HTML file'
          )
          .example(
            '$0 review postmortems/ --quarter 2026-Q3 -o review.md',
            'one quarter, as Markdown'
          )
          .example(
            '$0 review postmortems/ --quarter 2026-Q3 --severity SEV-1 --format json',
            'SEV-1 only, as JSON'
          )
          .example(
            '$0 review postmortems/ --since 2026-07-01 --until 2026-07-31 --format csv',
            'the numbers of July'
          ),
      async (args) => {
        const common = await prepare(args)
        if (!common) return
        const {runReview} = await import('./commands/review.js')
        const list = (values: string[] | undefined) =>
          (values ?? [])
            .flatMap((value) => value.split(','))
            .map((value) => value.trim())
            .filter(Boolean)
        code = await runReview(
          {
            ...common,
            ...(args.quarter ? {quarter: args.quarter} : {}),
            ...(args.since ? {since: args.since} : {}),
            ...(args.until ? {until: args.until} : {}),
            ...(args.format ? {format: args.format} : {}),
            ...(args.output ? {output: unmask(args.output)} : {}),
            severity: list(args.severity),
            service: list(args.service),
            tag: list(args.tag),
            asOf: args.asOf ?? localDay(new Date()),
            // (A review as of a day reads the reports that write no year as of that day too.)
            ...(args.asOf ? {today: args.asOf} : {}),
            seed: args.seed
          },
          io
        )
      }
    )
    .command(
      'new <title>',
      'Start a postmortem from a template: writes <dir>/<date>-<slug>.md and prints its path',
      (command) =>
        command
          .positional('title', {type: 'string', describe: 'What broke, in a few words'})
          .option('template', {
            alias: 't',
            type: 'string',
            default: 'default',
            describe: 'default, sre, light, security, or the path of your own Markdown file'
          })
          .option('date', {
            type: 'string',
            describe: 'The incident day, YYYY-MM-DD (default: today)'
          })
          .option('dir', {
            type: 'string',
            default: 'incidents',
            describe: 'The folder to write into'
          })
          .option('severity', {type: 'string', describe: 'Severity, such as SEV-2'})
          .option('force', {
            type: 'boolean',
            default: false,
            describe: 'Write over an existing file'
          })
          .example(
            '$0 new "Checkout latency after a cache flush"',
            'incidents/<today>-checkout-latency-after-a-cache-flush.md'
          )
          .example(
            '$0 new "Leaked token" --template security --severity SEV-1',
            'from the security template'
          )
          .example(
            '$0 new "DNS outage" --date 2026-07-14 --template ./our-template.md',
            "from the team's own template"
          ),
      async (args) => {
        const settings = await configured(args)
        if (!settings) return
        const {templates, timezone} = settings
        const {runNew} = await import('./commands/new.js')
        code = await runNew(
          {
            title: args.title ?? '',
            template: args.template,
            date: args.date ?? localDay(new Date()),
            ...(templates ? {templates} : {}),
            dir: args.dir,
            ...(args.severity ? {severity: args.severity} : {}),
            force: args.force,
            quiet: args.quiet,
            ...(timezone ? {timezone} : {})
          },
          io
        )
      }
    )
    .demandCommand(
      1,
      'Name a command: aftermath new|lint|parse|timeline|metrics|cascade|compare|review (see --help)'
    )
    .strict()
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version(packageVersion())
    .alias('version', ['v', 'V'])
    // English whatever the locale: aftermath's own help is English only.
    .detectLocale(false)
    .wrap(Math.min(100, io.columns ?? 80))
    .epilogue(
      'Diagnostics go to stderr as file:line:column. Exit codes: 0 done, 1 a file could not be read, 2 usage error, 3 internal error.\nNO_COLOR turns colours off. Docs: README.md'
    )
    .fail((message, error) => {
      if (error) throw error
      // Thrown, not printed: yargs would otherwise go on and run the command.
      throw new UsageError(message)
    })
    .exitProcess(false)
  skipHelpCache(parser)

  /** The common options and configuration; undefined (exit 2) when the configuration is wrong. */
  async function prepare(args: {
    paths?: string[] | undefined
    timezone?: string | undefined
    config?: string | undefined
    jobs?: number | undefined
    cache: boolean
    cacheDir?: string | undefined
    ignore?: string[] | undefined
    stdinFilename?: string | undefined
    quiet: boolean
    debug: boolean
  }): Promise<CommonOptions | undefined> {
    if (args.jobs !== undefined && !(Number.isInteger(args.jobs) && args.jobs >= 1)) {
      refuse(`aftermath: Unexpected --jobs ${args.jobs}, expected a whole number of at least 1\n`)
      return undefined
    }
    const settings = await configured(args)
    if (!settings) return undefined
    const common: CommonOptions = {
      paths: (args.paths ?? []).map(unmask),
      quiet: args.quiet,
      debug: args.debug,
      config: settings.config,
      jobs: args.jobs ?? availableParallelism(),
      cache: args.cache
    }
    if (args.cacheDir) common.cacheDir = args.cacheDir
    if (args.ignore && args.ignore.length > 0) common.ignore = args.ignore
    if (args.stdinFilename) common.stdinFilename = args.stdinFilename
    const {templateTexts} = await import('./template-texts.js')
    common.templates = await templateTexts(settings.templates)
    if (settings.timezone) common.timezone = settings.timezone
    // The clock is read here, in the CLI: a report that writes no year is read as of today.
    common.today = localDay(new Date())
    return common
  }

  /**
   * The configuration, the team's templates folder and the zone in force
   * (`--timezone`, else the configuration's); undefined (exit 2) when the
   * configuration or the zone is wrong.
   */
  async function configured(args: {config?: string | undefined; timezone?: string | undefined}) {
    const {loadConfig} = await import('./config.js')
    const loaded = await loadConfig(io.cwd, args.config)
    if (loaded.problems.length > 0) {
      refuse(`${loaded.problems.map((problem) => `aftermath: ${problem}`).join('\n')}\n`)
      return undefined
    }
    // The team's templates folder, relative to the configuration file that names it.
    const templates =
      loaded.config.templates && loaded.source
        ? resolve(dirname(resolve(io.cwd, loaded.source)), loaded.config.templates)
        : undefined
    const timezone = args.timezone ?? loaded.config.timezone
    if (timezone) {
      const {zoneProblem} = await import('./zone-option.js')
      const problem = zoneProblem(
        timezone,
        args.timezone ? '--timezone' : 'timezone (configuration)'
      )
      if (problem) {
        refuse(`aftermath: ${problem}\n`)
        return undefined
      }
    }
    return {config: loaded.config, templates, timezone}
  }

  try {
    await parser.parseAsync(given, {}, (_error, _argv, output) => {
      if (output) io.stdout(`${output}\n`)
    })
  } catch (error) {
    if (error instanceof UsageError) {
      const {key} = (
        parser as unknown as {getOptions(): {key: Record<string, unknown>}}
      ).getOptions()
      io.stderr(
        `${usageMessage(error.message, {...(command ? {command} : {}), options: Object.keys(key), argv})}\n`
      )
      return exitCodes.usage
    }
    io.stderr(`aftermath: internal error: ${(error as Error).message}\n`)
    if (argv.includes('--debug')) io.stderr(`${(error as Error).stack ?? ''}\n`)
    else io.stderr('Run again with --debug to see the stack trace, and please report it.\n')
    return exitCodes.internal
  }
  return code
}

/** What a lone `-` is called while yargs reads the line (it drops `-` itself). */
const dash = '\u0000-'

/** `-` again, where the line had it. */
function unmask(value: string): string {
  return value === dash ? '-' : value
}

/** A mistake in the command line: the run stops before any work, with exit code 2. */
class UsageError extends Error {}

const commandNames = ['new', 'lint', 'parse', 'timeline', 'metrics', 'cascade', 'compare', 'review']

/**
 * yargs renders the whole help of the command it runs after every parse
 * (`usage.cacheHelpMessage`), in case a later failure wants to show it:
 * about a tenth of a short command's start-up. Failures here print their
 * own message, so the rendering is skipped. It is yargs' internal API:
 * should it change, the help is rendered again, and nothing else changes.
 */
function skipHelpCache(parser: object): void {
  const internal = parser as {
    getInternalMethods?: () => {getUsageInstance?: () => {cacheHelpMessage?: () => void}}
  }
  const usage = internal.getInternalMethods?.().getUsageInstance?.()
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {}
}

/** The day of `now` where the user is (not in UTC): the day they would write on a report. */
function localDay(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
