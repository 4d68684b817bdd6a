/**
 * The instant a link's address holds: chat and social messages carry the
 * moment they were posted in their address, exactly, whatever zone the
 * report writes its times in. A report's timeline that links the message it
 * quotes shows, by the difference, the zone of its clock times.
 *
 * - Slack permalinks: `/archives/C57UPMZLY/p1626101058045600` (seconds since 1970, then microseconds)
 * - X and Twitter posts: `/status/1695295520351359040` (a snowflake: milliseconds since 2010-11-04T01:42:54.657Z, shifted 22 bits)
 * - Discord messages: `/channels/<guild>/<channel>/<message>` (a snowflake from 2015-01-01)
 */

const slack = /\/archives\/[A-Z0-9]+\/p(\d{10})(\d{6})\b/
const twitter = /(?:^|\/\/)(?:www\.|mobile\.)?(?:twitter|x)\.com\/\w+\/status(?:es)?\/(\d{15,20})\b/
const discord =
  /(?:^|\/\/)(?:www\.|ptb\.|canary\.)?discord(?:app)?\.com\/channels\/(?:\d+|@me)\/\d+\/(\d{15,20})\b/

const twitterEpoch = 1_288_834_974_657n
const discordEpoch = 1_420_070_400_000n

/** Links can name any time; a posted message is after the first of these services and not in the future of a report. */
const earliest = Date.UTC(2006, 0, 1)
const latest = Date.UTC(2100, 0, 1)

/**
 * Milliseconds since 1970 of the message a link points to, or undefined
 * when the link holds no such instant.
 *
 * @example
 *   linkInstant('https://example.slack.com/archives/C57UPMZLY/p1626101058045600') // 1626101058045
 */
export function linkInstant(url: string): number | undefined {
  let ms: number | undefined
  const posted = slack.exec(url)
  if (posted) ms = Number(posted[1]) * 1000 + Math.floor(Number(posted[2]) / 1000)
  else {
    const tweet = twitter.exec(url)
    const message = tweet ? undefined : discord.exec(url)
    const id = tweet?.[1] ?? message?.[1]
    if (id) {
      // Snowflakes before this scheme (X's before November 2010) are counters, not times.
      const epoch = tweet ? twitterEpoch : discordEpoch
      const value = BigInt(id)
      if (tweet && value < 1n << 42n) return undefined
      ms = Number((value >> 22n) + epoch)
    }
  }
  return ms !== undefined && ms >= earliest && ms < latest ? ms : undefined
}

/**
 * Whether a text may hold a link to a message with its instant: a quick
 * look for the addresses `linkInstant` reads.
 *
 * @example
 *   mayLinkInstant('see https://example.slack.com/archives/C1/p1626101058045600') // true
 */
export function mayLinkInstant(text: string): boolean {
  return /\/archives\/|\/status(?:es)?\/|\/channels\//.test(text)
}
