'use client'

import { CheckboxField, useField, useForm } from '@payloadcms/ui'
import type { CheckboxFieldClientComponent } from 'payload'
import { useEffect } from 'react'

const PASSWORD_PATHS = ['password', 'confirm-password'] as const

/** A throwaway value for the create form's required password inputs; the server replaces it anyway. */
function placeholderPassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * "Send an invitation e-mail" on the create form. Payload's form insists on a password for a new account; ticked,
 * this fills its two password inputs with a random value and hides them, since the server puts an unusable
 * password in its place (collections/Users/hooks/inviteStaff.ts) and the member chooses theirs from the mail.
 */
export const SendInvitationField: CheckboxFieldClientComponent = (props) => {
  const { value } = useField<boolean>({ path: props.path ?? props.field.name })
  const { dispatchFields } = useForm()

  useEffect(() => {
    const password = value ? placeholderPassword() : ''
    for (const path of PASSWORD_PATHS) dispatchFields({ type: 'UPDATE', path, value: password, valid: true, errorMessage: undefined })
  }, [value, dispatchFields])

  return (
    <>
      <CheckboxField {...props} />
      {value ? <style>{'.auth-fields__changing-password { display: none; }'}</style> : null}
    </>
  )
}
