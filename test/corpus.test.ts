/**
 * The real postmortems in ../shared/corpus (beside the project, never copied
 * into it): every one must parse without an exception. Skipped cleanly where
 * the folder is absent.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {parseIncidents} from '../src/index.js'

const folder = fileURLToPath(new URL('../../shared/corpus/real/', import.meta.url))
const present = existsSync(folder)
const files = present
  ? readdirSync(folder)
      .filter((name) => name.endsWith('.md'))
      .sort()
  : []

describe.skipIf(!present)('parseIncidents(real postmortem)', () => {
  test('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(0)
  })

  for (const name of files) {
    test(`parseIncidents(${name}) reads it without an exception`, () => {
      const markdown = readFileSync(folder + name, 'utf8')
      const {incidents, messages} = parseIncidents(markdown, {path: name})
      expect(incidents.length).toBeGreaterThan(0)
      for (const incident of incidents) {
        expect(incident.title.length).toBeGreaterThan(0)
        for (const entry of incident.timeline) {
          if (entry.at !== null) expect(entry.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
          expect(entry.line).toBeGreaterThan(0)
        }
      }
      // Problems with a report are messages with a place, never fatal.
      for (const message of messages) {
        expect(message.fatal).not.toBe(true)
        expect(message.line).toBeGreaterThan(0)
        expect(message.source).toBe('aftermath')
      }
    })
  }
})
