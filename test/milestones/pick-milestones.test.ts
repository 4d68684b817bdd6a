/**
 * `pickMilestones`: the set of milestones with the highest total score that
 * keeps their order, nothing below the threshold, stated durations as
 * spacings. Candidates are built by hand, so each test shows one rule.
 */
import {expect, test} from 'vitest'
import type {ScoredMilestone} from '../../src/milestones/evidence.js'
import {type Candidate, pickMilestones, threshold} from '../../src/milestones/pick-milestones.js'

const none = {started: 0, detected: 0, acknowledged: 0, diagnosed: 0, mitigated: 0, resolved: 0}

/** A candidate at `10:mm` with the given scores, placed in time among `count` minutes. */
function at(minute: number, scores: Partial<Record<ScoredMilestone, number>>): Candidate {
  const iso = `2024-05-02T10:${String(minute).padStart(2, '0')}:00Z`
  return {
    at: iso,
    time: Date.parse(iso),
    scores: {...none, ...scores},
    features: [],
    position: minute / 60,
    key: String(minute)
  }
}

const chosenAt = (picked: ReturnType<typeof pickMilestones>, name: ScoredMilestone) =>
  picked.chosen[name]?.candidate.at.slice(11, 16) ?? null

test('pickMilestones(candidates) keeps order: a strong resolution before the onset gives way', () => {
  const picked = pickMilestones(
    [at(0, {resolved: 4}), at(10, {started: 3}), at(50, {resolved: 3})],
    {},
    []
  )
  expect(chosenAt(picked, 'started')).toBe('10:10')
  expect(chosenAt(picked, 'resolved')).toBe('10:50')
  expect(picked.runnerUp.resolved?.candidate.at.slice(11, 16)).toBe('10:00')
})

test('pickMilestones(candidates) invents nothing below the threshold', () => {
  const picked = pickMilestones([at(5, {diagnosed: threshold - 0.5}), at(9, {started: 3})], {}, [])
  expect(chosenAt(picked, 'diagnosed')).toBeNull()
  expect(chosenAt(picked, 'started')).toBe('10:09')
})

test('pickMilestones(candidates, fixed) keeps order with milestones already known', () => {
  const fixed = {resolved: Date.parse('2024-05-02T10:30:00Z')}
  const picked = pickMilestones([at(20, {mitigated: 3}), at(40, {mitigated: 4})], fixed, [])
  expect(chosenAt(picked, 'mitigated')).toBe('10:20')
  expect(chosenAt(picked, 'resolved')).toBeNull()
})

test('a stated time to detect chooses between detections of equal words', () => {
  const candidates = [at(0, {started: 3}), at(3, {detected: 3}), at(8, {detected: 3})]
  expect(chosenAt(pickMilestones(candidates, {}, []), 'detected')).toBe('10:03')
  const stated = {from: 'started', to: 'detected', seconds: 480, tolerance: 120, weight: 2} as const
  expect(chosenAt(pickMilestones(candidates, {}, [stated]), 'detected')).toBe('10:08')
})

test('a detection told only in passing does not push a clear diagnosis and mitigation out of order', () => {
  const candidates = [
    at(0, {started: 3}),
    at(20, {diagnosed: 4}),
    at(30, {mitigated: 2.5, resolved: 3}),
    at(55, {detected: 2, mitigated: 2.5, resolved: 3})
  ]
  const picked = pickMilestones(candidates, {}, [])
  expect(chosenAt(picked, 'diagnosed')).toBe('10:20')
  expect(chosenAt(picked, 'mitigated')).toBe('10:30')
  // A strong detection is still chosen first, and the rest keep order with it.
  const alerted = pickMilestones([...candidates.slice(0, 3), at(25, {detected: 3.5})], {}, [])
  expect(chosenAt(alerted, 'detected')).toBe('10:25')
  expect(chosenAt(alerted, 'diagnosed')).toBeNull()
})

test('an alert that reaches a team already responding is not when it learnt of the trouble', () => {
  // 10:15 someone notices, 10:22 a responder says they are on it, 10:31 the page fires and is acked.
  const candidates = [
    at(5, {started: 3}),
    at(15, {detected: 3}),
    at(22, {acknowledged: 2.5}),
    at(31, {detected: 4.5, acknowledged: 4})
  ]
  expect(chosenAt(pickMilestones(candidates, {}, []), 'detected')).toBe('10:15')
  // With no response between them, the stronger alert is still the detection.
  const unanswered = [at(5, {started: 3}), at(15, {detected: 3}), at(31, {detected: 4.5})]
  expect(chosenAt(pickMilestones(unanswered, {}, []), 'detected')).toBe('10:31')
})
