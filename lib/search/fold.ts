import type { Locale } from '@/i18n/locales'

/**
 * The one folding applied to indexed text and to readers' queries alike, so both meet in the same form.
 *
 * 1. Lower case by the language's own rules: in Azerbaijani İ→i and I→ı (a plain toLowerCase turns İ into
 *    i + a combining dot, and I into i); Russian Ё→ё.
 * 2. Azerbaijani letters to the Latin letter readers type without an Azerbaijani keyboard: ə→e, ı→i, and the
 *    marks of ö ü ğ ş ç (and of any other Latin letter: é, ñ) dropped. So "Xocali", "XOCALI" and "Xocalı" meet,
 *    and an I typed for İ on a foreign keyboard (az: I→ı→i) still finds İlham.
 * 3. Russian ё→е: most Russian text writes е for ё. Й is a letter of its own and stays (й never becomes и).
 */
export function fold(text: string, locale: Locale): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase(locale)
    .normalize('NFD')
    // Marks on Latin letters only: Cyrillic й (и + breve) must keep its breve.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/[əıё]/g, (letter) => FOLDS[letter] ?? letter)
}

const FOLDS: Record<string, string> = { ə: 'e', ı: 'i', ё: 'е' }

/** The words of folded text as the index sees them (letters and digits; everything else separates). */
export function words(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+/gu) ?? []
}
