import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

import { mediaStorageOptions } from '@/cms/storage'

/**
 * The `scale` profile of docker-compose.yml (several portals behind nginx, media in MinIO), checked by
 * reading the files: no Docker engine runs on our machines.
 */

type Service = {
  image?: string
  build?: string
  profiles?: string[]
  ports?: string[]
  environment?: Record<string, string>
  volumes?: string[]
  depends_on?: Record<string, { condition: string }>
  command?: string[] | string
  healthcheck?: { test: string[] | string }
}

const read = (file: string) => fs.readFileSync(path.join(process.cwd(), file), 'utf8')
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> }
const services = Object.entries(compose.services)
const inProfile = (profile: string) => services.filter(([, service]) => service.profiles?.includes(profile))
const scaledPortals = inProfile('scale').filter(([, service]) => service.build === '.')
const [, proxy] = inProfile('scale').find(([, service]) => /^(nginx|caddy):/.test(service.image ?? '')) ?? []
const minio = compose.services.minio
const minioInit = compose.services['minio-init']

/** What Compose makes of `${NAME:-default}` / `${NAME:?message}` when NAME is unset. */
function unsetValue(value: string): string {
  return value.replace(/\$\{[A-Z0-9_]+(?::-([^}]*)|:\?[^}]*)?\}/g, (_, fallback: string | undefined) => fallback ?? '')
}

/** The nginx directives of the committed proxy config, comments removed. */
const nginx = read('deploy/nginx.conf').replace(/#.*$/gm, '')

describe('docker-compose.yml: profile scale', () => {
  it('leaves the plain `docker compose up` as it was: MongoDB, one portal and the mail catcher', () => {
    const always = services.filter(([, service]) => !service.profiles).map(([name]) => name)
    expect(always.sort()).toEqual(['mailpit', 'mongo', 'portal'])
  })

  it('runs at least two portal instances of the same image, on the replica set, reachable only through the proxy', () => {
    expect(scaledPortals.length).toBeGreaterThanOrEqual(2)
    for (const [name, service] of scaledPortals) {
      expect([name, service.image]).toEqual([name, compose.services.portal.image])
      expect(service.environment?.DATABASE_URI).toBe(compose.services.portal.environment?.DATABASE_URI)
      expect(service.environment?.PAYLOAD_SECRET).toMatch(/^\$\{PAYLOAD_SECRET:\?/)
      expect(service.depends_on?.mongo?.condition).toBe('service_healthy')
      expect(service.ports).toBeUndefined()
      // One trusted hop: the proxy's X-Forwarded-For entry is the reader (lib/reviews/clientAddress.ts).
      expect(service.environment?.TRUSTED_PROXY_HOPS).toBe('1')
    }
  })

  it('puts an official nginx (or Caddy) image in front, with the committed config mounted and a published port', () => {
    expect(proxy).toBeDefined()
    expect(proxy?.volumes).toContain('./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro')
    expect(proxy?.ports?.some((port) => port.endsWith(':80'))).toBe(true)
    for (const [name] of scaledPortals) expect(Object.keys(proxy?.depends_on ?? {})).toContain(name)
  })

  it('keeps every secret out of the file: no default value for any secret or password', () => {
    for (const [name, service] of services) {
      for (const [variable, value] of Object.entries(service.environment ?? {})) {
        if (!/SECRET|PASSWORD/.test(variable)) continue
        expect([name, variable, value]).toEqual([name, variable, expect.stringMatching(/^\$\{[A-Z0-9_]+(:\?[^}]*|:-)\}$/)])
      }
    }
  })
})

describe('deploy/nginx.conf', () => {
  const upstream = /upstream\s+(\w+)\s*\{([^}]*)\}/.exec(nginx)
  const locations = [...nginx.matchAll(/location\s+[^{]+\{([^}]*)\}/g)].map((match) => match[1])

  it('balances over exactly the portal instances of the profile', () => {
    const servers = [...(upstream?.[2] ?? '').matchAll(/^\s*server\s+([^\s;]+)/gm)].map((match) => match[1])
    expect(servers.sort()).toEqual(scaledPortals.map(([name]) => `${name}:3000`).sort())
  })

  it('proxies every location to them with the reader address appended and the scheme passed on', () => {
    expect(locations.length).toBeGreaterThan(0)
    for (const location of locations) {
      expect(location).toMatch(new RegExp(`proxy_pass\\s+http://${upstream?.[1]};`))
      expect(location).toMatch(/proxy_set_header\s+X-Forwarded-For\s+\$proxy_add_x_forwarded_for;/)
      expect(location).toMatch(/proxy_set_header\s+X-Forwarded-Proto\s+\$scheme;/)
      expect(location).toMatch(/proxy_set_header\s+Host\s+\$http_host;/)
    }
  })

  it('accepts uploads as large as the portal does (15 MB)', () => {
    const size = /client_max_body_size\s+(\d+)m;/.exec(nginx)?.[1]
    expect(Number(size)).toBeGreaterThanOrEqual(15)
  })

  it('compresses pages, which the portals send uncompressed (their nonce is written in on the way out)', () => {
    expect(nginx).toMatch(/gzip on;/)
    expect(nginx).toMatch(/gzip_proxied any;/)
    expect(/gzip_types ([^;]+);/.exec(nginx)?.[1].split(/\s+/)).toEqual(expect.arrayContaining(['text/html', 'text/x-component']))
  })

  it('sends a request an instance could not answer (stopped, killed, restarting) to the next one, but passes a 503 on', () => {
    for (const location of locations) {
      const next = /proxy_next_upstream ([^;]+);/.exec(location)?.[1].split(/\s+/) ?? []
      expect(next).toEqual(expect.arrayContaining(['error', 'timeout', 'http_502']))
      // The portals' 503 means the shared database is down: another instance would answer the same.
      expect(next).not.toContain('http_503')
    }
  })

  it('tells the operator the portals need TRUSTED_PROXY_HOPS=1', () => {
    expect(read('deploy/nginx.conf')).toMatch(/TRUSTED_PROXY_HOPS=1/)
  })
})

describe('docker-compose.yml: the shared cache for the scaled portals', () => {
  const redis = compose.services.redis

  it('runs Redis in the scale profile only, in memory, with a healthcheck', () => {
    expect(redis.image).toMatch(/^redis:\d/)
    expect(redis.profiles).toEqual(['scale'])
    const command = [redis.command ?? []].flat()
    expect(command[command.indexOf('--save') + 1]).toBe('')
    expect(command[command.indexOf('--appendonly') + 1]).toBe('no')
    expect([redis.healthcheck?.test ?? []].flat().join(' ')).toMatch(/redis-cli ping/)
  })

  it('gives every scaled portal its REDIS_URL and starts it once Redis is healthy; the single portal has none', () => {
    for (const [name, service] of scaledPortals) {
      expect([name, service.environment?.REDIS_URL]).toEqual([name, 'redis://redis:6379'])
      expect([name, service.depends_on?.redis?.condition]).toEqual([name, 'service_healthy'])
    }
    expect(compose.services.portal.environment?.REDIS_URL).toBeUndefined()
  })
})

describe('docker-compose.yml: media in MinIO for the scaled portals', () => {
  it('runs an S3-compatible store on a named volume, with a healthcheck', () => {
    expect(minio.image).toMatch(/^minio\/minio:RELEASE\./)
    expect(minio.profiles).toContain('scale')
    expect(minio.volumes?.some((volume) => volume.startsWith('minio-data:'))).toBe(true)
    expect(minio.healthcheck).toBeDefined()
  })

  it('creates the bucket once the store is healthy, before any portal starts', () => {
    expect(minioInit.depends_on?.minio?.condition).toBe('service_healthy')
    expect([minioInit.command ?? []].flat().join(' ')).toMatch(/mc mb --ignore-existing "store\/\$\$S3_BUCKET"/)
    for (const [name, service] of scaledPortals) {
      expect([name, service.depends_on?.['minio-init']?.condition]).toEqual([name, 'service_completed_successfully'])
    }
  })

  it("points each portal's S3 settings at that store, bucket and keys", () => {
    for (const [, service] of scaledPortals) {
      const env = Object.fromEntries(Object.entries(service.environment ?? {}).map(([key, value]) => [key, unsetValue(value)]))
      expect(new URL(env.S3_ENDPOINT).host).toBe('minio:9000')
      expect(env.S3_BUCKET).toBe(unsetValue(minioInit.environment?.S3_BUCKET ?? ''))
      expect(service.environment?.S3_ACCESS_KEY_ID).toBe(minio.environment?.MINIO_ROOT_USER)
      expect(service.environment?.S3_SECRET_ACCESS_KEY).toBe(minio.environment?.MINIO_ROOT_PASSWORD)
      // With the operator's secret set, the portal's own reading of this environment turns S3 on.
      const options = mediaStorageOptions({ ...env, S3_SECRET_ACCESS_KEY: 'set-by-the-operator' })
      expect(options).toMatchObject({ enabled: true, bucket: 'portal-media' })
      expect(options.config).toMatchObject({ endpoint: 'http://minio:9000', forcePathStyle: true })
    }
  })

  it('gives the single portal no S3 settings: its media stay on the media volume', () => {
    expect(Object.keys(compose.services.portal.environment ?? {}).filter((name) => name.startsWith('S3_'))).toEqual([])
  })
})
