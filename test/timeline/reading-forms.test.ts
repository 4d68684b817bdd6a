import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {parseIncidents} from '../../src/index.js'
import type {TimelineEntry} from '../../src/model.js'
import {type ExpectedEntry, readingForms} from './reading-forms.js'

/** Whether an entry is the one expected: same instant, and what else the expectation names. */
function matches(entry: TimelineEntry, expected: ExpectedEntry): boolean {
  if (entry.at !== expected.at) return false
  if (expected.end !== undefined && entry.time?.end !== expected.end) return false
  if (expected.text !== undefined && !entry.text.includes(expected.text)) return false
  if (expected.origin !== undefined && entry.origin !== expected.origin) return false
  if (expected.confidence !== undefined && entry.confidence !== expected.confidence) return false
  return true
}

/** The expected entries found in order (each after the one before), or the first one missing. */
function missing(timeline: TimelineEntry[], expected: ExpectedEntry[]): ExpectedEntry | undefined {
  let from = 0
  for (const want of expected) {
    const found = timeline.findIndex((entry, index) => index >= from && matches(entry, want))
    if (found === -1) return want
    from = found + 1
  }
  return undefined
}

describe('parseIncidents(report) reads each form of writing', () => {
  test('has forms in every group', () => {
    const groups = new Set(readingForms.map((form) => form.group))
    expect([...groups].sort()).toEqual(
      ['clocks', 'day', 'elsewhere', 'incidents', 'instant', 'shapes', 'zone'].sort()
    )
    expect(new Set(readingForms.map((form) => form.id)).size).toBe(readingForms.length)
  })

  for (const form of readingForms) {
    test(`parseIncidents(${form.id}) reads ${form.title.toLowerCase()}`, () => {
      const {incidents, messages} = parseIncidents(form.example, {
        path: form.path ?? `${form.id}.md`,
        ...(form.today ? {today: form.today} : {})
      })
      const perIncident = Array.isArray(form.entries[0])
        ? (form.entries as ExpectedEntry[][])
        : [form.entries as ExpectedEntry[]]
      expect(incidents.length).toBe(perIncident.length)
      for (const [index, expected] of perIncident.entries()) {
        const timeline = incidents[index]?.timeline ?? []
        const shown = timeline.map(
          (entry) =>
            `${entry.at} ${entry.time?.end ?? ''} ${entry.origin} ${entry.confidence} ${entry.text}`
        )
        expect(missing(timeline, expected), shown.join('\n')).toBeUndefined()
      }
      const rules = messages.map((message) => message.ruleId)
      for (const rule of form.messages ?? []) expect(rules).toContain(rule)
      // Every message points at a line of the report.
      const lines = form.example.split('\n').length
      for (const message of messages) expect(message.line ?? 0).toBeLessThanOrEqual(lines)
    })
  }
})

describe('docs/reading.md', () => {
  const page = readFileSync(new URL('../../docs/reading.md', import.meta.url), 'utf8')

  test('docs/reading.md shows every form with its example, as tested', () => {
    for (const form of readingForms) {
      expect(page, form.id).toContain(`<a id="${form.id}"></a>`)
      expect(page, form.id).toContain(`\`\`\`\`markdown\n${form.example}\`\`\`\``)
    }
  })

  test('docs/reading.md names no form the tests do not have', () => {
    const anchors = [...page.matchAll(/<a id="([\w-]+)"><\/a>/g)].map((match) => match[1])
    expect(anchors.sort()).toEqual(readingForms.map((form) => form.id).sort())
  })
})
