import {describe, expect, test} from 'vitest'
import type {Io} from '../../src/cli/io.js'
import {createProgress} from '../../src/cli/progress.js'

function terminal(options: {tty?: boolean; env?: Record<string, string>} = {}) {
  const said: string[] = []
  const io: Io = {
    stdout: () => {},
    stderr: (text) => {
      said.push(text)
    },
    cwd: '/',
    env: options.env ?? {},
    stdoutIsTTY: false,
    stderrIsTTY: options.tty ?? true
  }
  return {io, said}
}

/** A clock that moves a second at each reading: every tick may draw. */
function clock() {
  let time = 0
  return () => {
    time += 1000
    return time
  }
}

describe('createProgress', () => {
  test('createProgress(io, options) draws a bar on one line, rewritten with \\r, then clears it', () => {
    const {io, said} = terminal({env: {NO_COLOR: '1'}})
    const progress = createProgress(io, {total: 100, label: 'reading', quiet: false}, clock())
    progress.tick(50)
    progress.tick(50)
    progress.done()
    expect(said).toHaveLength(3)
    for (const text of said) {
      expect(text.startsWith('\r')).toBe(true)
      expect(text).not.toContain('\n')
    }
    expect(said[0]).toContain('reading')
    expect(said[0]).toContain(' 50% 50/100')
    expect(said[1]).toContain('100% 100/100')
    // Cleared: spaces over the bar, and back to the start of the line.
    expect(said[2]).toMatch(/^\r +\r$/)
    expect((said[2] as string).length - 2).toBeGreaterThanOrEqual((said[1] as string).length - 1)
  })

  test('createProgress(io, options) colours the bar, but not with NO_COLOR or TERM=dumb', () => {
    for (const [env, coloured] of [
      [{}, true],
      [{NO_COLOR: ''}, false],
      [{NO_COLOR: '1'}, false],
      [{TERM: 'dumb'}, false]
    ] as const) {
      const {io, said} = terminal({env})
      createProgress(io, {total: 60, label: 'reading', quiet: false}, clock()).tick(30)
      expect(said).toHaveLength(1)
      expect(said[0]).toContain('30/60')
      expect(said[0]?.includes('\u001b[')).toBe(coloured)
    }
  })

  test('createProgress(io, options) says nothing when stderr is not a terminal, with --quiet, or for few reports', () => {
    for (const [tty, quiet, total] of [
      [false, false, 1000],
      [true, true, 1000],
      [true, false, 49]
    ] as const) {
      const {io, said} = terminal({tty})
      const progress = createProgress(io, {total, label: 'reading', quiet}, clock())
      progress.tick(total)
      progress.done()
      expect(said).toEqual([])
    }
  })

  test('createProgress(io, options) redraws at most every 100 ms, but always at the end', () => {
    const {io, said} = terminal()
    let time = 0
    const progress = createProgress(io, {total: 1000, label: 'reading', quiet: false}, () => time)
    for (let i = 0; i < 999; i++) {
      time += 1
      progress.tick()
    }
    expect(said.length).toBeLessThanOrEqual(11)
    progress.tick()
    expect(said.at(-1)).toContain('1000/1000')
  })
})
