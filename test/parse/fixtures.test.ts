import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {byTime, parseIncidents} from '../../src/index.js'

/** A timeline entry as the fixtures write it: [at, text, markers, line, time properties?]. */
type EntryRow = [string | null, string, string[], number, Record<string, unknown>?]

interface Expected {
  incidents: Array<{
    title: string
    date?: string
    timezone?: string
    severity?: string
    services?: string[]
    authors?: string[]
    fields?: Record<string, string>
    sectionKinds?: string[]
    timeline: EntryRow[]
    actionItems?: Array<Record<string, unknown>>
    cells?: Record<string, string>
    byTime?: string[]
  }>
  /** `ruleId:line` of every message, in any order. */
  messages: string[]
}

const root = new URL('../fixtures/', import.meta.url)
// Each case is a folder holding input.md and expected.json (lint/ holds the linter's own fixtures).
const cases = readdirSync(root, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && entry.name !== 'lint')
  .map((entry) => entry.name)
  .sort()

describe('parseIncidents(fixture)', () => {
  test('has fixtures to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(13)
  })

  for (const name of cases) {
    test(`parseIncidents(${name}) reads the report as expected`, () => {
      const markdown = readFileSync(new URL(`${name}/input.md`, root), 'utf8')
      const expected = JSON.parse(
        readFileSync(new URL(`${name}/expected.json`, root), 'utf8')
      ) as Expected
      const {incidents, messages} = parseIncidents(markdown, {path: `${name}/input.md`})

      expect(messages.map((message) => `${message.ruleId}:${message.line}`).sort()).toEqual(
        [...expected.messages].sort()
      )
      expect(incidents.map((incident) => incident.title)).toEqual(
        expected.incidents.map((incident) => incident.title)
      )

      for (const [index, want] of expected.incidents.entries()) {
        const got = incidents[index]
        if (!got) throw new Error(`missing incident ${index}`)
        expect(got.file).toBe(`${name}/input.md`)
        expect(
          got.timeline.map((entry) => [entry.at, entry.text, entry.markers, entry.line])
        ).toEqual(want.timeline.map(([at, text, markers, line]) => [at, text, markers, line]))
        for (const [position, row] of want.timeline.entries()) {
          if (row[4]) expect(got.timeline[position]?.time).toMatchObject(row[4])
        }
        if (want.date !== undefined) expect(got.date).toBe(want.date)
        if (want.timezone !== undefined) expect(got.timezone).toBe(want.timezone)
        if (want.severity !== undefined) expect(got.severity).toBe(want.severity)
        if (want.services !== undefined) expect(got.services).toEqual(want.services)
        if (want.authors !== undefined) expect(got.authors).toEqual(want.authors)
        if (want.fields !== undefined) expect(got.fields).toMatchObject(want.fields)
        if (want.sectionKinds !== undefined)
          expect(got.sections.map((section) => section.kind)).toEqual(want.sectionKinds)
        if (want.actionItems !== undefined) {
          expect(got.actionItems).toHaveLength(want.actionItems.length)
          for (const [position, item] of want.actionItems.entries()) {
            expect(got.actionItems[position]).toMatchObject(item)
            if (!('owner' in item)) expect(got.actionItems[position]?.owner).toBeUndefined()
          }
        }
        if (want.cells !== undefined) expect(got.timeline[0]?.cells).toMatchObject(want.cells)
        if (want.byTime !== undefined)
          expect(byTime(got.timeline).map((entry) => entry.text)).toEqual(want.byTime)
      }
    })
  }
})
