import {describe, expect, test} from 'vitest'
import {inEnglish, widen} from '../../src/time/foreign-dates.js'
import {readTimestamp} from '../../src/time/read-timestamp.js'
import {findMentions, mayMention} from '../../src/timeline/find-mentions.js'

describe('inEnglish(text)', () => {
  test.each([
    ['Fecha: 3 de febrero de 2026, por la tarde', 'Fecha: 2026-02-03'],
    ['Datum: wo 21 januari 2026', 'Datum: wo 2026-01-21'],
    ['Am 3. März 2026, 14:05 Uhr fiel der Dienst aus', 'Am 2026-03-03 14:05'],
    ['vendredi 9 octobre 2026', 'Fri      2026-10-09'],
    ['ocorreu em 5 de março de 2025', 'ocorreu em 2025-03-05'],
    ['il 12 maggio 2025 alle 9:30', 'il 2025-05-12 09:30'],
    ['発生日 2026年1月9日', '発生日 2026/1/9'],
    ['| 16時45分 | 通知 |', '| 16:45'],
    ['**11 de noviembre**', '**Nov 11'],
    // (A day's ordinal point before a month English names alike: Danish, Norwegian, German.)
    ['Fredag den 20. november 2024', 'Fredag den 20  november 2024'],
    ['am 2. April ausgefallen', 'am 2  April'],
    // (Months chrono-node has no parser for: Romanian, Hungarian in its year-first order with its
    // case endings, Indonesian, Czech, Polish.)
    ['Data: 4 martie 2025, dimineața', 'Data: 4 Mar    2025'],
    ['2025. március 4-én reggel', '2025-03-04'],
    ['Március 4. (kedd)', 'Mar 4      (Tue )'],
    // (A month whose first letter English has not: no ASCII word boundary before it.)
    ['Április 4-én reggel', 'Apr 4'],
    ['Rabu, 5 Desember 2024', 'Wed , 5 Dec      2024'],
    ['dne 3. listopadu 2024', 'dne 3 Nov        2024'],
    ['w dniu 7 lutego 2025', 'w dniu 7 Feb    2025'],
    ['з 9 березня 2025 року', 'з 9 Mar     2025'],
    ['Τρίτη 4 Μαρτίου 2025', 'Tue   4 Mar     2025']
  ])('%s reads as %s', (text, start) => {
    const english = inEnglish(text)
    expect(english.text.length).toBe(text.length)
    expect(english.text.startsWith(start)).toBe(true)
    expect(english.spans.length).toBeGreaterThan(0)
  })

  test.each([
    'On April 3, 2026 at 14:05 UTC the API failed.',
    'The Mars team paged us at 10:00.',
    'Mai Tran restarted the pods; nothing changed.',
    'p95 latency went from 120 ms to 2.4 s',
    'Version 21.4.2 at 10:00 was fine.',
    'At 16.09 the queue drained.'
  ])('leaves English alone: %s', (text) => {
    expect(inEnglish(text)).toEqual({text, spans: []})
  })
})

describe('foreign days read as written', () => {
  test('the time as written is the original words, the whole of them', () => {
    const written = readTimestamp('8 de octubre de 2025: webhooks delayed')
    expect(written && !('impossible' in written) && written.date).toEqual({
      year: 2025,
      month: 10,
      day: 8
    })
    expect(written?.text).toBe('8 de octubre de 2025')
  })

  test('a mention inside a sentence keeps its offsets', () => {
    const text = 'Los primeros errores llegaron el 4 de junio de 2025 por la mañana.'
    const [mention] = findMentions(text)
    expect(mention && text.slice(mention.start, mention.end)).toContain('4 de junio de 2025')
    expect(mention?.written.date).toEqual({year: 2025, month: 6, day: 4})
  })

  test("a weekday in the report's other language before a day is read as English's", () => {
    const read = (text: string) => {
      const written = readTimestamp(text)
      return written && !('impossible' in written) ? written : undefined
    }
    expect(read('Selasa 4 Mar 09.15')).toMatchObject({
      date: {month: 3, day: 4},
      clock: {hour: 9, minute: 15},
      text: 'Selasa 4 Mar 09.15'
    })
    expect(read('Donnerstag, 6 March 2025')?.date).toEqual({year: 2025, month: 3, day: 6})
    expect(read('vendredi 7 mars 2025')?.date).toEqual({year: 2025, month: 3, day: 7})
    // (Offsets kept: the rewritten weekday is as long as the one written.)
    expect(inEnglish('Sabtu 8 Mar').text).toBe('Sat   8 Mar')
    // (Not a word of the sentence that is no weekday before a day: `pazar` alone, `minggu ini`.)
    expect(inEnglish('Minggu ini kami rilis').text).toBe('Minggu ini kami rilis')
  })

  test('widen reaches over each rewritten span a time touches', () => {
    expect(widen(3, 13, [[3, 23]])).toEqual([3, 23])
    expect(widen(30, 35, [[3, 23]])).toEqual([30, 35])
  })
})

test('a day with its ordinal point before a month English names alike is read as that day', () => {
  const [day] = findMentions('Fredag den 15. november 2024')
  expect(day?.written.date).toEqual({year: 2024, month: 11, day: 15})
  // (A version's number before a month is none.)
  expect(findMentions('v3.2. November release notes')).toEqual([])
})

test('a day in a month of those languages is found in prose that holds no clock', () => {
  expect(mayMention('2025. március 4-én leállt a rendszer.')).toBe(true)
  expect(mayMention('Pada 5 Desember 2024 layanan terganggu.')).toBe(true)
  expect(mayMention('Three servers restarted cleanly.')).toBe(false)
  const [day] = findMentions('Incidentul din 4 martie 2025 a afectat clienții.')
  expect(day?.written.date).toEqual({year: 2025, month: 3, day: 4})
})
