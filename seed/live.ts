import type { Locale } from '@/i18n/locales'

/**
 * The demo live coverage: the remembrance day of 26 February 2026 (the 34th anniversary of the Khojaly genocide), as a
 * newsroom would have covered it through the day. Times are in UTC (Baku is UTC+4).
 */
export const seedLiveCoverage = {
  publishedAt: '2026-02-26T05:00:00.000Z',
  startsAt: '2026-02-26T05:00:00.000Z',
  endsAt: '2026-02-26T14:30:00.000Z',
  text: {
    az: {
      title: 'Xocalı soyqırımının 34-cü ildönümü: anım günü canlı',
      standfirst: 'Azərbaycan Xocalı soyqırımı qurbanlarını anır. Gün ərzində Bakıda və dünyanın müxtəlif şəhərlərində keçirilən anım tədbirləri barədə.',
      paragraphs: ['Bu səhifədə anım gününün gedişatı barədə yazılar vaxt ardıcıllığı ilə, ən yenisi yuxarıda olmaqla dərc olunur.'],
    },
    en: {
      title: '34th anniversary of the Khojaly genocide: remembrance day live',
      standfirst: 'Azerbaijan remembers the victims of the Khojaly genocide. Coverage of the day’s commemorations in Baku and in cities around the world.',
      paragraphs: ['Entries on the day’s commemorations are published on this page as they happen, newest first.'],
    },
    ru: {
      title: '34-я годовщина Ходжалинского геноцида: день памяти в прямом эфире',
      standfirst: 'Азербайджан чтит память жертв Ходжалинского геноцида. Траурные мероприятия дня в Баку и в городах мира.',
      paragraphs: ['Записи о ходе дня памяти публикуются на этой странице по мере событий, сначала новые.'],
    },
  } satisfies Record<Locale, { title: string; standfirst: string; paragraphs: string[] }>,
  entries: [
    {
      postedAt: '2026-02-26T05:05:00.000Z',
      keyEvent: false,
      pinned: false,
      headline: { az: 'Anım günü başlayır', en: 'The day of remembrance begins', ru: 'День памяти начинается' },
      text: {
        az: 'Bu gün Xocalı soyqırımının 34-cü ildönümüdür. Səhər saatlarından Xətai rayonundakı xatirə abidəsinə insanlar axışır.',
        en: 'Today is the 34th anniversary of the Khojaly genocide. Since the early morning people have been coming to the memorial in the Khatai district.',
        ru: 'Сегодня 34-я годовщина Ходжалинского геноцида. С раннего утра люди идут к мемориалу в Хатаинском районе.',
      },
    },
    {
      postedAt: '2026-02-26T07:30:00.000Z',
      keyEvent: true,
      pinned: false,
      headline: { az: 'Xatirə abidəsi önündə anım mərasimi', en: 'Remembrance ceremony at the memorial', ru: 'Траурная церемония у мемориала' },
      text: {
        az: 'Dövlət rəsmiləri, parlament üzvləri, diplomatik korpusun nümayəndələri və sakinlər «Ana harayı» heykəlinin önünə gül dəstələri qoyurlar.\n\nAbidənin postamentində bütün qurbanların adları həkk olunub.',
        en: 'Government officials, members of parliament, members of the diplomatic corps and residents lay flowers at the sculpture "The Call of the Mother".\n\nThe names of all the victims are carved on the pedestal of the monument.',
        ru: 'Официальные лица, депутаты, члены дипломатического корпуса и жители возлагают цветы к скульптуре «Зов матери».\n\nНа постаменте памятника высечены имена всех жертв.',
      },
    },
    {
      postedAt: '2026-02-26T10:15:00.000Z',
      keyEvent: true,
      pinned: false,
      headline: { az: 'Dünyanın müxtəlif şəhərlərində anım aksiyaları', en: 'Commemorations in cities around the world', ru: 'Акции памяти в городах мира' },
      text: {
        az: 'Azərbaycan diasporu və tələbə təşkilatları bir çox ölkədə anım aksiyaları keçirir və beynəlxalq ictimaiyyəti Xocalı soyqırımını tanımağa çağırır.',
        en: 'The Azerbaijani diaspora and student organisations hold commemorations in many countries, calling on the international community to recognise the Khojaly genocide.',
        ru: 'Азербайджанская диаспора и студенческие организации проводят акции памяти во многих странах, призывая международное сообщество признать Ходжалинский геноцид.',
      },
    },
    {
      postedAt: '2026-02-26T14:30:00.000Z',
      keyEvent: false,
      pinned: true,
      headline: { az: 'Canlı yayım başa çatdı', en: 'Our live coverage has ended', ru: 'Трансляция завершена' },
      text: {
        az: 'Anım günü ilə bağlı canlı yayımımız başa çatdı. Xocalı faciəsinin tarixçəsi anım günü səhifəsindədir.',
        en: 'Our live coverage of the day of remembrance has ended. The history of the Khojaly tragedy is on the event’s page.',
        ru: 'Наша трансляция дня памяти завершена. История Ходжалинской трагедии — на странице памятной даты.',
      },
    },
  ],
}
