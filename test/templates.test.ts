import {readdirSync, readFileSync} from 'node:fs'
import {expect, test} from 'vitest'
import {parseIncidents} from '../src/index.js'

const folder = new URL('../templates/', import.meta.url)
const templates = readdirSync(folder).filter((name) => name.endsWith('.md'))

test('templates/ holds templates', () => {
  expect(templates).toContain('default.md')
})

for (const name of templates) {
  test(`parseIncidents(templates/${name}) reads the template with no message`, () => {
    const {incidents, messages} = parseIncidents(readFileSync(new URL(name, folder), 'utf8'), {
      path: name
    })
    expect(messages.map((message) => message.reason)).toEqual([])
    expect(incidents).toHaveLength(1)
    const [incident] = incidents
    expect(incident?.timeline.length).toBeGreaterThan(0)
    expect(incident?.timeline.every((entry) => entry.at !== null)).toBe(true)
    const markers = incident?.timeline.flatMap((entry) => entry.markers) ?? []
    for (const milestone of ['started', 'detected', 'resolved'])
      expect(markers).toContain(milestone)
  })
}
