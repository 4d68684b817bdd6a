/** `paperworkDay`: the words before a day that make it a document's, not the story's. Invented phrases. */
import {expect, test} from 'vitest'
import {
  Clauses,
  dateline,
  documentDate,
  labelBefore,
  paperworkDay
} from '../../src/timeline/clauses.js'
import {findMentions} from '../../src/timeline/find-mentions.js'

test.each([
  'The interim update of ',
  'as set out in our letter dated ',
  'Final (review held ',
  'Status: approved by the CTO on ',
  'Retrospective on ',
  'Status: FINAL, rev 3, ',
  'Created by Ana Lima, last modified by Joe Park on ',
  'Posted by Rui (@rui@example.social) for the admins, ',
  'Page last updated ',
  'lena-k started this conversation in General on ',
  'bkowal opened this issue on ',
  'Created: 02/Mar/26  Updated: ',
  'Status: Final, reviewed in the platform weekly on ',
  'Copied from our thread on X (@acme), posted ',
  'Posted by Ines Falk, head of platform — '
])('`%s` names the day of a document or its review', (before) => {
  expect(paperworkDay(before)).toBe(true)
})

test.each([
  'The cache filled up on ',
  'We reviewed the logs. The first errors came on ',
  'Started on ',
  'the update went out at noon on ',
  'The config was updated on ',
  'A final retry failed on ',
  'The job opened connections on '
])('`%s` is the day of what happened', (before) => {
  expect(paperworkDay(before)).toBe(false)
})

test('a field naming a review is a document’s day too', () => {
  expect(paperworkDay('Review meeting: ')).toBe(true)
  expect(paperworkDay('Postmortem review: ')).toBe(true)
  expect(paperworkDay('Final (after PIR of ')).toBe(true)
})

test('a field of the day of the incident dates the times; one of when the report was issued does not', () => {
  expect(documentDate('Fault date: Wednesday, 26 February 2025')).toBe('date')
  expect(documentDate('Issued: 3 March 2025')).toBe('stamp')
  expect(documentDate('Submission date: Thursday, 25 July 2024')).toBe('stamp')
  expect(documentDate('Report date: June 3, 2025')).toBe('stamp')
  expect(documentDate('Date of report: 3 June 2025')).toBe('stamp')
  expect(documentDate('Due date: 3 March')).toBeUndefined()
})

test('a statement of the zone of the times below that goes on to their day dates them', () => {
  expect(
    documentDate(
      'All times below are BST (UTC+1) on Monday 14 October 2024 unless stated otherwise.'
    )
  ).toBe('date')
  expect(documentDate('Times in this report are CET; 6 March 2026.')).toBe('date')
  expect(documentDate('All times below are in UTC.')).toBeUndefined()
})

test('a weekday and a date are the day itself, not a dateline of a place', () => {
  expect(dateline.test('Wednesday, 26 February 2025')).toBe(false)
  expect(dateline.test('Leeds, 16 June 2025')).toBe(true)
})

test("a forge post's byline (`Started by @ana · `) dates the post, not what it tells of", () => {
  expect(paperworkDay('**Category:** Announcements · Started by @ana-r · ')).toBe(true)
  expect(paperworkDay('Opened by @sam_k, ')).toBe(true)
  expect(paperworkDay('The outage was started by a bad deploy on ')).toBe(false)
})

test('a field of when the report was circulated dates the paper, not the story', () => {
  expect(documentDate('Circulated: Thursday, Nov. 14, 2024')).toBe('stamp')
  expect(documentDate('Distributed: 2025-02-03')).toBe('stamp')
})

test("a time inside a noun phrase, the object of the clause's verb, dates that thing's past, not the clause", () => {
  const clauseOf = (text: string) => new Clauses(text, findMentions(text)).of(0).text
  expect(clauseOf('Support ticket: a customer cannot open the invoice mailed at 02:20.')).toBe(
    'the invoice mailed at 02:20.'
  )
  expect(clauseOf('The team traced the errors to the rule change applied at 08:55 UTC.')).toBe(
    'the rule change applied at 08:55 UTC.'
  )
  // (The clause before it runs over it: the phrase is part of its object.)
  const text =
    'At 11:40 engineers from both teams found that the rule change applied at 08:55 caused it.'
  expect(new Clauses(text, findMentions(text)).of(0).text).toBe(
    'engineers from both teams found that the rule change applied at 08:55 caused it.'
  )
  // (A clause whose verb is before its time keeps its words: `the deploy was finished at`.)
  expect(clauseOf('The deploy was finished at 10:00 and nothing broke.')).toBe(
    'The deploy was finished at 10:00 and nothing broke.'
  )
})

test("a time in someone's quoted words dates what they say, not the telling of it", () => {
  const text =
    'First customer ticket: a shop owner writes that orders fail "since about 07:50 local".'
  const mentions = findMentions(text)
  expect(new Clauses(text, mentions).of(0).text).toBe('since about 07:50 local')
  // (A sentence quoted whole keeps its words.)
  const whole = '"Payments fail since 07:50," the owner wrote.'
  expect(new Clauses(whole, findMentions(whole)).of(0).text).toContain('Payments fail')
  // (Nor a stamp quoted alone, with the words after it.)
  const stamp =
    'Update {{< track "2025-03-04T09:56:00+00:00" >}} The host under the cluster has failed.'
  expect(new Clauses(stamp, findMentions(stamp)).of(0).text).toContain('The host under the cluster')
})

test("a stop after a person's initial ends no sentence", () => {
  const text = 'WS4 signaller K. Brannigan took over from relief. Normal.'
  const clauses = new Clauses(text, findMentions(text))
  expect(text.slice(clauses.sentence(0, 3).from, clauses.sentence(0, 3).to)).toBe(
    'WS4 signaller K. Brannigan took over from relief.'
  )
})

test('the day a talk about it was given is paperwork', () => {
  expect(paperworkDay('Speaker notes. Talk given at Ops Meetup Porto, ')).toBe(true)
  expect(paperworkDay('The queue was given to the ')).toBe(false)
})

test("a label's time before a semicolon does not run on to the next time's words", () => {
  const text =
    'Impact started Thursday 16:41; we heard about it from a customer at 17:55; Sam picked it up at 18:05.'
  const clauses = new Clauses(text, findMentions(text))
  expect(clauses.of(0).text).toBe('Impact started:')
  // (A label's time before a colon still runs on to what it tells: `Update 09:52 UTC: ...`.)
  const update = 'Update 09:52 UTC: the provider says the issue began at 08:22.'
  expect(new Clauses(update, findMentions(update)).of(0).text).toContain('the provider says')
})

test('a possessive before a day makes it part of a noun phrase, no label: `At its May 8 meeting`', () => {
  expect(labelBefore('At its ')).toBe(false)
  expect(labelBefore('Before their ')).toBe(false)
  expect(labelBefore('Detected: ')).toBe(true)
})
