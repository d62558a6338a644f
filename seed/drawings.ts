/**
 * The demo content's illustrations, drawn in code as SVG and rendered by sharp at seed time (seed/images.ts):
 * made by the project, nothing downloaded, no licence to track. Shapes and gradients only, never text (sharp's
 * SVG renderer has no guaranteed fonts). Each drawing is deterministic: the same key always gives the same
 * picture, from a pseudo-random sequence seeded by the key.
 */

export type Scene =
  | 'memorial'
  | 'memorialNight'
  | 'candles'
  | 'carnations'
  | 'skyline'
  | 'coast'
  | 'books'
  | 'chess'
  | 'arches'
  | 'metro'
  | 'street'
  | 'portrait'

export type Canvas = { width: number; height: number }

export const LANDSCAPE: Canvas = { width: 1600, height: 900 }
export const SQUARE: Canvas = { width: 400, height: 400 }

type Random = () => number

/** mulberry32 over an FNV-1a hash of the key: a small, well-mixed, repeatable sequence in [0, 1). */
function randomFor(key: string): Random {
  let seed = 0x811c9dc5
  for (const char of key) seed = Math.imul(seed ^ char.charCodeAt(0), 0x01000193)
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const between = (random: Random, low: number, high: number) => low + (high - low) * random()
const round = (value: number) => Math.round(value * 10) / 10

/** A vertical gradient named `id`, from the first colour at the top to the last at the bottom. */
function verticalGradient(id: string, colours: string[]): string {
  const stops = colours.map((colour, index) => `<stop offset="${index / (colours.length - 1)}" stop-color="${colour}"/>`).join('')
  return `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">${stops}</linearGradient>`
}

function radialGlow(id: string, colour: string): string {
  return `<radialGradient id="${id}"><stop offset="0" stop-color="${colour}" stop-opacity="0.85"/><stop offset="1" stop-color="${colour}" stop-opacity="0"/></radialGradient>`
}

/** The newsroom's flame (public/brand/logo.svg's outline), drawn `size` wide with its base centre at (x, y). */
function flame(x: number, y: number, size: number, fill: string): string {
  const scale = size / 36
  return `<path transform="translate(${round(x - 32 * scale)} ${round(y - 55 * scale)}) scale(${round(scale * 100) / 100})" fill="${fill}" d="M33 3c1 9 7 13 11 19 4 5 6 10 6 16 0 10-8 17-18 17S14 48 14 38c0-7 4-12 8-16 0 5 2 8 5 9-2-10 1-20 6-28Z"/>`
}

/** A ridge line across the canvas: a closed polygon from `base` up to points around `level`. */
function ridge(random: Random, { width, height }: Canvas, level: number, roughness: number, fill: string): string {
  const points: string[] = [`0,${height}`]
  const steps = 9
  for (let i = 0; i <= steps; i++) points.push(`${round((width * i) / steps)},${round(level + between(random, -roughness, roughness))}`)
  points.push(`${width},${height}`)
  return `<polygon fill="${fill}" points="${points.join(' ')}"/>`
}

function memorial(random: Random, canvas: Canvas, night = false): string {
  const { width, height } = canvas
  const sky = night ? ['#1b1d33', '#4a2230', '#8a1c1c'] : ['#f3d9b1', '#d98c6a', '#8a1c1c']
  const ground = height * 0.78
  const centre = width * between(random, 0.42, 0.58)
  const flowers = Array.from({ length: 26 }, () => {
    const x = centre + between(random, -260, 260)
    const y = ground + between(random, 20, 70)
    return `<line x1="${round(x)}" y1="${round(y)}" x2="${round(x + between(random, -8, 8))}" y2="${round(y + 40)}" stroke="#2f5132" stroke-width="4"/><circle cx="${round(x)}" cy="${round(y)}" r="${round(between(random, 9, 14))}" fill="#c0262d"/>`
  }).join('')
  return `<defs>${verticalGradient('sky', sky)}${radialGlow('glow', '#ffd27a')}</defs>
<rect width="${width}" height="${height}" fill="url(#sky)"/>
<circle cx="${round(centre)}" cy="${round(height * 0.22)}" r="170" fill="url(#glow)"/>
${ridge(random, canvas, ground - 60, 25, night ? '#241a26' : '#6b3a34')}
<rect y="${round(ground)}" width="${width}" height="${round(height - ground)}" fill="${night ? '#140f17' : '#3d2424'}"/>
<polygon fill="${night ? '#0d0b10' : '#2a1718'}" points="${round(centre - 70)},${round(ground)} ${round(centre + 70)},${round(ground)} ${round(centre + 38)},${round(height * 0.3)} ${round(centre - 38)},${round(height * 0.3)}"/>
<rect x="${round(centre - 130)}" y="${round(ground - 30)}" width="260" height="30" fill="${night ? '#0d0b10' : '#2a1718'}"/>
${flame(centre, height * 0.3 - 6, 70, '#ffb347')}
${flowers}`
}

function candles(random: Random, { width, height }: Canvas): string {
  const count = 7
  const items = Array.from({ length: count }, (_, i) => {
    const x = (width * (i + 1)) / (count + 1) + between(random, -30, 30)
    const candleHeight = between(random, 160, 360)
    const top = height * 0.86 - candleHeight
    return `<circle cx="${round(x)}" cy="${round(top - 40)}" r="110" fill="url(#glow)"/>
<rect x="${round(x - 28)}" y="${round(top)}" width="56" height="${round(candleHeight)}" rx="6" fill="#efe3cf"/>
<line x1="${round(x)}" y1="${round(top)}" x2="${round(x)}" y2="${round(top - 12)}" stroke="#2b2321" stroke-width="3"/>
<ellipse cx="${round(x)}" cy="${round(top - 34)}" rx="13" ry="28" fill="#ffc861"/><ellipse cx="${round(x)}" cy="${round(top - 26)}" rx="6" ry="13" fill="#fff4d6"/>`
  }).join('')
  return `<defs>${verticalGradient('bg', ['#120d12', '#2c1418', '#4a1a1c'])}${radialGlow('glow', '#ff9f43')}</defs>
<rect width="${width}" height="${height}" fill="url(#bg)"/>
<rect y="${round(height * 0.86)}" width="${width}" height="${round(height * 0.14)}" fill="#1a1112"/>
${items}`
}

function carnations(random: Random, { width, height }: Canvas): string {
  const steps = [0.62, 0.74, 0.86].map(
    (level, i) => `<rect y="${round(height * level)}" width="${width}" height="${round(height * 0.12)}" fill="${['#8d8a86', '#77736f', '#615d59'][i]}"/>`,
  )
  const flowers = Array.from({ length: 40 }, () => {
    const x = between(random, 80, width - 80)
    const y = height * between(random, 0.6, 0.92)
    const r = between(random, 16, 26)
    const petals = Array.from({ length: 7 }, (_, k) => {
      const angle = (k / 7) * Math.PI * 2
      return `<circle cx="${round(x + Math.cos(angle) * r * 0.6)}" cy="${round(y + Math.sin(angle) * r * 0.6)}" r="${round(r * 0.55)}" fill="#b3161f"/>`
    }).join('')
    const stemAngle = between(random, -0.6, 0.6)
    return `<line x1="${round(x)}" y1="${round(y)}" x2="${round(x + Math.sin(stemAngle) * 160)}" y2="${round(y + Math.cos(stemAngle) * 60)}" stroke="#3d6b3a" stroke-width="5"/>${petals}<circle cx="${round(x)}" cy="${round(y)}" r="${round(r * 0.35)}" fill="#d92c36"/>`
  }).join('')
  return `<defs>${verticalGradient('wall', ['#c9c2b8', '#a59d92'])}</defs>
<rect width="${width}" height="${height}" fill="url(#wall)"/>
${steps.join('')}
${flowers}`
}

function skyline(random: Random, canvas: Canvas): string {
  const { width, height } = canvas
  const horizon = height * 0.68
  let x = 0
  const buildings: string[] = []
  while (x < width) {
    const w = between(random, 50, 130)
    const h = between(random, 60, 230)
    buildings.push(`<rect x="${round(x)}" y="${round(horizon - h)}" width="${round(w + 1)}" height="${round(h)}" fill="#2a2440"/>`)
    x += w
  }
  // Three tall, curved towers in the middle of the skyline.
  const towers = [-1, 0, 1]
    .map((offset) => {
      const cx = width * 0.5 + offset * 110
      const top = horizon - (offset === 0 ? 470 : 400)
      return `<path fill="#1d1930" d="M${round(cx - 60)} ${round(horizon)} C ${round(cx - 70)} ${round(top + 160)}, ${round(cx - 30)} ${round(top + 40)}, ${round(cx + 10)} ${round(top)} C ${round(cx + 40)} ${round(top + 80)}, ${round(cx + 60)} ${round(top + 200)}, ${round(cx + 55)} ${round(horizon)} Z"/>`
    })
    .join('')
  const windows = Array.from({ length: 90 }, () => `<rect x="${round(between(random, 0, width))}" y="${round(between(random, horizon - 200, horizon - 10))}" width="6" height="9" fill="#ffd98a" opacity="0.8"/>`).join('')
  return `<defs>${verticalGradient('sky', ['#2d3a6b', '#b5577a', '#f4a26b'])}${verticalGradient('sea', ['#3b4d7a', '#151b33'])}</defs>
<rect width="${width}" height="${height}" fill="url(#sky)"/>
<circle cx="${round(width * between(random, 0.15, 0.3))}" cy="${round(horizon - 120)}" r="70" fill="#ffd08a" opacity="0.9"/>
${buildings.join('')}${towers}${windows}
<rect y="${round(horizon)}" width="${width}" height="${round(height - horizon)}" fill="url(#sea)"/>
${Array.from({ length: 14 }, (_, i) => `<rect x="${round(between(random, 0, width - 300))}" y="${round(horizon + 20 + i * 14)}" width="${round(between(random, 80, 300))}" height="3" fill="#f4a26b" opacity="0.35"/>`).join('')}`
}

function coast(random: Random, canvas: Canvas): string {
  const { width, height } = canvas
  const horizon = height * 0.6
  const clouds = Array.from({ length: 5 }, () => {
    const cx = between(random, 100, width - 100)
    const cy = between(random, 80, horizon - 180)
    return [0, 1, 2, 3].map((k) => `<ellipse cx="${round(cx + k * 55 - 80)}" cy="${round(cy + (k % 2) * 12)}" rx="${round(between(random, 60, 95))}" ry="${round(between(random, 32, 48))}" fill="#ffffff" opacity="0.85"/>`).join('')
  }).join('')
  const waves = Array.from({ length: 9 }, (_, i) => {
    const y = horizon + 40 + i * 30
    return `<path d="M0 ${round(y)} Q ${round(width / 4)} ${round(y - 14)} ${round(width / 2)} ${round(y)} T ${width} ${round(y)}" stroke="#e8f3f7" stroke-opacity="0.45" stroke-width="3" fill="none"/>`
  }).join('')
  return `<defs>${verticalGradient('sky', ['#7fb4d9', '#cfe6f2'])}${verticalGradient('sea', ['#2f7a9a', '#1b4a63'])}</defs>
<rect width="${width}" height="${height}" fill="url(#sky)"/>
<circle cx="${round(width * 0.78)}" cy="${round(height * 0.2)}" r="80" fill="#ffe08a"/>
${clouds}
<rect y="${round(horizon)}" width="${width}" height="${round(height - horizon)}" fill="url(#sea)"/>
${waves}
<path fill="#d8c49a" d="M0 ${height} L0 ${round(height * 0.82)} Q ${round(width * 0.3)} ${round(height * 0.76)} ${round(width * 0.55)} ${height} Z"/>`
}

function books(random: Random, { width, height }: Canvas): string {
  const palette = ['#8a1c1c', '#2f4858', '#c98b2b', '#33658a', '#5b3758', '#86a873', '#b85c38', '#e0c097']
  const shelves = [0.3, 0.62, 0.94].map((level) => height * level)
  const rows = shelves.map((shelf) => {
    let x = 60
    const spines: string[] = []
    while (x < width - 80) {
      const w = between(random, 26, 60)
      const h = between(random, 170, 250)
      const colour = palette[Math.floor(random() * palette.length)]
      spines.push(`<rect x="${round(x)}" y="${round(shelf - h)}" width="${round(w)}" height="${round(h)}" rx="3" fill="${colour}"/><rect x="${round(x + 4)}" y="${round(shelf - h + 24)}" width="${round(w - 8)}" height="6" fill="#f5ecd7" opacity="0.6"/>`)
      x += w + between(random, 2, 8)
    }
    return `${spines.join('')}<rect x="30" y="${round(shelf)}" width="${width - 60}" height="18" fill="#5a3b22"/>`
  })
  return `<rect width="${width}" height="${height}" fill="#efe6d6"/>${rows.join('')}`
}

function chess(random: Random, { width, height }: Canvas): string {
  const horizon = height * 0.35
  const squares: string[] = []
  const rows = 8
  const columns = 8
  const vanishing = width / 2
  // Board in perspective: row i spans y from yAt(i) to yAt(i+1), narrowing towards the horizon.
  const yAt = (i: number) => horizon + (height - horizon) * Math.pow(i / rows, 1.6)
  const xAt = (column: number, y: number) => vanishing + (column / columns - 0.5) * width * 1.6 * ((y - horizon) / (height - horizon))
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      const y0 = yAt(i)
      const y1 = yAt(i + 1)
      const fill = (i + j) % 2 === 0 ? '#e9dcc3' : '#6b4b32'
      squares.push(`<polygon fill="${fill}" points="${round(xAt(j, y0))},${round(y0)} ${round(xAt(j + 1, y0))},${round(y0)} ${round(xAt(j + 1, y1))},${round(y1)} ${round(xAt(j, y1))},${round(y1)}"/>`)
    }
  }
  const pawns = Array.from({ length: 3 }, (_, k) => {
    const x = width * (0.3 + k * 0.2) + between(random, -40, 40)
    const base = height * between(random, 0.72, 0.86)
    const s = between(random, 0.9, 1.2)
    const fill = k === 1 ? '#f7f1e6' : '#1e1a17'
    return `<g fill="${fill}"><ellipse cx="${round(x)}" cy="${round(base)}" rx="${round(70 * s)}" ry="${round(18 * s)}"/><polygon points="${round(x - 45 * s)},${round(base)} ${round(x + 45 * s)},${round(base)} ${round(x + 20 * s)},${round(base - 120 * s)} ${round(x - 20 * s)},${round(base - 120 * s)}"/><circle cx="${round(x)}" cy="${round(base - 150 * s)}" r="${round(38 * s)}"/></g>`
  }).join('')
  return `<defs>${verticalGradient('bg', ['#34302c', '#6d6259'])}</defs><rect width="${width}" height="${height}" fill="url(#bg)"/>${squares.join('')}${pawns}`
}

function arches(random: Random, canvas: Canvas): string {
  const { width, height } = canvas
  const wallTop = height * 0.5
  const count = 6
  const span = width / count
  const openings = Array.from({ length: count }, (_, i) => {
    const x = i * span + span * 0.2
    const w = span * 0.6
    const top = wallTop + 90
    return `<path fill="#3b2a22" d="M${round(x)} ${height} L${round(x)} ${round(top + w / 2)} Q ${round(x + w / 2)} ${round(top - w / 3)} ${round(x + w)} ${round(top + w / 2)} L${round(x + w)} ${height} Z"/>`
  }).join('')
  return `<defs>${verticalGradient('sky', ['#9cc3d5', '#f1e3c6'])}</defs>
<rect width="${width}" height="${height}" fill="url(#sky)"/>
${ridge(random, canvas, height * 0.28, 60, '#6f8f72')}
${ridge(random, canvas, height * 0.38, 40, '#4e6e52')}
<rect y="${round(wallTop)}" width="${width}" height="${round(height - wallTop)}" fill="#c98a5b"/>
<rect y="${round(wallTop)}" width="${width}" height="24" fill="#a96c43"/>
${openings}`
}

function metro(random: Random, { width, height }: Canvas): string {
  const cx = width / 2
  const cy = height * 0.55
  const rings = Array.from({ length: 7 }, (_, i) => {
    const r = 760 - i * 100
    const shade = 30 + i * 14
    return `<ellipse cx="${cx}" cy="${round(cy)}" rx="${r}" ry="${round(r * 0.62)}" fill="rgb(${shade},${shade + 6},${shade + 20})"/>`
  }).join('')
  const rails = [-1, 1].map((side) => `<line x1="${round(cx + side * 18)}" y1="${round(cy + 40)}" x2="${round(cx + side * 520)}" y2="${height}" stroke="#c9ccd6" stroke-width="8"/>`).join('')
  const lamps = Array.from({ length: 10 }, (_, i) => {
    const t = (i + 1) / 11
    return `<circle cx="${round(cx - 600 * (1 - t))}" cy="${round(cy - 300 * (1 - t))}" r="${round(10 * (1 - t) + 3)}" fill="#ffe7a8"/><circle cx="${round(cx + 600 * (1 - t))}" cy="${round(cy - 300 * (1 - t))}" r="${round(10 * (1 - t) + 3)}" fill="#ffe7a8"/>`
  }).join('')
  return `<rect width="${width}" height="${height}" fill="#101218"/>${rings}
<circle cx="${cx}" cy="${round(cy)}" r="${round(between(random, 36, 48))}" fill="#fff3c4"/>
<polygon fill="#2a2d38" points="${round(cx - 30)},${round(cy + 40)} ${round(cx + 30)},${round(cy + 40)} ${round(cx + 700)},${height} ${round(cx - 700)},${height}"/>
${rails}${lamps}`
}

function street(random: Random, { width, height }: Canvas): string {
  const vx = width / 2
  const vy = height * 0.42
  const facades = [-1, 1]
    .map((side) =>
      Array.from({ length: 5 }, (_, i) => {
        const near = 1 - i / 5
        const far = 1 - (i + 1) / 5
        const xNear = vx + side * (vx * near)
        const xFar = vx + side * (vx * far)
        const topNear = vy - 420 * near - between(random, 0, 60) * near
        const topFar = vy - 420 * far
        const colour = ['#d9b48f', '#c98b6b', '#e6d3b3', '#b8836a', '#d7c2a0'][i]
        return `<polygon fill="${colour}" points="${round(xNear)},${round(vy + 460 * near)} ${round(xFar)},${round(vy + 460 * far)} ${round(xFar)},${round(topFar)} ${round(xNear)},${round(topNear)}"/>`
      }).join(''),
    )
    .join('')
  const trees = Array.from({ length: 6 }, (_, i) => {
    const t = 1 - i / 6
    const side = i % 2 === 0 ? -1 : 1
    const x = vx + side * vx * 0.55 * t
    const y = vy + 330 * t
    return `<rect x="${round(x - 5 * t)}" y="${round(y - 90 * t)}" width="${round(10 * t + 2)}" height="${round(90 * t)}" fill="#5a3d2b"/><circle cx="${round(x)}" cy="${round(y - 120 * t)}" r="${round(60 * t + 6)}" fill="#4f7d45"/>`
  })
  return `<defs>${verticalGradient('sky', ['#a7d0e8', '#f6efe2'])}</defs>
<rect width="${width}" height="${height}" fill="url(#sky)"/>
<polygon fill="#cfc6b8" points="0,${height} ${width},${height} ${vx},${round(vy)}"/>
${Array.from({ length: 8 }, (_, i) => {
  const t = (i + 1) / 9
  return `<line x1="${round(vx - vx * t)}" y1="${round(vy + (height - vy) * t)}" x2="${round(vx + vx * t)}" y2="${round(vy + (height - vy) * t)}" stroke="#b7ad9d" stroke-width="3"/>`
}).join('')}
${facades}${trees.reverse().join('')}`
}

function portrait(random: Random, { width, height }: Canvas): string {
  const hues = [
    ['#f2d7c2', '#8a1c1c'],
    ['#d6e4ea', '#2f4858'],
    ['#efe1c6', '#6b4b32'],
  ][Math.floor(random() * 3)]
  const cx = width / 2
  return `<defs>${verticalGradient('bg', [hues[0], '#ffffff'])}</defs>
<rect width="${width}" height="${height}" fill="url(#bg)"/>
<circle cx="${cx}" cy="${round(height * 0.42)}" r="${round(width * between(random, 0.16, 0.19))}" fill="${hues[1]}"/>
<path fill="${hues[1]}" d="M${round(cx - width * 0.36)} ${height} C ${round(cx - width * 0.34)} ${round(height * 0.58)}, ${round(cx + width * 0.34)} ${round(height * 0.58)}, ${round(cx + width * 0.36)} ${height} Z"/>`
}

const SCENES: Record<Scene, (random: Random, canvas: Canvas) => string> = {
  memorial: (random, canvas) => memorial(random, canvas),
  memorialNight: (random, canvas) => memorial(random, canvas, true),
  candles,
  carnations,
  skyline,
  coast,
  books,
  chess,
  arches,
  metro,
  street,
  portrait,
}

/** The drawing for `key` as a complete SVG document of the canvas's size. */
export function drawing(key: string, scene: Scene, canvas: Canvas): string {
  const body = SCENES[scene](randomFor(key), canvas)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${canvas.width}" height="${canvas.height}" viewBox="0 0 ${canvas.width} ${canvas.height}">${body}</svg>`
}
