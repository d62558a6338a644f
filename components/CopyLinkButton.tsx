'use client'

import { useState, useSyncExternalStore, type ReactNode } from 'react'

type Props = {
  url: string
  /** Translated by the server parent: the client provider carries no messages. */
  labels: { copy: string; copied: string; failed: string }
  /** Drawn by the server parent, so the picture's markup is not part of this component's JavaScript. */
  icon?: ReactNode
}

type Status = 'idle' | 'copied' | 'failed'

const subscribe = () => () => undefined
/** The Clipboard API exists only in secure contexts (https, localhost). */
const canCopy = () => typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function'
/** Never on the server: without JavaScript there is no button that cannot work. */
const onServer = () => false

/** Copies the address and says so in a polite live region; renders nothing where it could not copy. */
export function CopyLinkButton({ url, labels, icon }: Props) {
  const available = useSyncExternalStore(subscribe, canCopy, onServer)
  const [status, setStatus] = useState<Status>('idle')
  if (!available) return null

  async function copy() {
    // Cleared first, so copying twice announces the message twice.
    setStatus('idle')
    try {
      await navigator.clipboard.writeText(url)
      setStatus('copied')
    } catch {
      setStatus('failed')
    }
  }

  return (
    <p className="copy-link" data-status={status}>
      <button type="button" onClick={copy}>
        {icon}
        {labels.copy}
      </button>{' '}
      <span role="status" aria-live="polite">
        {status === 'copied' ? labels.copied : status === 'failed' ? labels.failed : ''}
      </span>
    </p>
  )
}
