import { createHash } from 'node:crypto'

import type { Article, GalleryBlock, ImageBlock, QuoteBlock } from '@/payload-types'

type RichText = NonNullable<Article['body']>

/** A block's fields as the seed writes them: media by id, without the id Lexical keeps per block. */
export type SeedBlock =
  | Omit<ImageBlock, 'id' | 'media'> & { media: number | string }
  | Omit<GalleryBlock, 'id' | 'images'> & { images: (number | string)[] }
  | Omit<QuoteBlock, 'id'>

/** A paragraph of plain text, or one of the body's blocks (collections/Articles/blocks.ts). */
export type SeedBodyPart = string | SeedBlock

/** Plain paragraphs as a Lexical document, the shape the admin's editor saves. */
export function paragraphsToRichText(paragraphs: string[]): RichText {
  return bodyToRichText(paragraphs, '')
}

/**
 * Paragraphs and blocks as a Lexical document. Each block gets the 24-hex-digit id the editor would give it,
 * here derived from `key` and its position so the same seed writes the same document.
 */
export function bodyToRichText(parts: SeedBodyPart[], key: string): RichText {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: parts.map((part, index) => (typeof part === 'string' ? paragraph(part) : block(part, `${key}:${index}`))),
    },
  }
}

function paragraph(text: string) {
  return {
    type: 'paragraph',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    textFormat: 0,
    textStyle: '',
    children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
  }
}

function block(fields: SeedBlock, idSource: string) {
  const id = createHash('sha256').update(idSource).digest('hex').slice(0, 24)
  return { type: 'block', format: '', version: 2, fields: { id, blockName: '', ...fields } }
}
