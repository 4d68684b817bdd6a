import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {type MeasuredIncident, measure} from '../../src/metrics/measure.js'
import {parseIncidents} from '../../src/parse-incidents.js'
import {cascadeDiagram, cascadeSmallMultiples} from '../../src/render/cascade-diagram.js'
import {textWidth} from '../../src/render/text-width.js'
import {findAll, parseSvg, type SvgElement, textOf} from '../helpers/svg.js'

/** The first incident of a report, measured: what the diagrams receive. */
function measureReport(markdown: string, path = 'report.md'): MeasuredIncident {
  const incident = parseIncidents(markdown, {path}).incidents[0]
  if (!incident) throw new Error('no incident')
  return measure(incident)
}

const s3 = measureReport(readFileSync('incidents/2017-02-28-aws-s3.md', 'utf8'))
const elb = measureReport(readFileSync('incidents/2012-12-24-aws-elb.md', 'utf8'))

interface Box {
  name: string
  x: number
  y: number
  width: number
  height: number
  group: SvgElement
}

function boxes(svg: string): Box[] {
  return findAll(parseSvg(svg), 'g', 'component').map((group) => {
    const rect = findAll(group, 'rect', 'box')[0] as SvgElement
    return {
      name: group.attributes['data-name'] as string,
      x: Number(rect.attributes.x),
      y: Number(rect.attributes.y),
      width: Number(rect.attributes.width),
      height: Number(rect.attributes.height),
      group
    }
  })
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** A generated report whose cascade has `count` components in a tree with cross edges. */
function bigCascade(count: number): string {
  const lines = [
    '---',
    'date: 2024-03-10',
    'timezone: UTC',
    '---',
    '# Big outage',
    '',
    '## Cascade',
    ''
  ]
  for (let index = 1; index < count; index++) {
    const parent = Math.floor((index - 1) / 3)
    lines.push(
      `- Component number ${parent} of the platform -> Component number ${index} of the platform`
    )
    if (index % 7 === 0 && index > 3)
      lines.push(
        `- Component number ${index - 3} of the platform -> Component number ${index} of the platform`
      )
  }
  return lines.join('\n')
}

describe('cascade diagram', () => {
  it('is well-formed SVG with a title and a description', () => {
    const root = parseSvg(cascadeDiagram(s3))
    expect(findAll(root, 'title')[0]?.text).toBe('Cascade: AWS S3 service disruption in US-EAST-1')
    const description = findAll(root, 'desc')[0]?.text ?? ''
    expect(description).toContain('Trigger: S3 removal command.')
    // Marked `[customer-facing]` in the report.
    expect(description).toContain('First customer-facing component: S3 APIs.')
  })

  it('draws every component once and every stated edge once', () => {
    const svg = cascadeDiagram(s3)
    const names = boxes(svg).map((box) => box.name)
    expect([...names].sort()).toEqual(
      s3.incident.cascade?.components.map((component) => component.name).sort()
    )
    expect(new Set(names).size).toBe(names.length)
    const edges = findAll(parseSvg(svg), 'path', 'edge').map(
      (path) => `${path.attributes['data-from']} -> ${path.attributes['data-to']}`
    )
    expect(edges).toEqual(s3.incident.cascade?.edges.map((edge) => `${edge.from} -> ${edge.to}`))
  })

  it('lays components out in the direction of propagation', () => {
    const svg = cascadeDiagram(s3)
    const byName = new Map(boxes(svg).map((box) => [box.name, box]))
    for (const edge of s3.incident.cascade?.edges ?? []) {
      const from = byName.get(edge.from) as Box
      const to = byName.get(edge.to) as Box
      expect(to.y).toBeGreaterThan(from.y + from.height)
    }
  })

  it('marks the trigger and the first customer-facing component, once each', () => {
    const root = parseSvg(cascadeDiagram(elb))
    const triggers = findAll(root, 'g', 'trigger')
    const customers = findAll(root, 'g', 'customer')
    expect(triggers.map((group) => group.attributes['data-name'])).toEqual([
      'ELB maintenance process'
    ])
    expect(customers.map((group) => group.attributes['data-name'])).toEqual([
      'running load balancers'
    ])
    expect(textOf(triggers[0] as SvgElement)).toContain('TRIGGER')
  })

  it('puts impact windows on one time axis: later ends sit further right', () => {
    const svg = cascadeDiagram(s3)
    const end = (name: string) => {
      const group = boxes(svg).find((box) => box.name === name)?.group as SvgElement
      const bars = findAll(group, 'rect').filter((rect) => rect.attributes.fill === '#cc79a7')
      const bar = bars[0] as SvgElement
      return Number(bar.attributes.x) + Number(bar.attributes.width)
    }
    // GET/LIST/DELETE back at 12:26, the index at 1:18, placement at 1:54 PM PST.
    const left = (name: string) => boxes(svg).find((box) => box.name === name)?.x as number
    const relative = (name: string) => end(name) - left(name)
    expect(relative('S3 GET/LIST/DELETE')).toBeLessThan(relative('S3 index subsystem'))
    expect(relative('S3 index subsystem')).toBeLessThan(relative('S3 placement subsystem'))
  })

  it('draws inferred edges dashed and says the cascade is inferred', () => {
    const incident = measureReport(`---
date: 2024-03-10
timezone: UTC
services: [Database, API]
---
# Outage

## Timeline

- 10:00 Database failover starts [started]
- 10:04 API returns errors
- 11:00 All clear [resolved]
`)
    const root = parseSvg(cascadeDiagram(incident))
    const edges = findAll(root, 'path', 'edge')
    expect(edges).toHaveLength(1)
    expect(edges[0]?.attributes.class).toBe('edge inferred')
    expect(textOf(root)).toContain('Inferred: the report states no cascade.')
  })

  it('keeps report text as text', () => {
    const hostile = 'DB <script>alert(1)</script> & "quotes" here'
    const incident = measureReport(`# T & <b>\n\n## Cascade\n\n- ${hostile} -> API </text>\n`)
    const svg = cascadeDiagram(incident)
    const root = parseSvg(svg)
    expect(findAll(root, 'script')).toEqual([])
    expect(findAll(root, 'b')).toEqual([])
    const names = boxes(svg).map((box) => box.name)
    expect(names).toContain(hostile)
    expect(names).toContain('API </text>')
  })

  it('gives the same bytes for the same input', () => {
    expect(cascadeDiagram(s3)).toBe(
      cascadeDiagram(measureReport(readFileSync('incidents/2017-02-28-aws-s3.md', 'utf8')))
    )
  })

  it('says so when there is no cascade', () => {
    const root = parseSvg(cascadeDiagram(measureReport('# Quiet\n\nNothing happened.\n')))
    expect(textOf(root)).toContain('No cascade')
    expect(findAll(root, 'g', 'component')).toEqual([])
  })

  it('keeps a 50-component cascade legible: no boxes overlap, names fit their boxes', () => {
    const incident = measureReport(bigCascade(50))
    const svg = cascadeDiagram(incident)
    const placed = boxes(svg)
    expect(placed).toHaveLength(50)
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++)
        expect(
          overlap(placed[i] as Box, placed[j] as Box),
          `${placed[i]?.name} / ${placed[j]?.name}`
        ).toBe(false)
    const width = Number(parseSvg(svg).attributes.width)
    for (const box of placed) {
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(width)
      for (const line of findAll(box.group, 'text', 'strong'))
        expect(textWidth(line.text, 12, 'semibold')).toBeLessThanOrEqual(box.width - 20)
    }
  })

  it('puts several cascades on one time scale', () => {
    const root = parseSvg(cascadeSmallMultiples([s3, elb]))
    expect(findAll(root, 'g', 'panel')).toHaveLength(2)
    // Both scales end at the longer outage (ELB, 23h 41m).
    const labels = findAll(root, 'g', 'scale').map((scale) => textOf(scale))
    expect(labels).toHaveLength(2)
    expect(labels[0]).toBe(labels[1])
    expect(labels[0]).toContain('+18h')
  })
})
