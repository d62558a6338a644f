import type { Access, CollectionSlug, PayloadRequest, Where } from 'payload'

import { isStaff } from '@/access/isStaff'

/** Payload's collection of document locks ("X is editing this article"); Payload does not export the name. */
export const DOCUMENT_LOCKS_SLUG = 'payload-locked-documents'

type Relation = { relationTo?: unknown; value?: unknown }
type LockData = { document?: Relation | null; globalSlug?: unknown; user?: Relation | number | string | null }

/** A lock is removed only by the staff member holding it. */
export const ownLocksOnly: Access = ({ req }) => (isStaff({ req }) && req.user ? { 'user.value': { equals: req.user.id } } : false)

/** A lock is made or taken over only in one's own name, on a document one may edit. */
export const lockForOneself: Access = async ({ req, id, data }) => {
  if (!isStaff({ req }) || !req.user || !data) return false
  const existing =
    id === undefined
      ? {}
      : ((await req.payload.findByID({ collection: DOCUMENT_LOCKS_SLUG, id, depth: 0, overrideAccess: true, disableErrors: true, req })) ?? null)
  if (existing === null) return false
  const lock = { ...existing, ...(data as LockData) } as LockData
  return heldBy(lock.user, req) && (await mayEdit(lock, req))
}

function heldBy(holder: LockData['user'], req: PayloadRequest): boolean {
  const { relationTo, value } = typeof holder === 'object' && holder !== null ? holder : { relationTo: req.user?.collection, value: holder }
  return relationTo === req.user?.collection && value !== undefined && value !== null && String(value) === String(req.user?.id)
}

/** Whether the requester may update the locked document or global, by that collection's own rule. */
async function mayEdit({ document, globalSlug }: LockData, req: PayloadRequest): Promise<boolean> {
  if (typeof globalSlug === 'string' && globalSlug) {
    const global = req.payload.config.globals.find((candidate) => candidate.slug === globalSlug)
    return global ? (await global.access.update({ req })) === true : false
  }
  const slug = typeof document?.relationTo === 'string' ? document.relationTo : undefined
  const docID = document?.value
  const collection = slug ? req.payload.collections[slug as CollectionSlug] : undefined
  if (!collection || (typeof docID !== 'number' && typeof docID !== 'string')) return false
  // The generated types know SQLite's numeric ids; MongoDB's are strings.
  const rule = await collection.config.access.update({ req, id: docID as number })
  if (rule === true) return true
  if (!rule) return false
  const where: Where = { and: [rule, { id: { equals: docID } }] }
  return (await req.payload.count({ collection: collection.config.slug, where, overrideAccess: true, req })).totalDocs > 0
}
