/**
 * `aftermath lint --format sarif` (GitHub code scanning and other SARIF
 * readers) and `--format github` (workflow commands that GitHub Actions
 * shows as annotations on the lines of a pull request).
 */
import {relative, sep} from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {lintRules} from '../lint/rules.js'

type Level = 'error' | 'warning' | 'note'

function levelOf(message: VFileMessage): Level {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note'
}

/** Where a message is: start and, when known, end. */
function placeOf(message: VFileMessage) {
  const end = message.place && 'end' in message.place ? message.place.end : undefined
  return {
    line: message.line ?? 1,
    column: message.column ?? 1,
    ...(end ? {endLine: end.line, endColumn: end.column} : {})
  }
}

/** A path relative to the working folder, with forward slashes. */
function pathOf(path: string, cwd: string): string {
  return (path.startsWith('/') ? relative(cwd, path) : path).split(sep).join('/')
}

/** A path as a URI reference relative to the working folder. */
function uriOf(path: string, cwd: string): string {
  return pathOf(path, cwd).split('/').map(encodeURIComponent).join('/')
}

/**
 * The messages of `files` as a SARIF 2.1.0 log: one run of aftermath, every
 * rule with its summary and default level, every message a result at its
 * place.
 *
 * @example
 *   JSON.parse(sarifLog(files, '0.1.0', cwd)).runs[0].results[0].ruleId // 'milestone-missing'
 */
export function sarifLog(files: readonly VFile[], version: string, cwd: string): string {
  const results = files.flatMap((file) =>
    file.messages.map((message) => {
      const place = placeOf(message)
      return {
        ruleId: message.ruleId ?? 'aftermath',
        level: levelOf(message),
        message: {text: message.reason},
        locations: [
          {
            physicalLocation: {
              artifactLocation: {uri: uriOf(file.path, cwd)},
              region: {
                startLine: place.line,
                startColumn: place.column,
                ...(place.endLine === undefined
                  ? {}
                  : {endLine: place.endLine, endColumn: place.endColumn})
              }
            }
          }
        ]
      }
    })
  )
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'aftermath',
            version,
            rules: lintRules.map((rule) => ({
              id: rule.id,
              shortDescription: {text: rule.summary},
              help: {text: `What it checks, with examples: docs/lint.md#${rule.id} in aftermath.`},
              defaultConfiguration: {level: rule.severity}
            }))
          }
        },
        results
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

/**
 * The messages of `files` as GitHub Actions workflow commands
 * (`::warning file=…,line=…,col=…,title=rule::reason`), one a line.
 *
 * @example
 *   githubAnnotations(files, cwd).split('\n')[0]
 *   // '::warning file=incidents/x.md,line=18,col=21,title=milestone-missing::Missing milestone ...'
 */
export function githubAnnotations(files: readonly VFile[], cwd: string): string {
  const lines = files.flatMap((file) =>
    file.messages.map((message) => {
      const place = placeOf(message)
      const command = {error: 'error', warning: 'warning', note: 'notice'}[levelOf(message)]
      const properties = [
        `file=${property(pathOf(file.path, cwd))}`,
        `line=${place.line}`,
        `col=${place.column}`,
        ...(place.endLine === undefined ? [] : [`endLine=${place.endLine}`]),
        ...(place.endLine === place.line && place.endColumn !== undefined
          ? [`endColumn=${place.endColumn}`]
          : []),
        `title=${property(message.ruleId ?? 'aftermath')}`
      ]
      return `::${command} ${properties.join(',')}::${data(message.reason)}`
    })
  )
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}

/** Escape a workflow command's message. */
function data(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** Escape a workflow command's property value. */
function property(text: string): string {
  return data(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
