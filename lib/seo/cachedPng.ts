import { unstable_cache } from 'next/cache'
import { createHash, randomUUID } from 'node:crypto'

/**
 * Says whether a generated image came from Next's data cache (`HIT`) or was drawn for this very
 * request (`MISS`): the tests read it rather than guess from timings.
 */
export const GENERATED_IMAGE_CACHE_HEADER = 'x-generated-image-cache'

/**
 * Cards are keyed by what they draw, so an entry is never stale: this limit only lets a redesign
 * shipped by a deploy reach the cards (the data cache outlives builds).
 */
const MAX_AGE_SECONDS = 3600

type Drawn = { png: string; drawnBy: string }

export type CachedPngInput = {
  /** What the image shows, e.g. `share-card:article:12:en`: one entry per document and language. */
  subject: string
  /** Everything drawn on it (site name, headline): part of the key, so new text is a new image. */
  text: string[]
  /** The cache tags of the document it shows (lib/data/tags.ts): the document's hooks expire them. */
  tags: string[]
  draw: () => Promise<Response>
}

/**
 * A generated PNG (next/og costs tens of milliseconds of CPU each) kept in Next's data cache under
 * the tags of the document it shows, so a change to that document expires it. Only documents that
 * exist get here (route handlers answer 404 before), so made-up URLs cannot fill the cache.
 */
export async function cachedPng({ subject, text, tags, draw }: CachedPngInput): Promise<Response> {
  const request = randomUUID()
  const fingerprint = createHash('sha256').update(JSON.stringify(text)).digest('base64url')
  const drawn = await unstable_cache(
    async (): Promise<Drawn> => ({ png: Buffer.from(await (await draw()).arrayBuffer()).toString('base64'), drawnBy: request }),
    ['generated-png', subject, fingerprint],
    { tags, revalidate: MAX_AGE_SECONDS },
  )()
  return new Response(new Uint8Array(Buffer.from(drawn.png, 'base64')), {
    headers: {
      'content-type': 'image/png',
      'cache-control': 'public, max-age=300',
      [GENERATED_IMAGE_CACHE_HEADER]: drawn.drawnBy === request ? 'MISS' : 'HIT',
    },
  })
}
