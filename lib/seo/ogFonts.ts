import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * Fonts for generated images, read from the @fontsource/noto-sans package (SIL Open Font Licence):
 * nothing is downloaded at run time. Satori (next/og) only draws glyphs it has, and asks the
 * network for any other, so text is first reduced to what these subsets cover.
 */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const
const WEIGHTS = [400, 700] as const

export const OG_FONT_FAMILY = SUBSETS.map((subset) => `Noto ${subset}`).join(', ')

type Font = { name: string; data: Buffer; weight: (typeof WEIGHTS)[number]; style: 'normal' }

let loaded: Promise<Font[]> | undefined

export function loadOgFonts(): Promise<Font[]> {
  loaded ??= Promise.all(
    SUBSETS.flatMap((subset) =>
      WEIGHTS.map(async (weight) => ({
        name: `Noto ${subset}`,
        data: await fs.readFile(
          path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules/@fontsource/noto-sans/files', `noto-sans-${subset}-${weight}-normal.woff`),
        ),
        weight,
        style: 'normal' as const,
      })),
    ),
  )
  return loaded
}

/** The code points of the four subsets (their CSS unicode-range), joined. */
const COVERED = /[\u0020-\u007E\u00A0-\u02FF\u0300-\u036F\u0400-\u052F\u1C80-\u1C8A\u1D00-\u1DBF\u1E00-\u1EFF\u2000-\u206F\u20A0-\u20C0\u2113\u2116\u2122\u2191\u2193\u2212\u2215\u2C60-\u2C7F\u2DE0-\u2DFF\uA640-\uA69F\uA720-\uA7FF]/u

/** Text without characters the fonts lack (emoji, other scripts), so no font is ever fetched. */
export function drawableText(text: string): string {
  return Array.from(text.normalize('NFC'))
    .map((char) => (COVERED.test(char) ? char : /\s/.test(char) ? ' ' : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}
