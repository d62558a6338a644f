/** Staff-facing text of the custom admin views, in the admin's three interface languages. */
export type AdminLanguage = 'az' | 'en' | 'ru'

export function adminLanguage(language: string | undefined): AdminLanguage {
  return language === 'en' || language === 'ru' ? language : 'az'
}

export function pick<T>(language: string | undefined, texts: Record<AdminLanguage, T>): T {
  return texts[adminLanguage(language)]
}
