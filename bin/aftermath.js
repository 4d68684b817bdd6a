#!/usr/bin/env node
// The stable entry point: runs the compiled CLI in dist/, which `npm ci` builds
// through the `prepare` script (or `npm run build` by hand).
let cli
try {
  cli = await import('../dist/cli/main.js')
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error
  process.stderr.write('aftermath: dist/ is missing; run `npm run build` (or `npm ci`) first.\n')
  process.exit(3)
}

// `aftermath ... | head` closes stdout early: stop quietly, as other command-line tools do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

process.exitCode = await cli.main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stdoutBytes: (bytes) => process.stdout.write(bytes),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  columns: process.stdout.columns,
  // `-` as a path: one report from stdin, read only then.
  stdin: async () => {
    const chunks = []
    for await (const chunk of process.stdin) chunks.push(chunk)
    return Buffer.concat(chunks)
  }
})
