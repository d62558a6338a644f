import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { getPayloadClient } from '@/lib/payload'

type Handler = ReturnType<typeof REST_GET>

/**
 * Payload cannot start while its database is unreachable (MongoDB down at boot, say), and every API call
 * would then fail with 500. Clients are told the truth instead: 503 with Retry-After, no error detail.
 * Once Payload has started, a database failure inside a call is that endpoint's to answer (reviews: 503).
 */
function unavailableWithoutDatabase(handler: Handler): Handler {
  return async (request, args) => {
    try {
      await getPayloadClient()
    } catch {
      return Response.json(
        { errors: [{ message: 'The service is temporarily unavailable. Please try again shortly.' }] },
        { status: 503, headers: { 'retry-after': '30', 'cache-control': 'no-store' } },
      )
    }
    return handler(request, args)
  }
}

export const GET = unavailableWithoutDatabase(REST_GET(config))
export const POST = unavailableWithoutDatabase(REST_POST(config))
export const DELETE = unavailableWithoutDatabase(REST_DELETE(config))
export const PATCH = unavailableWithoutDatabase(REST_PATCH(config))
export const PUT = unavailableWithoutDatabase(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
