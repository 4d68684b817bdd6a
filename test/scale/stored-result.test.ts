import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {readStoredResult, restoreMessages, storeResult} from '../../src/cli/stored-result.js'
import {lintRead} from '../../src/lint/lint-report.js'
import {measure} from '../../src/metrics/measure.js'
import {parseIncidents, readReport} from '../../src/parse-incidents.js'
import {readIncidents, storeParsed} from '../helpers/stored-results.js'

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

    const stored = readStoredResult(storeParsed(result))
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
    const incidents = readIncidents(storeParsed(result))
    expect(JSON.stringify(incidents)).toBe(JSON.stringify(result.incidents))
    expect(incidents).toEqual(result.incidents)
  })

  test('timelines and section texts are parsed when first read, then are plain properties', () => {
    const result = parseIncidents(markdown, {path})
    const [incident] = readIncidents(storeParsed(result)) ?? []
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
    const bytes = storeParsed(parseIncidents(markdown, {path}))
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
    expect(() => damaged?.measured[0]?.incident.timeline).toThrow(/a cached result is damaged/)
  })

  test('readStoredResult(bytes).measured are what measure(incident, context) gives a fresh parse', () => {
    const context = {timezone: 'America/New_York'}
    const parse = () => parseIncidents(markdown, {path, ...context})
    const result = parse()
    const measured = result.incidents.map((incident) => measure(incident, context))
    const stored = readStoredResult(storeResult({measured, messages: result.messages}))
    if (!stored) throw new Error('expected a stored result')
    const again = parse().incidents.map((incident) => measure(incident, context))
    // The measures are read with the head; the incident's timeline still waits until it is read.
    const [first] = stored.measured
    if (!first) throw new Error('expected a measured incident')
    expect(first.metrics).toEqual(again[0]?.metrics)
    expect(typeof Object.getOwnPropertyDescriptor(first.incident, 'timeline')?.get).toBe('function')
    expect(JSON.stringify(stored.measured)).toBe(JSON.stringify(again))
    expect(stored.measured).toEqual(again)
  })

  test('readStoredResult(bytes) refuses measures missing, too few or of the wrong shape', () => {
    const text = new TextDecoder().decode(storeParsed(parseIncidents(markdown, {path})))
    const cut = text.indexOf('\n')
    const head = JSON.parse(text.slice(0, cut))
    const encode = (value: unknown) =>
      new TextEncoder().encode(`${JSON.stringify(value)}\n${text.slice(cut + 1)}`)
    expect(readStoredResult(encode(head))).toBeDefined()
    const {measures: _, ...unmeasured} = head
    expect(readStoredResult(encode(unmeasured))).toBeUndefined()
    expect(readStoredResult(encode({...head, measures: []}))).toBeUndefined()
    expect(readStoredResult(encode({...head, measures: [{problems: []}]}))).toBeUndefined()
    expect(
      readStoredResult(
        encode({...head, measures: [{...head.measures[0], metrics: {milestones: {}}}]})
      )
    ).toBeUndefined()
  })

  test("lint's findings, when stored, read back as they were; of the wrong shape, the result is refused", () => {
    const read = readReport(markdown, {path})
    const measured = read.incidents.map((incident) => measure(incident))
    const findings = lintRead(markdown, read, measured, {path})
    expect(findings.length).toBeGreaterThan(0)
    const bytes = storeResult({measured, messages: read.messages, findings})
    expect(readStoredResult(bytes)?.findings).toEqual(findings)
    expect(readStoredResult(storeResult({measured, messages: read.messages}))).not.toHaveProperty(
      'findings'
    )
    const text = new TextDecoder().decode(bytes)
    const cut = text.indexOf('\n')
    const head = JSON.parse(text.slice(0, cut))
    const encode = (value: unknown) =>
      new TextEncoder().encode(`${JSON.stringify(value)}\n${text.slice(cut + 1)}`)
    expect(readStoredResult(encode(head))?.findings).toEqual(findings)
    expect(readStoredResult(encode({...head, findings: {}}))).toBeUndefined()
    expect(
      readStoredResult(encode({...head, findings: [{...findings[0], severity: 'loud'}]}))
    ).toBeUndefined()
    expect(
      readStoredResult(encode({...head, findings: [{...findings[0], line: '3'}]}))
    ).toBeUndefined()
  })
})
