/**
 * micromark applies its batched event edits (`EditMap#consume`) by copying
 * the whole list of events out and back, and it does so each time a list
 * item, block quote or setext heading closes: parsing a long list is
 * quadratic (a 40 KB list nested five deep: 3.8 s). The edits always leave
 * the events before the first edit where they are, so copying only from
 * there gives the same list in time proportional to what changes (the same
 * list: 0.4 s). Replaced once, on the class micromark imports
 * (`micromark-util-edit-map`, a dependency of ours in micromark's own
 * version range, so npm installs one copy); every other use of the class in
 * the process gets the same events, sooner.
 */
import {EditMap} from 'micromark-util-edit-map'
import type {Event} from 'micromark-util-types'

type Change = [at: number, remove: number, add: Event[]]

interface EditMapState {
  map: Change[]
  index: Map<number, Change>
}

/**
 * `EditMap#consume` as micromark-util-edit-map 1.0.0 writes it, without
 * copying the untouched events before the first edit.
 */
export function consume(this: EditMapState, events: Event[]): undefined {
  const map = this.map
  if (map.length === 0) return
  map.sort((a, b) => a[0] - b[0])
  // The tail after each edit and the edit's events, last edit first.
  const pieces: Event[][] = []
  for (let index = map.length - 1; index >= 0; index--) {
    const [at, remove, add] = map[index] as Change
    pieces.push(events.slice(at + remove), add)
    events.length = at
  }
  for (let index = pieces.length - 1; index >= 0; index--) {
    for (const event of pieces[index] as Event[]) events.push(event)
  }
  map.length = 0
  this.index.clear()
}

/** The consume micromark shipped, kept for the test that both give the same events. */
export const originalConsume = EditMap.prototype.consume

EditMap.prototype.consume = consume as typeof EditMap.prototype.consume
