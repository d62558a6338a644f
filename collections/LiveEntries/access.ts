import type { Access, Where } from 'payload'

import { CONTENT_ROLES, hasRole } from '@/access/roles'

/**
 * Content staff read every entry, drafts included; everyone else reads published entries of published articles only:
 * an entry published ahead of its article (prepared coverage) stays out of reach until the article goes out.
 */
export const publishedEntriesOfPublishedArticles: Access = ({ req: { user } }) => {
  if (hasRole(user, CONTENT_ROLES)) return true
  const published: Where[] = [{ _status: { equals: 'published' } }, { 'article._status': { equals: 'published' } }]
  return { and: published }
}
