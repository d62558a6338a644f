/**
 * The newsroom's brand: its default logo (public/brand/logo.svg, drawn by hand; the favicon and app icons are
 * generated from it by scripts/brand-icons.mjs) and the colours the browser and launchers paint around it.
 * A logo uploaded in site settings replaces the default on the site and in the admin (lib/data/site.ts).
 */
export const defaultLogo = { src: '/brand/logo.svg', width: 64, height: 64 } as const

/** The site's accent (styles.css --color-accent) and paper (--color-paper): the manifest's theme and background colours. */
export const brandColours = { accent: '#8a1c1c', paper: '#ffffff' } as const

/** The logo the site and the admin draw: the one uploaded in site settings (lib/data/site.ts), else the default. */
export function logoToDraw(uploaded: { url: string; width: number; height: number } | null): { src: string; width: number; height: number } {
  return uploaded ? { src: uploaded.url, width: uploaded.width, height: uploaded.height } : defaultLogo
}
