import type { AdminLanguage } from '../adminText'
import type { TranslationState } from '@/lib/translation/status'

export const STATE_LABELS: Record<AdminLanguage, Record<TranslationState, string>> = {
  az: { complete: 'tamdır', missing: 'çatışmır', outdated: 'köhnəlib' },
  en: { complete: 'complete', missing: 'missing', outdated: 'outdated' },
  ru: { complete: 'готово', missing: 'не хватает', outdated: 'устарел' },
}

export const DASHBOARD_LABELS: Record<
  AdminLanguage,
  { title: string; nav: string; intro: string; none: string; document: string; language: string; status: string; since: string; fields: string; articles: string; events: string; forbidden: string }
> = {
  az: {
    title: 'Tərcümələr',
    nav: 'Tərcümə işləri',
    intro: 'İngilis və ya rus tərcüməsi olmayan və ya azərbaycanca mətn dəyişdikdən sonra yenilənməyən sənədlər; ən çox gözləyən yuxarıda.',
    none: 'Bütün tərcümələr tamdır.',
    document: 'Sənəd',
    language: 'Dil',
    status: 'Vəziyyət',
    since: 'Nə vaxtdan',
    fields: 'Çatışmayan sahələr',
    articles: 'Məqalə',
    events: 'Anım günü',
    forbidden: 'Bu səhifə yalnız redaksiya əməkdaşları üçündür.',
  },
  en: {
    title: 'Translations',
    nav: 'Translation work',
    intro: 'Documents whose English or Russian translation is missing or was not updated after the Azerbaijani text changed; the one waiting longest first.',
    none: 'Every translation is complete.',
    document: 'Document',
    language: 'Language',
    status: 'Status',
    since: 'Since',
    fields: 'Missing fields',
    articles: 'Article',
    events: 'Remembrance event',
    forbidden: 'This page is for content staff only.',
  },
  ru: {
    title: 'Переводы',
    nav: 'Работа переводчика',
    intro: 'Документы без английского или русского перевода или с переводом, не обновлённым после изменения азербайджанского текста; дольше всех ждущие — первыми.',
    none: 'Все переводы готовы.',
    document: 'Документ',
    language: 'Язык',
    status: 'Состояние',
    since: 'С какого времени',
    fields: 'Недостающие поля',
    articles: 'Статья',
    events: 'Памятная дата',
    forbidden: 'Эта страница только для сотрудников редакции.',
  },
}
