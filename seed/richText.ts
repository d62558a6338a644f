import type { Article } from '@/payload-types'

type RichText = NonNullable<Article['body']>

/** Plain paragraphs as a Lexical document, the shape the admin's editor saves. */
export function paragraphsToRichText(paragraphs: string[]): RichText {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      })),
    },
  }
}
