/** `readFields`: `Key: value` lines of a report's header, as teams write them (invented reports). */
import {expect, test} from 'vitest'
import {parseIncidents} from '../../src/parse-incidents.js'

const fieldsOf = (markdown: string) => parseIncidents(markdown, {path: 'x.md'}).incidents[0]?.fields

test('a header list of bold fields gives one field an item, from its first line', () => {
  const fields = fieldsOf(
    [
      '# Queue stall on 2024-05-02',
      '',
      '- **Severity**: SEV-2',
      '- **Time to repair**: 1h 28m',
      '- **Impact**: workers could not take jobs',
      '  for most of the morning',
      '- an item without a field',
      '',
      '## Timeline',
      '',
      '- 2024-05-02 10:00 UTC Jobs pile up [started]'
    ].join('\n')
  )
  expect(fields).toMatchObject({
    Severity: 'SEV-2',
    'Time to repair': '1h 28m',
    Impact: 'workers could not take jobs'
  })
})

test('a list of bold labels further down is no header field', () => {
  const fields = fieldsOf(
    [
      '# Queue stall',
      '',
      'Jobs piled up.',
      '',
      '## Action items',
      '',
      '- **Owner**: @queue-team: add a depth alert'
    ].join('\n')
  )
  expect(fields?.Owner).toBeUndefined()
})
