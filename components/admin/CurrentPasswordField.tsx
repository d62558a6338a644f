'use client'

import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/** The server decides (collections/Users/hooks/confirmCredentialChange.ts): empty is fine until a change needs it. */
const anything = () => true as const

/**
 * The staff account's "current password" input: Payload's own password input (masked, with the field's label,
 * description and error), where the default text input would show the password as typed.
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => (
  <PasswordField autoComplete="current-password" field={field} path={path ?? field.name} validate={anything} />
)
