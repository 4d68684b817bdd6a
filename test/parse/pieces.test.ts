/**
 * Long texts are parsed in pieces (src/parse/markdown.ts); the tree must be
 * the one a single parse gives, positions included, on every kind of text.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {generateCorpus} from '../../scripts/synthetic-corpus.mjs'
import {parseInPieces} from '../../src/parse/markdown.js'
import {markdownFiles} from '../helpers/markdown-files.js'

const root = new URL('../../', import.meta.url).pathname

/** Whole and in pieces as small as the cutting rules allow. */
function expectSameTree(text: string): void {
  const whole = parseInPieces(text, Number.POSITIVE_INFINITY)
  for (const size of [1, 64, 500]) expect(parseInPieces(text, size)).toEqual(whole)
}

describe('parsing in pieces gives the tree of one parse', () => {
  test.each(
    [...markdownFiles(join(root, 'incidents')), ...markdownFiles(join(root, 'templates'))].map(
      (path) => [path.slice(root.length)]
    )
  )('%s', (path) => {
    expectSameTree(readFileSync(join(root, path), 'utf8'))
  })

  test('test/fixtures, every report', () => {
    for (const path of markdownFiles(join(root, 'test/fixtures'))) {
      const text = readFileSync(path, 'utf8')
      const whole = parseInPieces(text, Number.POSITIVE_INFINITY)
      expect(parseInPieces(text, 1), path).toEqual(whole)
    }
  })

  const corpus = join(root, '../shared/corpus/real')
  test.skipIf(!existsSync(corpus))('the real reports of ../shared/corpus, when present', () => {
    for (const path of markdownFiles(corpus)) {
      const text = readFileSync(path, 'utf8')
      expect(parseInPieces(text, 1), path).toEqual(parseInPieces(text, Number.POSITIVE_INFINITY))
    }
  })

  test('generated reports, and their line endings changed', () => {
    for (const {markdown: text} of generateCorpus({count: 20, seed: 5})) {
      expectSameTree(text)
      expectSameTree(text.replaceAll('\n', '\r\n'))
    }
  })

  test('lists, quotes, code and headings next to one another', () => {
    const blocks = [
      'Some text\n',
      'Some text\n- an item right after\n',
      '- one\n- two\n',
      '* star\n* list\n',
      '- one\n\n- loose\n',
      '- item\nlazy line\n- next\n',
      '- item\n  - nested\n    ```\n    code\n',
      '> quote\n> more\n',
      '> quote\nlazy\n',
      '```\nfence never closed\n',
      '~~~\nclosed\n~~~\n',
      '<div>\nhtml\n',
      '<!-- comment\n',
      '# Heading\n',
      'Setext\n---\n',
      'Setext\n===\n',
      '- - -\n',
      '| a | b |\n| - | - |\n| 1 | 2 |\n',
      '1. ordered\n2. list\n',
      '    indented code\n',
      '\n',
      '\n\n'
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...blocks), {maxLength: 14}), (parts) => {
        expectSameTree(parts.join(''))
      }),
      {seed: 20_261_121, numRuns: 400}
    )
  })
})
