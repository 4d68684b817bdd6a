/**
 * aftermath's lint rules for remark: `remark --use aftermath/remark-preset`
 * (or `plugins: ['aftermath/remark-preset']` in `.remarkrc`) shows the same
 * diagnostics as `aftermath lint`, so remark-cli and the editor
 * integrations that run remark-lint show them where people write.
 *
 * Like the command line, this is an entry point: it reads the configuration
 * file (`.aftermathrc.*`) and, unless given `asOf`, today's date.
 */
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import type {Preset} from 'unified'
import type {VFile} from 'vfile'
import {loadConfig} from '../cli/config.js'
import type {Config} from '../config/config.js'
import {lintReport} from '../lint/lint-report.js'

/** Options of the plugin: in `.remarkrc`, `["aftermath/remark-preset", {"asOf": "2026-10-01"}]`. */
export interface RemarkAftermathOptions {
  /** The day to judge due dates by (default: today). */
  asOf?: string
  /** Configuration to use instead of the `.aftermathrc.*` found from the file's folder. */
  config?: Config
}

/**
 * The remark plugin: lint the file with aftermath's rules and add each
 * finding as a message (errors fatal, as remark-lint does).
 */
export function remarkLintAftermath(options: RemarkAftermathOptions = {}) {
  return async (_tree: Root, file: VFile): Promise<void> => {
    let config = options.config
    if (!config) {
      const loaded = await loadConfig(file.cwd)
      for (const problem of loaded.problems) {
        const message = file.message(problem, {ruleId: 'config', source: 'aftermath'})
        message.fatal = true
      }
      config = loaded.config
    }
    const lintOptions: Parameters<typeof lintReport>[1] = {
      asOf: options.asOf ?? new Date().toISOString().slice(0, 10),
      config
    }
    if (file.path) lintOptions.path = file.path
    for (const found of lintReport(String(file.value), lintOptions)) {
      const start = {line: found.line, column: found.column}
      const place =
        found.endLine !== undefined && found.endColumn !== undefined
          ? {start, end: {line: found.endLine, column: found.endColumn}}
          : start
      const message = file.message(found.reason, {place, ruleId: found.ruleId, source: 'aftermath'})
      message.fatal = found.severity === 'error'
    }
  }
}

/** The preset: front matter and GFM for remark's own parse, and the rules. */
const preset: Preset = {
  plugins: [[remarkFrontmatter, ['yaml', 'toml']], remarkGfm, remarkLintAftermath]
}

export default preset
