import { jest } from '@jest/globals'

/**
 * next-intl's Link reads the current path from Next's router, which does not exist outside Next: this gives the
 * components under test a router at "/". Call it before importing them (await import), as jest's ESM mocks require.
 */
export function routerAtRoot(): void {
  jest.unstable_mockModule('next/navigation', () => ({
    usePathname: () => '/',
    useRouter: () => ({ push: () => undefined, replace: () => undefined, prefetch: () => undefined }),
    useParams: () => ({}),
    redirect: () => undefined,
    permanentRedirect: () => undefined,
  }))
}
