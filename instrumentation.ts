/** Runs once when the Next.js server starts (not during `next build`). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  // The Docker image starts the server directly (no scripts/prepare.ts): refuse a weak secret here too.
  const { assertProductionSecret, SecretError } = await import('./lib/secret')
  try {
    assertProductionSecret()
  } catch (error) {
    if (!(error instanceof SecretError)) throw error
    console.error(error.message)
    process.exit(1)
  }
  const { startJobRunner } = await import('./lib/jobRunner')
  startJobRunner()
}
