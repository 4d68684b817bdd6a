/** `findMentions(text)`: the times a sentence mentions, where it writes them. */
import {expect, test} from 'vitest'
import {findMentions} from '../../src/timeline/find-mentions.js'

const clocks = (text: string) =>
  findMentions(text).map((mention) => [
    text.slice(mention.start, mention.end),
    mention.written.clock?.hour,
    mention.written.clock?.minute
  ])

test('a 24-hour clock without its colon is a time after a word that leads to one', () => {
  expect(clocks('At 1925 the producer emailed the mailbox.')).toEqual([['1925', 19, 25]])
  expect(clocks('Priya was logged on by 2032.')).toEqual([['2032', 20, 32]])
  expect(clocks('The fix was deployed at 0940 UTC and held.')).toEqual([['0940 UTC', 9, 40]])
  // The zone's place is in the text as written, without the colon the reading put in.
  const text = 'deployed at 0940 UTC and held.'
  const [mention] = findMentions(text)
  const zone = mention?.written.zone
  expect(
    zone && text.slice((mention?.start ?? 0) + zone.start, (mention?.start ?? 0) + zone.end)
  ).toBe('UTC')
})

test('four digits and `hrs` are a clock wherever they stand, and with the day after them', () => {
  expect(clocks('Payments failed between 1152 hrs and 1512 hrs on the closing day.')).toEqual([
    ['1152 hrs', 11, 52],
    ['1512 hrs', 15, 12]
  ])
  const [closed] = findMentions('The incident was closed at 0930 hrs Thursday 6 March 2025.')
  expect(closed?.written).toMatchObject({
    text: '0930 hrs Thursday 6 March 2025',
    date: {year: 2025, month: 3, day: 6},
    clock: {hour: 9, minute: 30}
  })
  // Amounts of hours.
  expect(clocks('The migration ran for 1400 hrs across the fleet.')).toEqual([])
  expect(clocks('We spent 1200 hours on the rewrite.')).toEqual([])
  expect(clocks('After 1500 hours of soak testing it shipped.')).toEqual([])
})

test('four figures stay a year, a count or an amount where the words say so', () => {
  expect(clocks('In 2010 we moved the feed.')).toEqual([])
  expect(clocks('Since 2010 the feed has been built every ten minutes.')).toEqual([])
  expect(clocks('The gateway peaked at 1500 rps.')).toEqual([])
  expect(clocks('We plan to finish by 2025 March.')).toEqual([])
  expect(clocks('The queue stood at 2300 messages.')).toEqual([])
})

test('findMentions(text) reads `2h29` after `lasted` or `took` as an amount, `14h32` elsewhere as a clock', () => {
  const texts = (text: string) => findMentions(text).map((mention) => mention.written.text)
  expect(texts('The impact lasted 2h29 of real time, though clocks show 23h41 to 03h10.')).toEqual([
    '23h41 to 03h10'
  ])
  expect(texts('It took 1h05 to drain the queue.')).toEqual([])
  expect(texts('At 14h32 the checkout page fell over.')).toEqual(['14h32'])
})

test("findMentions(text) reads a dotted clock after the word for o'clock (`kl.`, `klo`)", () => {
  const clocks = (text: string) => findMentions(text).map((mention) => mention.written.clock)
  expect(clocks('The queue filled at klo 06.41 and stalled.')).toEqual([
    {hour: 6, minute: 41, hourOnly: false}
  ])
  expect(clocks('Alarm kl. 21.30, on call at once.')).toEqual([
    {hour: 21, minute: 30, hourOnly: false}
  ])
  expect(clocks('Version 06.41 shipped.')).toEqual([])
})

test('findMentions(text) reads `04:02 h` as a clock, `took 1:30 h` as an amount', () => {
  const texts = (text: string) => findMentions(text).map((mention) => mention.written.text)
  // (The word for hours is part of the time as written, as `1152 hrs`'s is.)
  expect(texts('At 04:02 h the level alarms sounded.')).toEqual(['04:02 h'])
  expect(texts('The refill took 1:30 h in all.')).toEqual([])
})

test('findMentions(text) reads clocks told in words, not numbers of things', () => {
  const clocks = (text: string) =>
    findMentions(text).map(
      (mention) => `${mention.written.clock?.hour}:${mention.written.clock?.minute}`
    )
  expect(clocks('At a quarter past three I found it.')).toEqual(['3:15'])
  expect(clocks('done at twelve minutes to four, and')).toEqual(['3:48'])
  expect(clocks("We met at three o'clock in the afternoon.")).toEqual(['15:0'])
  expect(clocks('at half past nine in the evening')).toEqual(['21:30'])
  expect(clocks('We scaled from 7 to 10 nodes, at about five to ten minutes each.')).toEqual([])
  // Approximately, nearly; the early afternoon, that evening.
  expect(clocks('It began at approximately ten past one in the early afternoon.')).toEqual([
    '13:10'
  ])
  expect(clocks('The line was closed at twenty past six that evening.')).toEqual(['18:20'])
  expect(clocks('Calls eased at nearly a quarter to five that afternoon.')).toEqual(['16:45']) // `o'clock` after `was`, or opening a sentence, is a clock without a word before it; after
  // `since` it dates no moment of its own.
  expect(clocks("It was ten o'clock when the backlog cleared.")).toEqual(['10:0'])
  expect(clocks("Eleven o'clock: the all-clear.")).toEqual(['11:0'])
  expect(clocks("Nothing has arrived since four o'clock.")).toEqual([])
  // `from` leads to a clock as `at` does; a range of numbers after it is none.
  expect(clocks('From ten past four the kiosks took cards again.')).toEqual(['4:10'])
  expect(clocks('The pool went from three to five replicas.')).toEqual([])
  expect(clocks('Closed from a quarter to six until seven.')).toEqual(['5:45'])
})

test("a span's day written after its second end is its first end's too, the day before when the span crosses midnight", () => {
  const days = (text: string) =>
    findMentions(text).map((mention) => [mention.written.text, mention.written.date])
  expect(
    days(
      'Anyone who signed in between the release at 09:12 UTC and the rollback at 10:03 UTC on May 6 saw errors.'
    )
  ).toEqual([
    ['09:12 UTC', {month: 5, day: 6}],
    ['10:03 UTC on May 6', {month: 5, day: 6}]
  ])
  expect(
    days('From 23:40 until the restart at 00:25 on 1 March 2024, nothing was written.')
  ).toEqual([
    ['23:40', {year: 2024, month: 2, day: 29}],
    ['00:25 on 1 March 2024', {year: 2024, month: 3, day: 1}]
  ])
  // Two sentences, no span: the day stays with its own time.
  expect(days('We deployed at 09:00. The review was at 14:00 on March 5.')[0]?.[1]).toBeUndefined()
})

test('findMentions(text) reads a month no other word shares, written in lower case, before a day', () => {
  const texts = (text: string) => findMentions(text).map((mention) => mention.written.text)
  expect(texts('ok so tuesday night (aug 12) the app was broken')).toEqual(['aug 12'])
  expect(texts('sept 3rd we shipped the fix')).toEqual(['sept 3rd'])
  expect(texts('may 10 nodes were down')).toEqual([])
})

test('findMentions(text) reads dotted clocks after `kl.` in prose', () => {
  const clocks = (text: string) =>
    findMentions(text).flatMap((mention) => (mention.written.clock ? [mention.written.text] : []))
  expect(clocks('Between kl. 07.14 and kl. 09.48 nothing was delivered.')).toEqual([
    '07.14',
    '09.48'
  ])
  expect(clocks('The incident was closed at kl. 11.35.')).toEqual(['11.35'])
  expect(clocks('Version 14.05 was shipped.')).toEqual([])
})

test('findMentions(text) reads a weekday told with a clock or an hour, and the part of the day', () => {
  const read = (text: string) =>
    findMentions(text).map((mention) => [
      mention.written.text,
      mention.written.weekday,
      mention.written.clock?.hour
    ])
  expect(read('The problem began at 9:40 Saturday morning, our time.')).toEqual([
    ['9:40 Saturday morning', 6, 9]
  ])
  expect(read('At about 1:30 Saturday afternoon they called.')).toEqual([
    ['about 1:30 Saturday afternoon', 6, 13]
  ])
  expect(read('By Sunday afternoon (about 3:30), all was back.')).toEqual([['about 3:30', 0, 15]])
  expect(read('We first heard of it Saturday around 10, from a branch.')).toEqual([
    ['around 10', 6, 10]
  ])
  expect(read('Sunday morning around 8, the catalog came back.')).toEqual([['around 8', 0, 8]])
  expect(read('On Saturday at 10 people came.')).toEqual([])
  expect(read('Holds placed Saturday morning before 9:40 were kept.')).toEqual([['9:40', 6, 9]])
  // (Words of how near between the weekday and its clock.)
  expect(read('Tuesday, just before a quarter to seven: the printers stop.')).toEqual([
    ['a quarter to seven', 2, 6]
  ])
  expect(read('Friday shortly after 7:10 the gate opened.')).toEqual([['7:10', 5, 7]])
  expect(read('Friday was calm; at 7:10 the gate opened.')).toEqual([['7:10', undefined, 7]])
})

test('findMentions(text) takes an amount written as a clock for an amount after `up to` or a qualifier', () => {
  const texts = (text: string) => findMentions(text).map((mention) => mention.written.text)
  expect(texts('Payments stayed pending for up to 2h20 until reconciliation.')).toEqual([])
  expect(texts('The queue took about 1h45 to drain.')).toEqual([])
  expect(texts('At about 14h05 the errors began.')).toEqual(['about 14h05'])
})

test('findMentions(text) reads an hour after the part of the day said first', () => {
  const said = (text: string) =>
    findMentions(text).map((mention) => [mention.written.text, mention.written.clock?.hour])
  expect(said('This morning around 8, the desk noticed the catalogue failing.')).toEqual([
    ['around 8', 8]
  ])
  expect(said('Last night at 11 the export died.')).toEqual([['at 11', 23]])
  expect(said('This morning around 80 people called.')).toEqual([])
})

test('findMentions(text) reads a clock in words that leads a line, set off from its words', () => {
  const said = (text: string) => findMentions(text).map((mention) => mention.written.text)
  expect(said('Quarter past nine - Mel noticed the total had not moved.')).toEqual([
    'Quarter past nine'
  ])
  expect(said('Around noon: donations back.')).toEqual(['Around noon'])
  expect(said('10 - 9 items shipped.')).toEqual([])
})

test('findMentions(text) reads a 24-hour clock without its colon, a zone after it, wherever it stands', () => {
  const span = findMentions('Loss of dispatch data (0412 CST – 0650 CST):')
  expect(
    span.map((mention) => [mention.written.clock?.hour, mention.written.rangeEnd?.clock?.hour])
  ).toEqual([[4, 6]])
  expect(clocks('Queue stalled 0412–0650 CST, then drained.')).toEqual([['0412–0650 CST', 4, 12]])
  expect(clocks('(2310 UTC) the replica fell behind')).toEqual([['2310 UTC', 23, 10]])
  // (Years, and four digits before no zone, are no clock.)
  expect(clocks('The 2024-2025 EST budget was approved.')).toEqual([])
  expect(clocks('We served 2310 customers.')).toEqual([])
})

test('findMentions(text) reads four figures and an h as a 24-hour clock, as the H of 2340H', () => {
  expect(clocks('The ward was called back at 0639h.')).toEqual([['0639h', 6, 39]])
  expect(clocks('Sample drawn at approximately 2215h, run at 2340H.')).toEqual([
    ['approximately 2215h', 22, 15],
    ['2340H', 23, 40]
  ])
})

test('findMentions(text) reads a Zulu time glued to its Z, and the local time paired after it as part of it', () => {
  expect(clocks('Ground stop lifted at 1810Z.')).toEqual([['1810Z', 18, 10]])
  expect(clocks('| 1452Z/0952L | Tower reports the radar feed frozen. |')).toEqual([
    ['1452Z/0952L', 14, 52]
  ])
  expect(clocks('The bridge ran 0915Z–1040Z.')).toEqual([['0915Z–1040Z', 9, 15]])
  const closed = findMentions('Ticket closed at 0040Z 12MAR / 2040L 11MAR.')[0]?.written
  expect([closed?.zone?.zone.offset, closed?.date?.day]).toEqual([0, 12])
  expect(clocks('Part 1452Z-A was swapped.')).toEqual([])
})

test('findMentions(text) leaves out an estimate: a time still to come when it was written', () => {
  expect(clocks('The carrier confirms the cut, ETR 1600Z.')).toEqual([])
  expect(clocks('Vendor gives an ETA of 14:30 UTC for the patch.')).toEqual([])
  expect(clocks('Estimated time of restoration: 16:00 UTC.')).toEqual([])
  expect(clocks('Service was restored at 15:42 UTC, before the ETA.')).toEqual([
    ['15:42 UTC', 15, 42]
  ])
})

test("findMentions(text) leaves out the clock where someone else is, told beside the story's own", () => {
  expect(
    clocks('The first order failed for a shop in Halifax, where it was already 11:42.')
  ).toEqual([])
  expect(clocks('We restarted the workers at 11:42.')).toEqual([['11:42', 11, 42]])
})

test('findMentions(text) leaves out an offset into a recording (`VOD 02:14:33`): no time of day', () => {
  expect(clocks('Dead air on the feed from VOD 01:12:40 to VOD 01:30:02.')).toEqual([])
  expect(clocks('The match server crashed at 19:41:05.')).toEqual([['19:41:05', 19, 41]])
})

test('findMentions(text, {dotted}) reads a dotted clock after a word that leads to a time, not an amount', () => {
  const dotted = (text: string) =>
    findMentions(text, {dotted: true}).map(({written}) => [
      written.text,
      written.clock?.hour,
      written.clock?.minute
    ])
  expect(dotted('Nothing moving on any screen. So the outage ran from 19.52.')).toEqual([
    ['19.52', 19, 52]
  ])
  expect(dotted('Traffic rose to 12.50 % of the peak.')).toEqual([])
  expect(dotted('The queue grew by 10.30 GB overnight.')).toEqual([])
  expect(clocks('So the outage ran from 19.52.')).toEqual([])
})

test('findMentions(text) leaves out opening hours: a timetable, no moment of the story', () => {
  expect(clocks('Or visit the service counter (open 8 a.m.–6 p.m. this week).')).toEqual([])
  expect(clocks('Phones staffed 07:00-19:00 on weekdays.')).toEqual([])
  expect(clocks('The counter was open again from 9:15 a.m.')).toEqual([['9:15 a.m.', 9, 15]])
})

test('findMentions(text) leaves out a clock that names a thing acted on: the thing’s time, not the sentence’s', () => {
  expect(clocks('Ana spots the 07:40 config push in the audit log.')).toEqual([])
  expect(clocks('We reverted the 14:05 deploy at 14:30.')).toEqual([['14:30', 14, 30]])
  expect(clocks('See the correction to our 9:20 update.')).toEqual([])
  // (The thing the sentence tells of, a moment as such, or a note in brackets: the clock stands.)
  expect(clocks('The 06:00 cutoff passed with the job still running.')).toEqual([['06:00', 6, 0]])
  expect(clocks('Errors doubled at the 14:05 mark.')).toEqual([['14:05', 14, 5]])
  expect(clocks('(the 22:40 anchor above)')).toEqual([['22:40', 22, 40]])
})

test('a clock of four digits marked L, local time as logs at sea and in the air write it, is a clock in the zone the report states', () => {
  const texts = (text: string) => findMentions(text).map((mention) => mention.written.text)
  expect(texts('Crane 4 resumed 0216L. Pilot boarded at 0305L')).toEqual(['0216L', '0305L'])
  expect(findMentions('Crane 4 resumed 0216L.')[0]?.written.zone).toBeUndefined()
  // (Local time after a Zulu one and a slash is the same instant, written again.)
  expect(texts('Gate closed at 2310Z 03MAR / 0710L 04MAR.')).toEqual(['2310Z 03MAR'])
  // (Not a word that happens to follow four digits: `1200Lbs`.)
  expect(texts('Loaded 1200Lbs of cargo.')).toEqual([])
})

test("a schedule's weekday and clock (`every Monday 03:00`, `second Sunday 02:00`) come round again: no moment of the story", () => {
  const texts = (text: string) => findMentions(text).map((mention) => mention.written.text)
  expect(texts('The vendor moved the job back to second Sunday 02:00 Eastern.')).toEqual([])
  expect(texts('Backups run every Monday 03:00.')).toEqual([])
  // (A weekday alone, the day of the story, is a moment.)
  expect(texts('On Sunday 02:00 the job ran against the live database.')).toEqual(['Sunday 02:00'])
})

test('a span said to be a part of every day (`19:00–21:00 is our peak`, `are our business hours`) is no moment of the story', () => {
  const texts = (text: string) => findMentions(text).map((mention) => mention.written.text)
  expect(texts('Orders climb as the evening rush starts (18:00–20:30 is our peak).')).toEqual([])
  expect(texts('Nobody was on shift: 09:00-17:00 are our support hours.')).toEqual([])
  // (A span of the story is one: `18:00–20:30 was the outage`.)
  expect(texts('Orders failed from 18:00 to 20:30, which was the whole evening.')).toEqual([
    '18:00 to 20:30'
  ])
})

test('a clock that comes round again (`runs at 07:00 daily`, `at 02:00 every night`) is no moment', () => {
  const texts = (text: string) => findMentions(text).map((mention) => mention.written.text)
  expect(texts('Added a check for stale snapshots (scripted, runs at 07:00 daily).')).toEqual([])
  expect(texts('The export now runs at 02:00 every night.')).toEqual([])
  expect(texts('At 07:00 the daily report was late.')).toEqual(['07:00'])
  // (Said before the clock: `ran nightly at 2:00 a.m.`, `Every night at 1:00am a backup runs`.)
  expect(texts('Until March the cleanup job ran nightly at 3:00 a.m.')).toEqual([])
  expect(texts('Every morning at 06:30 the sync starts; on Friday at 06:41 it failed.')).toEqual([
    '06:41'
  ])
})

test("a rota's hours (`A shift 06:00–14:00, B shift ...`, `handover meeting is 05:45 / 13:45`) are no moments", () => {
  const texts = (text: string) => findMentions(text).map((mention) => mention.written.text)
  expect(
    texts(
      'Shifts: A shift 06:00–14:00, B shift 14:00–22:00, C shift 22:00–06:00. Handover meeting is 05:45 / 13:45 / 21:45.'
    )
  ).toEqual([])
  expect(texts('The night shift started at 22:00, and at 22:10 the pumps failed.')).toEqual([
    '22:00',
    '22:10'
  ])
})

test('a clock that names what is held then (`arriving for 9am classes`) is no moment', () => {
  const texts = (text: string) => findMentions(text).map((mention) => mention.written.text)
  expect(texts('Students arriving for 9am lectures found the kiosks dark.')).toEqual([])
  expect(texts('We waited for 10:00 before paging anyone.')).toEqual(['10:00'])
})

test('a day after `=` (`notAfter=Mar 3 23:59:59 2025 GMT`) is read; a clock glued to a key is not', () => {
  const texts = (text: string) => findMentions(text).map((mention) => mention.written.text)
  expect(texts('openssl shows notAfter=Mar 3 23:59:59 2025 GMT on the proxy.')).toEqual([
    'Mar 3 23:59:59 2025 GMT'
  ])
  expect(texts('We set window=10:00 in the config.')).toEqual([])
})

test('a clock a thing crosses (`shifts crossing 0000Z`) is a boundary, no moment', () => {
  expect(findMentions('Only duty periods crossing 0000Z were affected.')).toEqual([])
  expect(findMentions('Jobs spanning 00:00 UTC ran twice.')).toEqual([])
  expect(
    findMentions('The import crashed at 0012Z.').map((mention) => mention.written.text)
  ).toEqual(['0012Z'])
})

test('a calendar-versioned image, firmware or driver (`rig image 2025.02.3`) is a release, no day', () => {
  expect(findMentions('Allocation failures on rig image 2025.02.3')).toEqual([])
  expect(findMentions('Switches on firmware 2024.11.2 rebooted.')).toEqual([])
  expect(
    findMentions('The image was built on 2025.02.13 at 10:00.').map(
      (mention) => mention.written.text
    )
  ).toEqual(['2025.02.13 at 10:00'])
})

test("a clock told for someone elsewhere (`It's 07:45 for her;`) is the same moment in their zone, no moment of its own", () => {
  expect(findMentions("I call Ana in Lisbon. It's 06:10 for her; she picks up.")).toEqual([])
  expect(findMentions('We scheduled it for 10:00 for them to watch.').length).toBe(1)
})

test('findMentions(text) reads a date-time group in a sentence, not its month and year alone', () => {
  const [mention] = findMentions(
    'The certificate expired at 150047Z SEP 25, after a year in service.'
  )
  expect(mention?.written.text).toBe('150047Z SEP 25')
  expect(mention?.written.date).toEqual({year: 2025, month: 9, day: 15})
})

test('a day and month with points, set off from the clock after it, is that day; a paragraph number is none', () => {
  const [row] = findMentions('| 04.03, 22:10 | Start |')
  expect(row?.written).toMatchObject({
    text: '04.03, 22:10',
    date: {month: 3, day: 4},
    clock: {hour: 22, minute: 10}
  })
  expect(
    findMentions('8.10 09:12 — the cause found').map((mention) => mention.written.text)
  ).toEqual(['09:12'])
})
