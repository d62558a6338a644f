import type { CollectionSlug, Payload } from 'payload'

import { hasControlBytes } from './controlBytes'

/** What the ids of one collection look like in this database. */
export type IDShape = 'integer' | 'number' | 'objectId' | 'text'

/**
 * Decided from Payload's adapter, so the same code holds on SQLite and MongoDB: a collection with its
 * own `id` field says its type; otherwise the adapter's default, which is a number for SQL databases
 * (SQLite: autoincrementing integers from 1) and text for MongoDB, whose ids are ObjectIds.
 */
export function idShape(payload: Payload, collectionSlug: string): IDShape {
  const custom = payload.collections[collectionSlug as CollectionSlug]?.customIDType
  if (custom === 'number') return 'number'
  if (custom === 'text') return 'text'
  if (payload.db.defaultIDType === 'number') return 'integer'
  // A text default with MongoDB means ObjectIds; another adapter's text ids (Postgres UUIDs) are left to it.
  return payload.db.name === 'mongoose' ? 'objectId' : 'text'
}

const POSITIVE_INTEGER = /^[1-9][0-9]*$/
const OBJECT_ID = /^[0-9a-f]{24}$/i

/**
 * Whether `value` (from a URL or a where clause: a string, or a number from JSON) can be an id of a
 * document of that shape. What cannot is never looked up: the database would refuse it (500) or, on
 * MongoDB, Payload would drop the condition.
 */
export function isPossibleID(shape: IDShape, value: unknown): boolean {
  // A number from JSON or GraphQL; an ObjectId object from code on MongoDB.
  const text = typeof value === 'number' || isObjectID(value) ? String(value) : value
  if (typeof text !== 'string' || text === '') return false
  switch (shape) {
    case 'integer':
      return POSITIVE_INTEGER.test(text) && Number.isSafeInteger(Number(text))
    case 'number':
      return text.trim() !== '' && Number.isFinite(Number(text))
    case 'objectId':
      return OBJECT_ID.test(text)
    case 'text':
      return !hasControlBytes(text)
  }
}

const isObjectID = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && typeof (value as { toHexString?: unknown }).toHexString === 'function'
