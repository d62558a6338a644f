/** Words a reader gets through in a minute of news text (a common newsroom figure). */
export const WORDS_PER_MINUTE = 200

/** All text of a Lexical document (or any nested JSON), in document order. */
export function plainText(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  if (Array.isArray(node)) return node.map(plainText).join(' ')
  const record = node as Record<string, unknown>
  const own = typeof record.text === 'string' ? record.text : ''
  // Blocks keep their words in fields: a quote's text and any caption are read too.
  const blockFields = (record.fields ?? {}) as Record<string, unknown>
  const fields = [blockFields.text, blockFields.caption].filter((v): v is string => typeof v === 'string').join(' ')
  const children = plainText(record.children ?? (record.root ? [record.root] : []))
  return [own, fields, children].filter(Boolean).join(' ')
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

/** Whole minutes, at least one for any text, none for an empty body. */
export function readingTimeMinutes(body: unknown): number {
  const words = countWords(plainText(body))
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}
