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
