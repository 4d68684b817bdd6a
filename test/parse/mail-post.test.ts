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
