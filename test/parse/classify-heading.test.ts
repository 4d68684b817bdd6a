/** `classifyHeading` on headings as reports write them. */

import {expect, test} from 'vitest'
import {classifyHeading} from '../../src/parse/classify-heading.js'
import {parseMarkdown} from '../../src/parse/markdown.js'
import {outline} from '../../src/parse/outline.js'

test('a thread the report is told in is read; a chat thread pasted whole is an appendix', () => {
  expect(classifyHeading('The thread')).not.toBe('appendix')
  expect(classifyHeading('The e-mail thread')).not.toBe('appendix')
  expect(classifyHeading('Full Slack thread')).toBe('appendix')
  expect(classifyHeading('Appendix: chat logs')).toBe('appendix')
})

test('how it unfolded is a timeline; what happened, in short, is a summary', () => {
  expect(classifyHeading('How it unfolded')).toBe('timeline')
  expect(classifyHeading('How it played out')).toBe('timeline')
  expect(classifyHeading('4. Chronological sequence')).toBe('timeline')
  expect(classifyHeading('Chronological order of events')).toBe('timeline')
  expect(classifyHeading('What happened, in short')).toBe('summary')
  expect(classifyHeading('What happened')).toBe('timeline')
})

test('what a team is changing after the incident is its action items', () => {
  expect(classifyHeading("What we're changing")).toBe('action-items')
  expect(classifyHeading('What we will change')).toBe('action-items')
  expect(classifyHeading("What's changing")).toBe('action-items')
  expect(classifyHeading('8. Corrective / preventive actions (CAPA)')).toBe('action-items')
  expect(classifyHeading('Preventive actions')).toBe('action-items')
  expect(classifyHeading('CAPA')).toBe('action-items')
})

test('sections headed in Portuguese, Spanish, French, German or Dutch are their kinds', () => {
  expect(classifyHeading('Resumo')).toBe('summary')
  expect(classifyHeading('Impacto')).toBe('impact')
  expect(classifyHeading('Causa raiz')).toBe('root-cause')
  expect(classifyHeading('Ações')).toBe('action-items')
  expect(classifyHeading('Maßnahmen')).toBe('action-items')
  expect(classifyHeading('O que não funcionou')).toBe('lessons-learned')
  expect(classifyHeading('Linha do tempo')).toBe('timeline')
  // (A section of another kind keeps it: `Impact` is still `impact`.)
  expect(classifyHeading('Customer impact')).toBe('impact')
})

test('corrective and preventive measures are action items', () => {
  expect(classifyHeading('8. CORRECTIVE AND PREVENTIVE MEASURES')).toBe('action-items')
  expect(classifyHeading('Remedial measures')).toBe('action-items')
})

test('a numbered line of its own that names a kind of section opens that section', () => {
  const tree = parseMarkdown(
    '1. Summary\n\nCallbacks were late.\n\n4. Timeline (all times IST)\n\n| Time | Event |\n|---|---|\n| 01:12 | Lag grows |\n'
  )
  const kinds = outline(tree).children.map((section) => [section.title, section.kind])
  expect(kinds).toEqual([
    ['Summary', 'summary'],
    ['Timeline (all times IST)', 'timeline']
  ])
  // A list of steps is no title: several items, or one that is a sentence.
  const steps = parseMarkdown('1. Restart the pods.\n\n2. Check the lag.\n')
  expect(outline(steps).children).toEqual([])
})

test("a heading of the whys is the cause's; one of what the team is going to do is its action items", () => {
  expect(classifyHeading('4. Why it happened (5-Why)')).toBe('root-cause')
  expect(classifyHeading('Five whys')).toBe('root-cause')
  expect(classifyHeading('Why this happened')).toBe('root-cause')
  expect(classifyHeading("What we're going to do")).toBe('action-items')
  expect(classifyHeading('What we will do next')).toBe('action-items')
})

test('headings of other languages: the cause, the plan, what went well, the annexes and the history', () => {
  expect(classifyHeading('5. Analyse des causes')).toBe('root-cause')
  expect(classifyHeading('Oorzaak')).toBe('root-cause')
  expect(classifyHeading("8. Plan d'actions")).toBe('action-items')
  expect(classifyHeading('Ce qui a bien fonctionné')).toBe('lessons-learned')
  expect(classifyHeading('Wat ging minder goed')).toBe('lessons-learned')
  expect(classifyHeading('Bijlagen')).toBe('appendix')
  expect(classifyHeading('10. Historique du document')).toBe('appendix')
  expect(classifyHeading('Some context first')).toBe('summary')
  expect(classifyHeading('Key timestamps')).toBe('timeline')
  expect(classifyHeading('Key times (CST)')).toBe('timeline')
  // A chat's log pasted whole is an appendix (read as the timeline when the report has none),
  // unless the heading calls it the timeline.
  expect(classifyHeading('Slack log — #inc-payments (exported)')).toBe('appendix')
  expect(classifyHeading('Channel export: #inc-88')).toBe('appendix')
  expect(classifyHeading('Timeline (Slack export)')).toBe('timeline')
  expect(classifyHeading('Slack etiquette')).not.toBe('appendix')
})

test('headings of a report told as questions and answers', () => {
  expect(classifyHeading('How did we find out?')).toBe('detection')
  expect(classifyHeading('How was it spotted?')).toBe('detection')
  expect(classifyHeading('When was it fixed?')).toBe('resolution')
  expect(classifyHeading('How did we fix it?')).toBe('resolution')
  expect(classifyHeading('Who responded, and what did they do?')).toBe('timeline')
  expect(classifyHeading('Why did this happen?')).toBe('root-cause')
  expect(classifyHeading('Did we tell customers?')).toBe('other')
})

test('a timeline heading in Swedish, Norwegian, Danish, Finnish, Polish, Italian, Czech, Turkish, Romanian, Hungarian or Indonesian is a timeline', () => {
  for (const heading of [
    '3. Cronologie',
    'Хронологія',
    '4. Χρονολόγιο',
    'Diễn biến sự cố',
    'Cronologia evenimentelor',
    'Idővonal (CET)',
    'Események sorrendje',
    'Kronologi Kejadian',
    'Linimasa',
    'Průběh (SEČ)',
    'Časová osa',
    '4. Zaman Çizelgesi (TSİ)',
    'Olay akışı',
    '4. Händelseförlopp',
    'Tidslinje',
    'Hendelsesforløp',
    'Hændelsesforløb',
    'Aikajana',
    'Przebieg zdarzeń',
    'Cronologia degli eventi'
  ])
    expect(classifyHeading(heading), heading).toBe('timeline')
})
