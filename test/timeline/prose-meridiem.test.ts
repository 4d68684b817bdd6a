/**
 * A 12-hour clock without AM or PM in a narrative told in prose: which half
 * of the day it is in, from the clocks told before it. Reports made up for
 * the test.
 */
import {expect, test} from 'vitest'
import {parseIncidents} from '../../src/index.js'

function instants(body: string): string[] {
  const markdown = `# Invoices stalled\n\nOn Wednesday, May 6, 2026, invoices stopped going out. All times are UTC.\n\n${body}\n`
  const [incident] = parseIncidents(markdown, {path: 'invented.md'}).incidents
  return (incident?.timeline ?? []).flatMap((entry) =>
    entry.at && entry.time?.precision !== 'day' ? [entry.at] : []
  )
}

test('a clock without AM or PM after one in the afternoon is in the afternoon', () => {
  expect(
    instants(
      'The first job failed at 1:52 in the afternoon. A customer wrote in at 2:05, and by 2:40 the queue moved again.'
    )
  ).toEqual(['2026-05-06T13:52:00Z', '2026-05-06T14:05:00Z', '2026-05-06T14:40:00Z'])
})

test('a morning clock told after an afternoon one stays in the morning when it is near enough', () => {
  // 9:30 in the morning is five hours before 14:38: it may be the morning's deploy, as written.
  expect(
    instants('Writes failed from 2:38 in the afternoon. The deploy had gone out at 9:30.')
  ).toEqual(['2026-05-06T14:38:00Z', '2026-05-06T09:30:00Z'])
  // With no afternoon told before it, a clock is read as written.
  expect(instants('A customer wrote in at 2:05.')).toEqual(['2026-05-06T02:05:00Z'])
})
