import { readiness } from '@/cms/health'

/** Readiness (docker-compose healthchecks, load balancers): 200 when the database answers and is migrated, else 503. */
export const dynamic = 'force-dynamic'

export async function GET() {
  const result = await readiness()
  const headers = { 'cache-control': 'no-store' }
  if (result.ready) return Response.json({ status: 'ready' }, { headers })
  return Response.json({ status: 'unavailable', reason: result.reason }, { status: 503, headers: { ...headers, 'retry-after': '10' } })
}
