/** `yamlTable`: a timeline kept as YAML or JSON in a code block. Invented blocks. */
import {expect, test} from 'vitest'
import {parseIncidents} from '../../src/index.js'

const withBlock = (lang: string, body: string) =>
  ['# Queue stalled', '', '## Timeline', '', `\`\`\`${lang}`, body, '```', ''].join('\n')

test('a JSON list of times and events is read as the timeline, each entry at the line of its time', () => {
  const markdown = withBlock(
    'json',
    [
      '[',
      '  {"at": "2025-05-06T10:02:00Z", "what": "Consumer lag alert fires."},',
      '  {"at": "2025-05-06T10:30:00Z", "what": "Consumers restarted; lag falls."}',
      ']'
    ].join('\n')
  )
  const [incident] = parseIncidents(markdown, {path: 'queue.md'}).incidents
  const entries = incident?.timeline.filter((entry) => entry.kind === 'table') ?? []
  expect(entries.map((entry) => [entry.at, entry.line])).toEqual([
    ['2025-05-06T10:02:00Z', 7],
    ['2025-05-06T10:30:00Z', 8]
  ])
})

test('YAML that is no timeline (a manifest) is not read as one', () => {
  const markdown = withBlock(
    'yaml',
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: consumer',
      'spec:',
      '  replicas: 3'
    ].join('\n')
  )
  const [incident] = parseIncidents(markdown, {path: 'queue.md', today: '2026-12-07'}).incidents
  expect(incident?.timeline.filter((entry) => entry.kind === 'table')).toEqual([])
})

test('an unmarked block whose items open on `- time:` is read; broken YAML is not, and nothing fails', () => {
  const unmarked = withBlock(
    '',
    [
      '- time: 2025-05-06 10:02 UTC',
      '  event: Lag alert fires.',
      '- time: 2025-05-06 10:30 UTC',
      '  event: Consumers restarted.'
    ].join('\n')
  )
  const [read] = parseIncidents(unmarked, {path: 'queue.md'}).incidents
  expect(read?.timeline.filter((entry) => entry.kind === 'table').map((entry) => entry.at)).toEqual(
    ['2025-05-06T10:02:00Z', '2025-05-06T10:30:00Z']
  )
  const broken = withBlock('yaml', ['- time: [2025-05-06', '  event: "unclosed'].join('\n'))
  expect(() => parseIncidents(broken, {path: 'queue.md'})).not.toThrow()
})
