import { randomBytes } from 'node:crypto'
import type { CollectionAfterChangeHook, CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '@/access/roles'
import { queuePasswordMail } from '@/lib/staffMail/passwordMail'

/** How long an invitation's link works (a reset link: one hour). */
export const INVITATION_DAYS = 7

const INVITING = 'inviteStaff'

/**
 * An admin creates an account with "send invitation" ticked: Payload insists on a password, so the account gets
 * a long random one nobody knows (whatever was typed is replaced), and the new member chooses their own
 * from the mailed link, the reset mechanism with a week's expiry instead of an hour's.
 */
export const inviteStaff: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create') return args
  const data = args.data as { sendInvitation?: unknown } | undefined
  // Only an admin invites (the field's access says the same; this runs before access is checked).
  if (data?.sendInvitation !== true || (req.payloadAPI !== 'local' && !hasRole(req.user, ['admin']))) return args
  req.context[INVITING] = true
  return { ...args, data: { ...data, password: randomBytes(32).toString('base64url') } }
}

/** In the creating request's transaction: the token and the queued mail are stored with the account, or not at all. */
export const mailInvitation: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || req.context[INVITING] !== true) return doc
  delete req.context[INVITING]
  const token = randomBytes(20).toString('hex')
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000).toISOString()
  await req.payload.db.updateOne({ collection: 'users', id: doc.id, data: { resetPasswordToken: token, resetPasswordExpiration: expiresAt }, req })
  await queuePasswordMail(req, doc.id, 'invitation')
  return doc
}
