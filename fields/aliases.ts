import type { TextField } from 'payload'

/**
 * Other names readers search by, in any spelling or script (Ходжалы, Xocalı, Khojaly, Hocalı): a search in any
 * language that names one finds the articles under it (lib/search/topics.ts). Not localized: a spelling is no
 * language's own.
 */
export function aliasesField(): TextField {
  return {
    name: 'aliases',
    type: 'text',
    hasMany: true,
    label: { az: 'Digər adlar (axtarış üçün)', en: 'Other names (for search)', ru: 'Другие названия (для поиска)' },
    admin: {
      description: {
        az: 'Oxucuların axtara biləcəyi başqa yazılışlar, istənilən əlifbada. Hər dildə axtarış bunlara uyğun gələn materialları tapır.',
        en: 'Other spellings readers may search for, in any script. A search in any language that matches one finds these articles.',
        ru: 'Другие написания, которые могут искать читатели, в любой письменности. Поиск на любом языке по ним находит эти материалы.',
      },
    },
  }
}
