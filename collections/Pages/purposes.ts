/**
 * What a standing page is for. Structured data names some of them (the home page's Organization:
 * publishingPrinciples, correctionsPolicy, ethicsPolicy), so at most one page may serve each purpose.
 */
export const PAGE_PURPOSES = ['about', 'standards', 'corrections-policy', 'ethics', 'contact', 'accessibility', 'privacy'] as const

export type PagePurpose = (typeof PAGE_PURPOSES)[number]

export const PURPOSE_LABELS: Record<PagePurpose, { az: string; en: string; ru: string }> = {
  about: { az: 'Haqqımızda', en: 'About us', ru: 'О нас' },
  standards: { az: 'Redaksiya standartları', en: 'Editorial standards', ru: 'Редакционные стандарты' },
  'corrections-policy': { az: 'Düzəlişlər siyasəti', en: 'Corrections policy', ru: 'Политика исправлений' },
  ethics: { az: 'Etika qaydaları', en: 'Ethics policy', ru: 'Этические правила' },
  contact: { az: 'Əlaqə', en: 'Contact', ru: 'Контакты' },
  accessibility: { az: 'Əlçatanlıq bəyanatı', en: 'Accessibility statement', ru: 'Заявление о доступности' },
  privacy: { az: 'Məxfilik', en: 'Privacy', ru: 'Конфиденциальность' },
}
