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
