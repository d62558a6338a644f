/**
 * Nonces on cached pages. A page rendered for a request carries that request's nonce on its scripts; one
 * prerendered at build carries none. Whatever Next's cache returns, every <script> tag and script preload
 * (and any tag that already had a nonce) gets the page's one nonce before it leaves, so the page's scripts
 * run under its Content-Security-Policy and no other inline script can. React escapes "<" in everything it
 * prints, so every <script tag in the HTML is one the app wrote.
 */

const NONCED_TAG = /<(script|link)\b([^>]*)>/gi
const NONCE_ATTRIBUTE = /\snonce="[^"]*"/gi
/** A <link> that fetches a script: a preload `as="script"` or a module preload. */
const SCRIPT_LINK = /\bas="script"|\brel="modulepreload"/i
/** The nonce a render put on its first script (ours are 16 random bytes in base64). */
const RENDERED_NONCE = /<script\b[^>]*\snonce="([A-Za-z0-9+/]{22}==)"/

export function stampNonce(html: string, nonce: string): string {
  return html.replace(NONCED_TAG, (tag, name: string, attributes: string) => {
    const isScript = name.toLowerCase() === 'script' || SCRIPT_LINK.test(attributes)
    const hadNonce = NONCE_ATTRIBUTE.test(attributes)
    NONCE_ATTRIBUTE.lastIndex = 0
    if (!isScript && !hadNonce) return tag
    return `<${name} nonce="${nonce}"${attributes.replace(NONCE_ATTRIBUTE, '')}>`
  })
}

/** The nonce the page was rendered with, if it was rendered for a request. */
export function renderedNonce(html: string): string | undefined {
  return RENDERED_NONCE.exec(html)?.[1]
}

/** A random nonce (16 bytes, base64 as CSP expects). */
export { newNonce } from '@/lib/securityHeaders'
