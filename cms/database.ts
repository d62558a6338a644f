import path from 'node:path'

/** Where the portal keeps its data when DATABASE_URI is not set: a git-ignored file beside the code. */
export const DEFAULT_SQLITE_FILE = 'data/portal.db'

/** A database problem the operator must fix (wrong DATABASE_URI, unreachable server): one clear line. */
export class DatabaseError extends Error {}

export type DatabaseTarget =
  | { kind: 'sqlite'; url: string; file: string }
  | { kind: 'mongodb'; url: string; hosts: string }

/**
 * Reads DATABASE_URI once, in one place. SQLite paths are made absolute against the working
 * directory, so the CLI, `next start` and the seed all open the same file.
 */
export function resolveDatabase(uri = process.env.DATABASE_URI, cwd = process.cwd()): DatabaseTarget {
  const value = uri?.trim()
  if (!value) return sqliteTarget(DEFAULT_SQLITE_FILE, cwd)
  if (value.startsWith('file:')) return sqliteTarget(value.slice('file:'.length), cwd)
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', url: value, hosts: mongoHosts(value) }
  }
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(value)?.[0] ?? 'no scheme'
  throw new DatabaseError(`DATABASE_URI must start with "file:" (SQLite) or "mongodb://" (MongoDB), not "${scheme}".`)
}

function sqliteTarget(filePath: string, cwd: string): DatabaseTarget {
  if (!filePath) throw new DatabaseError('DATABASE_URI "file:" needs a path, for example file:./data/portal.db.')
  const file = path.resolve(cwd, filePath)
  return { kind: 'sqlite', url: `file:${file}`, file }
}

/** The host list of a MongoDB URI, with user name and password left out so it can be logged. */
export function mongoHosts(uri: string): string {
  const afterScheme = uri.slice(uri.indexOf('://') + 3)
  const authority = afterScheme.split(/[/?#]/, 1)[0]
  const hosts = authority.slice(authority.lastIndexOf('@') + 1)
  return hosts || 'an empty host'
}
