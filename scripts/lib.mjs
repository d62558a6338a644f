// Helpers shared by the start, build and test scripts (plain Node, no TypeScript needed to run them).
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const bin = (name) => path.join(root, 'node_modules', '.bin', name)

/**
 * The portal's HTTP server (server/main.ts: Next's custom server with the request pipeline), compiled to one
 * file beside the build. Compiled, not run through tsx: tsx's module hooks stay installed for the life of the
 * process and made every request about a third slower (measured: 306 against 460 req/s on /api/health/live).
 */
export const SERVER_BUNDLE = path.join(root, '.next', 'portal-server.mjs')

/**
 * Next's cache handler when REDIS_URL is set (cms/sharedCache/handler.ts; next.config.ts names this file), compiled
 * with the server: Next imports it with Node's own `import()`, which cannot read TypeScript.
 */
export const CACHE_HANDLER_BUNDLE = path.join(root, '.next', 'portal-cache-handler.mjs')

/** `node` arguments that start the server (`--dev` for development): npm start, npm run dev and the Docker image. */
export const serverArgs = (...flags) => [SERVER_BUNDLE, ...flags]

/**
 * Compiles server/ (and the app modules it imports: the locale list, the route table, the security headers)
 * into SERVER_BUNDLE, and the shared cache handler into CACHE_HANDLER_BUNDLE; packages stay imports. Written by
 * rename, so a server starting meanwhile never reads half a file; about 20 ms.
 */
export async function bundleServer() {
  await Promise.all([
    bundle(path.join(root, 'server', 'main.ts'), SERVER_BUNDLE),
    bundle(path.join(root, 'cms', 'sharedCache', 'handler.ts'), CACHE_HANDLER_BUNDLE),
  ])
}

async function bundle(entry, target) {
  const { build: esbuild } = await import('esbuild')
  const { outputFiles } = await esbuild({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: path.join(root, 'tsconfig.json'),
    write: false,
    logLevel: 'warning',
  })
  const code = outputFiles[0].contents
  fs.mkdirSync(path.dirname(target), { recursive: true })
  const temporary = `${target}.${process.pid}.tmp`
  fs.writeFileSync(temporary, code)
  fs.renameSync(temporary, target)
}

/** Runs a command with inherited output; resolves on exit 0, rejects otherwise. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new ExitError(`${path.basename(command)} ${args.join(' ')}`, code ?? 1, signal)),
    )
  })
}

export class ExitError extends Error {
  constructor(what, code, signal) {
    super(`${what} exited with ${signal ?? code}`)
    this.code = code
  }
}

// Everything a production build is made from. A change to any of these makes the build stale.
const BUILD_INPUTS = [
  'app', 'cms', 'collections', 'components', 'lib', 'server', 'plugins', 'i18n', 'messages', 'access', 'fields', 'migrations', 'public',
  'next.config.ts', 'payload.config.ts', 'instrumentation.ts', 'global.d.ts', 'payload-types.ts', 'tsconfig.json',
  'package-lock.json',
]
const STAMP = path.join(root, '.next', 'portal-build-inputs')

function listFiles(entry) {
  const full = path.join(root, entry)
  if (!fs.existsSync(full)) return []
  if (fs.statSync(full).isFile()) return [entry]
  return fs
    .readdirSync(full, { withFileTypes: true })
    .flatMap((d) => listFiles(path.join(entry, d.name)))
}

export function buildInputsHash() {
  const hash = createHash('sha256')
  for (const file of BUILD_INPUTS.flatMap(listFiles).sort()) {
    hash.update(file).update('\0').update(fs.readFileSync(path.join(root, file))).update('\0')
  }
  return hash.digest('hex')
}

/**
 * Which content a build prerendered (lib/prerender.ts): the database it read, and the public origin its
 * pages link to. A build made from another database (a test's fresh one, the benchmark's) would serve
 * that database's pages, so it is not current for this one. A SQLite file is known by its path, inode
 * and creation time (a file deleted and re-seeded is another database), MongoDB by its address.
 */
export function contentIdentity(env = process.env) {
  const uri = env.DATABASE_URI?.trim() || 'file:data/portal.db'
  let database = uri
  if (uri.startsWith('file:')) {
    const file = path.resolve(root, uri.slice('file:'.length))
    const stat = fs.statSync(file, { throwIfNoEntry: false })
    database = `sqlite:${file}:${stat?.ino ?? 0}:${stat?.birthtimeMs ?? 0}`
  }
  const origin = env.SERVER_URL?.trim().replace(/\/+$/, '') || `http://localhost:${env.PORT || 3000}`
  return createHash('sha256').update(database).update('\0').update(origin).digest('hex')
}

const stamp = (env) => JSON.stringify({ inputs: buildInputsHash(), content: contentIdentity(env) })

/** Whether .next holds a build of the current sources, prerendered from this database for this origin. */
export function isBuildCurrent(env = process.env) {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) return false
  try {
    return fs.readFileSync(STAMP, 'utf8') === stamp(env)
  } catch {
    return false
  }
}

export async function build(env = process.env) {
  const started = Date.now()
  // Next keeps its data cache (.next/cache/fetch-cache) across builds, keyed by the read, not by the database:
  // a build for another database (after `npm test`, say) would prerender the old database's categories and
  // articles from it. Each build starts with an empty data cache; the compiler's cache stays.
  fs.rmSync(path.join(root, '.next', 'cache', 'fetch-cache'), { recursive: true, force: true })
  await run(bin('next'), ['build'], { env: { ...env, NEXT_TELEMETRY_DISABLED: '1' } })
  await bundleServer()
  fs.writeFileSync(STAMP, stamp(env))
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
}
