import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'

/** How messages are shown. */
export interface ReportOptions {
  color: boolean
  /** Show only fatal messages. */
  quiet: boolean
}

/**
 * Format the messages of files in the vfile-reporter style:
 * `incidents/x.md:14:3 warning Unexpected ... timeline-order aftermath`.
 * Empty when there is nothing to say.
 */
export function formatMessages(files: VFile[], options: ReportOptions): string {
  const withMessages = files.filter((file) => file.messages.length > 0)
  if (withMessages.length === 0) return ''
  return reporter(withMessages, {color: options.color, quiet: true, silent: options.quiet})
}
