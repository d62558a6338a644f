/** The newsroom's own logo (public/brand/logo.svg), used wherever site settings name none. */
export const DEFAULT_LOGO = { src: '/brand/logo.svg', width: 64, height: 64 } as const
