/**
 * Front matter: YAML between `---` lines or TOML between `+++` lines.
 */
import type {Root} from 'mdast'
import {parse as parseToml} from 'smol-toml'
import {parse as parseYaml, YAMLParseError} from 'yaml'
import type {Place} from '../model.js'

/** What the front matter held, or why it could not be read. */
export interface FrontMatter {
  data: Record<string, unknown>
  /** The line of each key, nested keys joined with dots (`milestones.detected`). */
  lines: Record<string, number>
  /** Where the front matter block is. */
  place?: Place
  problem?: {reason: string; place: Place}
}

/** Aliases (`*name`) a YAML front matter may expand: a few are handy, millions are an attack. */
export const maxAliasCount = 100

/**
 * Read the front matter at the top of a tree. Aliases are refused beyond a
 * small count, so a YAML alias bomb fails fast instead of expanding.
 *
 * @example
 *   readFrontMatter(parseMarkdown('---\ntitle: S3\n---\n')).data // {title: 'S3'}
 */
export function readFrontMatter(tree: Root): FrontMatter {
  const node = tree.children[0]
  if (!node || (node.type !== 'yaml' && node.type !== 'toml')) return {data: {}, lines: {}}
  const start = node.position?.start ?? {line: 1, column: 1}
  const place: Place = {line: start.line, column: start.column}
  if (node.position) {
    place.endLine = node.position.end.line
    place.endColumn = node.position.end.column
  }
  // Line of the value inside the block: the block's own line plus one for the fence.
  const at = (line: number, column: number): Place => ({line: start.line + line, column})
  // Lines may end in CR alone, which micromark accepts and the YAML parser does not.
  const text = node.value.replace(/\r\n?/g, '\n')
  const lines = keyLines(text, node.type, start.line + 1)
  try {
    const value: unknown =
      node.type === 'yaml'
        ? parseYaml(text, {maxAliasCount, prettyErrors: true, logLevel: 'error'})
        : parseToml(text)
    if (value === null || value === undefined) return {data: {}, lines, place}
    if (typeof value !== 'object' || Array.isArray(value)) {
      return {
        data: {},
        lines,
        place,
        problem: {
          reason: `Unexpected front matter of type \`${Array.isArray(value) ? 'array' : typeof value}\`, expected a map of keys such as \`title: ...\``,
          place
        }
      }
    }
    return {data: normalizeValues(value as Record<string, unknown>), lines, place}
  } catch (error) {
    const language = node.type === 'yaml' ? 'YAML' : 'TOML'
    if (error instanceof Error && /excessive alias count/i.test(error.message)) {
      return {
        data: {},
        lines,
        place,
        problem: {
          reason: `Unexpected YAML front matter with more than ${maxAliasCount} aliases (\`*name\`) to expand, expected plain values: it is not read, as an alias bomb would take all memory`,
          place
        }
      }
    }
    if (error instanceof YAMLParseError) {
      const [line, column] = error.linePos?.[0]
        ? [error.linePos[0].line, error.linePos[0].col]
        : [0, 1]
      return {
        data: {},
        lines,
        place,
        problem: {
          reason: `Unexpected invalid ${language} front matter: ${firstLine(error.message)}`,
          place: at(line, column)
        }
      }
    }
    const tomlError = error as {line?: number; column?: number; message?: string}
    const problemPlace =
      typeof tomlError.line === 'number' ? at(tomlError.line, tomlError.column ?? 1) : place
    return {
      data: {},
      lines,
      place,
      problem: {
        reason: `Unexpected invalid ${language} front matter: ${firstLine(String(tomlError.message ?? error))}`,
        place: problemPlace
      }
    }
  }
}

/**
 * The line of each key of a front matter block: YAML keys by indentation,
 * TOML keys under their `[table]`.
 */
function keyLines(text: string, type: 'yaml' | 'toml', firstLine: number): Record<string, number> {
  const lines: Record<string, number> = {}
  const parents: Array<{indent: number; key: string}> = []
  let table = ''
  for (const [index, line] of text.split('\n').entries()) {
    if (type === 'toml') {
      const header = /^\s*\[([^\]]+)\]\s*$/.exec(line)
      if (header) {
        table = (header[1] as string).trim()
        continue
      }
      const key = /^\s*([\w.-]+)\s*=/.exec(line)?.[1]
      if (key) lines[table ? `${table}.${key}` : key] ??= firstLine + index
      continue
    }
    const match = /^(\s*)([\w.-]+)\s*:/.exec(line)
    if (!match) continue
    const indent = (match[1] as string).length
    while (parents.length > 0 && (parents.at(-1) as {indent: number}).indent >= indent)
      parents.pop()
    const path = [...parents.map((parent) => parent.key), match[2] as string].join('.')
    lines[path] ??= firstLine + index
    parents.push({indent, key: match[2] as string})
  }
  return lines
}

/** TOML dates come back as objects; keep every value plain data. */
function normalizeValues(data: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) result[key] = plain(value)
  return result
}

function plain(value: unknown): unknown {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? String(value) : value.toISOString()
  if (Array.isArray(value)) return value.map(plain)
  // smol-toml's tables have no prototype; its dates extend Date and are handled above.
  if (value && typeof value === 'object') return normalizeValues(value as Record<string, unknown>)
  return value
}

function firstLine(message: string): string {
  // The place is given as the message's place; the parser's own `at line 1, column 8` counts inside the block.
  return (message.split('\n')[0] ?? message)
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/\.$/, '')
}
