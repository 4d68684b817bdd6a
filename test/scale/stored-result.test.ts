import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {isStoredResult, restoreMessages, storeResult} from '../../src/cli/stored-result.js'
import {measureIncident} from '../../src/metrics/measure-incident.js'
import {rememberMeasured} from '../../src/metrics/measured.js'
import {parseIncidents} from '../../src/parse-incidents.js'

const path = 'incidents/troubled.md'
// A report that draws information, warnings and messages with a range.
const markdown = `---
title: [not, a, string]
date: 2024-03-10
---

# Troubled

## Timeline

- 23:50 UTC Deploy starts [started]
- 00:10 UTC Errors climb [detected]
- 23:55 UTC Rolled back [mitigated]
- 10:00 XYZ Resolved [resolved]
`

const fields = [
  'name',
  'message',
  'reason',
  'line',
  'column',
  'place',
  'ruleId',
  'source',
  'fatal',
  'file',
  'url',
  'note',
  'actual',
  'expected',
  'ancestors',
  'cause',
  'stack'
] as const

describe('storeResult and restoreMessages', () => {
  test('restoreMessages(file, stored) makes the vfile messages the parser made', () => {
    const result = parseIncidents(markdown, {path})
    const kinds = new Set(result.messages.map((message) => message.fatal))
    expect(kinds).toEqual(new Set([false, undefined]))
    expect(result.messages.some((message) => message.place && 'end' in message.place)).toBe(true)

    const stored = JSON.parse(storeResult(result))
    expect(isStoredResult(stored)).toBe(true)
    const file = new VFile({path})
    restoreMessages(file, stored.messages)
    expect(file.messages).toHaveLength(result.messages.length)
    file.messages.forEach((message, index) => {
      const original = result.messages[index]
      expect(message).toBeInstanceOf(Error)
      expect(message.constructor).toBe(original?.constructor)
      for (const field of fields)
        expect([field, message[field]]).toEqual([field, original?.[field]])
      expect(String(message)).toBe(String(original))
    })
  })

  test('storeResult(result) keeps the incidents as their JSON', () => {
    const result = parseIncidents(markdown, {path})
    const stored = JSON.parse(storeResult(result))
    expect(JSON.stringify(stored.incidents)).toBe(JSON.stringify(result.incidents))
  })

  test('isStoredResult(value) refuses what a cache must not trust', () => {
    const good = JSON.parse(storeResult(parseIncidents(markdown, {path})))
    expect(isStoredResult(good)).toBe(true)
    expect(isStoredResult(null)).toBe(false)
    expect(isStoredResult([])).toBe(false)
    expect(isStoredResult({incidents: [], messages: {}})).toBe(false)
    expect(isStoredResult({...good, incidents: [{...good.incidents[0], timeline: null}]})).toBe(
      false
    )
    expect(isStoredResult({...good, messages: [{...good.messages[0], fatal: 'yes'}]})).toBe(false)
    expect(isStoredResult({...good, messages: [{...good.messages[0], place: {line: 1}}]})).toBe(
      false
    )
  })

  test('measures travel with the incidents, and are what measureIncident gives', () => {
    const result = parseIncidents(markdown, {path})
    const measures = result.incidents.map(measureIncident)
    const stored = JSON.parse(storeResult(result, measures))
    expect(isStoredResult(stored)).toBe(true)
    // A fresh parse measures to the same JSON as the stored measures.
    const again = parseIncidents(markdown, {path}).incidents.map(measureIncident)
    expect(JSON.stringify(stored.measures)).toBe(JSON.stringify(again))
    // Remembered on the incidents read back, they are what measureIncident returns, without finding milestones again.
    const [incident] = stored.incidents
    rememberMeasured(incident, stored.measures[0])
    expect(measureIncident(incident)).toBe(stored.measures[0])
    // A measure per incident, each of the right shape, or the entry is not trusted.
    expect(isStoredResult({...stored, measures: []})).toBe(false)
    expect(isStoredResult({...stored, measures: [{problems: []}]})).toBe(false)
    expect(
      isStoredResult({...stored, measures: [{...stored.measures[0], metrics: {milestones: {}}}]})
    ).toBe(false)
  })

  test('measureIncident(incident) measures each incident once', () => {
    const [incident] = parseIncidents(markdown, {path}).incidents
    if (!incident) throw new Error('expected an incident')
    expect(measureIncident(incident)).toBe(measureIncident(incident))
    // An equal incident that is another object is measured on its own, to the same result.
    const copy = structuredClone(incident)
    expect(measureIncident(copy)).not.toBe(measureIncident(incident))
    expect(measureIncident(copy)).toEqual(measureIncident(incident))
  })
})
