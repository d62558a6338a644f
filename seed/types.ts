import type { Locale } from '@/i18n/locales'

/** One language version of a demo article: plain paragraphs, turned into Lexical rich text by the seed. */
export type SeedArticleText = {
  title: string
  standfirst: string
  paragraphs: string[]
}

export type SeedArticle = {
  /** Stable key used to keep the seed idempotent (never shown to readers). */
  key: string
  /** ISO date-time of first publication. */
  publishedAt: string
  text: Record<Locale, SeedArticleText>
  /** Correction and clarification notes published with it (collections/Articles/corrections.ts). */
  corrections?: { kind: 'correction' | 'clarification'; date: string; text: Record<Locale, string> }[]
}
