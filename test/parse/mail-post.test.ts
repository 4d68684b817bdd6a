/** A report sent as an e-mail, its headers first: its name and its day. Invented. */
import {expect, test} from 'vitest'
import {parseIncidents} from '../../src/index.js'
import {mailHeaders} from '../../src/timeline/mail-headers.js'
import {readingForms} from '../timeline/reading-forms.js'

test('a post that opens with its e-mail headers is named by its subject, tags left out', () => {
  const form = readingForms.find((candidate) => candidate.id === 'mail-post')
  const [incident] = parseIncidents(form?.example ?? '', {path: 'post.md'}).incidents
  expect(incident?.title).toBe('tidyconf 2.3.0 shipped without its plugins')
})

test('mailHeaders(text) reads who sent a message, when and about what; nothing without a sender', () => {
  expect(
    mailHeaders(
      'From: Ana Ruiz <ana@example.com>\nSent: Tuesday, 20 January 2026 08:47\nSubject: Late'
    )
  ).toMatchObject({
    text: 'Ana Ruiz: Late',
    subject: 'Late',
    written: {clock: {hour: 8, minute: 47}}
  })
  expect(mailHeaders('Sent: Tuesday, 20 January 2026 08:47')).toBeUndefined()
  // A day without a clock is no sending time.
  expect(mailHeaders('From: Ana\nDate: 20 January 2026')).toBeUndefined()
})

test('a letter with no title heading is named by its subject, not the first heading of its body', () => {
  const form = readingForms.find((candidate) => candidate.id === 'letter-dateline')
  const letter = `${form?.example ?? ''}\n## In brief\n\nBookings failed for an hour.\n`
  const [incident] = parseIncidents(letter, {path: 'letter.md'}).incidents
  expect(incident?.title).toBe('Incident summary: checkout failures on Thursday 12 June 2025')
  // A title heading still names it.
  const titled = parseIncidents(`# Checkout outage\n\n${letter}`, {path: 'letter.md'}).incidents
  expect(titled[0]?.title).toBe('Checkout outage')
})
