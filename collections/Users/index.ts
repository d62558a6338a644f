import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { isStaff } from '@/access/isStaff'
import { ROLES } from '@/access/roles'
import { staffAuth } from '@/lib/authSettings'

import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'

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
    beforeChange: [makeFirstUserAdmin],
  },
  fields: [
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
