import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {readStoredResult, restoreMessages, storeResult} from '../../src/cli/stored-result.js'
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

    const stored = readStoredResult(storeResult(result))
    if (!stored) throw new Error('expected a stored result')
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

  test('readStoredResult(storeResult(result)) gives the incidents back: equal, keys in the same order', () => {
    const result = parseIncidents(markdown, {path})
    const stored = readStoredResult(storeResult(result))
    expect(JSON.stringify(stored?.incidents)).toBe(JSON.stringify(result.incidents))
    expect(stored?.incidents).toEqual(result.incidents)
  })

  test('timelines and section texts are parsed when first read, then are plain properties', () => {
    const result = parseIncidents(markdown, {path})
    const [incident] = readStoredResult(storeResult(result))?.incidents ?? []
    if (!incident) throw new Error('expected an incident')
    const before = Object.getOwnPropertyDescriptor(incident, 'timeline')
    expect(typeof before?.get).toBe('function')
    const timeline = incident.timeline
    expect(timeline).toEqual(result.incidents[0]?.timeline)
    expect(Object.getOwnPropertyDescriptor(incident, 'timeline')).toMatchObject({
      value: timeline,
      writable: true
    })
    expect(incident.timeline).toBe(timeline)
    // Written before it is read: the new value, and nothing parsed.
    const [section] = incident.sections
    if (!section) throw new Error('expected a section')
    section.text = 'replaced'
    expect(section.text).toBe('replaced')
    expect(Object.keys(incident)).toEqual(Object.keys(result.incidents[0] ?? {}))
  })

  test('readStoredResult(bytes) refuses bytes that do not hold a result', () => {
    const bytes = storeResult(parseIncidents(markdown, {path}))
    const text = new TextDecoder().decode(bytes)
    const cut = text.indexOf('\n')
    const head = JSON.parse(text.slice(0, cut))
    const tail = text.slice(cut + 1)
    const encode = (value: unknown, rest = tail) =>
      new TextEncoder().encode(`${JSON.stringify(value)}\n${rest}`)
    expect(readStoredResult(encode(head))).toBeDefined()
    expect(readStoredResult(new Uint8Array())).toBeUndefined()
    expect(readStoredResult(bytes.subarray(0, cut))).toBeUndefined()
    expect(readStoredResult(bytes.subarray(0, bytes.length - 1))).toBeUndefined()
    expect(readStoredResult(encode(null))).toBeUndefined()
    expect(readStoredResult(encode([]))).toBeUndefined()
    expect(readStoredResult(encode({incidents: [], messages: {}, ends: []}))).toBeUndefined()
    expect(
      readStoredResult(encode({...head, incidents: [{...head.incidents[0], timeline: []}]}))
    ).toBeUndefined()
    expect(
      readStoredResult(encode({...head, messages: [{...head.messages[0], fatal: 'yes'}]}))
    ).toBeUndefined()
    expect(
      readStoredResult(encode({...head, messages: [{...head.messages[0], place: {line: 1}}]}))
    ).toBeUndefined()
    expect(readStoredResult(encode({...head, ends: head.ends.slice(1)}))).toBeUndefined()
    expect(readStoredResult(encode({...head, ends: [...head.ends].reverse()}))).toBeUndefined()
    // A tail damaged inside, at the right length: the head is taken, the part read says so.
    const damaged = readStoredResult(encode(head, tail.replace('[', '{')))
    expect(() => damaged?.incidents[0]?.timeline).toThrow(/a cached result is damaged/)
  })

  test('measures travel with the incidents, and are what measureIncident gives', () => {
    const result = parseIncidents(markdown, {path})
    const measures = result.incidents.map(measureIncident)
    const stored = readStoredResult(storeResult(result, measures))
    if (!stored?.measures) throw new Error('expected measures')
    // A fresh parse measures to the same JSON as the stored measures.
    const again = parseIncidents(markdown, {path}).incidents.map(measureIncident)
    expect(JSON.stringify(stored.measures)).toBe(JSON.stringify(again))
    // Remembered on the incidents read back, they are what measureIncident returns, without finding milestones again.
    const [incident] = stored.incidents
    const [measured] = stored.measures
    if (!incident || !measured) throw new Error('expected an incident and its measures')
    rememberMeasured(incident, measured)
    expect(measureIncident(incident)).toBe(measured)
    // A measure per incident, each of the right shape, or the entry is not trusted.
    const text = new TextDecoder().decode(storeResult(result, measures))
    const cut = text.indexOf('\n')
    const head = JSON.parse(text.slice(0, cut))
    const encode = (value: unknown) =>
      new TextEncoder().encode(`${JSON.stringify(value)}\n${text.slice(cut + 1)}`)
    expect(readStoredResult(encode(head))).toBeDefined()
    expect(readStoredResult(encode({...head, measures: []}))).toBeUndefined()
    expect(readStoredResult(encode({...head, measures: [{problems: []}]}))).toBeUndefined()
    expect(
      readStoredResult(
        encode({...head, measures: [{...head.measures[0], metrics: {milestones: {}}}]})
      )
    ).toBeUndefined()
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
