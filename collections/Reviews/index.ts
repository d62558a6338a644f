import type { CollectionConfig } from 'payload'

import { approvedOrModerationStaff } from '@/access/approvedOrModerationStaff'
import { isAdmin } from '@/access/isAdmin'
import { moderationStaff, moderationStaffField } from '@/access/moderationStaff'
import { submittedThroughSiteForm } from '@/access/submittedThroughSiteForm'
import { locales } from '@/i18n/locales'

import { submitReviewEndpoint } from './endpoints/submitReviewEndpoint'
import { applySubmissionFacts } from './hooks/applySubmissionFacts'
import { recordModeration } from './hooks/recordModeration'
import { revalidateReviewedArticle, revalidateDeletedReview } from './hooks/revalidateReviewedArticle'

export const REVIEW_STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

/** Why a pending review was held for a closer look; shown to moderators as "suspected spam". */
export const REVIEW_FLAGS = ['links', 'blocklist'] as const
export type ReviewFlag = (typeof REVIEW_FLAGS)[number]

/** What the reader wrote can be read by moderators but changed by nobody: a review is never rewritten. */
const asWritten = { update: () => false }
/** Set by the server when the review arrives (hooks/applySubmissionFacts.ts); seen by moderators only. */
const serverFact = { read: moderationStaffField, create: () => false, update: () => false }

const readOnly = { readOnly: true } as const

export const Reviews: CollectionConfig = {
  slug: 'reviews',
  labels: {
    singular: { az: 'Rəy', en: 'Review', ru: 'Отзыв' },
    plural: { az: 'Rəylər', en: 'Reviews', ru: 'Отзывы' },
  },
  admin: {
    useAsTitle: 'authorName',
    defaultColumns: ['status', 'flags', 'article', 'locale', 'authorName', 'rating', 'createdAt'],
    listSearchableFields: ['authorName', 'body'],
    description: {
      az: 'Oxucu rəyləri: gözləyənlər əvvəldə. Seçib bir neçəsini birdən təsdiqləyin, rədd edin və ya spam kimi qeyd edin.',
      en: 'Reader reviews, pending first. Select several to approve, reject or mark them as spam at once.',
      ru: 'Отзывы читателей, ожидающие — первыми. Выберите несколько, чтобы одобрить, отклонить или пометить как спам.',
    },
    components: { beforeListTable: ['/components/admin/ReviewBulkActions#ReviewBulkActions'] },
  },
  // The moderation queue: pending reviews first (unflagged before suspected spam), newest first within each.
  defaultSort: ['queueOrder', '-createdAt'],
  // Article pages list one article's approved reviews in one language, newest first.
  indexes: [{ fields: ['article', 'locale', 'status', 'createdAt'] }],
  access: {
    create: submittedThroughSiteForm,
    read: approvedOrModerationStaff,
    update: moderationStaff,
    delete: isAdmin,
  },
  endpoints: [submitReviewEndpoint],
  hooks: {
    beforeChange: [applySubmissionFacts, recordModeration],
    afterChange: [revalidateReviewedArticle],
    afterDelete: [revalidateDeletedReview],
  },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      label: { az: 'Məqalə', en: 'Article', ru: 'Статья' },
      relationTo: 'articles',
      required: true,
      index: true,
      access: asWritten,
      admin: readOnly,
    },
    {
      name: 'locale',
      type: 'select',
      label: { az: 'Dil', en: 'Language', ru: 'Язык' },
      options: [...locales],
      required: true,
      index: true,
      access: asWritten,
      admin: {
        ...readOnly,
        description: { az: 'Rəyin yazıldığı səhifənin dili.', en: 'The language of the page the review was written on.', ru: 'Язык страницы, на которой написан отзыв.' },
      },
    },
    { name: 'authorName', type: 'text', label: { az: 'Ad', en: 'Name', ru: 'Имя' }, required: true, access: asWritten, admin: readOnly },
    {
      name: 'email',
      type: 'email',
      label: { az: 'E-poçt', en: 'E-mail', ru: 'Эл. почта' },
      access: { read: moderationStaffField, update: () => false },
      admin: readOnly,
    },
    { name: 'rating', type: 'number', label: { az: 'Qiymət', en: 'Rating', ru: 'Оценка' }, min: 1, max: 5, access: asWritten, admin: readOnly },
    // Plain text exactly as typed; pages print it as text, so markup in it is shown, never run.
    { name: 'body', type: 'textarea', label: { az: 'Rəy', en: 'Review', ru: 'Отзыв' }, required: true, access: asWritten, admin: readOnly },
    {
      name: 'status',
      type: 'select',
      label: { az: 'Status', en: 'Status', ru: 'Статус' },
      options: [
        { value: 'pending', label: { az: 'Gözləyir', en: 'Pending', ru: 'Ожидает' } },
        { value: 'approved', label: { az: 'Təsdiqlənib', en: 'Approved', ru: 'Одобрен' } },
        { value: 'rejected', label: { az: 'Rədd edilib', en: 'Rejected', ru: 'Отклонён' } },
        { value: 'spam', label: { az: 'Spam', en: 'Spam', ru: 'Спам' } },
      ] satisfies { value: ReviewStatus; label: Record<string, string> }[],
      required: true,
      defaultValue: 'pending',
      index: true,
      access: { read: moderationStaffField, create: () => false, update: moderationStaffField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'flags',
      type: 'select',
      label: { az: 'Spam şübhəsi', en: 'Suspected spam', ru: 'Подозрение на спам' },
      options: [
        { value: 'links', label: { az: 'Çox keçid', en: 'Many links', ru: 'Много ссылок' } },
        { value: 'blocklist', label: { az: 'Qadağan olunmuş söz', en: 'Blocked word', ru: 'Запрещённое слово' } },
      ] satisfies { value: ReviewFlag; label: Record<string, string> }[],
      hasMany: true,
      access: serverFact,
      admin: { ...readOnly, position: 'sidebar' },
    },
    {
      name: 'moderationNote',
      type: 'textarea',
      label: { az: 'Moderator qeydi', en: 'Moderation note', ru: 'Заметка модератора' },
      access: { read: moderationStaffField, create: () => false, update: moderationStaffField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'moderatedBy',
      type: 'relationship',
      label: { az: 'Moderator', en: 'Moderated by', ru: 'Модератор' },
      relationTo: 'users',
      access: serverFact,
      admin: { ...readOnly, position: 'sidebar' },
    },
    {
      name: 'moderatedAt',
      type: 'date',
      label: { az: 'Moderasiya vaxtı', en: 'Moderated at', ru: 'Время модерации' },
      access: serverFact,
      admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'ipHash',
      type: 'text',
      label: { az: 'Ünvanın heşi', en: 'Address hash', ru: 'Хеш адреса' },
      index: true,
      access: serverFact,
      admin: {
        ...readOnly,
        position: 'sidebar',
        description: {
          az: 'Ünvanın açarlı heşi; ünvanın özü saxlanmır.',
          en: 'A keyed hash of the address; the address itself is never stored.',
          ru: 'Хеш адреса с ключом; сам адрес не хранится.',
        },
      },
    },
    { name: 'userAgent', type: 'text', label: { az: 'Brauzer', en: 'Browser', ru: 'Браузер' }, access: serverFact, admin: { ...readOnly, position: 'sidebar' } },
    // 0 pending, 1 pending but suspected spam, 2 decided: sorts the moderation queue.
    // Readable by all: the default sort uses it, and for the approved reviews the public sees it is always 2.
    { name: 'queueOrder', type: 'number', index: true, access: { create: () => false, update: () => false }, admin: { hidden: true } },
  ],
}
