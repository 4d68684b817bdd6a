import {expect, test} from 'vitest'
import {zoneNames} from '../../scripts/zone-names.mjs'
import {fixedZoneNames, followingZoneNames} from '../../src/time/zone-names.js'
import {placeZone, readZone, stateZones} from '../../src/time/zones.js'

test("the zone-name table matches this Node's CLDR names (run scripts/zone-names.mjs after a Node upgrade)", () => {
  const {fixed, following} = zoneNames()
  expect(fixedZoneNames).toMatchObject(Object.fromEntries(fixed))
  expect(followingZoneNames).toMatchObject(Object.fromEntries(following))
  expect(Object.keys(fixedZoneNames).length).toBeGreaterThan(100)
})

test('a long name CLDR gives is read as its zone, after the names written by hand', () => {
  expect(readZone('Philippine Standard Time')?.zone).toMatchObject({offset: 480})
  expect(readZone('East Africa Time.')?.zone).toMatchObject({offset: 180, name: 'East Africa Time'})
  expect(readZone('Western Indonesia Time')?.zone).toMatchObject({offset: 420})
  // A generic name follows daylight saving through a zone that keeps it.
  expect(readZone('Australian Central Time')?.zone).toMatchObject({iana: 'Australia/Adelaide'})
  // The hand-written table still comes first: `Central European Time` is Berlin's.
  expect(readZone('Central European Time')?.zone).toMatchObject({iana: 'Europe/Berlin'})
  // Not a name: words that only start like one.
  expect(readZone('East Africa team')).toBeUndefined()
})

test('the abbreviations of the Philippines, Malaysia, Indonesia, Iran and Turkey', () => {
  expect(readZone('PHT')?.zone.offset).toBe(480)
  expect(readZone('MYT')?.zone.offset).toBe(480)
  expect(readZone('WITA')?.zone.offset).toBe(480)
  expect(readZone('WIT')?.zone.offset).toBe(540)
  expect(readZone('IRST')?.zone.offset).toBe(210)
  expect(readZone('TRT')?.zone.offset).toBe(180)
})

test("each US state's zone is one this Node knows, and a town and its state name it", () => {
  for (const [code, name, zone] of stateZones) {
    expect(
      () => new Intl.DateTimeFormat('en-US', {timeZone: zone}),
      `${code} ${name}`
    ).not.toThrow()
    expect(placeZone(`Main Street, Springfield, ${code}`)?.iana, code).toBe(zone)
    expect(placeZone(`Springfield, ${name}`)?.iana, name).toBe(zone)
  }
  expect(placeZone('Mill Creek Hospital, Dayton, OH')?.iana).toBe('America/New_York')
  expect(placeZone('Site: our Lyon plant')?.iana).toBe('Europe/Paris')
  expect(placeZone('Our office')).toBeUndefined()
  // (A letterhead in capitals names its place as well.)
  expect(placeZone('CITY OF MARLOW SPRINGS, OHIO')?.iana).toBe('America/New_York')
})

test('words that end the name of an obscure zone are not places: a research station, a small town, a holiday', () => {
  expect(placeZone('the Network Operations Center')).toBeUndefined()
  expect(placeZone('Reviewed by: K. Davis, J. Casey')).toBeUndefined()
  expect(placeZone('Easter weekend traffic')).toBeUndefined()
  expect(placeZone('Wake the on-call')).toBeUndefined()
  expect(placeZone('Knox Street depot')).toBeUndefined()
  expect(placeZone('Indianapolis dispatch')?.iana).toBe('America/Indianapolis')
})

test('a zone labelled as Windows names it, its standard offset then its places, keeps summer time', () => {
  expect(readZone('(UTC+00:00) Dublin, Edinburgh, Lisbon, London')?.zone.iana).toBe('Europe/Dublin')
  expect(readZone('(UTC-08:00) Pacific Time (US & Canada)')?.zone.iana).toBe('America/Los_Angeles')
  // (A place whose standard offset is another is no label of the offset: `(UTC+2) Paris office`.)
  expect(readZone('(UTC+2) Paris office')?.zone).toMatchObject({offset: 120})
})
