/**
 * `timeColumns` on tables made up for the test: which column holds the
 * times, read cell by cell.
 */
import {expect, test} from 'vitest'
import {timeColumns} from '../../src/timeline/table-columns.js'

test('four digits in a column headed as times are clocks; in a column of years, years', () => {
  const clocks = timeColumns(
    ['Time (AKST)', 'Event'],
    [
      ['2352', 'Records server stops accepting writes'],
      ['0007', 'Supervisor declares an outage'],
      ['0115–0240', 'Paper cards entered back']
    ]
  )
  expect(clocks?.dateIndex).toBe(0)
  const [late, , span] = clocks?.columns[0]?.times ?? []
  expect(late && !('impossible' in late) ? late.clock : undefined).toEqual({
    hour: 23,
    minute: 52,
    hourOnly: false
  })
  expect(span && !('impossible' in span) ? span.rangeEnd?.clock?.hour : undefined).toBe(2)
  // No header about times, but `0007` is no year: the column is clocks.
  expect(
    timeColumns(
      ['When', 'What'],
      [
        ['2230', 'Paged'],
        ['0007', 'Fixed']
      ]
    )?.dateIndex
  ).toBe(0)
  // A column of years stays years.
  expect(
    timeColumns(
      ['Year', 'Milestone'],
      [
        ['2019', 'Billing moved to the new ledger'],
        ['2021', 'Old invoices archived']
      ]
    )
  ).toBeUndefined()
})
