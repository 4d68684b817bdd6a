/**
 * Regular expressions against catastrophic backtracking and quadratic
 * scans: the parser, the wording classifier and the linter's line scans on
 * 100 KB lines made to almost match (long runs of spaces, digits, `a `,
 * `:`, `-`, times, zone and duration words, each wording rule's cues with
 * and without what cancels them). Each test has a generous time limit of
 * its own (seconds, where a backtracking pattern would take hours); no
 * test asserts a time in milliseconds.
 */
import {describe, expect, test} from 'vitest'
import {lintReport} from '../../src/lint/lint-report.js'
import {weighEntry} from '../../src/milestones/evidence.js'
import {wordClasses} from '../../src/milestones/lexicon.js'
import {readClauses} from '../../src/milestones/words.js'
import {parseIncidents} from '../../src/parse-incidents.js'
import {readTimestamp} from '../../src/time/read-timestamp.js'
import {resolveInstant} from '../../src/time/resolve-instant.js'
import {zoneStatement} from '../../src/timeline/zone-statement.js'

const size = 100 * 1024

/** `unit` repeated to 100 KB. */
function line(unit: string): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
}

/** Shapes that make a pattern try many ways at many places. */
const shapes = [
  ' ',
  '\t ',
  '1',
  '1 ',
  'a ',
  'a',
  ':',
  '-',
  '- ',
  '1:',
  '10:',
  '10:00 ',
  '10:00-',
  '10:00 - ',
  '12:',
  '2024-',
  '2024-01-',
  'Jan 1 ',
  'at ',
  'around ',
  '~',
  '(',
  '((',
  '[',
  '|',
  '| a ',
  '`',
  '**',
  '_a ',
  'UTC ',
  'PST ',
  '+0',
  'GMT+',
  'All times in ',
  'times are in ',
  'MTTR ',
  'mean time to ',
  'time to detect ',
  'took 4 hours ',
  '4h 3m ',
  'for 5 minutes ',
  'between 10:00 and ',
  'from 10:00 to ',
  'between 10:00 and ',
  '10:00 and ',
  '(~',
  'owner: ',
  '@a ',
  'due ',
  'a -> ',
  '->',
  'https://',
  'a.b.',
  'A1 '
]

/**
 * The first word of each class of the lexicon after `started` (begun) and
 * with `did not` (negated): the reader is one pass over words, so a word of
 * each class stands for the rest.
 */
const nearRules = [
  ...new Set(
    Object.values(wordClasses).flatMap((words: readonly string[]) => {
      const word = (words[0] ?? '').replace(/^=/, '')
      return [`started ${word} `, `${word} did not `]
    })
  )
]

// (`weighEntry` reads an entry's first `weighedLength` characters, so a 100 KB entry costs it what one
// of 5 KB does; `readClauses`, which reads words for it and for the prose, is given all 100 KB.)
describe('the wording classifier on 100 KB entries', () => {
  test(`weighEntry(text) and readClauses(text) finish on ${nearRules.length + shapes.length} near-matching entries`, {
    timeout: 60_000
  }, () => {
    for (const unit of [...nearRules, ...shapes]) {
      expect(Array.isArray(weighEntry(line(unit)).features), unit).toBe(true)
      expect(Array.isArray(readClauses(line(unit))), unit).toBe(true)
    }
  })
})

describe('the time readers on 100 KB texts', () => {
  test('readTimestamp, resolveInstant and zoneStatement finish on every shape', {
    timeout: 60_000
  }, () => {
    for (const unit of shapes) {
      const text = line(unit)
      readTimestamp(text)
      readTimestamp(`10:00 ${text}`)
      resolveInstant(`2024-02-02 10:00 UTC ${text}`)
      zoneStatement(text)
      zoneStatement(`All times in ${text}`)
    }
    expect(readTimestamp(`10:00 ${line(' ')}`)).toMatchObject({clock: {hour: 10, minute: 0}})
  })
})

/** Where in a report a long line goes: each is read by other code (prose lines, entries, cells, edges, items). */
const places = [
  (text: string) => `## Summary\n\n${text}\n\n## Timeline\n\n- 10:00 Start [started]\n`,
  (text: string) => `## Timeline\n\n- 10:00 ${text}\n- 10:30 All clear [resolved]\n`,
  (text: string) => `## Timeline\n\n| Time | Event |\n| --- | --- |\n| 11:00 | ${text} |\n`,
  (text: string) => `## Cascade\n\n- ${text} -> API\n`,
  (text: string) => `## Action items\n\n- [ ] ${text}\n`,
  // A time after the long text: the words before it are searched for what leads on to it.
  (text: string) => `## Impact\n\nIt began${text} at 10:30, and ended${text}by 11:00.\n`
]

/** The shapes most likely to trouble the parser's and the linter's own patterns. */
const reportShapes = [
  ' ',
  '1 ',
  'a ',
  ':',
  '- ',
  '10:00 ',
  '10:00 - ',
  'Jan 1 ',
  'at ',
  '|',
  '| a ',
  '_a ',
  'UTC ',
  'All times in ',
  'MTTR ',
  'took 4 hours ',
  '4h 3m ',
  'from 10:00 to ',
  'between 10:00 and ',
  '10:00 and ',
  '(~',
  'owner: ',
  '@a ',
  'due ',
  'a -> ',
  'https://',
  'A1 ',
  // The readers added for days in other languages and times told relative to others.
  '8 de octubre de 2025 ',
  '2025年3月4日 08時20分 ',
  'mars ',
  '10:00 four minutes later ',
  'ten minutes after the deploy finished ',
  'T0 ',
  '09:47 hrs ',
  // And those added for four digits and `hrs`, days run together, spans, threads and bold notes.
  'between 1152 hrs and ',
  '16OCT25 1131Z ',
  'between the upload at 12:58 UTC and the yank at 17:37 UTC on March 3 ',
  'On Tue, 4 Mar 2025 at 09:12, Ana Ruiz <ana@example.org> wrote: ',
  'Anke is in Heidelberg (CET, an hour ahead) ',
  '**Impact starts.** ',
  '[01:10] ',
  'Created by Ana, last modified by Joe on '
]

describe('the parser and the linter on reports with a 100 KB line', () => {
  for (const [index, unit] of reportShapes.entries()) {
    const place = places[index % places.length] as (text: string) => string
    test(`parseIncidents and lintReport finish with ${JSON.stringify(unit)} repeated`, {
      timeout: 30_000
    }, () => {
      const markdown = `---\ntitle: Long lines\ndate: 2024-02-02\ntimezone: UTC\n---\n\n# Long lines\n\n${place(line(unit))}`
      const {incidents} = parseIncidents(markdown, {path: 'long.md'})
      expect(incidents).toHaveLength(1)
      const found = lintReport(markdown, {path: 'long.md', asOf: '2026-01-01'})
      expect(Array.isArray(found)).toBe(true)
    })
  }
})
