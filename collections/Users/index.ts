import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { isStaff } from '@/access/isStaff'
import { ROLES } from '@/access/roles'
import { staffAuth } from '@/cms/authSettings'
import { adminT } from '@/i18n/admin'

import { confirmCredentialChange } from './hooks/confirmCredentialChange'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { requireLongPassword } from './hooks/requireLongPassword'
import { forgiveSuccessfulLogin, throttleLogin } from './hooks/throttleLogin'

const ROLE_LABELS = {
  admin: { az: 'Administrator', en: 'Administrator', ru: 'Администратор' },
  editor: { az: 'Redaktor', en: 'Editor', ru: 'Редактор' },
  translator: { az: 'Tərcüməçi', en: 'Translator', ru: 'Переводчик' },
  moderator: { az: 'Moderator', en: 'Moderator', ru: 'Модератор' },
} as const

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
    beforeOperation: [requireLongPassword, throttleLogin],
    afterLogin: [forgiveSuccessfulLogin],
    beforeChange: [confirmCredentialChange, makeFirstUserAdmin],
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
  ],
}
