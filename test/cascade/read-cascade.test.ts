import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {cascadeOf, inferCascade} from '../../src/cascade/infer-cascade.js'
import {parseIncidents} from '../../src/parse-incidents.js'

function read(markdown: string) {
  const {incidents, messages} = parseIncidents(markdown, {path: 'report.md'})
  const incident = incidents[0]
  if (!incident) throw new Error('no incident')
  return {incident, cascade: incident.cascade, messages}
}

function edges(markdown: string): string[] {
  return (read(markdown).cascade?.edges ?? []).map((edge) => `${edge.from} -> ${edge.to}`)
}

const day = '---\ndate: 2024-03-10\ntimezone: UTC\n---\n# Outage\n\n'

describe('cascade sections', () => {
  it('reads one edge per item, with the three arrows, labels and chains', () => {
    const {cascade} = read(`${day}## Cascade

- Database -> API: the API reads every request from it
- API → Web app
- Web app => Mobile app -> Customers: both use the web API
`)
    expect(cascade?.source).toBe('section')
    expect(cascade?.edges.map((edge) => [edge.from, edge.to, edge.label ?? null])).toEqual([
      ['Database', 'API', 'the API reads every request from it'],
      ['API', 'Web app', null],
      ['Web app', 'Mobile app', null],
      ['Mobile app', 'Customers', 'both use the web API']
    ])
    expect(cascade?.edges.every((edge) => !edge.inferred)).toBe(true)
    expect(cascade?.components.map((component) => component.name)).toEqual([
      'Database',
      'API',
      'Web app',
      'Mobile app',
      'Customers'
    ])
    expect(cascade?.edges[0]?.place).toEqual({line: 9, column: 3})
  })

  it('recognises cascade headings by their words', () => {
    for (const heading of ['Cascade', 'Impact propagation', 'Blast radius', 'Failure chain'])
      expect(edges(`${day}## ${heading}\n\n- A -> B\n`)).toEqual(['A -> B'])
    expect(edges(`${day}## Summary\n\n- A -> B\n`)).toEqual([])
  })

  it('reads impact windows on items: ranges, starts and ends', () => {
    const {cascade} = read(`${day}## Cascade

- Disk -> Database: full disk (14:05-15:10 UTC)
- Database -> API (from 14:07 UTC)
- API -> Customers: errors (until 15:30 UTC)
- Customers -> Support: tickets (about two hours)
`)
    const impact = Object.fromEntries(
      (cascade?.components ?? []).map((component) => [component.name, component.impact])
    )
    expect(impact.Database).toMatchObject({
      start: '2024-03-10T14:05:00Z',
      end: '2024-03-10T15:10:00Z'
    })
    expect(impact.API).toMatchObject({start: '2024-03-10T14:07:00Z', end: null})
    expect(impact.Customers).toMatchObject({start: null, end: '2024-03-10T15:30:00Z'})
    expect(impact.Support).toBeNull()
    expect(cascade?.edges.at(-1)?.label).toBe('tickets (about two hours)')
  })

  it('reads a table of components with windows, dependencies and who customers see', () => {
    const {cascade, messages} = read(`${day}## Blast radius

| Component | Depends on | Impact start | Impact end | Customer-facing |
| --- | --- | --- | --- | --- |
| Cache | | 23:40 UTC | 01:10 UTC | no |
| API | Cache | 23:42 UTC | — | yes |
`)
    expect(messages.filter((message) => message.ruleId?.startsWith('cascade'))).toEqual([])
    expect(cascade?.edges.map((edge) => `${edge.from} -> ${edge.to}`)).toEqual(['Cache -> API'])
    const cache = cascade?.components.find((component) => component.name === 'Cache')
    // Two cells without dates: the end is past midnight, on the next day.
    expect(cache?.impact).toMatchObject({
      start: '2024-03-10T23:40:00Z',
      end: '2024-03-11T01:10:00Z'
    })
    const api = cascade?.components.find((component) => component.name === 'API')
    expect(api?.impact).toMatchObject({start: '2024-03-10T23:42:00Z', end: null})
    expect(api?.customerFacing).toBe(true)
    expect(cache?.customerFacing).toBeUndefined()
  })

  it('marks customer-facing components written with a tag', () => {
    const {cascade} = read(
      `${day}## Cascade\n\n- Queue -> Checkout [customer-facing]: orders wait\n`
    )
    expect(
      cascade?.components.map((component) => [component.name, component.customerFacing ?? false])
    ).toEqual([
      ['Queue', false],
      ['Checkout', true]
    ])
  })

  it('declares components with their dependencies in front matter', () => {
    const {cascade, messages} = read(`---
date: 2024-03-10
timezone: UTC
components:
  - name: Database
  - name: API
    dependsOn: [Database]
    impact: 14:05-15:10 UTC
  - name: Web app
    depends_on: API
    customerFacing: true
---
# Outage
`)
    expect(messages).toEqual([])
    expect(cascade?.source).toBe('front-matter')
    expect(cascade?.edges.map((edge) => `${edge.from} -> ${edge.to}`)).toEqual([
      'Database -> API',
      'API -> Web app'
    ])
    expect(cascade?.components.map((component) => component.place.line)).toEqual([5, 6, 9])
    expect(cascade?.components[1]?.impact?.start).toBe('2024-03-10T14:05:00Z')
    expect(cascade?.components[2]?.customerFacing).toBe(true)
  })

  it('takes a map of component to dependencies as well', () => {
    const {cascade} = read('---\ncomponents:\n  Database: []\n  API: [Database]\n---\n# T\n')
    expect(cascade?.edges.map((edge) => `${edge.from} -> ${edge.to}`)).toEqual(['Database -> API'])
  })
})

describe('cascade problems', () => {
  it('reports a cycle at the edge that closes it, and keeps the other edges', () => {
    const {cascade, messages} = read(`${day}## Cascade

- A -> B
- B -> C
- C -> A
- A -> A
`)
    expect(cascade?.edges.map((edge) => `${edge.from} -> ${edge.to}`)).toEqual(['A -> B', 'B -> C'])
    const cycles = messages.filter((message) => message.ruleId === 'cascade-cycle')
    expect(cycles.map((message) => [message.line, message.column])).toEqual([
      [11, 3],
      [12, 3]
    ])
    expect(cycles[0]?.reason).toContain('`C -> A -> B -> C`')
  })

  it('reports an edge to an undeclared component, with the name it may mean', () => {
    const {cascade, messages} = read(`---
components: [Database, API]
---
# T

## Cascade

- Databse -> API
- Database -> API
`)
    const undeclared = messages.filter((message) => message.ruleId === 'cascade-undeclared')
    expect(undeclared).toHaveLength(1)
    expect(undeclared[0]?.line).toBe(8)
    expect(undeclared[0]?.reason).toContain('did you mean `Database`?')
    expect(cascade?.edges.map((edge) => `${edge.from} -> ${edge.to}`)).toEqual(['Database -> API'])
    expect(cascade?.components.map((component) => component.name)).toEqual(['Database', 'API'])
  })

  it('reports a window that ends before it starts, and drops only the window', () => {
    const {cascade, messages} = read(`${day}## Cascade

| Component | Impact start | Impact end |
| --- | --- | --- |
| API | 2024-03-10 15:00 UTC | 2024-03-10 14:00 UTC |
`)
    const order = messages.filter((message) => message.ruleId === 'cascade-window-order')
    expect(order.map((message) => message.line)).toEqual([11])
    expect(order[0]?.reason).toContain('ends (2024-03-10T14:00:00Z) before it starts')
    expect(cascade?.components[0]).toMatchObject({name: 'API', impact: null})
  })

  it('says what it expected of an item that is not an edge', () => {
    const {messages} = read(`${day}## Cascade\n\n- The cache went first\n- -> API\n`)
    const syntax = messages.filter((message) => message.ruleId === 'cascade-edge-syntax')
    expect(syntax.map((message) => message.line)).toEqual([9, 10])
    expect(syntax[0]?.reason).toContain('expected an edge such as `Database -> API')
    expect(syntax[1]?.reason).toContain('missing before the first arrow')
  })

  it('rejects front matter components of the wrong shape', () => {
    const {cascade, messages} = read('---\ncomponents: 42\n---\n# T\n')
    expect(cascade).toBeUndefined()
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['front-matter-type', 2]
    ])
  })
})

describe('inferred cascades', () => {
  const report = `---
date: 2024-03-10
timezone: UTC
services: [Database, API, Web app, Billing]
---
# Outage

## Timeline

- 10:00 Database failover starts [started]
- 10:04 API returns errors
- 10:04 Database primary is read-only
- 10:09 Web app shows a blank page
- 11:00 All clear [resolved]
`

  it('places front matter services by their first mention and marks every edge inferred', () => {
    const {incident} = read(report)
    expect(incident.cascade).toBeUndefined()
    const cascade = inferCascade(incident)
    expect(cascade?.source).toBe('inferred')
    expect(
      cascade?.components.map((component) => [component.name, component.impact?.start])
    ).toEqual([
      ['Database', '2024-03-10T10:00:00Z'],
      ['API', '2024-03-10T10:04:00Z'],
      ['Web app', '2024-03-10T10:09:00Z']
    ])
    expect(cascade?.edges.map((edge) => `${edge.from} -> ${edge.to}`)).toEqual([
      'Database -> API',
      'Database -> Web app'
    ])
    expect(cascade?.edges.every((edge) => edge.inferred)).toBe(true)
    expect(cascade?.edges[0]?.reason).toContain('first named at 10:04')
    expect(cascadeOf(incident)).toEqual(cascade)
  })

  it('without services, takes names shaped like systems that the report repeats', () => {
    const {incident} = read(`---
date: 2024-03-10
timezone: UTC
---
# Outage

## Timeline

- 10:00 Sarah sees PostgreSQL replication lag on db1, e.g. 40 s [started]
- 10:10 Sarah restarts PostgreSQL; SEV1 declared
- 10:20 PagerDuty pages for db2 as well; v2.1.0 is suspected
- 10:40 db1 and db2 healthy, PagerDuty quiet [resolved]

## Root cause

PostgreSQL on db1 ran out of disk; db2 followed. SEV1 and v2.1.0 are not systems.
`)
    const cascade = inferCascade(incident)
    expect(cascade?.components.map((component) => component.name)).toEqual([
      'PostgreSQL',
      'db1',
      // Both first named at 10:20: the more often named first.
      'db2',
      'PagerDuty'
    ])
    expect(cascade?.components.every((component) => component.declared === 'timeline')).toBe(true)
    expect(cascade?.edges.map((edge) => `${edge.from} -> ${edge.to}`)).toEqual([
      'PostgreSQL -> db2',
      'PostgreSQL -> PagerDuty'
    ])
  })

  it('prefers the stated cascade, and infers nothing from too little', () => {
    const stated = read(`${report}\n## Cascade\n\n- API -> Web app\n`).incident
    expect(cascadeOf(stated)?.source).toBe('section')
    const bare = read('# T\n\n## Timeline\n\n- 10:00 UTC something broke\n').incident
    expect(cascadeOf(bare)).toBeUndefined()
  })
})

describe('the seed reports', () => {
  it('carry the cascades of the public record', () => {
    const s3 = read(readFileSync('incidents/2017-02-28-aws-s3.md', 'utf8'))
    expect(s3.messages.filter((message) => message.ruleId?.startsWith('cascade'))).toEqual([])
    const names = s3.cascade?.components.map((component) => component.name)
    for (const name of [
      'S3 index subsystem',
      'S3 placement subsystem',
      'S3 GET/LIST/DELETE',
      'S3 PUT',
      'AWS Lambda',
      'S3 console'
    ])
      expect(names).toContain(name)
    const index = s3.cascade?.components.find(
      (component) => component.name === 'S3 index subsystem'
    )
    expect(index?.impact).toMatchObject({
      start: '2017-02-28T17:37:00Z',
      end: '2017-02-28T21:18:00Z'
    })

    const elb = read(readFileSync('incidents/2012-12-24-aws-elb.md', 'utf8'))
    expect(elb.cascade?.edges.map((edge) => `${edge.from} -> ${edge.to}`)).toEqual([
      'ELB maintenance process -> ELB state data',
      'ELB state data -> ELB control plane',
      'ELB control plane -> running load balancers',
      'running load balancers -> customer applications'
    ])
  })
})
