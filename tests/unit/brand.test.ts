import fs from 'node:fs'

import { describe, expect, it } from '@jest/globals'
import { XMLParser, XMLValidator } from 'fast-xml-parser'

import { defaultLogo } from '@/lib/brand'

/** The logo is hand-written SVG and the icons are generated from it (scripts/brand-icons.mjs): they must not drift apart. */

const logo = fs.readFileSync(`public${defaultLogo.src}`, 'utf8')

describe('the newsroom logo', () => {
  it('is valid XML: a square SVG of the size lib/brand.ts states', () => {
    expect(XMLValidator.validate(logo)).toBe(true)
    const { svg } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(logo) as { svg: Record<string, string> }
    expect(svg.xmlns).toBe('http://www.w3.org/2000/svg')
    expect(svg.viewBox).toBe(`0 0 ${defaultLogo.width} ${defaultLogo.height}`)
    expect([Number(svg.width), Number(svg.height)]).toEqual([defaultLogo.width, defaultLogo.height])
    expect(defaultLogo.width).toBe(defaultLogo.height)
  })

  it('draws in the accent colour with no text, fonts, scripts or outside references', () => {
    expect(logo).toContain('#8a1c1c')
    expect(logo).not.toMatch(/<(text|script|style|image|use|foreignObject)\b|href=|url\(|font/i)
  })

  it('is the icon Next links from every page (app/icon.svg, rewritten by scripts/brand-icons.mjs)', () => {
    expect(fs.readFileSync('app/icon.svg', 'utf8')).toBe(logo)
  })
})
