import {defineConfig} from 'vitest/config'

/**
 * Three projects. `unit` is the core and the CLI run in-process, in threads
 * that keep their modules from one test file to the next (most of a unit
 * file's time was importing: 62 s isolated, about 25 s not); `unit-mocked`
 * the files that mock a Node module, which only an isolated file can do.
 * `npm run test:unit` runs these two, in well under a minute. `slow` is the
 * built command line in child processes, worker threads, the cache at
 * scale, Chromium, and the hostile inputs that take seconds each: `npm run
 * test:slow`, which builds dist/ first when a source is newer. `npm test`
 * runs all three.
 */
const slow = [
  'test/scale/**/*.test.ts',
  'test/e2e/**/*.test.ts',
  'test/hostile/regex.test.ts',
  // Long texts parsed whole and in pieces, many times over.
  'test/parse/pieces.test.ts',
  // remark-cli runs the built package.
  'test/lint/remark-preset.test.ts'
]
/** Files that replace a Node module (`vi.mock('node:fs')`): each needs a module registry of its own. */
const mocking = ['test/hostile/atomic-write.test.ts', 'test/hostile/bad-input.test.ts']

export default defineConfig({
  test: {
    // Property and corpus tests parse real reports; give them room on a 2-core machine.
    testTimeout: 30_000,
    // Each file's scratch folders are removed once its tests are done.
    setupFiles: ['test/helpers/clean-up.ts'],
    projects: [
      {
        extends: true,
        // Threads start faster than processes, and files that share modules import them once.
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...slow, ...mocking],
          pool: 'threads',
          isolate: false
        }
      },
      {
        extends: true,
        test: {name: 'unit-mocked', include: mocking, pool: 'threads'}
      },
      {
        extends: true,
        test: {name: 'slow', include: slow, globalSetup: ['test/helpers/fresh-dist.ts']}
      }
    ]
  }
})
