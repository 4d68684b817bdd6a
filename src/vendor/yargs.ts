/**
 * yargs, through one module of our own. `npm run build` compiles this file to
 * a re-export and then replaces the compiled file with yargs and its
 * dependencies bundled into one module (scripts/bundle-yargs.mjs): Node 20
 * loads yargs' 50 modules in ~60 ms, the single file in ~20 ms, and every
 * command pays that at start-up. Run from source (tests), it is yargs itself.
 *
 * The bundle lives outside node_modules/yargs, so two things yargs finds from
 * its own path are given explicitly in src/cli/main.ts: the version (yargs
 * would read the package.json above the working folder) and the locale
 * (English: the bundle has no yargs locale files, and aftermath's own help is
 * English only).
 */
export {default} from 'yargs'
