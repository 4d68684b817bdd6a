/**
 * readTimestamp reads common forms without chrono; whatever it reads must be
 * exactly what chrono's path reads. Checked on every line and table cell of
 * every report at hand: incidents/, the fixtures, the templates, a synthetic
 * corpus and, where present, the real corpus.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'
import {generateCorpus} from '../../scripts/synthetic-corpus.mjs'
import {readTimestamp, readTimestampWithChrono} from '../../src/time/read-timestamp.js'

const root = fileURLToPath(new URL('../../', import.meta.url))

function markdownFiles(folder: string): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return markdownFiles(path)
    return entry.name.endsWith('.md') ? [path] : []
  })
}

function candidates(markdown: string): string[] {
  const texts = new Set<string>()
  for (const line of markdown.split(/\r?\n/)) {
    const bare = line
      .replace(/^\s*(?:[-*+]|\d+\.|#+|>)\s+/, '')
      .replace(/\*\*|__/g, '')
      .trim()
    if (bare) texts.add(bare)
    if (line.includes('|'))
      for (const cell of line.split('|')) if (cell.trim()) texts.add(cell.trim())
  }
  return [...texts]
}

/** JSON with sorted keys, so that key order does not count. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner
  )
}

test('readTimestamp(text) reads common forms exactly as chrono does', () => {
  const documents = [
    ...['incidents', 'test/fixtures', 'templates', '../shared/corpus/real'].flatMap((folder) =>
      markdownFiles(join(root, folder)).map((path) => readFileSync(path, 'utf8'))
    ),
    ...generateCorpus({count: 60, seed: 7}).map((report) => report.markdown)
  ]
  const texts = [...new Set(documents.flatMap(candidates))]
  expect(texts.length).toBeGreaterThan(2000)
  const differing = texts.filter(
    (text) => canonical(readTimestamp(text)) !== canonical(readTimestampWithChrono(text))
  )
  expect(
    differing
      .slice(0, 8)
      .map(
        (text) =>
          `${text}\n  fast:   ${canonical(readTimestamp(text))}\n  chrono: ${canonical(readTimestampWithChrono(text))}`
      )
  ).toEqual([])
})
