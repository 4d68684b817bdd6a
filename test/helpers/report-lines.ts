/**
 * Every line and table cell of every report at hand: incidents/, the test
 * fixtures, the templates, a synthetic corpus and, where present, the real
 * corpus beside the project. For tests that check a property on real text.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {generateCorpus} from '../../scripts/synthetic-corpus.mjs'
import {markdownFiles} from './markdown-files.js'

const root = fileURLToPath(new URL('../../', import.meta.url))

function candidates(markdown: string): string[] {
  const texts: string[] = []
  for (const line of markdown.split(/\r?\n/)) {
    const bare = line
      .replace(/^\s*(?:[-*+]|\d+\.|#+|>)\s+/, '')
      .replace(/\*\*|__/g, '')
      .trim()
    if (bare) texts.push(bare)
    if (line.includes('|')) {
      const cells = line
        .split('|')
        .map((cell) => cell.trim())
        .filter(Boolean)
      texts.push(...cells)
      // `| 2024-03-10 | 2:05 PM |`: a date and a time cell are read together.
      for (let index = 1; index < cells.length; index++) {
        texts.push(`${cells[index - 1]} ${cells[index]}`)
      }
    }
  }
  return texts
}

/** Distinct lines and cells, each trimmed, with list and heading marks removed. */
export function reportLines(): string[] {
  const documents = [
    ...['incidents', 'test/fixtures', 'templates', '../shared/corpus/real'].flatMap((folder) =>
      markdownFiles(join(root, folder)).map((path) => readFileSync(path, 'utf8'))
    ),
    ...generateCorpus({count: 60, seed: 7}).map((report) => report.markdown)
  ]
  return [...new Set(documents.flatMap(candidates))]
}
