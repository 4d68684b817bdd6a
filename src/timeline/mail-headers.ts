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
  const field = (name: string) => headerField(text, name)
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

/**
 * The day a mail's headers say it was sent, when they give no clock: `From:`, `To:` or
 * `Subject:`, and `Date: Thursday, September 18, 2025`.
 *
 * @example
 *   mailDay('From: Ana\nTo: All staff\nDate: Thursday, September 18, 2025')?.day // 18
 */
export function mailDay(
  text: string
): {date: {year: number; month: number; day: number}; subject?: string} | undefined {
  const field = (name: string) => headerField(text, name)
  const sent = field('sent') ?? field('date')
  const subject = field('subject')
  if (!field('from') || !sent || (!subject && !field('to'))) return undefined
  const written = readTimestamp(sent)
  const date = written && !('impossible' in written) ? written.date : undefined
  if (date?.year === undefined) return undefined
  const day = {year: date.year, month: date.month, day: date.day}
  return subject ? {date: day, subject} : {date: day}
}

/** The value of a header line (`From: Ana`, `**Date:** ...`), trimmed; undefined when there is none. */
function headerField(text: string, name: string): string | undefined {
  return new RegExp(`^\\W*${name}\\W*:\\s*(.+?)\\s*$`, 'im').exec(text)?.[1]?.trim()
}
