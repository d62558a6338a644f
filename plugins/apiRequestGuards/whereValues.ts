import { getLocalizedPaths, type FlattenedField, type Payload } from 'payload'

import { idShape, isPossibleID, type IDShape } from './documentIDs'

/**
 * Checks the values of a `where` against the fields they are compared with, before the database sees
 * them. Payload checks that the paths exist (QueryError, 400) but passes values on: SQLite then fails on a
 * date that is not a date, an id that is not a number or an object where a value belongs (500, with the
 * SQL in the log), and MongoDB's adapter silently drops such a condition (the query then matches more
 * than was asked). Both adapters get the same answer from here: 400 naming the condition.
 *
 * Checked: the shape of every where (objects of conditions, `and`/`or` lists); values of dates, numbers,
 * document ids and relationships to one collection; that values are values and not objects; geometric
 * operators only on point fields. Everything else (text, selects, checkboxes, `exists`) is left to Payload.
 */

/** Operators comparing with one value. */
const COMPARISONS = new Set(['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
/** Operators taking a list: an array, or a comma-separated string as in `?where[id][in]=1,2`. */
const LISTS = new Set(['in', 'not_in', 'all'])
/** "Is empty" is a legitimate equality test on any field (`where[hero][equals]=null`). */
const EMPTINESS = new Set(['equals', 'not_equals'])
/** Text matching: on a relationship, SQLite compares the ids as numbers. (`id like …` is the admin's list search: left alone.) */
const MATCHES = new Set(['contains', 'like', 'not_like'])
const GEOMETRY = new Set(['near', 'within', 'intersects'])

type ValueKind = { type: 'date' } | { type: 'number' } | { type: 'id'; shape: IDShape; relationship: boolean }

export type WhereContext = {
  payload: Payload
  collectionSlug: string
  /** The fields the where may name (for a collection with versions, its version fields too). */
  fields: FlattenedField[]
  locale?: string
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

const EXPECTED: Record<ValueKind['type'], string> = {
  date: 'a date (such as 2024-02-26 or 2024-02-26T10:00:00Z)',
  number: 'a number',
  id: 'a document id',
}

/** A description of the first thing wrong with `where`, or undefined when nothing is. */
export function whereProblem(where: unknown, context: WhereContext): string | undefined {
  if (where === undefined || where === null || where === '') return undefined
  return walk(where, 'where', context)
}

function walk(where: unknown, at: string, context: WhereContext): string | undefined {
  if (!isPlainObject(where)) return `${at} must be an object of conditions, such as where[field][equals]=value`
  for (const [path, constraint] of Object.entries(where)) {
    if (path.toLowerCase() === 'and' || path.toLowerCase() === 'or') {
      if (!Array.isArray(constraint)) return `${at}[${path}] must be a list of conditions`
      for (const [index, item] of constraint.entries()) {
        const problem = walk(item, `${at}[${path}][${index}]`, context)
        if (problem) return problem
      }
      continue
    }
    if (!isPlainObject(constraint)) return `${at}[${path}] must be an operator and a value, such as ${at}[${path}][equals]=value`
    const field = resolveField(path, context)
    if (!field) continue // a path Payload cannot follow: its own validation answers it (QueryError, 400)
    const kind = valueKind(field, context)
    for (const [operator, value] of Object.entries(constraint)) {
      const condition = `${at}[${path}][${operator}]`
      if (GEOMETRY.has(operator) && field.field.type !== 'point') return `${condition}: ${operator} applies only to point fields`
      if ((COMPARISONS.has(operator) || LISTS.has(operator)) && !objectsAllowed(field.field) && holdsObject(value)) return `${condition} must be a value, not an object`
      if (kind && !valueFits(kind, operator, value)) return `${condition} must be ${LISTS.has(operator) ? 'a list of ' : ''}${EXPECTED[kind.type]}`
    }
  }
  return undefined
}

const holdsObject = (value: unknown): boolean => isPlainObject(value) || (Array.isArray(value) && value.some(isPlainObject))

/** Fields whose conditions legitimately take objects: JSON, geometry, polymorphic relationships ({ relationTo, value }). */
const objectsAllowed = (field: FlattenedField): boolean =>
  field.type === 'json' || field.type === 'richText' || field.type === 'point' || field.type === 'join' || ((field.type === 'relationship' || field.type === 'upload') && Array.isArray(field.relationTo))

function valueFits(kind: ValueKind, operator: string, value: unknown): boolean {
  if (COMPARISONS.has(operator)) {
    if (EMPTINESS.has(operator) && (value === null || value === 'null' || value === '')) return true
    // A has-many relationship compared with several ids at once.
    if (Array.isArray(value)) return value.length > 0 && value.every((each) => scalarFits(kind, each))
    return scalarFits(kind, value)
  }
  if (LISTS.has(operator)) {
    const items = typeof value === 'string' ? value.split(',') : typeof value === 'number' ? [value] : value
    return Array.isArray(items) && items.length > 0 && items.every((each) => scalarFits(kind, each))
  }
  if (MATCHES.has(operator) && kind.type === 'id' && kind.relationship) return scalarFits(kind, value)
  return true
}

function scalarFits(kind: ValueKind, value: unknown): boolean {
  switch (kind.type) {
    case 'date':
      if (value instanceof Date) return !Number.isNaN(value.getTime())
      if (typeof value === 'number') return Number.isFinite(value)
      return typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Date.parse(value))
    case 'number':
      if (typeof value === 'number') return Number.isFinite(value)
      return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))
    case 'id':
      return isPossibleID(kind.shape, value)
  }
}

type ResolvedField = { field: FlattenedField; collectionSlug: string; complete: boolean }

/** The field a where path names, following relationships into the related collection, as Payload does. */
function resolveField(path: string, { payload, collectionSlug, fields, locale }: WhereContext): ResolvedField | undefined {
  // GraphQL spells nested paths with double underscores; Payload reads them so too.
  const incomingPath = path === '_id' ? 'id' : path.replace(/__/g, '.')
  try {
    const last = getLocalizedPaths({ collectionSlug, fields, incomingPath, locale, overrideAccess: true, payload }).at(-1)
    if (!last || last.invalid || !last.field) return undefined
    return { field: last.field, collectionSlug: last.collectionSlug ?? collectionSlug, complete: last.complete }
  } catch {
    return undefined
  }
}

/** The type a field's values must have, when it is one this check knows. */
function valueKind({ field, collectionSlug, complete }: ResolvedField, { payload }: WhereContext): ValueKind | undefined {
  if (field.name === 'id') return { type: 'id', shape: idShape(payload, collectionSlug), relationship: false }
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string' && complete) {
    // The path ends at the relationship (or at its `.id`): the values are ids of the related collection.
    return { type: 'id', shape: idShape(payload, field.relationTo), relationship: true }
  }
  if (field.type === 'date') return { type: 'date' }
  if (field.type === 'number') return { type: 'number' }
  return undefined
}
