/**
 * readTimestamp reads common forms without chrono; whatever it reads must be
 * exactly what chrono's path reads. Checked on every line and table cell of
 * every report at hand: incidents/, the fixtures, the templates, a synthetic
 * corpus and, where present, the real corpus.
 */
import {expect, test} from 'vitest'
import {readTimestamp, readTimestampWithChrono} from '../../src/time/read-timestamp.js'
import {reportLines} from '../helpers/report-lines.js'

/** JSON with sorted keys, so that key order does not count. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner
  )
}

test('readTimestamp(text) reads common forms exactly as chrono does', () => {
  const texts = reportLines()
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

test('readTimestamp(text) reads table dates with clocks, and `On-call` after a time, as chrono does', () => {
  // The forms of a `| Date | Time |` table row, read as one text, and words after a clock.
  const texts = [
    '2024-03-10 2:05 PM',
    '2024-03-10 02:05 PM',
    '2024-03-10 12:05 AM',
    '2024-03-10 12:05 PM',
    '2024-03-10 0:05 AM',
    '2024-03-10 13:05 PM',
    '2024-03-10 2:05 p.m.',
    '2024-03-10 2:05PM',
    '2024-03-10 2:05:33 PM',
    '2024-03-10 2:05 PM UTC',
    '2024-03-10 2:05 PM PST: rollback started',
    '2024-03-10 2:05',
    '2024-03-10 14:05',
    '2024-03-10  14:05',
    '2024-03-10T2:05 PM',
    '2024-03-10 2:05 PM - 3:00 PM',
    '2024-03-10 9:00 to 10:00',
    '14:05 On-call acknowledged the alert',
    '9:05 AM on-call engineer paged',
    '14:05 on Monday',
    '14:05 on 2024-03-10'
  ]
  const differing = texts.filter(
    (text) => canonical(readTimestamp(text)) !== canonical(readTimestampWithChrono(text))
  )
  expect(differing).toEqual([])
  expect(readTimestamp('2024-03-10 2:05 PM')).toMatchObject({
    date: {year: 2024, month: 3, day: 10},
    clock: {hour: 14, minute: 5}
  })
})
