/**
 * JSON-LD for <script type="application/ld+json">. The script's text is raw HTML text: a "</script>"
 * (or "<!--") inside a headline would end it early, so <, > and & are written as JSON \u escapes,
 * which parse back to the same characters. U+2028/U+2029 are escaped for old JavaScript parsers.
 */
export type JsonLd = { '@type': string | string[]; [property: string]: unknown }

export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
