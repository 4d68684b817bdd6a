/**
 * `proseSentences`: the sentences of a report's own prose, with their
 * places in the source through emphasis and links. Text invented for this
 * test.
 */
import {describe, expect, it} from 'vitest'
import {proseSentences} from '../../src/lint/prose-sentences.js'
import {parseMarkdown} from '../../src/parse/markdown.js'

function sentencesOf(source: string) {
  return proseSentences(parseMarkdown(source), source)
}

describe('proseSentences(tree, source)', () => {
  it('splits paragraphs, list items and headings into sentences', () => {
    const source = `## Impact in March

The outage lasted 47 minutes. Detection took approx. 8 minutes.
**MTTR:** 47 minutes
**TTD:** 8 minutes

- We were down for an hour. Nobody was paged.
`
    expect(sentencesOf(source).map((sentence) => sentence.text)).toEqual([
      'Impact in March',
      'The outage lasted 47 minutes.',
      'Detection took approx. 8 minutes.',
      'MTTR: 47 minutes',
      'TTD: 8 minutes',
      'We were down for an hour.',
      'Nobody was paged.'
    ])
  })

  it('reads no code, quotes, tables or HTML', () => {
    const source = `\`\`\`
The outage lasted 5 minutes.
\`\`\`

> The outage lasted 6 minutes.

| note |
| --- |
| The outage lasted 7 minutes. |

<p>The outage lasted 8 minutes.</p>
`
    expect(sentencesOf(source)).toEqual([])
  })

  it('gives the source place of a span, through emphasis, links and line breaks', () => {
    const source =
      'Intro.\n\nIn short, the **outage** lasted [forty\nminutes](https://example.com/x).\n'
    const [, sentence] = sentencesOf(source)
    if (!sentence) throw new Error('no sentence')
    const start = sentence.text.indexOf('outage')
    const end = sentence.text.indexOf('minutes') + 'minutes'.length
    expect(sentence.text.slice(start, end)).toBe('outage lasted forty\nminutes')
    expect(sentence.span(start, end)).toEqual({line: 3, column: 17, endLine: 4, endColumn: 8})
  })
})
