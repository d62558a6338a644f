/** Listing pages show this many articles. */
export const PAGE_SIZE = 10

/** Article pages show this many approved reviews before paginating them. */
export const REVIEWS_PAGE_SIZE = 20

/**
 * The page number of `?page=`: absent means 1; anything but a plain positive number (0, -1, 1.5,
 * "abc", 10000) is not a page of ours and answers 404.
 */
export function parsePage(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1
  if (typeof value !== 'string' || !/^[1-9]\d{0,3}$/.test(value)) return null
  return Number(value)
}

/**
 * The page number carried by a paged route's optional last segment. Readers use `?page=N`; the server
 * (server/routing.ts) rewrites N ≥ 2 into this segment so each page can be cached as its own document (a page that read
 * `searchParams` would be rendered for every request). No segment is page 1; "1", "abc" or two
 * segments are not pages of ours.
 */
export function pageFromSegment(segments: string[] | undefined): number | null {
  if (!segments || segments.length === 0) return 1
  if (segments.length > 1) return null
  const page = parsePage(segments[0])
  return page !== null && page > 1 ? page : null
}
