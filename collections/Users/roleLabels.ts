/** Role names as staff read them, in each admin language (the Users role field, invitation mails). */
export const ROLE_LABELS = {
  admin: { az: 'Administrator', en: 'Administrator', ru: 'Администратор' },
  editor: { az: 'Redaktor', en: 'Editor', ru: 'Редактор' },
  translator: { az: 'Tərcüməçi', en: 'Translator', ru: 'Переводчик' },
  moderator: { az: 'Moderator', en: 'Moderator', ru: 'Модератор' },
} as const
