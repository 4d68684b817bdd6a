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
  /** Where the front matter block is. */
  place?: Place
  problem?: {reason: string; place: Place}
}

/**
 * Read the front matter at the top of a tree. Aliases are refused beyond a
 * small count, so a YAML alias bomb fails fast instead of expanding.
 *
 * @example
 *   readFrontMatter(parseMarkdown('---\ntitle: S3\n---\n')).data // {title: 'S3'}
 */
export function readFrontMatter(tree: Root): FrontMatter {
  const node = tree.children[0]
  if (!node || (node.type !== 'yaml' && node.type !== 'toml')) return {data: {}}
  const start = node.position?.start ?? {line: 1, column: 1}
  const place: Place = {line: start.line, column: start.column}
  if (node.position) {
    place.endLine = node.position.end.line
    place.endColumn = node.position.end.column
  }
  // Line of the value inside the block: the block's own line plus one for the fence.
  const at = (line: number, column: number): Place => ({line: start.line + line, column})
  try {
    const value: unknown =
      node.type === 'yaml'
        ? parseYaml(node.value, {maxAliasCount: 100, prettyErrors: false})
        : parseToml(node.value)
    if (value === null || value === undefined) return {data: {}, place}
    if (typeof value !== 'object' || Array.isArray(value)) {
      return {
        data: {},
        place,
        problem: {
          reason: `Unexpected front matter of type \`${Array.isArray(value) ? 'array' : typeof value}\`, expected a map of keys such as \`title: ...\``,
          place
        }
      }
    }
    return {data: normalizeValues(value as Record<string, unknown>), place}
  } catch (error) {
    const language = node.type === 'yaml' ? 'YAML' : 'TOML'
    if (error instanceof YAMLParseError) {
      const [line, column] = error.linePos?.[0]
        ? [error.linePos[0].line, error.linePos[0].col]
        : [0, 1]
      return {
        data: {},
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
      place,
      problem: {
        reason: `Unexpected invalid ${language} front matter: ${firstLine(String(tomlError.message ?? error))}`,
        place: problemPlace
      }
    }
  }
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
  return (message.split('\n')[0] ?? message).replace(/\.$/, '')
}
