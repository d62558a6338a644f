'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useRef, useState } from 'react'

import { applyUpdate, entryAnchor, entryTitle, latestChange, orderEntries, pinnedEntryId, type LiveEntryView, type LiveState, type LiveUpdate } from '@/lib/live/entries'

import { LiveEntryCard } from './LiveEntryCard'

type View = { state: LiveState; shown: LiveEntryView[]; held: LiveEntryView[] }

type Props = {
  /** The stream of updates (collections/LiveEntries/endpoints/stream.ts) for this article and language. */
  streamUrl: string
  pageUrl: string
  state: LiveState
  /** The coverage's start and end as the page's language writes them (formatted on the server, as entries' times are). */
  startsAt: string | null
  endsAt: string | null
  entries: LiveEntryView[]
}

/**
 * A live article's entries. Rendered on the server with the page, complete without JavaScript (the page's cache
 * expires with each entry). With JavaScript the page listens to the updates and applies them in place:
 * - a new entry goes on top at once while the top of the list is in view; a reader who has scrolled into the list
 *   is not moved: new entries wait behind a "Show N new entries" button instead;
 * - changed and removed entries change in place;
 * - a polite live region announces new entries and a change of state to screen readers.
 */
export function LiveEntries({ streamUrl, pageUrl, state: initialState, startsAt, endsAt, entries: initialEntries }: Props) {
  const t = useTranslations('LiveCoverage')
  const [view, setView] = useState<View>(() => ({ state: initialState, shown: orderEntries(initialEntries), held: [] }))
  const { state, shown, held } = view
  // The view is kept in a ref as well, so updates arriving back to back each build on the one before.
  const model = useRef<View>(view)
  useEffect(() => {
    model.current = view
  })
  const [announcement, setAnnouncement] = useState('')
  const [connected, setConnected] = useState(false)
  const listRef = useRef<HTMLDivElement>(null)
  const show = (view: View) => {
    model.current = view
    setView(view)
  }

  useEffect(() => {
    const since = latestChange(initialEntries)
    const source = new EventSource(since ? `${streamUrl}&since=${encodeURIComponent(since)}` : streamUrl)
    // Said on the list (data-connected), so the page's state can be seen: following the coverage, or not (yet).
    source.addEventListener('open', () => setConnected(true))
    source.addEventListener('error', () => setConnected(false))
    source.addEventListener('update', (event) => {
      const update = JSON.parse((event as MessageEvent<string>).data) as LiveUpdate
      const current = model.current
      const seen = new Set([...current.shown, ...current.held].map((entry) => entry.id))
      const added = update.entries.filter((entry) => !seen.has(entry.id))
      const all = applyUpdate([...current.shown, ...current.held], update)
      // Scrolled into the list: inserting above the reader would move what they are reading.
      const intoList = (listRef.current?.getBoundingClientRect().top ?? 0) < 0
      const waiting = new Set([...current.held.map((entry) => entry.id), ...(intoList ? added.map((entry) => entry.id) : [])])
      show({ state: update.state, shown: all.filter((entry) => !waiting.has(entry.id)), held: all.filter((entry) => waiting.has(entry.id)) })
      const messages = [
        ...(added.length ? [t('newEntries', { count: added.length })] : []),
        ...(update.state !== current.state ? [t('stateChanged', { state: update.state })] : []),
      ]
      if (messages.length) setAnnouncement(messages.join('. '))
    })
    return () => source.close()
    // The stream is opened once per page; `initialEntries` only gives its starting point.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [streamUrl])

  function showHeld() {
    show({ state, shown: orderEntries([...shown, ...held]), held: [] })
    listRef.current?.scrollIntoView({ block: 'start' })
    listRef.current?.focus()
  }

  const pinned = pinnedEntryId(shown)
  const keyEvents = shown.filter((entry) => entry.keyEvent).sort((a, b) => Date.parse(b.postedAt) - Date.parse(a.postedAt))

  return (
    <div className="live" data-connected={connected}>
      <p className={`live-state live-state--${state}`}>
        <span className="live-state__badge">{t('state', { state })}</span>{' '}
        {state === 'upcoming' && startsAt && <span>{t('startsAt', { time: startsAt })}</span>}
        {state === 'live' && startsAt && <span>{t('startedAt', { time: startsAt })}</span>}
        {state === 'ended' && endsAt && <span>{t('endedAt', { time: endsAt })}</span>}
      </p>
      {keyEvents.length > 0 && (
        <nav className="live-key-events" aria-labelledby="live-key-events">
          <h2 id="live-key-events">{t('keyEvents')}</h2>
          <ol>
            {keyEvents.map((entry) => (
              <li key={entry.id}>
                <a href={`#${entryAnchor(entry.id)}`}>
                  <time dateTime={entry.postedAt}>{entry.time}</time> {entryTitle(entry)}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {held.length > 0 && (
        <button type="button" className="live-show-new" onClick={showHeld}>
          {t('showNew', { count: held.length })}
        </button>
      )}
      <div ref={listRef} tabIndex={-1} className="live-entries" aria-label={t('heading')}>
        {shown.length === 0 && <p>{t('noEntries')}</p>}
        {shown.map((entry) => (
          <LiveEntryCard key={entry.id} entry={entry} pinned={entry.id === pinned} pageUrl={pageUrl} />
        ))}
      </div>
    </div>
  )
}

