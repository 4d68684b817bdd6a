import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {beforeEach, describe, expect, test, vi} from 'vitest'
import {entryBytes, readEntry} from '../../src/cli/cache.js'
import {project, run, scratch, syntheticReports} from '../helpers/cli.js'

// Count the Markdown parses: the cache is proven by what it spares.
const parses = vi.hoisted(() => ({count: 0}))
vi.mock('../../src/parse-incidents.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/parse-incidents.js')>()
  return {
    ...original,
    readReport: (...args: Parameters<typeof original.readReport>) => {
      parses.count++
      return original.readReport(...args)
    }
  }
})

const version = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string
  }
).version

/** A folder with `count` synthetic reports (and one with a warning), and a cache folder beside it. */
function corpus(count: number) {
  const folder = syntheticReports(count, 7)
  writeFileSync(
    join(folder, 'incidents', 'warned.md'),
    '# Warned\n\n## Timeline\n\n- 10:00 Something broke [started]\n- 09:00 Before it [resolved]\n'
  )
  return {folder, cache: join(folder, 'cache'), args: ['incidents', '--cache-dir', 'cache']}
}

function entries(cache: string): string[] {
  if (!existsSync(cache)) return []
  return readdirSync(cache, {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.entry'))
    .map((name) => join(cache, name))
    .sort()
}

/** An entry's parts: whose it is, the head of its result (as JSON) and the tail, as stored. */
function openEntry(bytes: Buffer) {
  const entry = readEntry(bytes)
  if (!entry) throw new Error('not a cache entry')
  const cut = entry.body.indexOf(10)
  return {
    aftermath: entry.aftermath as string,
    key: entry.key as string,
    head: JSON.parse(entry.body.toString('utf8', 0, cut)),
    tail: entry.body.subarray(cut + 1)
  }
}

/** The bytes of an entry from its parts, its CRC made again: only what a test changes is wrong. */
function closeEntry(parts: ReturnType<typeof openEntry>): Buffer {
  const body = Buffer.concat([Buffer.from(`${JSON.stringify(parts.head)}\n`), parts.tail])
  return entryBytes(parts.aftermath, parts.key, body)
}

/** `bytes` with `edit` made to the entry's parts. */
function editEntry(bytes: Buffer, edit: (parts: ReturnType<typeof openEntry>) => void): Buffer {
  const parts = openEntry(bytes)
  edit(parts)
  return closeEntry(parts)
}

beforeEach(() => {
  parses.count = 0
})

describe('the cache of parse results', () => {
  test('a second run over unchanged reports parses no Markdown and prints the same', async () => {
    const {folder, cache, args} = corpus(6)
    const first = await run(['parse', ...args], {cwd: folder})
    expect(first.code).toBe(0)
    expect(parses.count).toBe(7)
    expect(entries(cache)).toHaveLength(7)
    expect(first.stderr).toMatch(/warned\.md\n[^\n]*warning/)

    parses.count = 0
    const second = await run(['parse', ...args], {cwd: folder})
    expect(parses.count).toBe(0)
    expect(second).toEqual(first)
  })

  test('what a cached entry says is what the command prints (it is not parsed again)', async () => {
    const {folder, cache, args} = corpus(2)
    await run(['parse', ...args], {cwd: folder})
    for (const path of entries(cache)) {
      const edited = editEntry(readFileSync(path), ({head}) => {
        head.incidents[0].title = `From the cache: ${head.incidents[0].title}`
      })
      writeFileSync(path, edited)
    }
    const {stdout} = await run(['parse', ...args], {cwd: folder})
    const titles = (JSON.parse(stdout) as Array<{title: string}>).map((incident) => incident.title)
    expect(titles).toHaveLength(3)
    for (const title of titles) expect(title).toMatch(/^From the cache: /)
  })

  test('metrics and review agree with and without the cache', async () => {
    const {folder, args} = corpus(8)
    for (const command of [
      ['metrics', '--format', 'json'],
      ['review', '--format', 'json', '--as-of', '2026-01-01']
    ]) {
      const plain = await run([...command, ...args, '--no-cache'], {cwd: folder})
      const cold = await run([...command, ...args], {cwd: folder})
      const warm = await run([...command, ...args], {cwd: folder})
      expect(cold).toEqual(plain)
      expect(warm).toEqual(plain)
    }
  })

  test('every command prints the same from the cache for the real reports of incidents/', async () => {
    // Real reports: nested sections, tables, prose timelines, stated cascades; their parts are read from the cache.
    const folder = scratch()
    cpSync(join(project, 'incidents'), join(folder, 'incidents'), {recursive: true})
    const args = ['incidents', '--cache-dir', 'cache']
    for (const command of [
      ['parse'],
      ['timeline', '--format', 'json'],
      ['cascade', '--format', 'json'],
      ['metrics', '--format', 'json'],
      ['review', '--format', 'html', '--as-of', '2026-01-01'],
      ['review', '--format', 'md', '--as-of', '2026-01-01']
    ]) {
      const plain = await run([...command, ...args, '--no-cache'], {cwd: folder})
      const cold = await run([...command, ...args], {cwd: folder})
      const warm = await run([...command, ...args], {cwd: folder})
      expect(plain.stdout.length, command.join(' ')).toBeGreaterThan(1000)
      expect(cold, command.join(' ')).toEqual(plain)
      expect(warm, command.join(' ')).toEqual(plain)
    }
  }, 60_000)

  test.each([
    ['bad JSON', (bytes: Buffer) => bytes.subarray(0, bytes.length / 2)],
    ['an empty file', () => Buffer.alloc(0)],
    [
      'a byte changed in the parts read later (the CRC tells)',
      (bytes: Buffer) => {
        const changed = Buffer.from(bytes)
        const at = changed.length - 10
        changed[at] = (changed[at] as number) ^ 0x20
        return changed
      }
    ],
    [
      'the wrong shape',
      (bytes: Buffer) =>
        editEntry(bytes, ({head}) => {
          head.incidents = [{title: 'Not an incident'}]
        })
    ],
    [
      'messages of the wrong shape',
      (bytes: Buffer) =>
        editEntry(bytes, ({head}) => {
          head.messages = [{reason: 1}]
        })
    ],
    [
      'parts that do not fill the tail',
      (bytes: Buffer) =>
        editEntry(bytes, (parts) => {
          parts.tail = Buffer.concat([parts.tail, Buffer.from('[]')])
        })
    ],
    [
      'another version',
      (bytes: Buffer) =>
        editEntry(bytes, (parts) => {
          parts.aftermath = '0.0.0-other'
          parts.head.incidents[0].title = 'Stale'
        })
    ],
    [
      "another report's key",
      (bytes: Buffer) =>
        editEntry(bytes, (parts) => {
          parts.key = '0'.repeat(64)
          parts.head.incidents[0].title = 'Foreign'
        })
    ],
    ['not an entry', () => Buffer.from('[1, 2, 3]')],
    [
      'the JSON of an earlier aftermath',
      (bytes: Buffer) => {
        const {aftermath, key, head} = openEntry(bytes)
        return Buffer.from(JSON.stringify({aftermath, key, result: head}))
      }
    ]
  ])('an entry with %s is ignored and written again', async (_name, spoil) => {
    const {folder, cache, args} = corpus(3)
    const fresh = await run(['parse', ...args], {cwd: folder})
    const paths = entries(cache)
    const good = paths.map((path) => readFileSync(path))
    for (const path of paths) writeFileSync(path, spoil(readFileSync(path)))

    parses.count = 0
    const again = await run(['parse', ...args], {cwd: folder})
    expect(again).toEqual(fresh)
    expect(parses.count).toBe(paths.length)
    expect(paths.map((path) => readFileSync(path))).toEqual(good)
    for (const bytes of good) expect(openEntry(bytes).aftermath).toBe(version)
  })

  test('the settings that change a parse are part of the key', async () => {
    const {folder, args} = corpus(2)
    await run(['parse', ...args], {cwd: folder})
    parses.count = 0
    const zoned = await run(['parse', ...args, '--timezone', 'Europe/Berlin'], {cwd: folder})
    expect(parses.count).toBe(3)
    const plain = await run(['parse', ...args, '--timezone', 'Europe/Berlin', '--no-cache'], {
      cwd: folder
    })
    expect(zoned).toEqual(plain)
  })

  test('the zone is part of the key: metrics measured in one zone are not served for another', async () => {
    const folder = scratch()
    mkdirSync(join(folder, 'incidents'))
    // Front matter milestones and a timeline without a zone: both read in the zone given.
    writeFileSync(
      join(folder, 'incidents', 'queue.md'),
      '---\ntitle: Queue stalls\ndate: 2026-03-10\nmilestones:\n  started: "14:00"\n  resolved: "15:30"\n---\n\n## Timeline\n\n- 14:05 Alert fired\n- 15:20 Rolled back the consumer\n'
    )
    const args = ['metrics', 'incidents', '--format', 'json', '--cache-dir', 'cache', '-q']
    const started = (stdout: string) => JSON.parse(stdout)[0].milestones.started.at
    const utc = await run(args, {cwd: folder})
    expect(started(utc.stdout)).toBe('2026-03-10T14:00:00Z')
    parses.count = 0
    const zoned = await run([...args, '--timezone', 'America/New_York'], {cwd: folder})
    expect(parses.count).toBe(1)
    expect(started(zoned.stdout)).toBe('2026-03-10T18:00:00Z')
    // Each zone has its entry: both are served from the cache now, each as measured.
    parses.count = 0
    expect(await run([...args, '--timezone', 'America/New_York'], {cwd: folder})).toEqual(zoned)
    expect(await run(args, {cwd: folder})).toEqual(utc)
    expect(parses.count).toBe(0)
  })

  test('a report that writes no year is read as of the day, and kept for that day only; the others whatever the day', async () => {
    const folder = scratch()
    mkdirSync(join(folder, 'incidents'))
    writeFileSync(
      join(folder, 'incidents', 'yearless.md'),
      '# Checkout down on Friday (March 14)\n\n## Timeline\n\n- Friday 14 March, 17:20 UTC: payments fail [started]\n- 18:05 UTC: certificate replaced [resolved]\n'
    )
    writeFileSync(
      join(folder, 'incidents', 'dated.md'),
      '# Queue stalls\n\n## Timeline\n\n- 2026-03-10 14:00 UTC: consumers stall [started]\n- 2026-03-10 15:30 UTC: restarted [resolved]\n'
    )
    const args = ['metrics', 'incidents', '--format', 'json', '--cache-dir', 'cache', '-q']
    const started = (stdout: string) =>
      (JSON.parse(stdout) as Array<{file: string; milestones: {started: {at: string}}}>).map(
        (incident) => incident.milestones.started.at
      )
    vi.useFakeTimers({toFake: ['Date']})
    try {
      vi.setSystemTime(new Date(2026, 11, 6, 12))
      const first = await run(args, {cwd: folder})
      expect(started(first.stdout)).toEqual(['2026-03-10T14:00:00Z', '2025-03-14T17:20:00Z'])
      expect(parses.count).toBe(2)
      parses.count = 0
      expect(await run(args, {cwd: folder})).toEqual(first)
      expect(parses.count).toBe(0)
      // The next day: only the report that writes no year is read again.
      vi.setSystemTime(new Date(2026, 11, 7, 12))
      expect(await run(args, {cwd: folder})).toEqual(first)
      expect(parses.count).toBe(1)
    } finally {
      vi.useRealTimers()
    }
  })

  test('a moved report is parsed again: its path is in its incidents', async () => {
    const {folder, args} = corpus(1)
    await run(['parse', ...args], {cwd: folder})
    mkdirSync(join(folder, 'moved'))
    writeFileSync(
      join(folder, 'moved', 'warned.md'),
      readFileSync(join(folder, 'incidents', 'warned.md'))
    )
    parses.count = 0
    const {stdout} = await run(['parse', 'moved', '--cache-dir', 'cache'], {cwd: folder})
    expect(parses.count).toBe(1)
    expect(JSON.parse(stdout)[0].file).toBe(join('moved', 'warned.md'))
  })

  test('--no-cache reads and writes no cache', async () => {
    const {folder, cache, args} = corpus(2)
    await run(['parse', ...args, '--no-cache'], {cwd: folder})
    await run(['parse', 'incidents', '--no-cache'], {cwd: folder})
    expect(existsSync(cache)).toBe(false)
    expect(existsSync(join(folder, 'node_modules'))).toBe(false)
  })

  test('in a project, the cache is its node_modules/.cache/aftermath, and nothing else is written', async () => {
    const {folder} = corpus(2)
    writeFileSync(join(folder, 'package.json'), '{"name": "postmortems", "private": true}\n')
    mkdirSync(join(folder, 'incidents', 'q3'))
    writeFileSync(
      join(folder, 'incidents', 'q3', 'a.md'),
      '# A\n\n- 2026-07-01 10:00 UTC Errors [started]\n'
    )
    const before = listing(folder)
    // From a folder below the project's: its node_modules, not one here.
    const {code} = await run(['metrics', '.', '--format', 'json'], {cwd: join(folder, 'incidents')})
    expect(code).toBe(0)
    const added = listing(folder).filter((path) => !before.includes(path))
    expect(added.length).toBeGreaterThan(0)
    for (const path of added)
      expect(path).toMatch(/^node_modules(\/\.cache(\/aftermath(\/.+)?)?)?$/)
    // Written whole: no temporary file is left behind.
    expect(added.filter((path) => path.endsWith('.tmp'))).toEqual([])
  })

  test('outside a project, the cache is $XDG_CACHE_HOME/aftermath, and the folder of reports is left as it was', async () => {
    const {folder} = corpus(2)
    const xdg = scratch()
    const before = listing(folder)
    const {code} = await run(['metrics', 'incidents', '--format', 'json'], {
      cwd: folder,
      env: {XDG_CACHE_HOME: xdg}
    })
    expect(code).toBe(0)
    expect(listing(folder)).toEqual(before)
    expect(entries(join(xdg, 'aftermath')).length).toBeGreaterThan(0)
  })

  test('a cache folder that cannot be written only costs time', async () => {
    const {folder, args} = corpus(2)
    // A file where the cache folder should be.
    writeFileSync(join(folder, 'cache'), 'not a folder')
    const first = await run(['parse', ...args], {cwd: folder})
    expect(first.code).toBe(0)
    expect(first.stderr).not.toMatch(/cache/i)
    expect(readFileSync(join(folder, 'cache'), 'utf8')).toBe('not a folder')
    expect(JSON.parse(first.stdout)).toHaveLength(3)
  })
})

function listing(folder: string): string[] {
  return readdirSync(folder, {recursive: true, encoding: 'utf8'}).map((path) =>
    relative(folder, join(folder, path)).split('\\').join('/')
  )
}

describe('the cache folder', () => {
  test('entries are kept in a folder of the build that wrote them; other builds are removed', async () => {
    const {folder, cache, args} = corpus(1)
    const stale = join(cache, 'v0.0.1-0123456789abcdef', 'ab')
    mkdirSync(stale, {recursive: true})
    writeFileSync(join(stale, 'ab12.entry'), '{}')
    mkdirSync(join(cache, 'notes'))
    writeFileSync(join(cache, 'notes', 'keep.txt'), 'mine')
    await run(['parse', ...args], {cwd: folder})
    const builds = readdirSync(cache).sort()
    expect(builds).toHaveLength(2)
    expect(builds[0]).toBe('notes')
    expect(builds[1]).toMatch(new RegExp(`^v${version.replaceAll('.', '\\.')}-[0-9a-f]{16}$`))
    expect(readFileSync(join(cache, 'notes', 'keep.txt'), 'utf8')).toBe('mine')
  })
})
