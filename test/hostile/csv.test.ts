/**
 * CSV that a spreadsheet opens: a report's text never becomes a formula.
 */
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {csvCell} from '../../src/render/csv.js'
import {run, scratch} from '../helpers/cli.js'

describe('csvCell(value)', () => {
  test.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+cmd|" /C calc"!A0', `"'+cmd|"" /C calc""!A0"`],
    ['-cmd|" /C calc"!A0', `"'-cmd|"" /C calc""!A0"`],
    ['-1+cmd|x!A0', `'-1+cmd|x!A0`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `"'\r=1+1"`],
    ['-12', '-12'],
    ['-0.5', '-0.5'],
    ['2017-02-28', '2017-02-28'],
    ['Checkout, payments', '"Checkout, payments"'],
    ['plain', 'plain']
  ])('%j is written %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell)
  })
})

describe('aftermath metrics --format csv', () => {
  test('titles that are formulas stay text', async () => {
    const dir = scratch()
    const titles = ['=HYPERLINK("http://evil","click")', '+cmd|x!A0', '-1+cmd|x!A0', '@SUM(A1)']
    for (const [index, title] of titles.entries())
      writeFileSync(
        join(dir, `r${index}.md`),
        `---\ntitle: '${title.replaceAll("'", "''")}'\ndate: 2024-02-02\ntimezone: UTC\n---\n\n# X\n\n## Timeline\n\n- 10:00 Disk fills [started]\n- 10:30 Logs deleted [resolved]\n`
      )
    const {code, stdout} = await run(['metrics', '.', '--format', 'csv'], {cwd: dir})
    expect(code).toBe(0)
    const rows = stdout.trim().split('\n').slice(1)
    expect(rows).toHaveLength(titles.length)
    for (const [index, row] of rows.entries()) {
      // The title is the second cell: quoted or not, it starts with the quote that makes it text.
      const cell = row.slice(`r${index}.md,`.length)
      expect(cell.startsWith("'") || cell.startsWith(`"'`), row).toBe(true)
    }
  })
})
