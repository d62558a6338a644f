import { createHash } from 'node:crypto'

import type { Article, GalleryBlock, ImageBlock, QuoteBlock } from '@/payload-types'

type RichText = NonNullable<Article['body']>

/** A block's fields as the seed writes them: media by id, without the id Lexical keeps per block. */
export type SeedBlock =
  | (Omit<ImageBlock, 'id' | 'media'> & { media: number | string })
  | (Omit<GalleryBlock, 'id' | 'images'> & { images: (number | string)[] })
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

/**
 * A standing page's text as a Lexical document: a line starting with "## " is a heading, consecutive lines
 * starting with "- " one bulleted list, every other line a paragraph.
 */
export function pageToRichText(lines: string[]): RichText {
  const children: Record<string, unknown>[] = []
  for (const line of lines) {
    if (line.startsWith('## ')) {
      children.push({ type: 'heading', tag: 'h2', format: '', indent: 0, version: 1, direction: 'ltr', children: [text(line.slice(3))] })
    } else if (line.startsWith('- ')) {
      const last = children.at(-1)
      const list = last?.type === 'list' ? (last as { children: Record<string, unknown>[] }) : null
      const item = (value: number) => ({ type: 'listitem', value, format: '', indent: 0, version: 1, direction: 'ltr', children: [text(line.slice(2))] })
      if (list) list.children.push(item(list.children.length + 1))
      else children.push({ type: 'list', listType: 'bullet', tag: 'ul', start: 1, format: '', indent: 0, version: 1, direction: 'ltr', children: [item(1)] })
    } else {
      children.push(paragraph(line))
    }
  }
  return { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children } } as RichText
}

function text(value: string) {
  return { type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }
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
