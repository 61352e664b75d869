import { type ChildProcess, spawn } from 'node:child_process'

/**
 * The API in a process of its own, as production serves it
 * (tests/helpers/serveProcess.ts: Payload's router behind node:http), on the
 * bench's database; resolves with its address and pid once it listens. The
 * process is added to `children` for the bench to stop.
 */
export const serveApi = (children: ChildProcess[], env: Record<string, string> = {}) =>
  new Promise<{ base: string; pid: number }>((resolve, reject) => {
    const proc = spawn(process.execPath, ['--no-deprecation', '--conditions=production', '--import', 'tsx', 'tests/helpers/serveProcess.ts'], {
      env: { ...process.env, JOBS: 'off', LOG_LEVEL: 'error', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    children.push(proc)
    let log = ''
    const seen = (d: Buffer) => {
      log += String(d)
      const m = log.match(/listening (\d+)/)
      if (m) resolve({ base: `http://127.0.0.1:${m[1]}`, pid: proc.pid! })
    }
    proc.stdout!.on('data', seen)
    proc.stderr!.on('data', seen)
    proc.on('exit', (code) => reject(new Error(`API process exited (${code}):\n${log.slice(-2000)}`)))
  })
