/**
 * Liveness: the process is up and answering. It never touches the database, so an orchestrator does not
 * restart a healthy server because the database is away (readiness says that: ../ready).
 */
export const dynamic = 'force-dynamic'

export function GET() {
  return Response.json({ status: 'live' }, { headers: { 'cache-control': 'no-store' } })
}
