/** Set by globalSetup.mjs once the portal answers. */
export const baseURL = (): string => {
  const url = process.env.E2E_BASE_URL
  if (!url) throw new Error('E2E_BASE_URL is not set: run the e2e project through jest (globalSetup starts the portal).')
  return url
}

export const ADMIN = { email: 'e2e-admin@newsroom.test', password: 'e2e-admin-password-1' }

/**
 * A request to the portal. On a busy machine fetch may reuse a kept-alive connection just as the server
 * closes it for idleness, and fail ("other side closed") before the server saw anything: a GET or HEAD is
 * then sent once more on a new connection, as browsers do. Nothing else is retried.
 */
export const get = async (path: string, init: RequestInit = {}): Promise<Response> => {
  const send = () => fetch(`${baseURL()}${path}`, { redirect: 'manual', ...init })
  try {
    return await send()
  } catch (error) {
    const idempotent = ['GET', 'HEAD'].includes((init.method ?? 'GET').toUpperCase())
    if (idempotent && closedConnection(error)) return send()
    throw error
  }
}

function closedConnection(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  return cause?.code === 'UND_ERR_SOCKET' || cause?.code === 'ECONNRESET' || /other side closed/.test(cause?.message ?? '')
}
