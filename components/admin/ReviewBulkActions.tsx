'use client'

import { Button, toast, useConfig, useSelection, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { AdminTranslationKeys, AdminTranslations } from '@/i18n/admin'

type Decision = 'approved' | 'rejected' | 'spam'

const DECISIONS: Decision[] = ['approved', 'rejected', 'spam']

/**
 * The moderation queue's bulk actions: approve, reject or mark as spam every selected review in one request
 * (Payload's bulk update, so each review still goes through the collection's access rules and hooks).
 */
export function ReviewBulkActions() {
  const { count, getQueryParams } = useSelection()
  const { config } = useConfig()
  const { i18n, t } = useTranslation<AdminTranslations, AdminTranslationKeys>()
  const router = useRouter()
  const [busy, setBusy] = useState(false)

  if (count === 0) return null

  async function decide(status: Decision) {
    setBusy(true)
    try {
      const response = await fetch(`${config.routes.api}/reviews${getQueryParams()}`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': i18n.language },
        body: JSON.stringify({ status }),
      })
      const result = (await response.json().catch(() => ({}))) as { message?: string; errors?: { message?: string }[] }
      if (!response.ok || (result.errors?.length ?? 0) > 0) {
        toast.error(result.errors?.[0]?.message ?? t('custom:reviews.failed'))
      } else if (result.message) {
        toast.success(result.message)
      }
      // Reload the list from the server, as Payload's own bulk edit does.
      router.replace(`?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(window.location.search)), _r: String(Date.now()) })}`)
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="review-bulk-actions" role="group" aria-label={t('custom:reviews.selected')}>
      <span>
        {t('custom:reviews.selected')} {count}
      </span>
      {DECISIONS.map((status) => (
        <Button key={status} buttonStyle={status === 'approved' ? 'primary' : 'secondary'} size="small" disabled={busy} onClick={() => decide(status)}>
          {t(`custom:reviews.${status}`)}
        </Button>
      ))}
    </div>
  )
}
