/**
 * A minimal XML writer for feeds and sitemaps. Every text and attribute value goes through
 * escapeXml, so a title with &, < or quotes can never change the document's structure.
 */

/** Characters XML 1.0 does not allow at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

export type XmlAttributes = Record<string, string | number | null | undefined>

/**
 * One element. `content` is either text (escaped here) or child elements already written by this
 * function; null or undefined makes an empty element.
 */
export function element(name: string, attributes: XmlAttributes = {}, content?: string | string[] | null): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('')
  if (content === null || content === undefined) return `<${name}${attrs}/>`
  const inner = Array.isArray(content) ? content.join('') : escapeXml(content)
  return `<${name}${attrs}>${inner}</${name}>`
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'

/** An XML document as an HTTP response; always read fresh (the data behind it is cached by tag). */
export function xmlResponse(body: string, contentType = 'application/xml'): Response {
  return new Response(XML_DECLARATION + body, {
    headers: { 'content-type': `${contentType}; charset=utf-8`, 'cache-control': 'public, max-age=0, must-revalidate' },
  })
}
