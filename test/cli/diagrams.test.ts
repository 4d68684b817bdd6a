import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {run, scratch, seeds} from '../helpers/cli.js'
import {findAll, parseSvg} from '../helpers/svg.js'

const s3 = 'incidents/2017-02-28-aws-s3.md'
const png = [0x89, 0x50, 0x4e, 0x47]

describe('aftermath cascade', () => {
  test('prints the SVG of one report on stdout', async () => {
    const {code, stdout, stderr} = await run(['cascade', s3])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(findAll(parseSvg(stdout), 'g', 'component').length).toBeGreaterThan(8)
  })

  test('writes PNG files, one per incident, into a folder', async () => {
    const folder = join(scratch(), 'out/')
    const {code, stderr} = await run(['cascade', ...seeds, '-o', folder, '--format', 'png'])
    expect(code).toBe(0)
    for (const name of ['2012-12-24-aws-elb-cascade.png', '2017-02-28-aws-s3-cascade.png']) {
      expect([...readFileSync(join(folder, name)).subarray(0, 4)]).toEqual(png)
      expect(stderr).toContain(name)
    }
  })

  test('takes the format from the file name', async () => {
    const file = join(scratch(), 'elb.png')
    expect((await run(['cascade', 'incidents/2012-12-24-aws-elb.md', '-o', file, '-q'])).code).toBe(
      0
    )
    expect([...readFileSync(file).subarray(0, 4)]).toEqual(png)
  })

  test('takes the format from --format when the name does not tell it', async () => {
    const file = join(scratch(), 'elb.image')
    const {code} = await run([
      'cascade',
      'incidents/2012-12-24-aws-elb.md',
      '--format',
      'png',
      '-o',
      file,
      '-q'
    ])
    expect(code).toBe(0)
    expect([...readFileSync(file).subarray(0, 4)]).toEqual(png)
  })

  test('prints the cascade as JSON', async () => {
    const {code, stdout} = await run(['cascade', s3, '--format', 'json'])
    expect(code).toBe(0)
    const [first] = JSON.parse(stdout) as Array<{cascade: {source: string; edges: unknown[]}}>
    expect(first?.cascade.source).toBe('section')
    expect(first?.cascade.edges.length).toBe(12)
  })

  test('explains usage mistakes and writes nothing', async () => {
    const folder = scratch()
    const several = await run(['cascade', ...seeds])
    expect(several.code).toBe(2)
    expect(several.stderr).toContain('-o diagrams/')
    const terminal = await run(['cascade', s3, '--format', 'png'], {tty: true})
    expect(terminal.code).toBe(2)
    expect(terminal.stderr).toContain('-o file.png')
    const unknown = await run(['cascade', s3, '-o', join(folder, 'cascade.gif')])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('.svg or .png')
    expect(existsSync(join(folder, 'cascade.gif'))).toBe(false)
  })

  test('never writes over a report', async () => {
    const folder = scratch()
    // A report kept as plain text, written to as an SVG by mistake.
    const report = join(folder, 'report.txt')
    writeFileSync(report, readFileSync(s3, 'utf8'))
    const before = readFileSync(report, 'utf8')
    const {code, stderr} = await run(['cascade', report, '-o', report, '--format', 'svg'])
    expect(code).toBe(2)
    expect(stderr).toContain('refusing to write over')
    expect(readFileSync(report, 'utf8')).toBe(before)
  })

  test('says where a report has no cascade, with its place', async () => {
    const folder = scratch()
    writeFileSync(join(folder, 'quiet.md'), '# Quiet\n\nNothing spread.\n')
    const {code, stderr} = await run(['cascade', join(folder, 'quiet.md')])
    expect(code).toBe(1)
    expect(stderr).toMatch(/1:1\s+warning\s+No cascade to draw/)
    expect(stderr).toContain('cascade-missing')
  })

  test('reports cascade problems at their place and still draws the rest', async () => {
    const folder = scratch()
    writeFileSync(join(folder, 'loop.md'), '# Loop\n\n## Cascade\n\n- A -> B\n- B -> A\n')
    const {code, stdout, stderr} = await run(['cascade', join(folder, 'loop.md')])
    expect(code).toBe(0)
    expect(stderr).toMatch(/6:3\s+warning\s+Unexpected cycle `B -> A -> B`/)
    expect(findAll(parseSvg(stdout), 'path', 'edge')).toHaveLength(1)
  })
})

describe('aftermath compare', () => {
  test('draws the outages side by side, sorted as asked', async () => {
    const {code, stdout} = await run(['compare', ...seeds, '--sort', 'timeToResolve'])
    expect(code).toBe(0)
    const rows = findAll(parseSvg(stdout), 'g', 'row').map((row) => row.attributes['data-file'])
    expect(rows).toEqual(['incidents/2012-12-24-aws-elb.md', 'incidents/2017-02-28-aws-s3.md'])
  })

  test('draws on a log scale and the cascades as small multiples', async () => {
    const log = await run(['compare', ...seeds, '--scale', 'log'])
    expect(log.code).toBe(0)
    const linear = await run(['compare', ...seeds])
    expect(log.stdout).not.toBe(linear.stdout)
    const cascades = await run(['compare', ...seeds, '--cascades'])
    expect(findAll(parseSvg(cascades.stdout), 'g', 'panel')).toHaveLength(2)
  })
})

describe('aftermath timeline as a picture', () => {
  test('draws SVG on stdout and PNG to a file', async () => {
    const svg = await run(['timeline', s3, '--format', 'svg'])
    expect(svg.code).toBe(0)
    expect(findAll(parseSvg(svg.stdout), 'title')[0]?.text).toContain('AWS S3')
    const file = join(scratch(), 's3.png')
    const picture = await run(['timeline', s3, '-o', file, '--zone', 'America/Los_Angeles'])
    expect(picture.code).toBe(0)
    expect([...readFileSync(file).subarray(0, 4)]).toEqual(png)
  })
})
