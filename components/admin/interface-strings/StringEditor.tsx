'use client'

import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import type { AdminTranslationKeys, AdminTranslations } from '@/i18n/admin'
import type { StringCell } from '@/lib/i18n/stringTable'

type Props = { messageKey: string; locale: string; cell: StringCell; canEdit: boolean }

type ErrorBody = { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] }

/** Payload answers a refused value with the field's message inside `errors[0].data.errors`. */
function errorMessage(body: ErrorBody, fallback: string): string {
  const [first] = body.errors ?? []
  return first?.data?.errors?.[0]?.message ?? first?.message ?? fallback
}

/**
 * One language's text of one key: shown as text, edited in place. Saving creates or updates the
 * override (or deletes it when the text is the file's again); a refused text stays in the box with
 * the server's reason, and the live text is unchanged.
 */
export function StringEditor({ messageKey, locale, cell, canEdit }: Props) {
  const { config } = useConfig()
  const { t } = useTranslation<AdminTranslations, AdminTranslationKeys>()
  const router = useRouter()
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState(cell.value)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const id = useId()
  const api = `${config.routes.api}/ui-strings`

  async function send(method: 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<boolean> {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(url, {
        method,
        credentials: 'include',
        headers: body === undefined ? undefined : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      if (response.ok) return true
      const message = errorMessage((await response.json().catch(() => ({}))) as ErrorBody, t('custom:interfaceStrings.failed'))
      setError(message)
      toast.error(message)
      return false
    } finally {
      setBusy(false)
    }
  }

  async function save() {
    const reset = draft === cell.fileValue
    const done = cell.overrideId !== undefined
      ? reset
        ? await send('DELETE', `${api}/${cell.overrideId}`)
        : await send('PATCH', `${api}/${cell.overrideId}`, { value: draft })
      : reset || (await send('POST', api, { key: messageKey, locale, value: draft }))
    if (!done) return
    toast.success(t(reset ? 'custom:interfaceStrings.resetDone' : 'custom:interfaceStrings.saved'))
    setEditing(false)
    router.refresh()
  }

  async function resetToFile() {
    if (cell.overrideId === undefined || !(await send('DELETE', `${api}/${cell.overrideId}`))) return
    toast.success(t('custom:interfaceStrings.resetDone'))
    setDraft(cell.fileValue ?? '')
    setEditing(false)
    router.refresh()
  }

  const overridden = cell.overrideId !== undefined
  return (
    <div className="string-editor" data-overridden={overridden || undefined}>
      {editing ? (
        <>
          <label htmlFor={id} className="sr-only" style={{ position: 'absolute', left: '-9999px' }}>
            {messageKey} ({locale})
          </label>
          <textarea
            id={id}
            name={`${locale}:${messageKey}`}
            value={draft}
            rows={3}
            onChange={(event) => setDraft(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            style={{ width: '100%', fontFamily: 'inherit' }}
          />
          {error && (
            <p id={`${id}-error`} role="alert" className="string-editor__error" style={{ color: 'var(--theme-error-500)' }}>
              {error}
            </p>
          )}
          <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
            <Button buttonStyle="primary" size="small" margin={false} disabled={busy} onClick={save}>
              {t('custom:interfaceStrings.save')}
            </Button>
            <Button buttonStyle="secondary" size="small" margin={false}
              disabled={busy}
              onClick={() => (setEditing(false), setDraft(cell.value), setError(null))}
            >
              {t('custom:interfaceStrings.cancel')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <div className="string-editor__value" style={{ whiteSpace: 'pre-wrap' }}>
            {cell.value}
          </div>
          {overridden && (
            <div style={{ fontSize: '0.85em', opacity: 0.75 }}>
              <strong>{t('custom:interfaceStrings.overriddenBadge')}</strong> · {t('custom:interfaceStrings.defaultIs')} {cell.fileValue}
            </div>
          )}
          {cell.missing && <strong style={{ fontSize: '0.85em', color: 'var(--theme-warning-500)' }}>{t('custom:interfaceStrings.missingBadge')}</strong>}
          {canEdit && (
            <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', marginTop: '0.25rem' }}>
              <Button buttonStyle="secondary" size="small" margin={false}
                aria-label={`${t('custom:interfaceStrings.edit')}: ${messageKey} (${locale})`}
                onClick={() => (setDraft(cell.value), setError(null), setEditing(true))}
              >
                {t('custom:interfaceStrings.edit')}
              </Button>
              {overridden && (
                <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={resetToFile}>
                  {t('custom:interfaceStrings.reset')}
                </Button>
              )}
            </div>
          )}
        </>
      )}
    </div>
  )
}
