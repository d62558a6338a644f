import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

import { latestChange, type LiveState, type LiveUpdate } from './entries'
import { readEntries, readEntryStamps, readLiveArticle } from './read'

/**
 * Sends live coverage to readers' open pages (the stream endpoint, collections/LiveEntries/endpoints/stream.ts).
 * One watcher per article and process, however many readers hold it open: it reads what changed once and writes the
 * same update to every open page in that language, so 200 readers cost one read per change, not 200.
 *
 * The watcher learns of a change two ways: at once from a save in this process (the entries' and articles' hooks
 * call `nudgeLiveReaders`), and by looking every POLL_MS at the entries' ids and times of change (two small indexed
 * reads), which also catches saves made through another instance behind the load balancer. An update carries the
 * entries changed since the last one, so a change costs one read per language open.
 */
const POLL_MS = 1_000

export type LiveSubscriber = { locale: Locale; send: (update: LiveUpdate) => void; end: () => void }

/** What a watcher last saw of its article in one language: at most POLL_MS old. */
export type LiveSnapshot = { state: LiveState; ids: string[]; latest: string | null }

type Channel = {
  subscribers: Set<LiveSubscriber>
  /** Per language: the ids in order and the latest change, as last sent. */
  seen: Map<Locale, { key: string; latest: string | null; ids: string[] }>
  state: LiveState | null
  timer: NodeJS.Timeout
  checking: Promise<void> | null
  again: boolean
}

class LiveHub {
  private readonly channels = new Map<string, Channel>()
  private payload: Payload | null = null

  /** Adds an open page; the caller sends it its catch-up first. Returns its removal. */
  subscribe(payload: Payload, articleId: string, subscriber: LiveSubscriber): () => void {
    this.payload = payload
    let channel = this.channels.get(articleId)
    if (!channel) {
      channel = { subscribers: new Set(), seen: new Map(), state: null, timer: setInterval(() => this.check(articleId), POLL_MS), checking: null, again: false }
      channel.timer.unref()
      this.channels.set(articleId, channel)
    }
    channel.subscribers.add(subscriber)
    // A language nobody watched yet gets its first look now; otherwise the next look (within POLL_MS) covers it.
    if (!channel.seen.has(subscriber.locale)) void this.check(articleId)
    return () => this.unsubscribe(articleId, subscriber)
  }

  /**
   * The article as its watcher last saw it in `locale`, or null when no page follows it in that language yet. A page
   * opening on coverage already watched is answered from this, without a read: opening a stream then costs about what a
   * cached page does. A change after the snapshot reaches the new page with the next update, as it reaches every other.
   */
  snapshot(articleId: string, locale: Locale): LiveSnapshot | null {
    const channel = this.channels.get(articleId)
    const seen = channel?.seen.get(locale)
    return channel?.state && seen ? { state: channel.state, ids: seen.ids, latest: seen.latest } : null
  }

  nudge(articleId: string): void {
    if (this.channels.has(articleId)) void this.check(articleId)
  }

  /** Ends every open page (the server is shutting down); browsers reconnect to another instance by themselves. */
  endAll(): void {
    for (const [articleId, channel] of this.channels) {
      for (const subscriber of channel.subscribers) subscriber.end()
      clearInterval(channel.timer)
      this.channels.delete(articleId)
    }
  }

  get openPages(): number {
    let count = 0
    for (const channel of this.channels.values()) count += channel.subscribers.size
    return count
  }

  private unsubscribe(articleId: string, subscriber: LiveSubscriber) {
    const channel = this.channels.get(articleId)
    if (!channel) return
    channel.subscribers.delete(subscriber)
    if (channel.subscribers.size === 0) {
      clearInterval(channel.timer)
      this.channels.delete(articleId)
    }
  }

  /** One check at a time per article; a nudge during one runs another right after it. */
  private check(articleId: string): Promise<void> {
    const channel = this.channels.get(articleId)
    if (!channel) return Promise.resolve()
    if (channel.checking) {
      channel.again = true
      return channel.checking
    }
    channel.checking = this.compare(articleId, channel)
      .catch((error: unknown) => this.payload?.logger.warn(`Live coverage ${articleId}: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        channel.checking = null
        if (channel.again) {
          channel.again = false
          void this.check(articleId)
        }
      })
    return channel.checking
  }

  private async compare(articleId: string, channel: Channel) {
    const payload = this.payload
    if (!payload) return
    const article = await readLiveArticle(payload, articleId)
    if (!article) {
      // Unpublished, deleted or no longer live: its open pages are closed (a reload shows what readers now get).
      for (const subscriber of channel.subscribers) subscriber.end()
      return
    }
    const stateChanged = channel.state !== null && channel.state !== article.state
    channel.state = article.state
    const languages = new Set([...channel.subscribers].map((subscriber) => subscriber.locale))
    for (const locale of languages) {
      const stamps = await readEntryStamps(payload, articleId, locale)
      const key = stamps.map(({ id, updatedAt }) => `${id}@${updatedAt}`).join(',')
      const before = channel.seen.get(locale)
      const latest = latestChange(stamps)
      channel.seen.set(locale, { key, latest, ids: stamps.map(({ id }) => id) })
      // The first look only records: each page got its own catch-up when it opened.
      if (!before || (before.key === key && !stateChanged)) continue
      const entries = before.key === key ? [] : await readEntries(payload, articleId, locale, before.latest ?? undefined)
      const update: LiveUpdate = { state: article.state, ids: stamps.map(({ id }) => id), entries, stamp: latest ?? '' }
      for (const subscriber of channel.subscribers) if (subscriber.locale === locale) subscriber.send(update)
    }
  }
}

const HUB = Symbol.for('portal.liveHub')
const CLOSING = Symbol.for('portal.closingHooks')

/**
 * The process's one hub. Shared through a global symbol: Next bundles the API route (the stream) and the code that
 * saves (hooks) into separate module copies, and a per-copy hub would never hear the saves.
 */
export function liveHub(): LiveHub {
  const global = globalThis as Record<symbol, unknown>
  let hub = global[HUB] as LiveHub | undefined
  if (!hub) {
    const created = new LiveHub()
    global[HUB] = hub = created
    // server/shutdown.ts ends the open streams when the server stops taking connections.
    ;((global[CLOSING] ??= []) as (() => void)[]).push(() => created.endAll())
  }
  return hub
}

/** Tells this process's open pages of an article to look for a change now (a hook after a save). */
export function nudgeLiveReaders(articleId: number | string): void {
  ;(globalThis as Record<symbol, LiveHub | undefined>)[HUB]?.nudge(String(articleId))
}
