/**
 * What a usage error says: yargs' message turned into one that names the
 * command, what was expected, and the nearest option or value the user may
 * have meant (`did you mean --frail?`). The messages read are those of the
 * yargs bundled in `src/vendor` (English: the locale is not detected), so
 * they do not change under us.
 */
import {nearest} from '../text/nearest.js'

/** What the parser knows of the command that failed. */
export interface UsageContext {
  /** The command named on the line (`lint`), if any. */
  command?: string
  /** Its options, aliases included (`frail`, `format`, `o`). */
  options: readonly string[]
  /** The command line as given. */
  argv: readonly string[]
}

/**
 * The message to print for a yargs failure, ending with where to read more.
 *
 * @example
 *   usageMessage('Unknown argument: fraill', {command: 'lint', options: ['frail'], argv: ['lint', '--fraill']})
 *   // "aftermath lint: unknown option --fraill; did you mean --frail?\nRun 'aftermath lint --help' for usage."
 */
export function usageMessage(message: string, context: UsageContext): string {
  const name = context.command ? `aftermath ${context.command}` : 'aftermath'
  const lines = readFailure(message, context).map((line) => `${name}: ${line}`)
  return `${lines.join('\n')}\n${helpLine(context.command)}`
}

/**
 * Where to read more, ending every usage error.
 *
 * @example
 *   helpLine('lint') // "Run 'aftermath lint --help' for usage."
 */
export function helpLine(command?: string): string {
  return `Run 'aftermath${command ? ` ${command}` : ''} --help' for usage.`
}

function readFailure(message: string, context: UsageContext): string[] {
  const unknown = /^Unknown arguments?: (.+)$/s.exec(message)
  if (unknown?.[1])
    return unknown[1].split(', ').map((argument) => unknownArgument(argument, context))
  const invalid = /^Invalid values:\s*\n\s*Argument: ([\w-]+), Given: (.+?), Choices: (.+)$/s.exec(
    message
  )
  if (invalid?.[1] && invalid[2] && invalid[3]) {
    const choices = [...invalid[3].matchAll(/"([^"]*)"/g)].map((match) => match[1] as string)
    const given = invalid[2].replace(/^"|"$/g, '')
    const [near] = nearest(given, choices)
    return [
      `unexpected --${invalid[1]} ${given}, expected one of ${choices.join(', ')}${near ? `; did you mean ${near}?` : ''}`
    ]
  }
  if (/^Not enough non-option arguments/.test(message)) {
    const what =
      context.command === 'new'
        ? 'the title of the incident, such as "Checkout latency after a cache flush"'
        : 'the Markdown reports to read: files or folders, such as incidents/'
    return [`missing ${what}`]
  }
  const missing = /^Missing required arguments?: (.+)$/.exec(message)
  if (missing?.[1]) return [`missing ${missing[1]}`]
  // `recommendCommands` says only `Did you mean timeline?`.
  const meant = /^Did you mean (\w+)\?$/.exec(message)
  if (meant?.[1]) {
    const given = context.argv.find((token) => !token.startsWith('-'))
    return [`unknown command \`${given ?? ''}\`; did you mean ${meant[1]}?`]
  }
  // Anything else yargs says (a value missing after an option, ...), as it says it.
  return message.split('\n').filter((line) => line.trim() !== '')
}

/** `--fraill` (an option nobody knows) or `extra` (one argument too many). */
function unknownArgument(argument: string, context: UsageContext): string {
  const written = context.argv.find(
    (token) => token === `--${argument}` || token.startsWith(`--${argument}=`)
  )
  const short = context.argv.includes(`-${argument}`)
  if (!written && !short)
    return `unexpected argument \`${argument}\`, expected no more than the command takes`
  const dashes = short ? '-' : '--'
  const [near] = nearest(
    argument,
    context.options.filter((option) => option.length > 1)
  )
  return `unknown option ${dashes}${argument}${near ? `; did you mean --${near}?` : ''}`
}
