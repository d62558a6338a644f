// Helpers shared by the start, build and test scripts (plain Node, no TypeScript needed to run them).
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const bin = (name) => path.join(root, 'node_modules', '.bin', name)

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
  'app', 'collections', 'components', 'lib', 'i18n', 'messages', 'access', 'fields', 'migrations', 'public',
  'next.config.ts', 'payload.config.ts', 'proxy.ts', 'instrumentation.ts', 'global.d.ts', 'payload-types.ts', 'tsconfig.json',
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

export function isBuildCurrent() {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) return false
  try {
    return fs.readFileSync(STAMP, 'utf8') === buildInputsHash()
  } catch {
    return false
  }
}

export async function build() {
  const started = Date.now()
  await run(bin('next'), ['build'], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  fs.writeFileSync(STAMP, buildInputsHash())
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
}
