// Replaces dist/vendor/yargs.js (tsc's re-export of yargs) with yargs and its
// dependencies bundled into one ES module, for start-up time: see
// src/vendor/yargs.ts. Runs after tsc in `npm run build`.
import {readFileSync, rmSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = fileURLToPath(new URL('../', import.meta.url))
const version = JSON.parse(
  readFileSync(new URL('../node_modules/yargs/package.json', import.meta.url), 'utf8')
).version

await build({
  stdin: {contents: "export {default} from 'yargs'", resolveDir: root, loader: 'js'},
  outfile: `${root}dist/vendor/yargs.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  banner: {
    js: [
      `// yargs ${version} and its dependencies, bundled by scripts/bundle-yargs.mjs from node_modules`,
      '// (their licences are in node_modules/yargs and beside each dependency). Do not edit.'
    ].join('\n')
  },
  legalComments: 'inline',
  logLevel: 'warning'
})

// tsc's source map described the re-export, not this file.
rmSync(`${root}dist/vendor/yargs.js.map`, {force: true})
