/** The Markdown files (`.md`) below a folder, in order of name; none when the folder is missing. */
import {existsSync, readdirSync} from 'node:fs'
import {join} from 'node:path'

export function markdownFiles(folder: string): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, {withFileTypes: true})
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) return markdownFiles(path)
      return entry.name.endsWith('.md') ? [path] : []
    })
}
