/**
 * The headers of an e-mail as a report quotes or opens with them: who sent
 * it, when, and its subject.
 */
import {readTimestamp, type WrittenTime} from '../time/read-timestamp.js'

/**
 * An e-mail's headers (`From: ... Sent: Tuesday, 20 January 2026 08:47 ... Subject: ...`): when it
 * was sent, and who sent it with its subject as its words. Undefined unless the lines hold a
 * sender and a day and clock sent.
 *
 * @example
 *   mailHeaders('From: Ana\nSent: 20 January 2026 08:47\nSubject: Webhooks late')?.text
 *   // 'Ana: Webhooks late'
 */
export function mailHeaders(
  text: string
): {written: WrittenTime; text: string; subject?: string} | undefined {
  const field = (name: string) =>
    new RegExp(`^\\W*${name}\\W*:\\s*(.+?)\\s*$`, 'im').exec(text)?.[1]?.trim()
  const from = field('from')
  const sent = field('sent') ?? field('date')
  if (!from || !sent) return undefined
  const written = readTimestamp(sent)
  if (!written || 'impossible' in written || !written.date || !written.clock) return undefined
  const sender = from
    .replace(/<[^>]*>|\S+@\S+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const subject = field('subject')
  return subject ? {written, text: `${sender}: ${subject}`, subject} : {written, text: sender}
}
