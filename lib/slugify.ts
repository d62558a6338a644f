/**
 * Readable ASCII slugs from Azerbaijani, Russian and English titles:
 * "Xocalı soyqırımının 21-ci ildönümü" → "xocali-soyqiriminin-21-ci-ildonumu",
 * "Ходжалинский геноцид" → "khodzhalinskiy-genotsid".
 */
const LETTERS: Record<string, string> = {
  // Azerbaijani (and Turkish) letters outside ASCII
  ə: 'e', ı: 'i', ö: 'o', ü: 'u', ğ: 'g', ş: 'sh', ç: 'ch',
  // Russian Cyrillic, a plain readable transliteration
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Azerbaijani Cyrillic letters still met in older texts
  ә: 'e', ғ: 'g', ҝ: 'g', ј: 'y', һ: 'h', ө: 'o', ү: 'u', ҹ: 'c', ҡ: 'q',
}

export const SLUG_MAX_LENGTH = 80

export function slugify(text: string): string {
  const transliterated = Array.from(text.toLocaleLowerCase('az'))
    .map((char) => LETTERS[char] ?? char)
    .join('')
  return transliterated
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents left by NFKD (é → e)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, '')
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A slug from a URL that slugify could never have produced is answered 404 without a query. */
export function isPlausibleSlug(slug: string): boolean {
  return slug.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(slug)
}
