/**
 * The texts of the templates reports are started from, built-in and the
 * team's (the configuration's `templates` folder), so that reading a report
 * can tell what it kept of one (`template-placeholder`).
 */
import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

// Two folders below the package root, from src/cli/ and from dist/cli/.
const builtIn = fileURLToPath(new URL('../../templates/', import.meta.url))

/**
 * Every `.md` template's text: the package's, then those of `teamFolder`.
 * A folder or file that cannot be read gives nothing.
 *
 * @example
 *   (await templateTexts()).length // 4
 */
export async function templateTexts(teamFolder?: string): Promise<string[]> {
  const folders = teamFolder ? [builtIn, teamFolder] : [builtIn]
  const texts = await Promise.all(folders.map(readFolder))
  return texts.flat()
}

async function readFolder(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[])
  const texts = await Promise.all(
    names
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => readFile(join(folder, name), 'utf8').catch(() => ''))
  )
  return texts.filter((text) => text !== '')
}
