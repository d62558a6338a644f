'use client'

import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { AdminTranslationKeys, AdminTranslations } from '@/i18n/admin'

type Props = { id: number; done: boolean; assigneeId: number | null; staff: { id: number; name: string }[]; canAssign: boolean }

type ErrorBody = { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] }

/**
 * A task's assignee and its "done" switch in the calendar. Each change is a PATCH of the REST API with the
 * staff member's own session, so the collection's access rules decide (a translator marks done, only editors
 * assign); a refused change shows the server's reason and the row stays as it was.
 */
export function TaskControls({ id, done, assigneeId, staff, canAssign }: Props) {
  const { config } = useConfig()
  const { t } = useTranslation<AdminTranslations, AdminTranslationKeys>()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function save(data: Record<string, unknown>) {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`${config.routes.api}/editorial-tasks/${id}`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(data),
      })
      if (response.ok) {
        router.refresh()
        return
      }
      const body = (await response.json().catch(() => ({}))) as ErrorBody
      const [first] = body.errors ?? []
      const message = first?.data?.errors?.[0]?.message ?? first?.message ?? t('custom:calendar.failed')
      setError(message)
      toast.error(message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
      {canAssign && (
        <select
          aria-label={t('custom:calendar.assignee')}
          name="assignee"
          disabled={busy}
          value={assigneeId ?? ''}
          onChange={(event) => save({ assignee: event.target.value === '' ? null : Number(event.target.value) })}
        >
          <option value="">{t('custom:calendar.unassigned')}</option>
          {staff.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
      )}
      <Button buttonStyle={done ? 'secondary' : 'primary'} size="small" margin={false} disabled={busy} onClick={() => save({ done: !done })}>
        {done ? t('custom:calendar.reopen') : t('custom:calendar.markDone')}
      </Button>
      {error && (
        <span role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </span>
      )}
    </div>
  )
}
