/**
 * A thread's comments: those written up after the incident stamp when they were written, not what
 * happened; those posted while it happened stay entries. Invented threads.
 */
import {expect, test} from 'vitest'
import {parseIncidents} from '../../src/index.js'

function instants(report: string): Array<string | null> {
  const {incidents} = parseIncidents(report, {path: 'thread.md'})
  expect(incidents).toHaveLength(1)
  return incidents[0]?.timeline.map((entry) => entry.at) ?? []
}

test('the stamps of comments written up the day after are no entries', () => {
  const report = `# Post-incident: nightly exports missing (2025-09-17) #233

### **pia-m** commented · 2025-09-18 09:15 UTC

What I saw. All times UTC, September 17th.

- **22:40**: the export job failed on a full disk.
- **22:52**: I restarted it after freeing space.

### **tomas** commented · 2025-09-18 11:30 UTC

Agreed. Adding a disk alert.
`
  const at = instants(report)
  expect(at).toContain('2025-09-17T22:40:00Z')
  expect(at).toContain('2025-09-17T22:52:00Z')
  expect(at).not.toContain('2025-09-18T09:15:00Z')
  expect(at).not.toContain('2025-09-18T11:30:00Z')
})

test('the stamps of comments posted while it happened stay entries', () => {
  const report = `# Exports failing #234

### **pia-m** commented · 2025-09-17 22:45 UTC

The export job failed at 22:40 on a full disk. Looking.

### **tomas** commented · 2025-09-17 23:20 UTC

Freed space at 22:52 and restarted it; exports are running again.
`
  const at = instants(report)
  expect(at).toContain('2025-09-17T22:45:00Z')
  expect(at).toContain('2025-09-17T23:20:00Z')
})
