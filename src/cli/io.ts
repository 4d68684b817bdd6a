/** What a command may touch of the process: passed in, so commands can be tested without one. */
export interface Io {
  stdout: (text: string) => void
  /** Binary output on stdout (a PNG); absent where stdout only takes text. */
  stdoutBytes?: (bytes: Uint8Array) => void
  stderr: (text: string) => void
  cwd: string
  env: Record<string, string | undefined>
  stdoutIsTTY: boolean
  stderrIsTTY: boolean
  /** Terminal width, when stdout is a terminal. */
  columns?: number
  /** All of standard input, for `-` as a path; absent where there is none. */
  stdin?: () => Promise<Uint8Array>
}

/** Whether to colour output on stderr: a terminal, and neither `NO_COLOR` nor `TERM=dumb`. */
export function useColor(io: Io): boolean {
  return io.stderrIsTTY && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb'
}
