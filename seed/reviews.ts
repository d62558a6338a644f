import type { Locale } from '@/i18n/locales'

/** Approved demo reviews under the Khojaly article, so a fresh portal shows what moderated reviews look like. */
export const seedReviews: { locale: Locale; authorName: string; rating: number | null; body: string }[] = [
  { locale: 'az', authorName: 'Leyla', rating: 5, body: 'Faktlar dəqiq və sakit dillə təqdim olunub. Xocalı qurbanlarının xatirəsi unudulmamalıdır.' },
  { locale: 'az', authorName: 'Rauf', rating: null, body: 'Hər il bu günü oxuyuruq və xatırlayırıq. Yazıya görə redaksiyaya təşəkkür.' },
  { locale: 'en', authorName: 'Anna', rating: 5, body: 'A careful, well-sourced account. The figures panel on the event page helped me understand the scale.' },
  { locale: 'en', authorName: 'Tom', rating: 4, body: 'Thank you for publishing this in English as well — it deserves a wider audience.' },
  { locale: 'ru', authorName: 'Ирина', rating: 5, body: 'Спасибо за подробный и сдержанный материал. Важно помнить об этих событиях.' },
  { locale: 'ru', authorName: 'Самир', rating: null, body: 'Каждый год в этот день вспоминаем погибших. Хорошо, что статья есть и на русском.' },
]
