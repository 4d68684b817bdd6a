/**
 * The outage library in incidents/: each report's key instants pinned to
 * its public source. test/incidents/expected/<report>.json holds, for one
 * report, the milestones the record supports (an ISO instant, or null where
 * the record gives no time) and durations in seconds, each with the source
 * sentence it was checked against.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lintReport} from '../../src/lint/lint-report.js'
import {measure} from '../../src/metrics/measure.js'
import type {MilestoneName} from '../../src/model.js'
import {parseIncidents} from '../../src/parse-incidents.js'

interface Expected {
  /** The report's file name in incidents/. */
  report: string
  /** The public postmortem the instants were checked against. */
  source: string
  milestones: Partial<Record<MilestoneName, string | null>>
  durations?: Partial<Record<string, number | null>>
  /** Where in the source each instant comes from, for the reader of this file. */
  checked?: Record<string, string>
}

const folder = new URL('./expected/', import.meta.url)
const expectations = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as Expected)

describe('the outage library', () => {
  it('pins every report in incidents/', () => {
    const reports = readdirSync(new URL('../../incidents/', import.meta.url)).filter((name) =>
      name.endsWith('.md')
    )
    expect(expectations.map((expected) => expected.report).sort()).toEqual(reports.sort())
  })

  for (const expected of expectations) {
    describe(expected.report, () => {
      const path = `incidents/${expected.report}`
      const markdown = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
      const {incidents, messages} = parseIncidents(markdown, {path})

      it('reads without a warning, links its source, and lints without an error', () => {
        expect(messages.filter((message) => message.fatal !== undefined)).toEqual([])
        expect(incidents).toHaveLength(1)
        expect(markdown).toContain(expected.source)
        const errors = lintReport(markdown, {path, asOf: '2026-11-21'}).filter(
          (message) => message.severity === 'error'
        )
        expect(errors).toEqual([])
      })

      it('has the milestones and durations of the public record', () => {
        const metrics = measure(incidents[0] as never).metrics
        const milestones = Object.fromEntries(
          Object.keys(expected.milestones).map((name) => [
            name,
            metrics.milestones[name as MilestoneName]?.at ?? null
          ])
        )
        expect(milestones).toEqual(expected.milestones)
        for (const [name, seconds] of Object.entries(expected.durations ?? {})) {
          const measured =
            (metrics.durations as Record<string, number | null>)[name] ??
            (metrics.phases as Record<string, number | null>)[name] ??
            null
          expect(measured, name).toBe(seconds)
        }
      })
    })
  }
})
