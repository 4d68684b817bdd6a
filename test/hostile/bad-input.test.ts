/**
 * Broken and hostile reports through the command line, each beside two good
 * reports in the same run: the exact diagnostic (file, place, rule), the
 * documented exit code, no stack trace, and the good reports still read.
 */
import {chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeEach, describe, expect, test, vi} from 'vitest'
import {run, scratch} from '../helpers/cli.js'

/** Paths whose file is removed just before aftermath opens it: a file deleted during the run. */
const removeBeforeOpen = new Set<string>()

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>()
  const openSync = ((path: string, ...rest: [string]) => {
    if (removeBeforeOpen.delete(String(path))) actual.unlinkSync(String(path))
    return actual.openSync(path, ...rest)
  }) as typeof actual.openSync
  return {...actual, openSync, default: {...actual, openSync}}
})

beforeEach(() => removeBeforeOpen.clear())

const good = `---
title: Disk full
date: 2024-02-02
timezone: UTC
---

# Disk full

## Timeline

- 10:00 Disk fills [started]
- 10:05 Alert fires [detected]
- 10:30 Old logs deleted [resolved]
`

interface Parsed {
  code: number
  stderr: string
  incidents: Array<{file: string; title: string; timeline: Array<{at: string | null}>}>
}

/** `aftermath parse .` in a folder holding `a-good.md`, the case, and `z-good.md`. */
async function parseBeside(name: string, content: string | Buffer): Promise<Parsed> {
  const dir = scratch()
  writeFileSync(join(dir, 'a-good.md'), good)
  writeFileSync(join(dir, name), content)
  writeFileSync(join(dir, 'z-good.md'), good)
  return parseIn(dir, ['.'])
}

async function parseIn(dir: string, paths: string[], options: string[] = []): Promise<Parsed> {
  const {code, stdout, stderr} = await run(['parse', ...paths, ...options], {cwd: dir})
  return {code, stderr, incidents: JSON.parse(stdout) as Parsed['incidents']}
}

/** The reporter's text with its alignment squeezed to one space, so a test can state it whole. */
function squash(text: string): string {
  return text.replace(/[ \t]+/g, ' ')
}

/** The two good reports were read, whole, whatever happened to the third. */
function expectGoodRead(parsed: Parsed) {
  const files = parsed.incidents.map((incident) => incident.file.replace(/^.*\//, ''))
  expect(files).toContain('a-good.md')
  expect(files).toContain('z-good.md')
  for (const incident of parsed.incidents.filter((one) => one.file.endsWith('good.md'))) {
    expect(incident.timeline.map((entry) => entry.at)).toEqual([
      '2024-02-02T10:00:00Z',
      '2024-02-02T10:05:00Z',
      '2024-02-02T10:30:00Z'
    ])
  }
  // Never a stack trace without --debug.
  expect(parsed.stderr).not.toMatch(/^\s+at /m)
}

describe('empty and nearly empty reports', () => {
  test('an empty file is a report-empty warning at 1:1, and exit 0', async () => {
    const parsed = await parseBeside('empty.md', '')
    expect(parsed.code).toBe(0)
    expect(squash(parsed.stderr)).toBe(
      'empty.md\n1:1 warning Unexpected empty report, expected a postmortem such as `# Title`, `## Summary` and `## Timeline` report-empty aftermath\n\n⚠ 1 warning\n'
    )
    expectGoodRead(parsed)
    expect(parsed.incidents.find((incident) => incident.file === 'empty.md')?.title).toBe('empty')
  })

  test('only front matter is a report-empty warning on its closing line', async () => {
    const parsed = await parseBeside('front.md', '---\ntitle: Nothing yet\ndate: 2024-02-02\n---\n')
    expect(parsed.code).toBe(0)
    expect(squash(parsed.stderr)).toBe(
      'front.md\n4:1 warning Unexpected report with only front matter, expected the postmortem after it, such as `# Title` and `## Timeline` report-empty aftermath\n\n⚠ 1 warning\n'
    )
    expectGoodRead(parsed)
  })
})

describe('front matter', () => {
  test('a key that is a list is read without a warning from Node on stderr', async () => {
    // Found by npm run fuzz: the YAML library warned through process.emitWarning, outside any diagnostic.
    const emitted = vi.spyOn(process, 'emitWarning')
    try {
      const parsed = await parseBeside('key.md', '---\n[ x ]: 1\ntitle: Keys\n---\n\n# Keys\n')
      expect(parsed.code).toBe(0)
      expect(emitted).not.toHaveBeenCalled()
      expectGoodRead(parsed)
    } finally {
      emitted.mockRestore()
    }
  })

  test('invalid YAML is front-matter-invalid where the YAML parser stopped', async () => {
    const parsed = await parseBeside(
      'yaml.md',
      '---\ntitle: [unclosed\ndate: 2024-02-02\n---\n\n# X\n'
    )
    expect(parsed.code).toBe(0)
    expect(squash(parsed.stderr)).toBe(
      'yaml.md\n3:1 warning Unexpected invalid YAML front matter: Flow sequence in block collection must be sufficiently indented and end with a ] front-matter-invalid aftermath\n\n⚠ 1 warning\n'
    )
    expectGoodRead(parsed)
  })

  test('invalid TOML is front-matter-invalid at its line and column', async () => {
    const parsed = await parseBeside('toml.md', '+++\ntitle = "unclosed\n+++\n\n# X\n')
    expect(parsed.code).toBe(0)
    expect(squash(parsed.stderr)).toBe(
      'toml.md\n2:9 warning Unexpected invalid TOML front matter: Invalid TOML document: unfinished string front-matter-invalid aftermath\n\n⚠ 1 warning\n'
    )
    expectGoodRead(parsed)
  })

  test('a YAML alias bomb is refused, not expanded', async () => {
    // Nine levels of nine aliases: 9^9 (387 million) strings if expanded.
    const levels = 'abcdefghi'.split('')
    const lines = levels.map((name, index) =>
      index === 0
        ? `${name}: &${name} [${Array(9).fill('"lol"').join(', ')}]`
        : `${name}: &${name} [${Array(9)
            .fill(`*${levels[index - 1]}`)
            .join(', ')}]`
    )
    const bomb = `---\n${lines.join('\n')}\n---\n\n# Bomb\n`
    const parsed = await parseBeside('bomb.md', bomb)
    expect(parsed.code).toBe(0)
    expect(squash(parsed.stderr)).toBe(
      'bomb.md\n1:1-11:4 warning Unexpected YAML front matter with more than 100 aliases (`*name`) to expand, expected plain values: it is not read, as an alias bomb would take all memory front-matter-invalid aftermath\n\n⚠ 1 warning\n'
    )
    // Counted, not timed: nothing of the bomb reached the output.
    const bombed = parsed.incidents.find((incident) => incident.file === 'bomb.md')
    expect(JSON.stringify(bombed).length).toBeLessThan(2000)
    expect(JSON.stringify(bombed)).not.toContain('lol')
    expectGoodRead(parsed)
  })

  test('keys of the wrong type are front-matter-type at their lines', async () => {
    const parsed = await parseBeside(
      'types.md',
      '---\ntitle: Types\ndate: yes\nseverity: [1, 2]\n---\n\n# Types\n'
    )
    expect(parsed.code).toBe(0)
    expect(squash(parsed.stderr)).toBe(
      'types.md\n3:1 warning Unexpected `date: yes`, expected a day such as `2017-02-28` front-matter-type aftermath\n4:1 warning Unexpected `severity` of type array, expected a string such as `SEV-2` front-matter-type aftermath\n\n⚠ 2 warnings\n'
    )
    expectGoodRead(parsed)
  })
})

describe('a day the calendar does not have', () => {
  test('`date: 2026-33-09` is front-matter-type, and the review is still written', async () => {
    // Found by npm run fuzz: the day was taken (Date.UTC rolls month 33 over) and the review threw.
    const report = good.replace('date: 2024-02-02', 'date: 2026-33-09')
    const dir = scratch()
    writeFileSync(join(dir, 'a-good.md'), good)
    writeFileSync(join(dir, 'month.md'), report)
    writeFileSync(join(dir, 'z-good.md'), good)
    const parsed = await parseIn(dir, ['.'])
    expect(parsed.code).toBe(0)
    expect(squash(parsed.stderr)).toMatch(
      /^month\.md\n3:1 warning Unexpected `date: 2026-33-09`, expected a day such as `2017-02-28` front-matter-type aftermath\n/
    )
    expectGoodRead(parsed)
    const review = await run(['review', '.', '--format', 'json', '--as-of', '2024-03-01'], {
      cwd: dir
    })
    expect(review.code).toBe(0)
    expect(review.stderr).not.toMatch(/internal error|^\s+at /m)
    expect((JSON.parse(review.stdout) as {counts: {total: number}}).counts.total).toBe(3)
  })
})

describe('bytes that are not a Markdown text', () => {
  test('invalid UTF-8 is file-encoding with the byte, and exit 1', async () => {
    const latin1 = Buffer.from('# Caf\xe9 outage\n', 'latin1')
    const parsed = await parseBeside('latin1.md', latin1)
    expect(parsed.code).toBe(1)
    expect(squash(parsed.stderr)).toBe(
      'latin1.md\n error Unexpected invalid UTF-8 at byte 5, expected a Markdown file encoded in UTF-8 file-encoding aftermath\n\n✖ 1 error\n'
    )
    expectGoodRead(parsed)
    expect(parsed.incidents).toHaveLength(2)
  })

  test('a binary file is file-binary, and exit 1', async () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d
    ])
    const parsed = await parseBeside('picture.md', png)
    expect(parsed.code).toBe(1)
    expect(squash(parsed.stderr)).toBe(
      'picture.md\n error Unexpected binary file (it contains NUL bytes), expected a Markdown text file file-binary aftermath\n\n✖ 1 error\n'
    )
    expectGoodRead(parsed)
  })

  test('a byte order mark, CRLF and lone CR line endings read as LF does', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'a-good.md'), good)
    writeFileSync(join(dir, 'bom.md'), `\uFEFF${good}`)
    writeFileSync(join(dir, 'crlf.md'), good.replaceAll('\n', '\r\n'))
    writeFileSync(join(dir, 'cr.md'), good.replaceAll('\n', '\r'))
    writeFileSync(join(dir, 'z-good.md'), good)
    const parsed = await parseIn(dir, ['.'])
    expect(parsed.code).toBe(0)
    expect(parsed.stderr).toBe('')
    expect(parsed.incidents).toHaveLength(5)
    const [first, ...others] = parsed.incidents.map(({file: _, ...incident}) => incident)
    for (const other of others) expect(other).toEqual(first)
  })
})

describe('size and depth', () => {
  test('a 10 MB report is file-too-large, refused before it is read, and exit 1', async () => {
    const big = `${good}\n${'The disk filled with logs of the batch job. '.repeat(240_000)}\n`
    expect(big.length).toBeGreaterThan(10_000_000)
    const parsed = await parseBeside('big.md', big)
    expect(parsed.code).toBe(1)
    expect(squash(parsed.stderr)).toBe(
      'big.md\n error Unexpected file of 10.1 MB, expected a report of at most 5.0 MB: keep logs and exports out of the report, or link to them file-too-large aftermath\n\n✖ 1 error\n'
    )
    expectGoodRead(parsed)
    expect(parsed.incidents).toHaveLength(2)
  })

  test('a 1 MB single line is read whole, with no message', async () => {
    const line = 'word '.repeat(210_000)
    const parsed = await parseBeside('line.md', `${good}\n## Notes\n\n${line}\n`)
    expect(parsed.code).toBe(0)
    expect(parsed.stderr).toBe('')
    const incident = parsed.incidents.find((one) => one.file === 'line.md') as unknown as {
      sections: Array<{title: string; text: string}>
      timeline: unknown[]
    }
    expect(incident.sections.find((section) => section.title === 'Notes')?.text).toBe(line.trim())
    expect(incident.timeline).toHaveLength(3)
    expectGoodRead(parsed)
  })

  test('lists nested 10,000 deep are a markdown-limit warning at the line, and the rest is read', async () => {
    const deep = `${good}\n## Notes\n\n${'- '.repeat(10_000)}deepest\n`
    const parsed = await parseBeside('lists.md', deep)
    expect(parsed.code).toBe(0)
    expect(squash(parsed.stderr)).toBe(
      'lists.md\n17:1 warning Unexpected list items and block quotes nested 10000 deep, expected at most 100: the markers past the 100th on line 17 are read as text markdown-limit aftermath\n\n⚠ 1 warning\n'
    )
    const incident = parsed.incidents.find((one) => one.file === 'lists.md')
    expect(incident?.timeline).toHaveLength(3)
    expectGoodRead(parsed)
  })

  test('block quotes nested 10,000 deep are a markdown-limit warning; deeper lines in a row are one', async () => {
    const quotes = `${'> '.repeat(10_000)}quote`
    // One more level a line: 300 lines (45 KB), past the limit from line 119 (level 101) on.
    const climbing = Array.from({length: 300}, (_, index) => `${'>'.repeat(index + 1)} quote`)
    const parsed = await parseBeside(
      'quotes.md',
      `${good}\n## Notes\n\n${quotes}\n\n${climbing.join('\n')}\n`
    )
    expect(parsed.code).toBe(0)
    expect(squash(parsed.stderr)).toBe(
      [
        'quotes.md',
        '17:1 warning Unexpected list items and block quotes nested 10000 deep, expected at most 100: the markers past the 100th on line 17 are read as text markdown-limit aftermath',
        '119:1 warning Unexpected list items and block quotes nested 300 deep, expected at most 100: the markers past the 100th on lines 119-318 are read as text markdown-limit aftermath',
        '',
        '⚠ 2 warnings',
        ''
      ].join('\n')
    )
    expectGoodRead(parsed)
  })

  test('emphasis nested 10,000 deep is a markdown-limit warning on the block', async () => {
    const stars = `${good}\n## Notes\n\n${'*'.repeat(10_000)}x${'*'.repeat(10_000)}\n`
    const parsed = await parseBeside('stars.md', stars)
    expect(parsed.code).toBe(0)
    expect(squash(parsed.stderr)).toBe(
      'stars.md\n17:1 warning Unexpected 20000 emphasis, strikethrough and link marks (`*`, `_`, `~`, `[`, `]`) in one block, expected at most 1000: they are read as text on lines 17-17 markdown-limit aftermath\n\n⚠ 1 warning\n'
    )
    const incident = parsed.incidents.find((one) => one.file === 'stars.md')
    expect(incident?.timeline).toHaveLength(3)
    expectGoodRead(parsed)
  })

  test("a link's `[` left open over 20,000 words is a markdown-limit warning, and the rest is read", async () => {
    // micromark's literal autolinks look back to an open `[` at every word: quadratic without the limit.
    const open = `${good}\n## Notes\n\nSee [release notes 1. ${'1. '.repeat(20_000)}\n`
    const parsed = await parseBeside('open.md', open)
    expect(parsed.code).toBe(0)
    expect(squash(parsed.stderr)).toBe(
      "open.md\n17:1 warning Unexpected `[` left open for more than 4000 characters, expected a link's text to close with `]`: read as text on line 17 markdown-limit aftermath\n\n⚠ 1 warning\n"
    )
    const incident = parsed.incidents.find((one) => one.file === 'open.md')
    expect(incident?.timeline).toHaveLength(3)
    expectGoodRead(parsed)
  })

  test('a timeline table of 10,000 rows is read whole', async () => {
    const rows = Array.from({length: 10_000}, (_, index) => {
      const at = new Date(Date.UTC(2024, 1, 2, 10) + index * 60_000).toISOString()
      return `| ${at.slice(0, 10)} ${at.slice(11, 16)} | Event ${index} |`
    })
    const table = `---\ntitle: Long\ntimezone: UTC\n---\n\n# Long\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n${rows.join('\n')}\n`
    const parsed = await parseBeside('table.md', table)
    expect(parsed.code).toBe(0)
    expect(parsed.stderr).toBe('')
    const incident = parsed.incidents.find((one) => one.file === 'table.md')
    expect(incident?.timeline).toHaveLength(10_000)
    // 10:00 and 9,999 minutes: six days, 22 hours and 39 minutes later.
    expect(incident?.timeline.at(-1)?.at).toBe('2024-02-09T08:39:00Z')
    expectGoodRead(parsed)
  })
})

describe('times', () => {
  test('impossible times are time-impossible at their entries', async () => {
    const report = `${good.replace('- 10:30 Old logs deleted [resolved]', '- 25:61 Old logs deleted')}- 30 February 2024 10:00 Checked again\n`
    const parsed = await parseBeside('impossible.md', report)
    expect(parsed.code).toBe(0)
    expect(squash(parsed.stderr)).toBe(
      'impossible.md\n13:1-13:25 warning Unexpected impossible time `25:61`, expected a real clock time (00:00 to 23:59) on a real day time-impossible aftermath\n14:1-14:39 warning Unexpected impossible time `30 February 2024`, expected a real clock time (00:00 to 23:59) on a real day time-impossible aftermath\n\n⚠ 2 warnings\n'
    )
    expectGoodRead(parsed)
  })

  test('a timeline entirely out of order is a timeline-order warning per entry, order kept', async () => {
    const report = good.replace(
      /- 10:00[\s\S]*$/,
      '- 12:00 Four\n- 11:00 Three\n- 10:00 Two\n- 09:00 One\n'
    )
    const parsed = await parseBeside('backwards.md', report)
    expect(parsed.code).toBe(0)
    expect(squash(parsed.stderr)).toBe(
      [
        'backwards.md',
        '12:1-12:14 warning Unexpected `11:00` (2024-02-02T11:00:00Z) after `12:00` (2024-02-02T12:00:00Z) on line 11, expected entries in chronological order timeline-order aftermath',
        '13:1-13:12 warning Unexpected `10:00` (2024-02-02T10:00:00Z) after `11:00` (2024-02-02T11:00:00Z) on line 12, expected entries in chronological order timeline-order aftermath',
        '14:1-14:12 warning Unexpected `09:00` (2024-02-02T09:00:00Z) after `10:00` (2024-02-02T10:00:00Z) on line 13, expected entries in chronological order timeline-order aftermath',
        '',
        '⚠ 3 warnings',
        ''
      ].join('\n')
    )
    const incident = parsed.incidents.find((one) => one.file === 'backwards.md')
    expect(incident?.timeline.map((entry) => entry.at)).toEqual([
      '2024-02-02T12:00:00Z',
      '2024-02-02T11:00:00Z',
      '2024-02-02T10:00:00Z',
      '2024-02-02T09:00:00Z'
    ])
    expectGoodRead(parsed)
  })
})

describe('folders and files', () => {
  test('other files in a folder are skipped without a word; one named is read, or refused', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'a-good.md'), good)
    writeFileSync(join(dir, 'notes.txt'), 'not a report')
    writeFileSync(join(dir, 'data.json'), '{"title": 1}')
    writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))
    writeFileSync(join(dir, 'z-good.md'), good)
    const walked = await parseIn(dir, ['.'])
    expect(walked.code).toBe(0)
    expect(walked.stderr).toBe('')
    expect(walked.incidents).toHaveLength(2)
    expectGoodRead(walked)

    // Named, a picture is not read at all; a binary file with a report's name is read and refused.
    writeFileSync(join(dir, 'scan.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))
    const named = await parseIn(dir, ['a-good.md', 'logo.png', 'scan.md', 'z-good.md'])
    expect(named.code).toBe(1)
    expect(squash(named.stderr)).toBe(
      'logo.png\n error Unexpected file of type `.png`, expected a Markdown report (`.md`, `.markdown`, or plain text): not read not-markdown aftermath\n\nscan.md\n error Unexpected binary file (it contains NUL bytes), expected a Markdown text file file-binary aftermath\n\n✖ 2 errors\n'
    )
    expectGoodRead(named)
  })

  test('an unreadable file is file-unreadable (permission denied), and exit 1', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'a-good.md'), good)
    writeFileSync(join(dir, 'secret.md'), good)
    writeFileSync(join(dir, 'z-good.md'), good)
    chmodSync(join(dir, 'secret.md'), 0o000)
    const parsed = await parseIn(dir, ['.'])
    expectGoodRead(parsed)
    // Root reads a file whatever its mode: there the file is read like any other.
    if (process.getuid?.() === 0) {
      expect(parsed.code).toBe(0)
      expect(parsed.incidents).toHaveLength(3)
      return
    }
    expect(parsed.code).toBe(1)
    expect(squash(parsed.stderr)).toBe(
      'secret.md\n error Cannot read file: permission denied file-unreadable aftermath\n\n✖ 1 error\n'
    )
  })

  test('a report that is a symbolic link loop, or to nothing, is file-unreadable; a folder loop is walked once', async () => {
    const dir = scratch()
    mkdirSync(join(dir, 'reports'))
    writeFileSync(join(dir, 'reports', 'a-good.md'), good)
    writeFileSync(join(dir, 'reports', 'z-good.md'), good)
    symlinkSync('loop.md', join(dir, 'reports', 'loop.md'))
    symlinkSync('gone.md', join(dir, 'reports', 'dangling.md'))
    symlinkSync('..', join(dir, 'reports', 'up'))
    const parsed = await parseIn(dir, ['.'])
    expect(parsed.code).toBe(1)
    expect(squash(parsed.stderr)).toBe(
      [
        'reports/dangling.md',
        ' error Cannot read file: it is a symbolic link to `gone.md`, which does not exist file-unreadable aftermath',
        '',
        'reports/loop.md',
        ' error Cannot read file: symbolic links loop file-unreadable aftermath',
        '',
        '✖ 2 errors',
        ''
      ].join('\n')
    )
    expect(parsed.incidents.map((incident) => incident.file)).toEqual([
      'reports/a-good.md',
      'reports/z-good.md'
    ])
    expectGoodRead(parsed)
  })

  test('a path named that does not exist is file-unreadable, and exit 1', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'a-good.md'), good)
    writeFileSync(join(dir, 'z-good.md'), good)
    const parsed = await parseIn(dir, ['a-good.md', 'deleted.md', 'z-good.md'])
    expect(parsed.code).toBe(1)
    expect(squash(parsed.stderr)).toBe(
      'deleted.md\n error Cannot read file: no such file or folder file-unreadable aftermath\n\n✖ 1 error\n'
    )
    expectGoodRead(parsed)
  })

  test('a file deleted between the folder walk and its reading is file-unreadable', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'a-good.md'), good)
    writeFileSync(join(dir, 'm-doomed.md'), good)
    writeFileSync(join(dir, 'z-good.md'), good)
    removeBeforeOpen.add(join(dir, 'm-doomed.md'))
    const parsed = await parseIn(dir, ['.'])
    expect(removeBeforeOpen.size).toBe(0)
    expect(parsed.code).toBe(1)
    expect(squash(parsed.stderr)).toBe(
      'm-doomed.md\n error Cannot read file: no such file or folder file-unreadable aftermath\n\n✖ 1 error\n'
    )
    expectGoodRead(parsed)
  })

  test('lint over all of it at once: every message at its file, exit 1, no stack trace', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'a-good.md'), good)
    writeFileSync(join(dir, 'empty.md'), '')
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0, 1, 2]))
    writeFileSync(join(dir, 'deep.md'), `${good}\n${'> '.repeat(5000)}x\n`)
    writeFileSync(join(dir, 'cr.md'), good.replaceAll('\n', '\r'))
    symlinkSync('loop.md', join(dir, 'loop.md'))
    const {code, stderr} = await run(['lint', '.', '--as-of', '2024-03-01'], {cwd: dir})
    expect(code).toBe(1)
    expect(stderr).not.toMatch(/^\s+at /m)
    expect(stderr).toMatch(/^binary\.md\n.*error.*file-binary/m)
    expect(stderr).toMatch(
      /^deep\.md\n[\s\S]*?^15:1 +warning +Unexpected list items and block quotes nested 5000 deep/m
    )
    expect(stderr).toMatch(/^empty\.md\n.*1:1 +warning +Unexpected empty report.*report-empty/m)
    expect(stderr).toMatch(/^loop\.md\n.*error +Cannot read file: symbolic links loop/m)
    expect(stderr).not.toMatch(/internal-error/)
    expect(readFileSync(join(dir, 'cr.md'), 'utf8')).toContain('\r')
  })
})
