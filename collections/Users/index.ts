import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { isStaff } from '@/access/isStaff'
import { ROLES } from '@/access/roles'
import { staffAuth } from '@/cms/authSettings'
import { adminT } from '@/i18n/admin'
import { defaultLocale, LOCALE_LABELS, locales } from '@/i18n/locales'

import { ROLE_LABELS } from './roleLabels'
import { confirmCredentialChange } from './hooks/confirmCredentialChange'
import { inviteStaff, mailInvitation } from './hooks/inviteStaff'
import { mailResetsByJob, queueResetMail } from './hooks/mailPasswordResets'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { rememberAdminLanguage } from './hooks/rememberAdminLanguage'
import { requireLongPassword } from './hooks/requireLongPassword'
import { forgiveSuccessfulLogin, throttleLogin } from './hooks/throttleLogin'

/** Newsroom staff who log in to /admin. Readers never have accounts; bylines come from authors. */
export const Users: CollectionConfig = {
  slug: 'users',
  auth: staffAuth(),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
  },
  access: {
    admin: isStaff,
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Only an admin may clear another account's failed logins.
    unlock: isAdmin,
  },
  hooks: {
    // inviteStaff first: it replaces whatever password was typed for an invited account.
    beforeOperation: [inviteStaff, requireLongPassword, throttleLogin, mailResetsByJob],
    afterOperation: [queueResetMail],
    afterLogin: [forgiveSuccessfulLogin, rememberAdminLanguage],
    beforeChange: [confirmCredentialChange, makeFirstUserAdmin],
    afterChange: [mailInvitation],
  },
  fields: [
    {
      // Asked for by confirmCredentialChange; virtual, so it has no column and is never stored or returned.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      label: ({ i18n }) => adminT(i18n)('custom:users.currentPassword.label'),
      admin: {
        // Payload makes virtual fields read-only unless told otherwise.
        readOnly: false,
        // Only an existing account's password or e-mail can change.
        condition: (data) => Boolean(data?.id),
        description: ({ i18n }) => adminT(i18n)('custom:users.currentPassword.description'),
        components: { Field: '/components/admin/CurrentPasswordField#CurrentPasswordField' },
        // Nothing to list, filter or set in bulk: it only ever holds what the user just typed.
        disableListColumn: true,
        disableListFilter: true,
        disableBulkEdit: true,
      },
    },
    {
      name: 'name',
      type: 'text',
      required: true,
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      // Nobody promotes themselves: only an admin sets roles.
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
      admin: { position: 'sidebar' },
    },
    {
      // Mail is written when the member is not at the admin: in this language (rememberAdminLanguage keeps it
      // in step with the admin language picked in the browser).
      name: 'language',
      type: 'select',
      // Not required: an account without one (created before it existed) gets mail in the default language.
      defaultValue: defaultLocale,
      options: locales.map((value) => ({ value, label: LOCALE_LABELS[value] })),
      label: ({ i18n }) => adminT(i18n)('custom:users.language.label'),
      admin: { position: 'sidebar', description: ({ i18n }) => adminT(i18n)('custom:users.language.description') },
    },
    {
      // Moderators always get the digest (lib/staffMail/reviewDigest.ts); admins and editors opt in, each for themselves.
      name: 'reviewDigest',
      type: 'checkbox',
      defaultValue: false,
      label: ({ i18n }) => adminT(i18n)('custom:users.reviewDigest.label'),
      admin: {
        position: 'sidebar',
        condition: (data) => data?.role === 'admin' || data?.role === 'editor',
        description: ({ i18n }) => adminT(i18n)('custom:users.reviewDigest.description'),
      },
    },
    {
      // Read by inviteStaff on create only; virtual: never stored.
      name: 'sendInvitation',
      type: 'checkbox',
      virtual: true,
      label: ({ i18n }) => adminT(i18n)('custom:users.sendInvitation.label'),
      access: { create: isAdminField, read: isAdminField, update: () => false },
      admin: {
        readOnly: false,
        condition: (data) => !data?.id,
        description: ({ i18n }) => adminT(i18n)('custom:users.sendInvitation.description'),
        // Fills and hides the create form's password inputs while ticked.
        components: { Field: '/components/admin/SendInvitationField#SendInvitationField' },
        disableListColumn: true,
        disableListFilter: true,
        disableBulkEdit: true,
      },
    },
  ],
}
