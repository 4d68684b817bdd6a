import {defineConfig} from 'vitest/config'

/**
 * Two projects: `unit` (the core and the CLI run in-process: under a minute,
 * `npm run test:unit`) and `slow` (the built command line in child
 * processes, worker threads, the cache at scale, Chromium, and the hostile
 * inputs that take seconds each: `npm run test:slow`, which builds dist/
 * first when a source is newer). `npm test` runs both.
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

export default defineConfig({
  test: {
    // Property and corpus tests parse real reports; give them room on a 2-core machine.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        // Threads start faster than processes: most of a unit file's time is importing.
        test: {name: 'unit', include: ['test/**/*.test.ts'], exclude: slow, pool: 'threads'}
      },
      {
        extends: true,
        test: {name: 'slow', include: slow, globalSetup: ['test/helpers/fresh-dist.ts']}
      }
    ]
  }
})
