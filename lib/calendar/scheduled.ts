import type { Payload, TypedUser } from 'payload'

import { isLocale, type Locale } from '@/i18n/locales'

export type ScheduledItem = {
  /** The moment it runs, ISO. */
  at: string
  action: 'publish' | 'unpublish'
  /** One language, or every language when absent. */
  locale?: Locale
  title: string
  href: string
}

type JobInput = { type?: string; locale?: string; doc?: { relationTo?: string; value?: string | number } }

const TITLE_FIELD = { articles: 'title', pages: 'title', 'remembrance-events': 'name' } as const
type Scheduled = keyof typeof TITLE_FIELD

/**
 * Publications queued with Payload's "Schedule publish" (payload-jobs, task schedulePublish) due in
 * [from, to). Payload lets nobody read its jobs collection, so the queue itself is read by the system; each
 * document's title is read with the staff member's own access, and a document they may not read is left out.
 */
export async function scheduledPublications(
  payload: Payload,
  user: TypedUser,
  from: Date,
  to: Date,
  locale: Locale,
  adminRoute: string,
): Promise<ScheduledItem[]> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { waitUntil: { greater_than_equal: from.toISOString() } },
        { waitUntil: { less_than: to.toISOString() } },
      ],
    },
    sort: 'waitUntil',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const items = await Promise.all(
    docs.map(async (job): Promise<ScheduledItem | undefined> => {
      const input = (job.input ?? {}) as JobInput
      const collection = input.doc?.relationTo
      if (!job.waitUntil || !collection || !(collection in TITLE_FIELD) || input.doc?.value === undefined) return undefined
      const field = TITLE_FIELD[collection as Scheduled]
      const id = input.doc.value
      const doc = (await payload.findByID({
        collection: collection as Scheduled,
        id,
        draft: true,
        depth: 0,
        locale,
        disableErrors: true,
        user,
        overrideAccess: false,
      })) as Record<string, unknown> | null
      if (!doc) return undefined
      return {
        at: new Date(job.waitUntil).toISOString(),
        action: input.type === 'unpublish' ? 'unpublish' : 'publish',
        locale: isLocale(input.locale) ? input.locale : undefined,
        title: String(doc[field] ?? `#${id}`),
        href: `${adminRoute}/collections/${collection}/${id}`,
      }
    }),
  )
  return items.filter((item): item is ScheduledItem => item !== undefined)
}
