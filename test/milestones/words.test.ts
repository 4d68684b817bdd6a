/**
 * `readClauses`: the words of an entry in clauses, each word with its base
 * form, stem and classes. Sentences invented for the test.
 */
import {expect, test} from 'vitest'
import {is, readClauses} from '../../src/milestones/words.js'

const words = (text: string) => readClauses(text).flatMap((clause) => clause.words)
const word = (text: string, form: string) => words(text).find((item) => item.text === form)

test('readClauses(text) splits at joints and says how each clause is joined', () => {
  expect(
    readClauses('Rolled it back, but errors continue; paging Sam').map((clause) => clause.joint)
  ).toEqual(['start', 'but', 'semicolon'])
})

test('an irregular verb is read by its base form, a regular one by its stem', () => {
  expect(word('The team found the bad host', 'found')?.base).toBe('find')
  expect(is(word('The team found the bad host', 'found') as never, 'find')).toBe(true)
  expect(is(word('Engineers noticed the queue growing', 'noticed') as never, 'aware')).toBe(true)
  expect(is(word('Sam notices the queue growing', 'notices') as never, 'aware')).toBe(true)
})

test('a verb and its particle make one phrase: `rolled back` acts, its `back` says nothing alone', () => {
  const found = words('We rolled the release back to 4.1')
  expect(found.find((item) => item.text === 'rolled')?.classes).toContain('act')
  expect(found.find((item) => item.text === 'back')?.absorbed).toBe(true)
})

test('an exact form (`=flagged`) is its only form: `feature flag` is no report', () => {
  expect(is(word('Support flagged the slow checkout', 'flagged') as never, 'report')).toBe(true)
  expect(is(word('The feature flag was turned off', 'flag') as never, 'report')).toBe(false)
})

test('words in double quotes are marked as quoted', () => {
  expect(word('"The site is down" posted by a user', 'down')?.quoted).toBe(true)
  expect(word('"The site is down" posted by a user', 'posted')?.quoted).toBe(false)
})

test('a bracket knows its size: a note of a few words, or an aside of many', () => {
  const [, note] = readClauses('Errors drop (problem fixed)')
  expect(note).toMatchObject({bracketed: true, bracketSize: 2})
  const aside = readClauses('Alerts fire (as the vendor said later, in its own words)').filter(
    (clause) => clause.bracketed
  )
  expect(aside.map((clause) => clause.bracketSize)).toEqual([9, 9])
})

test('a component named after what it does (resolver, scheduler) is not the deed', () => {
  const classesOf = (text: string) => readClauses(text)[0]?.words[0]?.classes ?? []
  expect(classesOf('resolver')).toEqual([])
  expect(classesOf('schedulers')).toEqual([])
  expect(classesOf('resolved')).toContain('close')
  // Words the lexicon lists, and words whose stem is their own, keep their classes.
  expect(classesOf('responder')).toContain('respond')
  expect(classesOf('users')).toContain('outsider')
  expect(classesOf('higher')).toContain('rise')
  // `operator` (from `operate`) is who operates: listed as the team, not as service running.
  expect(classesOf('operator')).toEqual(['team'])
})

test('a number with thousands separators is one word, not two clauses', () => {
  const clauses = readClauses('Queue at 2,100,000, against 6,000 normally')
  expect(clauses.map((clause) => clause.words.map((word) => word.text))).toEqual([
    ['queue', 'at', '2,100,000'],
    ['against', '6,000', 'normally']
  ])
})

test("a type's name is read by its last part; a setting's key and a channel's name are no words", () => {
  expect(
    is(
      word('The first TimeoutException shows up in the worker log', 'timeoutexception') as never,
      'failure'
    )
  ).toBe(true)
  expect(
    is(word('Set maxUnavailable to 25% for the restart', 'maxunavailable') as never, 'failure')
  ).toBe(false)
  expect(
    word('Kim opens #inc-311-billing-outage and pages the DBA', 'inc-311-billing-outage')?.classes
  ).toEqual([])
  expect(word('Kim pings @search-down-squad about it', 'search-down-squad')?.classes).toEqual([])
})

test('the quoted words that name a form or a link name it, no deed; a message quoted on a page still tells', () => {
  expect(word('A member said the "join the team" form returned a 500', 'join')?.classes).toEqual([])
  expect(word('Clicked the "Restart service" button', 'restart')?.classes).not.toEqual([])
  expect(word('Users saw a "Something went wrong" page', 'wrong')?.classes).not.toEqual([])
})

test('the words of a department named by the place it works in name it: `the Customer Contact Centre`', () => {
  expect(word('The Customer Contact Centre phone lines opened', 'customer')?.classes).toEqual([])
  expect(word('The Customer Contact Centre phone lines opened', 'centre')?.classes).toContain(
    'team'
  )
  expect(word('Customers phone the help desk about errors', 'customers')?.classes).not.toEqual([])
})

test("a service's work as a gerund after the verb that stops it is a failure: `stops delivering`, not `stopped using`", () => {
  const failing = (text: string, form: string) => {
    const found = word(text, form)
    return found !== undefined && is(found, 'failure')
  }
  expect(failing('The feed stops delivering prices.', 'stops')).toBe(true)
  expect(failing('Orders stopped arriving at the warehouse.', 'stopped')).toBe(true)
  expect(failing('Customers stopped using the old app.', 'stopped')).toBe(false)
  expect(failing('We stopped the rollout.', 'stopped')).toBe(false)
})

test("a type's name is read by its last part when that names what went wrong; a function's name is no deed", () => {
  expect(is(word('Workers throw SocketTimeout', 'sockettimeout') as never, 'failure')).toBe(true)
  expect(word('Every node panics in OnRestore', 'onrestore')?.classes).toEqual([])
  expect(word('Every node panics in ApplyFix', 'applyfix')?.classes).toEqual([])
})
