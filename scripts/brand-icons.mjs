// The favicon, app icons and web-manifest icons, all drawn from the one logo (public/brand/logo.svg) by sharp.
// The generated files are committed, so builds never depend on this script; after changing the logo run
//   node scripts/brand-icons.mjs
// and commit what it rewrites: app/favicon.ico, app/icon.svg, app/apple-icon.png and public/brand/icon-*.png.
import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import { root } from './lib.mjs'

const LOGO = path.join(root, 'public', 'brand', 'logo.svg')
const PAPER = '#ffffff'

/** The logo as a size×size PNG: `scale` of the square holds the mark, the rest is `background` (transparent by default). */
async function png(size, { scale = 0.875, background } = {}) {
  const inner = Math.round(size * scale)
  // Rendered at the target size from the vector (density scales the 64-unit viewBox), never scaled up from a bitmap.
  const mark = await sharp(LOGO, { density: (72 * inner) / 64 }).resize(inner, inner).png().toBuffer()
  const canvas = sharp({ create: { width: size, height: size, channels: 4, background: background ?? { r: 0, g: 0, b: 0, alpha: 0 } } })
  const offset = Math.round((size - inner) / 2)
  return canvas.composite([{ input: mark, left: offset, top: offset }]).png({ compressionLevel: 9 }).toBuffer()
}

/**
 * An .ico holding PNG images (allowed since Windows Vista; every current browser reads it): a 6-byte header,
 * one 16-byte entry per image (width and height 0 mean 256), then the PNGs themselves.
 */
function ico(images) {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // 1 = icon
  header.writeUInt16LE(images.length, 4)
  let offset = 6 + 16 * images.length
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16)
    entry.writeUInt8(size >= 256 ? 0 : size, 0)
    entry.writeUInt8(size >= 256 ? 0 : size, 1)
    entry.writeUInt8(0, 2) // no palette
    entry.writeUInt8(0, 3) // reserved
    entry.writeUInt16LE(1, 4) // colour planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(data.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += data.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...images.map(({ data }) => data)])
}

function write(relative, data) {
  fs.writeFileSync(path.join(root, relative), data)
  console.log(`wrote ${relative} (${data.length} bytes)`)
}

const favicon = await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(size, { scale: 1 }) })))
write('app/favicon.ico', ico(favicon))
// Next's metadata file conventions (app/icon.svg, app/apple-icon.png) link these from every page's head.
write('app/icon.svg', fs.readFileSync(LOGO))
// iOS fills transparency with black and rounds the corners itself: the mark on paper, with a margin.
write('app/apple-icon.png', await png(180, { scale: 0.7, background: PAPER }))
write('public/brand/icon-192.png', await png(192))
write('public/brand/icon-512.png', await png(512))
// Maskable: the launcher may crop to a circle of 80% of the side; the mark stays inside it (55%).
write('public/brand/icon-maskable-512.png', await png(512, { scale: 0.55, background: PAPER }))
