'use client'

import { Button, useAuth, useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { EDITING_ROLES, hasRole } from '@/access/roles'
import type { AdminTranslationKeys, AdminTranslations } from '@/i18n/admin'

import './LiveEntryComposer.css'

type Recent = { id: number | string; postedAt: string; headline?: string | null; text?: string | null; _status?: string | null }
type FieldErrors = Partial<Record<'headline' | 'text' | 'pinned' | 'article', string>>
type PayloadError = { message?: string; data?: { errors?: { path?: string; message?: string }[] } }

const EMPTY = { headline: '', text: '', keyEvent: false, pinned: false }

/**
 * The compact entry form at the top of a live article: text, an optional headline, "key event" and "pin", published
 * in the language being edited with one click, without saving the article. It posts to Payload's own REST API as the
 * signed-in user, so the entries' access rules and hooks decide (collections/LiveEntries); a refusal shows its field
 * errors and keeps what was typed. Below it, the latest entries with a link to edit (or translate) each.
 */
export function LiveEntryComposer() {
  const { id } = useDocumentInfo()
  const locale = useLocale()
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n, t } = useTranslation<AdminTranslations, AdminTranslationKeys>()
  const [draft, setDraft] = useState(EMPTY)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [status, setStatus] = useState<{ kind: 'idle' | 'busy' | 'done' | 'failed'; message?: string }>({ kind: 'idle' })
  const [recent, setRecent] = useState<Recent[]>([])
  const api = config.routes.api
  const adminRoute = config.routes.admin

  const [loaded, setLoaded] = useState(0)

  // The latest entries, again after each one published here (`loaded` counts them).
  useEffect(() => {
    if (id === undefined || id === null) return
    let current = true
    const query = new URLSearchParams({ 'where[article][equals]': String(id), sort: '-postedAt', limit: '8', depth: '0', draft: 'true', locale: locale.code })
    fetch(`${api}/live-entries?${query}`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<{ docs: Recent[] }>) : null))
      .then((result) => {
        if (current && result) setRecent(result.docs)
      })
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [api, id, locale.code, loaded])

  if (id === undefined || id === null) return <p className="live-composer__note">{t('custom:live.composer.saveFirst')}</p>
  const canPublish = hasRole(user, EDITING_ROLES)

  async function publish() {
    setStatus({ kind: 'busy' })
    setErrors({})
    const response = await fetch(`${api}/live-entries?locale=${encodeURIComponent(locale.code)}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', 'accept-language': i18n.language },
      body: JSON.stringify({ article: id, headline: draft.headline || null, text: draft.text, keyEvent: draft.keyEvent, pinned: draft.pinned, _status: 'published' }),
    }).catch(() => null)
    const result = ((await response?.json().catch(() => ({}))) ?? {}) as { doc?: Recent; errors?: PayloadError[] }
    if (!response?.ok || !result.doc) {
      const fieldErrors: FieldErrors = {}
      for (const error of result.errors ?? []) for (const field of error.data?.errors ?? []) if (field.path && field.message) fieldErrors[field.path as keyof FieldErrors] = field.message
      setErrors(fieldErrors)
      setStatus({ kind: 'failed', message: t('custom:live.composer.failed', { message: result.errors?.[0]?.message ?? String(response?.status ?? '') }) })
      return
    }
    setDraft(EMPTY)
    setStatus({ kind: 'done', message: t('custom:live.composer.published', { time: new Date(result.doc.postedAt).toLocaleTimeString(i18n.language) }) })
    setLoaded((count) => count + 1)
  }

  const described = (field: keyof FieldErrors) => (errors[field] ? { 'aria-invalid': true, 'aria-describedby': `live-composer-${field}-error` } : {})
  const errorOf = (field: keyof FieldErrors) =>
    errors[field] ? (
      <p className="live-composer__error" id={`live-composer-${field}-error`} role="alert">
        {errors[field]}
      </p>
    ) : null
  const label = typeof locale.label === 'string' ? locale.label : locale.code

  return (
    <section className="live-composer" aria-labelledby="live-composer-title">
      <h3 id="live-composer-title">{t('custom:live.composer.title')}</h3>
      {canPublish && (
        <div className="live-composer__form">
          <p className="live-composer__note">{t('custom:live.composer.intro', { language: label })}</p>
          <label>
            {t('custom:live.composer.headline')}
            <input
              type="text"
              maxLength={160}
              value={draft.headline}
              onChange={(event) => setDraft({ ...draft, headline: event.target.value })}
              // Enter would submit the article's own form around this one.
              onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
              {...described('headline')}
            />
          </label>
          {errorOf('headline')}
          <label>
            {t('custom:live.composer.text')}
            <textarea rows={5} maxLength={5000} value={draft.text} onChange={(event) => setDraft({ ...draft, text: event.target.value })} {...described('text')} />
          </label>
          {errorOf('text')}
          <label className="live-composer__check">
            <input type="checkbox" checked={draft.keyEvent} onChange={(event) => setDraft({ ...draft, keyEvent: event.target.checked })} />
            {t('custom:live.composer.keyEvent')}
          </label>
          <label className="live-composer__check">
            <input type="checkbox" checked={draft.pinned} onChange={(event) => setDraft({ ...draft, pinned: event.target.checked })} {...described('pinned')} />
            {t('custom:live.composer.pinned')}
          </label>
          {errorOf('pinned')}
          {errorOf('article')}
          <Button type="button" buttonStyle="primary" size="small" disabled={status.kind === 'busy'} onClick={() => void publish()}>
            {status.kind === 'busy' ? t('custom:live.composer.publishing') : t('custom:live.composer.publish')}
          </Button>
          <p role="status" className={status.kind === 'failed' ? 'live-composer__error' : 'live-composer__note'}>
            {status.message ?? ''}
          </p>
        </div>
      )}
      <h4>{t('custom:live.composer.recent')}</h4>
      {recent.length === 0 ? (
        <p className="live-composer__note">{t('custom:live.composer.none')}</p>
      ) : (
        <ul className="live-composer__recent">
          {recent.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.postedAt}>{new Date(entry.postedAt).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' })}</time>{' '}
              {(entry.headline || entry.text || '').slice(0, 80)}
              {entry._status === 'draft' && <em> ({t('custom:live.composer.draft')})</em>}{' '}
              <a href={`${adminRoute}/collections/live-entries/${entry.id}?locale=${encodeURIComponent(locale.code)}`}>{t('custom:live.composer.edit')}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
