/**
 * Table-driven tests of the time engine through `resolveInstant`.
 *
 * Every expected instant was worked out by hand from the rules of the engine:
 * fixed abbreviations always mean their offset, generic names (PT, ET,
 * Central European) and IANA and city names follow daylight saving on the
 * date, ambiguous abbreviations (IST, BST, CST, AST) take their meaning from
 * `timezone` and otherwise default with a warning. Daylight saving dates used:
 * United States 2021-03-14 (02:00 local goes to 03:00) and 2021-11-07 (02:00
 * goes back to 01:00); European Union 2021-03-28 and 2021-10-31 (01:00 UTC).
 */
import {describe, expect, test} from 'vitest'
import type {DateSource, Precision, ZoneSource} from '../../src/model.js'
import {type ResolveInstantOptions, resolveInstant} from '../../src/time/resolve-instant.js'
import type {TimeProblem} from '../../src/time/resolve-time.js'

type RuleId = TimeProblem['ruleId']

interface Case {
  text: string
  options?: ResolveInstantOptions
  /** Expected `time.at`; `undefined` when `resolveInstant` must return undefined (not a time). */
  at: string | null | undefined
  /** Expected `time.end` for a range; when absent, the result must not be a range. */
  end?: string | null
  /** Defaults to 'minute' when `at` is an instant, `null` otherwise. */
  precision?: Precision | null
  /** Defaults to false. */
  approximate?: boolean
  zone?: string | null
  offset?: number | null
  zoneSource?: ZoneSource
  dateSource?: DateSource
  /** The time as written (`time.text`). */
  written?: string
  /** Exact list of rule ids; defaults to none. */
  problems?: RuleId[]
}

// Context days.
const winter = {date: '2021-01-15'} as const
const summer = {date: '2021-07-15'} as const
const june = {date: '2021-06-01'} as const
const feb28 = {date: '2017-02-28'} as const

const cases: readonly Case[] = [
  // ---------------------------------------------------------------------------
  // Absolute forms: the text carries its own date (and usually its zone).
  // ---------------------------------------------------------------------------
  {
    text: '2017-02-28T09:37:00-08:00',
    at: '2017-02-28T17:37:00Z',
    precision: 'second',
    offset: -480,
    zoneSource: 'entry',
    dateSource: 'entry'
  },
  {
    text: '2017-02-28T17:37:00Z',
    at: '2017-02-28T17:37:00Z',
    precision: 'second',
    offset: 0,
    zoneSource: 'entry'
  },
  // 09:37 at +05:30 is 04:07 UTC.
  {text: '2017-02-28T09:37:00+05:30', at: '2017-02-28T04:07:00Z', precision: 'second', offset: 330},
  {
    text: '2017-02-28 09:37',
    at: '2017-02-28T09:37:00Z',
    zoneSource: 'assumed',
    problems: ['time-zone-unknown']
  },
  // PST in February is the season's own offset, -8: 09:37 + 8 h.
  {
    text: '2017-02-28 09:37',
    options: {zone: 'PST'},
    at: '2017-02-28T17:37:00Z',
    zone: 'PST',
    offset: -480,
    zoneSource: 'option'
  },
  {
    text: '2017-02-28 09:37 PST',
    at: '2017-02-28T17:37:00Z',
    zone: 'PST',
    offset: -480,
    zoneSource: 'entry'
  },
  // 12:24 PM is 12:24; + 8 h.
  {text: 'Dec 24, 2012 12:24 PM PST', at: '2012-12-24T20:24:00Z', dateSource: 'entry'},
  {text: 'December 24, 2012 at 2:45 AM PST', at: '2012-12-24T10:45:00Z'},
  {text: '24 December 2012 20:24 UTC', at: '2012-12-24T20:24:00Z', offset: 0},
  // A date without a clock: that day at 00:00Z, day precision, no zone needed.
  {text: '2019/01/22', at: '2019-01-22T00:00:00Z', precision: 'day', dateSource: 'entry'},
  {text: '2021-06-01', at: '2021-06-01T00:00:00Z', precision: 'day'},
  {text: '31st July 2018', at: '2018-07-31T00:00:00Z', precision: 'day'},
  {text: 'January 5, 2021', at: '2021-01-05T00:00:00Z', precision: 'day'},
  // 12-hour clock.
  {text: '09:11:59 PM UTC', options: feb28, at: '2017-02-28T21:11:59Z', precision: 'second'},
  {
    text: '9:37 AM PST',
    options: feb28,
    at: '2017-02-28T17:37:00Z',
    zone: 'PST',
    offset: -480,
    written: '9:37 AM PST',
    dateSource: 'report',
    zoneSource: 'entry'
  },
  {
    text: '9:37 AM',
    options: {...feb28, zone: 'PST'},
    at: '2017-02-28T17:37:00Z',
    offset: -480,
    zoneSource: 'option'
  },
  {text: '12:05 PM PST', options: feb28, at: '2017-02-28T20:05:00Z'},
  {text: '12:30 AM UTC', options: feb28, at: '2017-02-28T00:30:00Z'},
  {text: '12:00 AM UTC', options: feb28, at: '2017-02-28T00:00:00Z'},
  {text: '11:59 PM UTC', options: feb28, at: '2017-02-28T23:59:00Z'},
  {text: '9 AM UTC', options: feb28, at: '2017-02-28T09:00:00Z', precision: 'hour'},
  {text: '20h45 UTC', options: {date: '2020-06-01'}, at: '2020-06-01T20:45:00Z'},
  {text: '9:30 UTC', options: {date: '2020-06-01'}, at: '2020-06-01T09:30:00Z'},
  // The date after the clock still belongs to it.
  {text: '01:52 UTC, 2022-10-28', at: '2022-10-28T01:52:00Z', dateSource: 'entry'},
  {text: 'Feb 04, 2021, 21:45 (UTC)', at: '2021-02-04T21:45:00Z', zoneSource: 'entry'},
  {text: 'Wednesday, 2023-01-25 at 09:15 UTC', at: '2023-01-25T09:15:00Z'},
  // A date written on the entry wins over the context day.
  {
    text: '2021-01-15 12:00 UTC',
    options: {date: '2020-06-01'},
    at: '2021-01-15T12:00:00Z',
    dateSource: 'entry'
  },

  // ---------------------------------------------------------------------------
  // Partial forms: the day (or the year) comes from `date`.
  // ---------------------------------------------------------------------------
  {
    text: '14:05 UTC',
    options: summer,
    at: '2021-07-15T14:05:00Z',
    dateSource: 'report',
    zoneSource: 'entry'
  },
  {text: '14:05 UTC', at: null, problems: ['time-date-unknown']},
  {
    text: '14:05',
    options: summer,
    at: '2021-07-15T14:05:00Z',
    zoneSource: 'assumed',
    problems: ['time-zone-unknown']
  },
  // A year-less date takes its year from the context day.
  {
    text: 'May 29 22:37',
    options: {date: '2021-01-10', zone: 'UTC'},
    at: '2021-05-29T22:37:00Z',
    dateSource: 'entry'
  },
  {text: 'May 29 22:37 UTC', at: null, problems: ['time-date-unknown']},
  {
    text: '[03-26 23:04]',
    options: {date: '2021-01-01', zone: 'UTC'},
    at: '2021-03-26T23:04:00Z',
    dateSource: 'entry'
  },
  // (Led by its weekday, as a table's column of when writes it.)
  {
    text: 'Fri 03-26 23:04',
    options: {date: '2021-01-01', zone: 'UTC'},
    at: '2021-03-26T23:04:00Z',
    dateSource: 'entry'
  },
  // Lead-in words and brackets are not part of the time.
  {text: 'At 14:05 UTC: paged', options: summer, at: '2021-07-15T14:05:00Z', written: '14:05 UTC'},
  {text: 'On 2021-06-01 at 14:05 UTC', at: '2021-06-01T14:05:00Z'},
  {text: '[14:05 UTC] paged', options: summer, at: '2021-07-15T14:05:00Z'},
  // A date in parentheses completes the time.
  {text: '22:30 UTC (Oct 29)', options: {date: '2021-01-01'}, at: '2021-10-29T22:30:00Z'},

  // ---------------------------------------------------------------------------
  // Offsets and UTC.
  // ---------------------------------------------------------------------------
  {text: '10:00 +05:30', options: summer, at: '2021-07-15T04:30:00Z', offset: 330},
  {text: '10:00 UTC+2', options: summer, at: '2021-07-15T08:00:00Z', offset: 120},
  {text: '10:00 UTC-7', options: summer, at: '2021-07-15T17:00:00Z', offset: -420},
  {text: '10:00 GMT+1', options: summer, at: '2021-07-15T09:00:00Z', offset: 60},
  {text: '10:00 UTC+05:30', options: summer, at: '2021-07-15T04:30:00Z', offset: 330},
  {text: '10:00 -0700', options: summer, at: '2021-07-15T17:00:00Z', offset: -420},
  {text: '10:00 (UTC+2)', options: summer, at: '2021-07-15T08:00:00Z', offset: 120},
  // GMT in July: UTC as written; London's clocks show BST, said as information (no warning).
  {
    text: '10:00 GMT',
    options: summer,
    at: '2021-07-15T10:00:00Z',
    offset: 0,
    problems: ['time-zone-season']
  },
  {text: '2021-07-15T10:00Z', at: '2021-07-15T10:00:00Z', offset: 0},
  // Context zone from the `zone` option.
  {
    text: '10:00',
    options: {...summer, zone: 'UTC+2'},
    at: '2021-07-15T08:00:00Z',
    zone: 'UTC+2',
    offset: 120,
    zoneSource: 'option'
  },
  {
    text: '10:00',
    options: {...summer, zone: 'GMT-3'},
    at: '2021-07-15T13:00:00Z',
    offset: -180,
    zoneSource: 'option'
  },
  // A zone on the entry wins over the option.
  {
    text: '10:00 UTC',
    options: {...summer, zone: 'PST'},
    at: '2021-07-15T10:00:00Z',
    offset: 0,
    zoneSource: 'entry'
  },

  // ---------------------------------------------------------------------------
  // Fixed abbreviations, in their own season: 12:00 local.
  // ---------------------------------------------------------------------------
  {text: '12:00 PST', options: winter, at: '2021-01-15T20:00:00Z', offset: -480},
  {text: '12:00 MST', options: winter, at: '2021-01-15T19:00:00Z', offset: -420},
  {text: '12:00 EST', options: winter, at: '2021-01-15T17:00:00Z', offset: -300},
  {text: '12:00 AKST', options: winter, at: '2021-01-15T21:00:00Z', offset: -540},
  {text: '12:00 HST', options: winter, at: '2021-01-15T22:00:00Z', offset: -600},
  {text: '12:00 CET', options: winter, at: '2021-01-15T11:00:00Z', offset: 60},
  {text: '12:00 EET', options: winter, at: '2021-01-15T10:00:00Z', offset: 120},
  {text: '12:00 SAST', options: winter, at: '2021-01-15T10:00:00Z', offset: 120},
  {text: '12:00 JST', options: winter, at: '2021-01-15T03:00:00Z', offset: 540},
  {text: '12:00 AEST', options: {date: '2021-06-15'}, at: '2021-06-15T02:00:00Z', offset: 600},
  {text: '12:00 PDT', options: summer, at: '2021-07-15T19:00:00Z', offset: -420},
  {text: '12:00 MDT', options: summer, at: '2021-07-15T18:00:00Z', offset: -360},
  {text: '12:00 CDT', options: summer, at: '2021-07-15T17:00:00Z', offset: -300},
  {text: '12:00 EDT', options: summer, at: '2021-07-15T16:00:00Z', offset: -240},
  {text: '12:00 AKDT', options: summer, at: '2021-07-15T20:00:00Z', offset: -480},
  {text: '12:00 CEST', options: summer, at: '2021-07-15T10:00:00Z', offset: 120},
  {text: '12:00 EEST', options: summer, at: '2021-07-15T09:00:00Z', offset: 180},
  {text: '12:00 SGT', options: summer, at: '2021-07-15T04:00:00Z', offset: 480},
  // A standard abbreviation in summer still means its offset, with a warning.
  {
    text: '12:00 PST',
    options: summer,
    at: '2021-07-15T20:00:00Z',
    offset: -480,
    problems: ['time-zone-season']
  },
  {
    text: '12:00 EST',
    options: summer,
    at: '2021-07-15T17:00:00Z',
    offset: -300,
    problems: ['time-zone-season']
  },
  {
    text: '12:00 CET',
    options: {date: '2021-06-15'},
    at: '2021-06-15T11:00:00Z',
    offset: 60,
    problems: ['time-zone-season']
  },
  {
    text: '12:00 EET',
    options: summer,
    at: '2021-07-15T10:00:00Z',
    offset: 120,
    problems: ['time-zone-season']
  },
  {
    text: '12:00 AKST',
    options: summer,
    at: '2021-07-15T21:00:00Z',
    offset: -540,
    problems: ['time-zone-season']
  },
  // And a summer abbreviation in winter.
  {
    text: '12:00 PDT',
    options: winter,
    at: '2021-01-15T19:00:00Z',
    offset: -420,
    problems: ['time-zone-season']
  },
  {
    text: '12:00 CEST',
    options: winter,
    at: '2021-01-15T10:00:00Z',
    offset: 120,
    problems: ['time-zone-season']
  },
  // Long names of fixed abbreviations.
  {text: '10:00 Pacific Standard Time', options: winter, at: '2021-01-15T18:00:00Z', offset: -480},
  {text: '10:00 Eastern Daylight Time', options: summer, at: '2021-07-15T14:00:00Z', offset: -240},

  // ---------------------------------------------------------------------------
  // Generic names follow daylight saving on the date.
  // ---------------------------------------------------------------------------
  // US spring forward, 2021-03-14.
  {text: '12:00 PT', options: {date: '2021-03-13'}, at: '2021-03-13T20:00:00Z', offset: -480},
  {text: '12:00 PT', options: {date: '2021-03-15'}, at: '2021-03-15T19:00:00Z', offset: -420},
  {text: '12:00 ET', options: {date: '2021-03-13'}, at: '2021-03-13T17:00:00Z', offset: -300},
  {text: '12:00 ET', options: {date: '2021-03-15'}, at: '2021-03-15T16:00:00Z', offset: -240},
  {text: '01:30 ET', options: {date: '2021-03-14'}, at: '2021-03-14T06:30:00Z', offset: -300},
  {text: '12:00 ET', options: {date: '2021-03-14'}, at: '2021-03-14T16:00:00Z', offset: -240},
  // US fall back, 2021-11-07.
  {text: '12:00 PT', options: {date: '2021-11-06'}, at: '2021-11-06T19:00:00Z', offset: -420},
  {text: '12:00 PT', options: {date: '2021-11-08'}, at: '2021-11-08T20:00:00Z', offset: -480},
  {text: '12:00 ET', options: {date: '2021-11-06'}, at: '2021-11-06T16:00:00Z', offset: -240},
  {text: '12:00 ET', options: {date: '2021-11-08'}, at: '2021-11-08T17:00:00Z', offset: -300},
  // EU: 2021-03-28 and 2021-10-31.
  {
    text: '12:00 Central European',
    options: {date: '2021-03-27'},
    at: '2021-03-27T11:00:00Z',
    offset: 60
  },
  {
    text: '12:00 Central European',
    options: {date: '2021-03-29'},
    at: '2021-03-29T10:00:00Z',
    offset: 120
  },
  {
    text: '12:00 Central European',
    options: {date: '2021-10-30'},
    at: '2021-10-30T10:00:00Z',
    offset: 120
  },
  {
    text: '12:00 Central European',
    options: {date: '2021-11-01'},
    at: '2021-11-01T11:00:00Z',
    offset: 60
  },
  {
    text: '12:00',
    options: {date: '2021-03-27', zone: 'Europe/London'},
    at: '2021-03-27T12:00:00Z',
    offset: 0,
    zoneSource: 'option'
  },
  {
    text: '12:00',
    options: {date: '2021-03-29', zone: 'Europe/London'},
    at: '2021-03-29T11:00:00Z',
    offset: 60,
    zoneSource: 'option'
  },
  {text: '10:00 Central European Time', options: summer, at: '2021-07-15T08:00:00Z', offset: 120},
  {text: '12:00 Pacific', options: summer, at: '2021-07-15T19:00:00Z', offset: -420},
  {text: '12:00 Eastern', options: winter, at: '2021-01-15T17:00:00Z', offset: -300},
  {text: '12:00 MT', options: winter, at: '2021-01-15T19:00:00Z', offset: -420},
  {text: '12:00 CT', options: summer, at: '2021-07-15T17:00:00Z', offset: -300},
  {
    text: '12:00',
    options: {date: '2021-03-13', zone: 'ET'},
    at: '2021-03-13T17:00:00Z',
    zoneSource: 'option'
  },
  // 02:30 did not exist in New York on 2021-03-14; it reads as 03:30 EDT (02:30 EST), 07:30Z.
  {
    text: '02:30 America/New_York',
    options: {date: '2021-03-14'},
    at: '2021-03-14T07:30:00Z',
    problems: ['time-nonexistent']
  },
  {
    text: '02:30 ET',
    options: {date: '2021-03-14'},
    at: '2021-03-14T07:30:00Z',
    problems: ['time-nonexistent']
  },
  {
    text: '02:30',
    options: {date: '2021-03-14', zone: 'America/New_York'},
    at: '2021-03-14T07:30:00Z',
    zoneSource: 'option',
    problems: ['time-nonexistent']
  },
  // 01:30 happened twice in New York on 2021-11-07: read as the first (EDT), with a warning.
  {
    text: '01:30 America/New_York',
    options: {date: '2021-11-07'},
    at: '2021-11-07T05:30:00Z',
    offset: -240,
    problems: ['time-repeated']
  },
  {
    text: '01:30 ET',
    options: {date: '2021-11-07'},
    at: '2021-11-07T05:30:00Z',
    offset: -240,
    problems: ['time-repeated']
  },
  // A fixed abbreviation settles the repeated hour; EST is a correct name for the second one.
  {text: '01:30 EDT', options: {date: '2021-11-07'}, at: '2021-11-07T05:30:00Z', offset: -240},
  {text: '01:30 EST', options: {date: '2021-11-07'}, at: '2021-11-07T06:30:00Z', offset: -300},

  // ---------------------------------------------------------------------------
  // City and IANA names.
  // ---------------------------------------------------------------------------
  {
    text: '16:37 Denver',
    options: summer,
    at: '2021-07-15T22:37:00Z',
    zone: 'Denver',
    offset: -360,
    zoneSource: 'entry'
  },
  {text: '16:37 DEnver', options: summer, at: '2021-07-15T22:37:00Z', offset: -360},
  {text: '16:37 Denver', options: winter, at: '2021-01-15T23:37:00Z', offset: -420},
  {text: '10:00 America/New_York', options: summer, at: '2021-07-15T14:00:00Z', offset: -240},
  {text: '10:00 Tokyo', options: summer, at: '2021-07-15T01:00:00Z', offset: 540},
  {text: '10:00 Europe/Dublin', options: summer, at: '2021-07-15T09:00:00Z', offset: 60},
  {
    text: '10:00',
    options: {...summer, zone: 'America/Denver'},
    at: '2021-07-15T16:00:00Z',
    offset: -360,
    zoneSource: 'option'
  },
  {
    text: '10:00',
    options: {...winter, zone: 'America/Denver'},
    at: '2021-01-15T17:00:00Z',
    offset: -420,
    zoneSource: 'option'
  },
  {
    text: '10:00',
    options: {...summer, zone: 'Denver'},
    at: '2021-07-15T16:00:00Z',
    offset: -360,
    zoneSource: 'option'
  },

  // ---------------------------------------------------------------------------
  // Ambiguous abbreviations: the report's `timezone` picks the meaning.
  // ---------------------------------------------------------------------------
  {
    text: '10:00 IST',
    options: {...summer, timezone: 'Europe/Dublin'},
    at: '2021-07-15T09:00:00Z',
    zone: 'IST',
    offset: 60
  },
  {
    text: '10:00 IST',
    options: {...summer, timezone: 'Asia/Kolkata'},
    at: '2021-07-15T04:30:00Z',
    offset: 330
  },
  {
    text: '10:00 IST',
    options: summer,
    at: '2021-07-15T04:30:00Z',
    offset: 330,
    problems: ['time-zone-ambiguous']
  },
  {
    text: '10:00 IST',
    options: {...winter, timezone: 'Asia/Jerusalem'},
    at: '2021-01-15T08:00:00Z',
    offset: 120
  },
  {
    text: '10:00 BST',
    options: summer,
    at: '2021-07-15T09:00:00Z',
    offset: 60,
    problems: ['time-zone-ambiguous']
  },
  {
    text: '10:00 BST',
    options: {...summer, timezone: 'Europe/London'},
    at: '2021-07-15T09:00:00Z',
    offset: 60
  },
  {
    text: '10:00 BST',
    options: {...summer, timezone: 'Asia/Dhaka'},
    at: '2021-07-15T04:00:00Z',
    offset: 360
  },
  {
    text: '10:00 CST',
    options: winter,
    at: '2021-01-15T16:00:00Z',
    offset: -360,
    problems: ['time-zone-ambiguous']
  },
  {
    text: '10:00 CST',
    options: {...winter, timezone: 'Asia/Shanghai'},
    at: '2021-01-15T02:00:00Z',
    offset: 480
  },
  {
    text: '10:00 CST',
    options: {...winter, timezone: 'America/Chicago'},
    at: '2021-01-15T16:00:00Z',
    offset: -360
  },
  // A report zone that matches no reading leaves the default, with the warning.
  {
    text: '10:00 CST',
    options: {...winter, timezone: 'Europe/Berlin'},
    at: '2021-01-15T16:00:00Z',
    offset: -360,
    problems: ['time-zone-ambiguous']
  },
  {
    text: '10:00 AST',
    options: winter,
    at: '2021-01-15T14:00:00Z',
    offset: -240,
    problems: ['time-zone-ambiguous']
  },
  {
    text: '10:00 AST',
    options: {...winter, timezone: 'Asia/Riyadh'},
    at: '2021-01-15T07:00:00Z',
    offset: 180
  },
  // An ambiguous context zone is resolved the same way.
  {
    text: '10:00',
    options: {...summer, zone: 'IST', timezone: 'Europe/Dublin'},
    at: '2021-07-15T09:00:00Z',
    offset: 60,
    zoneSource: 'option'
  },

  // ---------------------------------------------------------------------------
  // Two writings of one time.
  // ---------------------------------------------------------------------------
  {text: '13:14 EDT (17:14 UTC)', options: summer, at: '2021-07-15T17:14:00Z', offset: -240},
  {
    text: '13:14 EDT (18:14 UTC)',
    options: summer,
    at: '2021-07-15T17:14:00Z',
    problems: ['time-disagree']
  },
  // 20:07 EDT is 00:07 UTC on the next day: they agree.
  {text: '20:07 EDT (00:07 UTC)', options: summer, at: '2021-07-16T00:07:00Z'},
  {text: '9:37 AM PST (17:37 UTC)', options: feb28, at: '2017-02-28T17:37:00Z'},
  // The date written only with the conversion: 21:10 in New York on the 11th (still EST) is 02:10
  // UTC on the 12th, whatever day the report gives.
  {
    text: '9:10 PM to 9:40 PM ET (02:10–02:40 UTC on Mar 12)',
    options: {date: '2021-03-20'},
    at: '2021-03-12T02:10:00Z',
    end: '2021-03-12T02:40:00Z'
  },
  {
    text: '9:10 PM EDT (01:10 UTC on 12 August)',
    options: summer,
    at: '2021-08-12T01:10:00Z',
    dateSource: 'entry'
  },
  {text: '21:10 CEST (19:10 UTC, 12 Aug)', options: summer, at: '2021-08-12T19:10:00Z'},
  {
    text: '9:37 AM PST (09:37 UTC)',
    options: feb28,
    at: '2017-02-28T17:37:00Z',
    problems: ['time-disagree']
  },

  // ---------------------------------------------------------------------------
  // Approximate times.
  // ---------------------------------------------------------------------------
  {
    text: '~10:45',
    options: {...june, zone: 'UTC'},
    at: '2021-06-01T10:45:00Z',
    approximate: true,
    written: '~10:45'
  },
  {
    text: '~10:45',
    options: june,
    at: '2021-06-01T10:45:00Z',
    approximate: true,
    problems: ['time-zone-unknown']
  },
  {text: '10:45~', options: {...june, zone: 'UTC'}, at: '2021-06-01T10:45:00Z', approximate: true},
  // A date, then an approximate clock: the qualifier sits between them.
  {text: '2017-02-01 ~18:00 UTC', at: '2017-02-01T18:00:00Z', approximate: true},
  {text: '2017-02-01 around 18:00 UTC', at: '2017-02-01T18:00:00Z', approximate: true},
  {text: '12 June 2025 ~10:45 PDT', at: '2025-06-12T17:45:00Z', approximate: true},
  {text: 'June 12, 2025, around 10:45 PDT', at: '2025-06-12T17:45:00Z', approximate: true},
  {
    text: '2023-11-02 about 11:40',
    options: {zone: 'UTC'},
    at: '2023-11-02T11:40:00Z',
    approximate: true
  },
  {text: '± 17:20 UTC', options: june, at: '2021-06-01T17:20:00Z', approximate: true},
  {
    text: '23:00-ish',
    options: {...june, zone: 'UTC'},
    at: '2021-06-01T23:00:00Z',
    approximate: true
  },
  {
    text: 'around 5 p.m.',
    options: {...june, zone: 'UTC'},
    at: '2021-06-01T17:00:00Z',
    approximate: true,
    precision: 'hour'
  },
  {text: 'approximately 14:00 UTC', options: june, at: '2021-06-01T14:00:00Z', approximate: true},
  {text: '14:00 UTC (approx.)', options: june, at: '2021-06-01T14:00:00Z', approximate: true},
  // 17:00 PDT is 00:00 UTC the next day.
  {
    text: 'Around 5 PM PDT',
    options: summer,
    at: '2021-07-16T00:00:00Z',
    approximate: true,
    precision: 'hour'
  },
  {
    text: 'about 9 AM EST',
    options: winter,
    at: '2021-01-15T14:00:00Z',
    approximate: true,
    precision: 'hour'
  },

  // ---------------------------------------------------------------------------
  // Ranges.
  // ---------------------------------------------------------------------------
  {
    text: '09:00 - 11:00',
    options: {...june, zone: 'UTC'},
    at: '2021-06-01T09:00:00Z',
    end: '2021-06-01T11:00:00Z'
  },
  // The zone written once belongs to both ends.
  {
    text: '21:45 to 23:28 UTC',
    options: june,
    at: '2021-06-01T21:45:00Z',
    end: '2021-06-01T23:28:00Z'
  },
  {
    text: '23:00-01:00',
    options: {...june, zone: 'UTC'},
    at: '2021-06-01T23:00:00Z',
    end: '2021-06-02T01:00:00Z'
  },
  {
    text: '12:26-12:??',
    options: {...june, zone: 'UTC'},
    at: '2021-06-01T12:26:00Z',
    end: null,
    approximate: true
  },
  {
    text: '09:00 - 11:00 PST',
    options: winter,
    at: '2021-01-15T17:00:00Z',
    end: '2021-01-15T19:00:00Z'
  },
  // 22:00 PST is 06:00Z the next day; 01:30 PST the day after the start is 09:30Z.
  {
    text: '22:00 - 01:30 PST',
    options: winter,
    at: '2021-01-16T06:00:00Z',
    end: '2021-01-16T09:30:00Z'
  },
  {
    text: '09:00 - 11:00',
    options: {...summer, zone: 'America/Denver'},
    at: '2021-07-15T15:00:00Z',
    end: '2021-07-15T17:00:00Z',
    zoneSource: 'option'
  },

  // ---------------------------------------------------------------------------
  // Unknown times.
  // ---------------------------------------------------------------------------
  {text: '--:--', options: june, at: null, problems: ['time-unknown']},
  {text: '[???]', options: june, at: null, problems: ['time-unknown']},
  {text: '??:??', options: june, at: null, problems: ['time-unknown']},
  {text: '2019-12-03 --:--', at: null, dateSource: 'entry', problems: ['time-unknown']},

  // ---------------------------------------------------------------------------
  // Not times: prose, durations, versions, nothing.
  // ---------------------------------------------------------------------------
  {text: 'We are now investigating', at: undefined},
  {text: '1 hour and 31 minutes', at: undefined},
  {text: 'version 1.2.3', at: undefined},
  {text: '', at: undefined},
  {text: 'in 10 minutes', options: june, at: undefined},
  {text: 'Customers reported errors', options: june, at: undefined},
  {text: 'The deploy at 14:00 UTC failed', options: june, at: undefined},

  // ---------------------------------------------------------------------------
  // Impossible times are left to the timeline layer.
  // ---------------------------------------------------------------------------
  {text: '25:61 UTC', options: june, at: undefined},
  {text: '30 February 2019 10:00 UTC', at: undefined},
  {text: '31 April 2021 10:00 UTC', at: undefined}
]

function formatOptions(options: ResolveInstantOptions | undefined): string {
  if (!options) return ''
  const parts = Object.entries(options).map(([key, value]) => `${key}: '${value}'`)
  return parts.length > 0 ? `, {${parts.join(', ')}}` : ''
}

function nameOf(item: Case): string {
  const result = item.at === undefined ? 'undefined' : item.at === null ? 'null' : item.at
  const end = item.end === undefined ? '' : ` to ${item.end === null ? 'an unknown end' : item.end}`
  const problems = item.problems?.length ? ` (${item.problems.join(', ')})` : ''
  return `resolveInstant('${item.text}'${formatOptions(item.options)}) is ${result}${end}${problems}`
}

describe('resolveInstant', () => {
  for (const item of cases) {
    test(nameOf(item), () => {
      const resolution = resolveInstant(item.text, item.options)
      if (item.at === undefined) {
        expect(resolution).toBeUndefined()
        return
      }
      expect(resolution).toBeDefined()
      if (!resolution) return
      const {time} = resolution

      expect(time.at).toBe(item.at)
      if (item.end === undefined) {
        expect(time.range).toBe(false)
        expect(time.end).toBeUndefined()
      } else {
        expect(time.range).toBe(true)
        expect(time.end).toBe(item.end)
      }
      expect(time.precision).toBe(
        item.precision !== undefined ? item.precision : item.at === null ? null : 'minute'
      )
      expect(time.approximate).toBe(item.approximate ?? false)
      if (item.zone !== undefined) expect(time.zone).toBe(item.zone)
      if (item.offset !== undefined) expect(time.offset).toBe(item.offset)
      if (item.zoneSource !== undefined) expect(time.zoneSource).toBe(item.zoneSource)
      if (item.dateSource !== undefined) expect(time.dateSource).toBe(item.dateSource)
      if (item.written !== undefined) expect(time.text).toBe(item.written)
      expect(resolution.problems.map((problem) => problem.ruleId).sort()).toEqual(
        [...(item.problems ?? [])].sort()
      )
    })
  }

  test('the table has at least 90 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(90)
  })
})
