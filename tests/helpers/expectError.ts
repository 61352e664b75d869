import { expect } from 'vitest'

type FieldError = { message: string; path: string }

/** Runs `fn`, expects a Payload validation error, and returns its field errors by path. */
export const fieldErrors = async (fn: () => Promise<unknown>): Promise<Record<string, string>> => {
  let caught: unknown
  try {
    await fn()
  } catch (err) {
    caught = err
  }
  expect(caught, 'expected a validation error').toBeDefined()
  const errors = ((caught as { data?: { errors?: FieldError[] } }).data?.errors ?? []) as FieldError[]
  expect(errors.length, String((caught as Error).message)).toBeGreaterThan(0)
  return Object.fromEntries(errors.map((e) => [e.path, e.message]))
}

/** Runs `fn` and returns the HTTP status of the Payload error it throws. */
export const errorStatus = async (fn: () => Promise<unknown>): Promise<number> => {
  try {
    await fn()
  } catch (err) {
    return (err as { status?: number }).status ?? 500
  }
  return 200
}
