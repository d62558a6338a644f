import type { AdminLanguage } from '../adminText'

export type InterfaceStringsLabels = {
  title: string
  intro: string
  search: string
  show: string
  all: string
  missing: string
  overridden: string
  apply: string
  key: string
  count: string
  edit: string
  save: string
  cancel: string
  reset: string
  saved: string
  resetDone: string
  failed: string
  defaultIs: string
  overriddenBadge: string
  missingBadge: string
}

export const LABELS: Record<AdminLanguage, InterfaceStringsLabels> = {
  az: {
    title: 'İnterfeys mətnləri',
    intro: 'Saytın düymə, başlıq və bildiriş mətnləri. Burada dəyişiklik bir neçə saniyəyə saytda görünür; "Fayldakına qaytar" messages/*.json-dakı mətni bərpa edir.',
    search: 'Axtarış (açar və ya mətn)',
    show: 'Göstər',
    all: 'Hamısı',
    missing: 'Çatışmayan',
    overridden: 'Dəyişdirilmiş',
    apply: 'Tətbiq et',
    key: 'Açar',
    count: 'açar',
    edit: 'Redaktə et',
    save: 'Saxla',
    cancel: 'Ləğv et',
    reset: 'Fayldakına qaytar',
    saved: 'Saxlanıldı',
    resetDone: 'Fayldakı mətn bərpa olundu',
    failed: 'Saxlanmadı',
    defaultIs: 'Fayldakı:',
    overriddenBadge: 'dəyişdirilib',
    missingBadge: 'tərcümə yoxdur',
  },
  en: {
    title: 'Interface strings',
    intro: 'The text of the site’s buttons, headings and notices. Changes here show on the site within seconds; "Reset to file" brings back the text from messages/*.json.',
    search: 'Search (key or text)',
    show: 'Show',
    all: 'All',
    missing: 'Missing',
    overridden: 'Overridden',
    apply: 'Apply',
    key: 'Key',
    count: 'keys',
    edit: 'Edit',
    save: 'Save',
    cancel: 'Cancel',
    reset: 'Reset to file',
    saved: 'Saved',
    resetDone: 'The file’s text is back',
    failed: 'Not saved',
    defaultIs: 'File:',
    overriddenBadge: 'overridden',
    missingBadge: 'not translated',
  },
  ru: {
    title: 'Строки интерфейса',
    intro: 'Тексты кнопок, заголовков и сообщений сайта. Изменения появляются на сайте через несколько секунд; «Вернуть из файла» восстанавливает текст из messages/*.json.',
    search: 'Поиск (ключ или текст)',
    show: 'Показать',
    all: 'Все',
    missing: 'Недостающие',
    overridden: 'Изменённые',
    apply: 'Применить',
    key: 'Ключ',
    count: 'ключей',
    edit: 'Изменить',
    save: 'Сохранить',
    cancel: 'Отмена',
    reset: 'Вернуть из файла',
    saved: 'Сохранено',
    resetDone: 'Текст из файла восстановлен',
    failed: 'Не сохранено',
    defaultIs: 'В файле:',
    overriddenBadge: 'изменено',
    missingBadge: 'нет перевода',
  },
}
