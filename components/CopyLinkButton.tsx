'use client'

import { useState, useSyncExternalStore } from 'react'

type Props = {
  url: string
  /** Translated by the server parent: the client provider carries no messages. */
  labels: { copy: string; copied: string; failed: string }
}

type Status = 'idle' | 'copied' | 'failed'

const subscribe = () => () => undefined
/** The Clipboard API exists only in secure contexts (https, localhost). */
const canCopy = () => typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function'
/** Never on the server: without JavaScript there is no button that cannot work. */
const onServer = () => false

/** Copies the address and says so in a polite live region; renders nothing where it could not copy. */
export function CopyLinkButton({ url, labels }: Props) {
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
        <svg
          viewBox="0 0 24 24"
          width="18"
          height="18"
          aria-hidden="true"
          focusable="false"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" />
        </svg>
        {labels.copy}
      </button>{' '}
      <span role="status" aria-live="polite">
        {status === 'copied' ? labels.copied : status === 'failed' ? labels.failed : ''}
      </span>
    </p>
  )
}
