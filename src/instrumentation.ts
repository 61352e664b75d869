/**
 * Runs once when the Next server starts: connects Payload (which applies the
 * committed migrations in production) and, when SEED_DEMO is on — as `npm
 * start` sets it — creates the demo bank where it is missing. A failure here
 * stops the server: serving on a half-made database helps nobody.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // before the first request: where a request comes from is decided from its socket, not from what it claims
  const [{ installClientAddress }, { env: settings }] = await Promise.all([import('./auth/clientAddress'), import('./env')])
  installClientAddress(settings.TRUSTED_PROXIES)
  const [{ getPayload }, { default: config }, { seed }, { env }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('../seed'),
    import('./env'),
  ])
  try {
    const payload = await getPayload({ config })
    if (env.SEED_DEMO) {
      const { created } = await seed(payload)
      const total = Object.values(created).reduce((s, n) => s + n, 0)
      payload.logger.info(total === 0 ? 'Demo seed: already present, nothing changed.' : `Demo seed: created ${JSON.stringify(created)}`)
    }
  } catch (err) {
    console.error('[start] could not prepare the database:', err)
    process.exit(1)
  }
}
