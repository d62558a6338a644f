/** A relationship's id, whether it came populated or not. */
export const relationId = (value: unknown): number => (typeof value === 'object' && value !== null ? (value as { id: number }).id : (value as number))
