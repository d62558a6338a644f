'use client'

import { Button, toast, useConfig, useSelection, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Decision = 'approved' | 'rejected' | 'spam'
type Language = 'az' | 'en' | 'ru'

// Staff-facing admin text, in the admin's three interface languages like the collection labels.
const LABELS: Record<Language, Record<Decision | 'selected' | 'failed', string>> = {
  az: { approved: 'Təsdiqlə', rejected: 'Rədd et', spam: 'Spam kimi qeyd et', selected: 'Seçilmiş rəylər:', failed: 'Dəyişiklik saxlanmadı' },
  en: { approved: 'Approve', rejected: 'Reject', spam: 'Mark as spam', selected: 'Selected reviews:', failed: 'The change was not saved' },
  ru: { approved: 'Одобрить', rejected: 'Отклонить', spam: 'Пометить как спам', selected: 'Выбранные отзывы:', failed: 'Изменение не сохранено' },
}

const DECISIONS: Decision[] = ['approved', 'rejected', 'spam']

/**
 * The moderation queue's bulk actions: approve, reject or mark as spam every selected review in one request
 * (Payload's bulk update, so each review still goes through the collection's access rules and hooks).
 */
export function ReviewBulkActions() {
  const { count, getQueryParams } = useSelection()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const labels = LABELS[(i18n.language as Language) in LABELS ? (i18n.language as Language) : 'en']

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
        toast.error(result.errors?.[0]?.message ?? labels.failed)
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
    <div className="review-bulk-actions" role="group" aria-label={labels.selected}>
      <span>
        {labels.selected} {count}
      </span>
      {DECISIONS.map((status) => (
        <Button key={status} buttonStyle={status === 'approved' ? 'primary' : 'secondary'} size="small" disabled={busy} onClick={() => decide(status)}>
          {labels[status]}
        </Button>
      ))}
    </div>
  )
}
