'use client'

import { useEffect, useState } from 'react'

/** A calendar day (YYYY-MM-DD) and how the page's language writes it. */
export type Day = { date: string; text: string }

type Props = {
  /** The newsroom's today, then yesterday and tomorrow: a reader anywhere on Earth is on one of these days. */
  today: Day
  nearby: Day[]
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The masthead's date in the reader's own time zone. The server renders the newsroom's date; in the browser it
 * switches to the reader's day when that is yesterday or tomorrow in Baku. The words come from the server (Node's
 * full CLDR data): browsers' own Intl may lack a language (Chromium's writes Azerbaijani dates as "2026 M12 1").
 */
export function MastheadDate({ today, nearby }: Props) {
  const [shown, setShown] = useState(today)
  useEffect(() => {
    const now = new Date()
    const local = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
    const day = nearby.find((candidate) => candidate.date === local)
    // Effects run only in the browser: the reader's zone is what the server cannot know.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (day) setShown(day)
  }, [nearby])
  return (
    <time className="masthead-date" dateTime={shown.date}>
      {shown.text}
    </time>
  )
}
