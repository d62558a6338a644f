import type { CollectionBeforeChangeHook } from 'payload'

type Completion = { done?: boolean | null; doneAt?: string | null; doneBy?: number | { id: number } | null }

/** Who marked a task done and when, set by the server (never sent by the client); cleared when it is reopened. */
export const recordCompletion: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const incoming = data as Completion
  const wasDone = Boolean((originalDoc as Completion | undefined)?.done)
  if (incoming.done === undefined || Boolean(incoming.done) === wasDone) return data
  return incoming.done ? { ...data, doneAt: new Date().toISOString(), doneBy: req.user?.id ?? null } : { ...data, doneAt: null, doneBy: null }
}
