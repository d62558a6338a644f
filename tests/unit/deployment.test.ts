import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

import { resolveDatabase } from '@/cms/database'

/**
 * No Docker engine runs on our machines, so docker-compose.yml cannot be started in CI. These
 * checks keep it wired to the names the app itself uses, so it cannot silently rot.
 */

type Service = {
  image?: string
  command?: string[] | string
  entrypoint?: string[] | string
  profiles?: string[]
  build?: string | { context: string }
  ports?: string[]
  environment?: Record<string, string>
  volumes?: string[]
  healthcheck?: { test: string[] | string }
  depends_on?: Record<string, { condition: string }>
}
type Compose = { services: Record<string, Service>; volumes?: Record<string, unknown> }

const read = (file: string) => fs.readFileSync(path.join(process.cwd(), file), 'utf8')
// Compose resolves YAML merge keys (`<<: *portal`), so the file is read the same way here.
const compose = parse(read('docker-compose.yml'), { merge: true }) as Compose
const { mongo, portal } = compose.services

/** Names of the variables documented in .env.example. */
const documented = new Set([...read('.env.example').matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]))

/** Every process.env.NAME the app's own code reads (not tests, not Node/Next internals). */
function variablesReadByTheApp(): Set<string> {
  const roots = ['app', 'cms', 'collections', 'components', 'lib', 'server', 'plugins', 'i18n', 'access', 'seed', 'scripts', 'payload.config.ts', 'next.config.ts']
  const files = roots.flatMap(function walk(entry: string): string[] {
    if (!fs.existsSync(entry)) return []
    if (fs.statSync(entry).isFile()) return /\.(m?[jt]sx?)$/.test(entry) ? [entry] : []
    return fs.readdirSync(entry).flatMap((name) => walk(path.join(entry, name)))
  })
  const names = files.flatMap((file) => [...read(file).matchAll(/(?:process\.)?env\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]))
  // Next's own switches that the scripts set for it, not settings an operator chooses.
  return new Set(names.filter((name) => !['NODE_ENV', 'NEXT_TELEMETRY_DISABLED', 'NODE_OPTIONS'].includes(name)))
}

describe('docker-compose.yml', () => {
  it('counts a portal healthy once it is ready (database reachable, migrated), and routes to healthy ones only', () => {
    const instances = Object.entries(compose.services).filter(([, service]) => service.image === portal.image)
    expect(instances.map(([name]) => name).sort()).toEqual(['portal', 'portal-1', 'portal-2'])
    for (const [, service] of instances) expect([service.healthcheck?.test ?? []].flat().join(' ')).toContain("fetch('http://127.0.0.1:3000/api/health/ready')")
    expect(fs.existsSync('app/(payload)/api/health/ready/route.ts')).toBe(true)
    expect(compose.services.proxy.depends_on).toEqual({ 'portal-1': { condition: 'service_healthy' }, 'portal-2': { condition: 'service_healthy' } })
  })

  it('runs the official MongoDB image with its data on a named volume and a healthcheck', () => {
    expect(mongo.image).toMatch(/^mongo:\d/)
    const dataVolume = mongo.volumes?.find((v) => v.endsWith(':/data/db'))
    expect(dataVolume).toBeDefined()
    expect(Object.keys(compose.volumes ?? {})).toContain(dataVolume?.split(':')[0])
    expect(JSON.stringify(mongo.healthcheck?.test)).toMatch(/ping/)
  })

  it('runs MongoDB as the single-node replica set rs0, initiated idempotently by the healthcheck', () => {
    const command = [mongo.command ?? []].flat().join(' ')
    expect(command).toMatch(/--replSet rs0\b/)
    const check = [mongo.healthcheck?.test ?? []].flat().join(' ')
    // Initiates only when the set is not configured yet, so every later check (and restart) is a no-op.
    expect(check).toMatch(/catch \(e\) \{\s*if \(e\.codeName !== 'NotYetInitialized'\) throw e;\s*rs\.initiate\(/)
    expect(check).toContain("_id: 'rs0'")
    // Healthy (and so the portals start) only when this node accepts writes.
    expect(check).toMatch(/isWritablePrimary/)
    // The member's address is the one the portals connect to; the driver would otherwise chase a name it
    // cannot resolve.
    const member = /host: '([^']+)'/.exec(check)?.[1]
    const target = resolveDatabase(portal.environment?.DATABASE_URI)
    expect(target.kind === 'mongodb' && target.hosts).toBe(member)
  })

  it('connects the portal to the replica set by name', () => {
    const uri = new URL(portal.environment?.DATABASE_URI ?? '')
    expect(uri.searchParams.get('replicaSet')).toBe('rs0')
    expect(uri.pathname).toBe('/news-portal')
  })

  it('builds the portal from the Dockerfile and starts it once MongoDB is healthy', () => {
    expect(portal.build).toBe('.')
    expect(portal.depends_on?.mongo?.condition).toBe('service_healthy')
  })

  it('points DATABASE_URI at the mongo service, in a form the app accepts as MongoDB', () => {
    const target = resolveDatabase(portal.environment?.DATABASE_URI)
    expect(target.kind).toBe('mongodb')
    expect(target.kind === 'mongodb' && target.hosts.split(':')[0]).toBe('mongo')
  })

  it('takes PAYLOAD_SECRET from the environment and refuses to start without it', () => {
    expect(portal.environment?.PAYLOAD_SECRET).toMatch(/^\$\{PAYLOAD_SECRET:\?/)
  })

  it('publishes the port the image listens on', () => {
    const exposed = /^EXPOSE (\d+)$/m.exec(read('Dockerfile'))?.[1]
    expect(exposed).toBe('3000')
    expect(portal.ports?.some((p) => p.endsWith(`:${exposed}`))).toBe(true)
  })

  it('keeps uploaded media on a named volume where the app writes them', () => {
    const media = portal.volumes?.find((v) => v.endsWith(':/app/data/media'))
    expect(Object.keys(compose.volumes ?? {})).toContain(media?.split(':')[0])
  })

  it('catches staff mail in the official Mailpit image, its web interface on the host loopback only', () => {
    const { mailpit } = compose.services
    expect(mailpit.image).toMatch(/^axllent\/mailpit:v\d/)
    expect(mailpit.ports).toEqual(['127.0.0.1:${MAILPIT_PORT:-8025}:8025'])
    expect(portal.environment).toMatchObject({ SMTP_HOST: '${SMTP_HOST:-mailpit}', SMTP_PORT: '${SMTP_PORT:-1025}', SMTP_SECURE: '${SMTP_SECURE:-false}' })
  })

  it('uses only variables documented in .env.example', () => {
    for (const name of Object.keys(portal.environment ?? {})) expect([name, documented.has(name)]).toEqual([name, true])
  })
})

describe('Dockerfile', () => {
  it('starts the same server as npm start, on the production dependencies, as a non-root user', () => {
    const dockerfile = read('Dockerfile')
    const buildStage = dockerfile.slice(dockerfile.indexOf(' AS build'), dockerfile.indexOf(' AS runner'))
    // npm run build: Next's build, then the server compiled beside it (scripts/lib.mjs bundleServer).
    expect(buildStage).toMatch(/npm run build/)
    expect(buildStage).toMatch(/npm prune --omit=dev/)
    expect(dockerfile).toMatch(/^USER (?!root)\w+/m)
    // The file npm start and npm run dev (scripts/lib.mjs serverArgs, SERVER_BUNDLE) run.
    expect(dockerfile).toContain('CMD ["node", ".next/portal-server.mjs"]')
    expect(read('scripts/lib.mjs')).toContain("export const SERVER_BUNDLE = path.join(root, '.next', 'portal-server.mjs')")
    expect(read('scripts/start.mjs')).toContain('serverArgs()')
    expect(read('scripts/dev.mjs')).toContain("serverArgs('--dev')")
    // The compiler is a production dependency: the image's build runs it before pruning, npm start on every start.
    expect(JSON.parse(read('package.json')).dependencies.esbuild).toBeDefined()
  })
})

describe('.env.example', () => {
  it('documents every environment variable the app reads', () => {
    const read = variablesReadByTheApp()
    expect(read.size).toBeGreaterThan(3)
    for (const name of read) expect([name, documented.has(name)]).toEqual([name, true])
  })
})
