/** The documents a report lists as attached: their days are theirs, no events. Invented report. */
import {expect, test} from 'vitest'
import {classifyHeading} from '../../src/parse/classify-heading.js'
import {parseIncidents} from '../../src/parse-incidents.js'

const report = `# Report on the loss of telemetry at the pumping stations

All times in this report are Central Daylight Time.

## Timeline

**Thursday, June 12, 2025**

- **1:05 p.m.** – The radio link to the pumping stations failed.
- **3:40 p.m.** – The link was restored.

Attachments:
A. Alarm log, June 12–13, 2025
B. Vendor service ticket, June 16, 2025
`

test('a paragraph that opens `Attachments:` lists documents, not events', () => {
  const [incident] = parseIncidents(report, {path: 'attach.md'}).incidents
  const texts = incident?.timeline.map((entry) => entry.text) ?? []
  expect(texts.some((text) => text.includes('The link was restored'))).toBe(true)
  expect(texts.some((text) => /Alarm log|service ticket/.test(text))).toBe(false)
})

test('a heading naming attachments or appendices is an appendix', () => {
  for (const title of ['Attachments', 'Appendices', 'Enclosures', 'Annex A', 'Exhibits'])
    expect(classifyHeading(title), title).toBe('appendix')
})
