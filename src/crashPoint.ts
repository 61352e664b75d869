/**
 * Fault injection for the crash-safety tests: with `AFC_CRASH_AT=<name>` (and
 * optionally `AFC_CRASH_AFTER=<n>`, default 1) in its environment, the process
 * kills itself with SIGKILL the n-th time it passes `crashPoint(name)` — as a
 * power cut or the OOM killer would, at a known place in the middle of a
 * write. Without the variable it does nothing.
 */
const passes = new Map<string, number>()

export const crashPoint = (name: string): void => {
  if (process.env.AFC_CRASH_AT !== name) return
  const n = (passes.get(name) ?? 0) + 1
  passes.set(name, n)
  if (n >= Number(process.env.AFC_CRASH_AFTER ?? 1)) process.kill(process.pid, 'SIGKILL')
}
