/**
 * The packed form of stored timelines (src/cli/packed-json.ts) and the
 * section texts stored once (textPieces in src/cli/stored-result.ts): what
 * is read back must be what was stored, as JSON, for any value.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {generateCorpus} from '../../scripts/synthetic-corpus.mjs'
import {pack, unpack} from '../../src/cli/packed-json.js'
import {textPieces} from '../../src/cli/stored-result.js'
import type {Section} from '../../src/model.js'
import {parseIncidents} from '../../src/parse-incidents.js'
import {markdownFiles} from '../helpers/markdown-files.js'
import {readIncidents, storeParsed} from '../helpers/stored-results.js'

const root = new URL('../../', import.meta.url).pathname

/** Through JSON, as the cache stores it. */
const roundTrip = (value: unknown) => unpack(JSON.parse(JSON.stringify(pack(value))))

describe('pack and unpack', () => {
  test('give back any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.stringify(roundTrip(value))).toBe(JSON.stringify(value))
      }),
      {numRuns: 2000}
    )
  })

  test('give back lists of objects of any keys, in any order, missing or undefined', () => {
    // Keys that the packed form uses itself, or that JavaScript treats apart.
    const key = fc.constantFrom('at', 'text', 'a', 't', '__proto__', '0', '10', '', 'time')
    const record = fc.dictionary(
      key,
      fc.oneof(
        fc.jsonValue({maxDepth: 2}),
        fc.constant(undefined),
        fc.array(fc.dictionary(key, fc.jsonValue({maxDepth: 2})), {maxLength: 4})
      )
    )
    fc.assert(
      fc.property(fc.array(record, {maxLength: 8}), (records) => {
        expect(JSON.stringify(roundTrip(records))).toBe(JSON.stringify(records))
        expect(Object.keys(roundTrip(records) as object)).toEqual(Object.keys(records))
      }),
      {numRuns: 500}
    )
  })

  test('keep a key named __proto__ as an own property, as JSON.parse does', () => {
    const records = JSON.parse('[{"__proto__": {"polluted": true}, "x": 1}, {"x": 2}]')
    const back = roundTrip(records) as Array<Record<string, unknown>>
    expect(Object.getPrototypeOf(back[0])).toBe(Object.prototype)
    expect(Object.hasOwn(back[0] as object, '__proto__')).toBe(true)
    expect(({} as {polluted?: boolean}).polluted).toBeUndefined()
  })

  test('refuse what they did not write', () => {
    for (const bad of [['x'], ['t', 1, 2, 3, 4], ['t', [['k']], [0], ['k'], [['a']]], []])
      expect(() => unpack(bad)).toThrow()
  })

  test('shorten the JSON of a timeline: more, the longer it is', () => {
    const ratio = (path: string, markdown: string) => {
      const [incident] = parseIncidents(markdown, {path}).incidents
      return (
        JSON.stringify(pack(incident?.timeline)).length / JSON.stringify(incident?.timeline).length
      )
    }
    const s3 = 'incidents/2017-02-28-aws-s3.md'
    expect(ratio(s3, readFileSync(join(root, s3), 'utf8'))).toBeLessThan(0.9)
    const [long] = generateCorpus({count: 1, seed: 2})
    if (!long) throw new Error('expected a report')
    expect(ratio(long.name, long.markdown)).toBeLessThan(0.6)
  })
})

describe('stored results read back as parsed', () => {
  const reports = [
    ...markdownFiles(join(root, 'incidents')),
    ...markdownFiles(join(root, 'templates')),
    ...markdownFiles(join(root, 'test/fixtures')),
    ...markdownFiles(join(root, '../shared/corpus/real'))
  ]

  test('every report of incidents/, templates/, test/fixtures and the real corpus', () => {
    expect(reports.length).toBeGreaterThan(30)
    for (const path of reports) {
      const result = parseIncidents(readFileSync(path, 'utf8'), {path})
      const incidents = readIncidents(storeParsed(result))
      expect(JSON.stringify(incidents), path).toBe(JSON.stringify(result.incidents))
    }
  })

  test('generated reports, read part by part in any order', () => {
    for (const {name, markdown} of generateCorpus({count: 20, seed: 11})) {
      const result = parseIncidents(markdown, {path: name})
      const [incident] = readIncidents(storeParsed(result)) ?? []
      const [original] = result.incidents
      if (!incident || !original) throw new Error('expected an incident')
      // Subsections before their sections, then the rest.
      for (const at of [...incident.sections.keys()].reverse())
        expect(incident.sections[at]?.text).toBe(original.sections[at]?.text)
      expect(incident.timeline).toEqual(original.timeline)
      expect(JSON.stringify(incident)).toBe(JSON.stringify(original))
    }
  })
})

describe('textPieces', () => {
  /** Sections whose texts hold their subsections' texts, as the parser makes them. */
  const outline = fc
    .array(fc.record({depth: fc.integer({min: 1, max: 4}), own: fc.string({maxLength: 90})}), {
      maxLength: 10
    })
    .map((drafts) => {
      const texts = drafts.map((draft) => draft.own)
      // Each text ends with the whole texts of the sections under it.
      for (let at = drafts.length - 1; at >= 0; at--) {
        const depth = (drafts[at] as {depth: number}).depth
        for (
          let below = at + 1;
          below < drafts.length && (drafts[below] as {depth: number}).depth > depth;
          below++
        )
          texts[at] += `\n\n${texts[below]}`
      }
      return drafts.map(
        ({depth}, at): Section => ({
          kind: 'other',
          title: `S${at}`,
          depth,
          text: texts[at] as string,
          place: {line: at + 1, column: 1}
        })
      )
    })

  test('stores each text once, and reads back every text exactly', () => {
    fc.assert(
      fc.property(outline, (sections) => {
        const pieces = textPieces(sections)
        const markdown = '# x\n'
        const result = parseIncidents(markdown, {path: 'x.md'})
        const incident = {
          ...(result.incidents[0] as NonNullable<(typeof result.incidents)[0]>),
          sections
        }
        const [read] = readIncidents(storeParsed({incidents: [incident], messages: []})) ?? []
        expect(read?.sections.map((section) => section.text)).toEqual(
          sections.map((section) => section.text)
        )
        // Long subsection texts are referenced, not repeated.
        const stored64 = pieces.filter((piece) => Array.isArray(piece)).length
        const shared = sections.some(
          (section, at) =>
            at > 0 &&
            section.text.length >= 64 &&
            (sections[at - 1] as Section).depth < section.depth
        )
        if (shared) expect(stored64).toBeGreaterThan(0)
      }),
      {numRuns: 500}
    )
  })
})
