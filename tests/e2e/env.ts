/** Set by globalSetup.mjs once the portal answers. */
export const baseURL = (): string => {
  const url = process.env.E2E_BASE_URL
  if (!url) throw new Error('E2E_BASE_URL is not set: run the e2e project through jest (globalSetup starts the portal).')
  return url
}

export const ADMIN = { email: 'e2e-admin@newsroom.test', password: 'e2e-admin-password-1' }

export const get = (path: string, init: RequestInit = {}) => fetch(`${baseURL()}${path}`, { redirect: 'manual', ...init })
