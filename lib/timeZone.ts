import { DEFAULT_TIME_ZONE } from './anniversary'

/** A time zone name Intl knows, or undefined. */
function valid(zone: string | undefined): string | undefined {
  if (!zone) return undefined
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return zone
  } catch {
    return undefined
  }
}

/**
 * The newsroom's time zone: dates on the site, "today" for anniversaries and the news line are
 * reckoned in it, whatever the server's clock says. NEWSROOM_TIME_ZONE changes it (an unknown name
 * is ignored rather than breaking every page).
 */
export const NEWSROOM_TIME_ZONE = valid(process.env.NEWSROOM_TIME_ZONE) ?? DEFAULT_TIME_ZONE
