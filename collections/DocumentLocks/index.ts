import type { SanitizedConfig } from 'payload'

import { isStaff } from '@/access/isStaff'

import { DOCUMENT_LOCKS_SLUG, lockForOneself, ownLocksOnly } from './access'

/**
 * Payload creates the document-locks collection itself while it sanitizes the config, with its default
 * rule (any logged-in user may create, change and delete any lock), and has no option to set other
 * rules. With that default a moderator could lock editors out of any article (423), in anyone's name,
 * or delete their locks. So the rules are set on the sanitized config: staff see who holds a lock; a
 * lock is made or taken over only in one's own name, on a document one may edit (what Payload's admin
 * does when one opens or takes over a document); only its holder removes it. Payload's own locking
 * (ui/utilities/handleFormStateLocking) writes through the database adapter and is not affected.
 */
export async function withDocumentLockRules(config: Promise<SanitizedConfig>): Promise<SanitizedConfig> {
  const sanitized = await config
  const locks = sanitized.collections.find((collection) => collection.slug === DOCUMENT_LOCKS_SLUG)
  if (locks) {
    locks.access = { ...locks.access, read: isStaff, create: lockForOneself, update: lockForOneself, delete: ownLocksOnly }
  }
  return sanitized
}
