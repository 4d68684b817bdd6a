import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {measure, parseIncidents} from '../src/index.js'
import {milestoneNames} from '../src/model.js'
import {fillTemplate} from '../src/write/new-report.js'

const folder = new URL('../templates/', import.meta.url)
const templates = readdirSync(folder).filter((name) => name.endsWith('.md'))

test('templates/ holds the four built-in templates', () => {
  expect(templates.sort()).toEqual(['default.md', 'light.md', 'security.md', 'sre.md'])
})

for (const name of templates) {
  const template = readFileSync(new URL(name, folder), 'utf8')

  describe(`templates/${name}`, () => {
    test('is valid YAML front matter with the tokens `new` fills, and the title heading', () => {
      const yaml = template.split(/^---$/m)[1] as string
      expect(parseYaml(yaml)).toMatchObject({
        title: '{{title}}',
        date: '{{date}}',
        timezone: 'UTC',
        severity: '{{severity}}',
        services: expect.any(Array),
        tags: expect.any(Array),
        authors: expect.any(Array)
      })
      expect(template).toMatch(/^# \{\{title\}\}$/m)
      expect(template).toMatch(/^## Cascade$/m)
    })

    test('fillTemplate(template) reads with no message, every milestone and a cascade', () => {
      const filled = fillTemplate(template, {
        title: 'Checkout latency: a "cache" flush',
        date: '2026-07-14',
        severity: 'SEV-2'
      })
      const {incidents, messages} = parseIncidents(filled, {path: name})
      expect(messages.map((message) => `${message.line}: ${message.reason}`)).toEqual([])
      expect(incidents).toHaveLength(1)
      const incident = incidents[0]
      if (!incident) return
      expect(incident).toMatchObject({
        title: 'Checkout latency: a "cache" flush',
        date: '2026-07-14',
        timezone: 'UTC',
        severity: 'SEV-2'
      })
      expect(incident.timeline.length).toBeGreaterThan(0)
      expect(incident.timeline.every((entry) => entry.at?.startsWith('2026-07-14T'))).toBe(true)
      // One entry per milestone marker, in the order of the milestones.
      expect(incident.timeline.flatMap((entry) => entry.markers)).toEqual([...milestoneNames])

      const {metrics, problems} = measure(incident)
      expect(problems).toEqual([])
      for (const milestone of milestoneNames)
        expect(metrics.milestones[milestone]?.source, milestone).toBe('marker')
      for (const [duration, seconds] of Object.entries(metrics.durations))
        expect(seconds, duration).toBeGreaterThan(0)

      // The cascade is stated, and each window lies between the trigger and the resolution.
      expect(incident.cascade?.source).toBe('section')
      expect(incident.cascade?.edges.length).toBeGreaterThan(0)
      const triggered = metrics.milestones.triggered?.at as string
      const resolved = metrics.milestones.resolved?.at as string
      const windows = (incident.cascade?.components ?? []).flatMap((component) =>
        component.impact ? [component.impact] : []
      )
      expect(windows.length).toBeGreaterThan(0)
      for (const window of windows) {
        expect(window.start && window.start >= triggered, window.text).toBe(true)
        expect(window.end && window.end <= resolved, window.text).toBe(true)
      }

      expect(incident.actionItems.length).toBeGreaterThan(0)
      expect(incident.actionItems.every((item) => item.owner !== undefined)).toBe(true)
    })

    test('fillTemplate(template) without a severity reads with no message', () => {
      const filled = fillTemplate(template, {title: 'x', date: '2024-02-29'})
      const {incidents, messages} = parseIncidents(filled, {path: name})
      expect(messages).toEqual([])
      expect(incidents[0]?.severity).toBeUndefined()
      expect(incidents[0]?.date).toBe('2024-02-29')
    })
  })
}
