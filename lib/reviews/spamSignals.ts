import type { ReviewFlag } from '@/collections/Reviews'

/** More links than this and a review waits as suspected spam. */
export const MAX_LINKS = 2

const LINK = /\b(?:https?:\/\/|www\.)\S+/giu

export function countLinks(text: string): number {
  return text.match(LINK)?.length ?? 0
}

/**
 * Text reduced for comparison only: case, accents and spacing ignored, so "KAZİNO", "kazino" and "Kazıno"
 * match. (Lower-casing "İ" outside Turkic locales leaves a combining dot, hence the decomposition.)
 */
export function foldForComparison(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/\s+/gu, ' ')
    .trim()
}

/** The blocklist from site settings: one word or phrase per line, matched case-insensitively anywhere. */
export function parseBlocklist(list: string | null | undefined): string[] {
  return (list ?? '')
    .split(/\r?\n/)
    .map(foldForComparison)
    .filter(Boolean)
}

/** Why a review should not be trusted without a closer look; empty when nothing stands out. */
export function spamSignals(text: string, blocklist: string[]): ReviewFlag[] {
  const flags: ReviewFlag[] = []
  if (countLinks(text) > MAX_LINKS) flags.push('links')
  const folded = foldForComparison(text)
  if (blocklist.some((entry) => folded.includes(entry))) flags.push('blocklist')
  return flags
}
