import type { Access } from 'payload'

import { CONTENT_ROLES, hasRole } from './roles'

/**
 * Set only by the readers' data gateway (lib/data/breakingNews.ts), which shows what it reads only while it
 * is current. Payload's REST API cannot set a request's context, so the public cannot read it there.
 */
export const SITE_READ_CONTEXT = 'readerSite'

/** Content staff, and the site's own pages. */
export const contentStaffOrTheSite: Access = ({ req }) => hasRole(req.user, CONTENT_ROLES) || req.context?.[SITE_READ_CONTEXT] === true
