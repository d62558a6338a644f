/**
 * A realistically large article body as the admin's Lexical editor saves it: 30,000 words of Russian (two
 * bytes a letter in UTF-8, the heaviest of our languages), in paragraphs of 60–120 words with bold and italic
 * runs, links and a heading every twelfth paragraph. Used to prove the API's body limit fits the largest
 * legitimate save (tests/e2e/requestLimits.test.ts) and to measure it (README, Security).
 */
const WORDS = ['годовщина', 'трагедии', 'свидетели', 'рассказывают', 'город', 'память', 'жертвы', 'история', 'мемориал', 'правительство', 'сообщило', 'пострадавших', 'документы', 'архив', 'журналисты', 'расследование', 'улица', 'семьи', 'вспоминают', 'события']

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, style: '', mode: 'normal', detail: 0, version: 1 })
const block = { format: '', indent: 0, version: 1, direction: 'ltr' as const }

function sentence(seed: number, words: number): string {
  const picked = Array.from({ length: words }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length])
  return `${picked.join(' ')}.`
}

export function bigArticleBody(totalWords = 30_000) {
  const children: unknown[] = []
  let written = 0
  for (let n = 0; written < totalWords; n++) {
    if (n % 12 === 0) {
      children.push({ type: 'heading', tag: 'h2', ...block, children: [text(sentence(n, 6))] })
      written += 6
      continue
    }
    const words = 60 + ((n * 37) % 61)
    const third = Math.floor(words / 3)
    const runs: unknown[] = [text(sentence(n, third)), text(` ${sentence(n + 1, third)} `, n % 2 ? 1 : 2), text(sentence(n + 2, words - 2 * third))]
    if (n % 5 === 0) {
      runs.push({ type: 'link', ...block, fields: { url: `https://example.org/source/${n}`, newTab: true, linkType: 'custom' }, id: `link${n}`, children: [text(' источник')] })
    }
    children.push({ type: 'paragraph', ...block, textFormat: 0, textStyle: '', children: runs })
    written += words
  }
  return { root: { type: 'root', ...block, children } }
}
