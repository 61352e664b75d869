import { spawn } from 'node:child_process'
import path from 'node:path'

import { type Grid, SheetError } from '../domain/spreadsheet'
import { env } from '../env'

/**
 * Reads an uploaded spreadsheet in a child process with its own heap limit
 * (IMPORT_READER_MEMORY_MB), at most IMPORT_READERS at once, the others
 * waiting their turn. A file that needs more memory than that, or more than
 * READ_TIMEOUT_MS, is refused as a whole (413, naming the limit), and the
 * server's own memory never holds more than the upload and its grid: one
 * upload used to raise the server from 245 MB to 1.26 GB, six in parallel
 * ended it ("JavaScript heap out of memory").
 */
export const READ_TIMEOUT_MS = 120_000

const WORKER = path.join(env.projectRoot, 'src', 'import', 'sheetWorker.ts')

let running = 0
const waiting: Array<() => void> = []

const turn = async (): Promise<() => void> => {
  if (running >= env.IMPORT_READERS) await new Promise<void>((resolve) => waiting.push(resolve))
  else running++
  let released = false
  return () => {
    if (released) return
    released = true
    const next = waiting.shift()
    if (next) next()
    else running--
  }
}

type Answer = { error: string } | { grid: Grid } | { problem: SheetError['problem'] }

export const readSpreadsheetIsolated = async (bytes: Buffer, opts: { maxBytes?: number; maxRows: number }): Promise<Grid> => {
  const release = await turn()
  try {
    const answer = await new Promise<Answer | null>((resolve, reject) => {
      // spawned, not forked: the parent's own options (a debugger, its heap size) are not the reader's, and the
      // bundler leaves a spawned file alone (it tried to bundle fork's module, which is a source file run as is)
      const node = [process.execPath][0]!
      const child = spawn(node, ['--no-deprecation', '--conditions=production', '--import', 'tsx', `--max-old-space-size=${env.IMPORT_READER_MEMORY_MB}`, WORKER], {
        cwd: env.projectRoot,
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      })
      let answer: Answer | null = null
      let stderr = ''
      child.stderr?.on('data', (d: Buffer) => {
        if (stderr.length < 4000) stderr += d.toString()
      })
      const timer = setTimeout(() => child.kill('SIGKILL'), READ_TIMEOUT_MS)
      child.on('message', (m: Answer) => (answer = m))
      child.on('error', (e) => {
        clearTimeout(timer)
        reject(e)
      })
      child.on('exit', (code, signal) => {
        clearTimeout(timer)
        if (answer) resolve(answer)
        // out of heap (V8 aborts), killed at the time limit, or killed by the system for memory
        else if (signal || /heap out of memory|Allocation failed/i.test(stderr) || code === 134) resolve(null)
        else reject(new Error(`the spreadsheet reader ended with code ${code}: ${stderr.slice(-500)}`))
      })
      child.send({ bytes, maxBytes: opts.maxBytes, maxRows: opts.maxRows })
    })
    if (answer === null) throw new SheetError({ code: 'tooComplex', memoryMb: env.IMPORT_READER_MEMORY_MB })
    if ('grid' in answer) return answer.grid
    if ('problem' in answer) throw new SheetError(answer.problem)
    throw new SheetError({ code: 'unreadable', detail: answer.error })
  } finally {
    release()
  }
}
