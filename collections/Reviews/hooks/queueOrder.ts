/** Where a review sits in the moderation queue: pending first, suspected spam after them, decided ones last. */
export function queueOrder(status: unknown, flags: unknown): number {
  if (status !== 'pending') return 2
  return Array.isArray(flags) && flags.length > 0 ? 1 : 0
}
