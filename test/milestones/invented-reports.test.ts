/**
 * Reports written for this test in styles the outage library does not use
 * (a status page's updates, a chat log, prose alone, a terse table, time
 * sub-headings, ISO times with offsets, verb-first notes, present-tense
 * narration), each with the milestones a reader would pick, written down
 * before aftermath was run on them (reports/expected.json, which says
 * where a list admits two readings). No line is taken from a real report:
 * they test that what aftermath reads is a class of writing, not a corpus.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {measure} from '../../src/metrics/measure.js'
import type {MilestoneName} from '../../src/model.js'
import {parseIncidents} from '../../src/parse-incidents.js'

const folder = new URL('./reports/', import.meta.url)
const {reports, knownMisses} = JSON.parse(
  readFileSync(new URL('expected.json', folder), 'utf8')
) as {
  reports: Record<string, Partial<Record<MilestoneName, string | string[] | null>>>
  /** What is not found yet, with why: checked to miss still, so that a fix shows. */
  knownMisses: Record<string, Partial<Record<MilestoneName, string>>>
}

/** An instant to the minute: `14:23:31Z` is the 14:23 a reader names. */
function minute(instant: string | null | undefined): string | null {
  return instant == null ? null : `${new Date(instant).toISOString().slice(0, 16)}Z`
}

/**
 * The day the reports are read: a report that writes no year (`Sat Aug 17`) takes the latest year
 * up to it in which its days fall on their weekdays. Fixed, so the test reads the same every day.
 */
const today = '2026-12-06'

describe('milestones of reports in styles of their own', () => {
  for (const [file, expected] of Object.entries(reports)) {
    test(file, () => {
      const markdown = readFileSync(new URL(file, folder), 'utf8')
      const [incident] = parseIncidents(markdown, {path: file, today}).incidents
      expect(incident).toBeDefined()
      if (!incident) return
      const {milestones} = measure(incident).metrics
      const found = Object.fromEntries(
        Object.keys(expected).map((name) => {
          const at = milestones[name as MilestoneName]?.at
          return [name, at ? minute(at) : null]
        })
      )
      const missed = knownMisses[file] ?? {}
      const wanted = Object.fromEntries(
        Object.entries(expected)
          .filter(([name]) => !(name in missed))
          .map(([name, value]) => {
            // `null`: the report gives nothing to find, and nothing may be invented.
            if (value === null) return [name, null]
            const readings = [value].flat().map(minute)
            const got = found[name]
            // The reading found, when it is one of those admitted; else all of them, to show the miss.
            return [name, got && readings.includes(got) ? got : readings.join(' or ')]
          })
      )
      for (const name of Object.keys(missed)) {
        expect(
          [expected[name as MilestoneName]].flat().map(minute),
          `${name} is found now`
        ).not.toContain(found[name])
        delete found[name]
      }
      expect(found).toEqual(wanted)
    })
  }
})
