import type { SocialPlatform } from '@/collections/SocialLinks'
import type { Locale } from '@/i18n/locales'

/**
 * Demo newsroom content besides the articles: categories, tags, bylines, social links, site
 * settings and the Khojaly remembrance event. Data only; seed/index.ts writes it. Keys are stable
 * so the seed stays idempotent and can link articles to what it created.
 */

type Localized<T = string> = Record<Locale, T>

export type CategoryKey = 'remembrance' | 'society' | 'culture' | 'sport' | 'city'
export type TagKey =
  | 'khojaly'
  | 'karabakh'
  | 'anniversary'
  | 'baku'
  | 'sheki'
  | 'ganja'
  | 'chess'
  | 'books'
  | 'metro'
  | 'weather'
export type AuthorKey = 'leyla-shirinova' | 'tural-abbasli'
export type EventKey = 'khojaly'
/** The keys of seed/articles.ts. */
export type ArticleKey =
  | 'khojaly-21st-anniversary'
  | 'caspian-coast-autumn-weather-outlook'
  | 'baku-book-fair-opens'
  | 'ganja-youth-chess-tournament'
  | 'sheki-caravanserai-restoration'
  | 'baku-metro-new-timetable'
  | 'baku-new-pedestrian-street'

export type SeedCategory = { key: CategoryKey; name: Localized; description: Localized }

export type SeedTag = { key: TagKey; name: Localized }

/** Invented people: no byline here belongs to a real journalist. */
export type SeedAuthor = { key: AuthorKey; name: Localized; role: Localized; bio: Localized; links: { label: string; url: string }[] }

export type SeedSocialLink = { platform: SocialPlatform; url: string; label: Localized; order: number }

export type SeedSiteSettings = {
  siteName: Localized
  tagline: Localized
  newsLineSize: number
  contact: { email: string; phone: string; address: Localized }
}

export type SeedFigures = {
  killed?: number
  children?: number
  women?: number
  elderly?: number
  wounded?: number
  hostages?: number
  missing?: number
}

export type SeedRemembranceEvent = {
  key: EventKey
  name: Localized
  /** Other names readers search by, in any script (fields/aliases.ts). */
  aliases: string[]
  summary: Localized
  /** Plain paragraphs, turned into rich text by the seed (seed/richText.ts). */
  history: Localized<string[]>
  /** ISO dates at 12:00 UTC, as the admin's day picker stores them. */
  startDate: string
  endDate?: string
  /** month as the select stores it, '1'…'12'. */
  commemoration: { month: string; day: number }
  place: { name: Localized }
  memorial: { name: Localized; address: Localized }
  figures: SeedFigures
  sources: { title: Localized; url: string; publisher: string }[]
}

export type SeedArticleLinks = {
  categories: CategoryKey[]
  tags: TagKey[]
  authors: AuthorKey[]
  event?: EventKey
}

export const seedCategories: SeedCategory[] = [
  {
    key: 'remembrance',
    name: { az: 'Anım', en: 'Remembrance', ru: 'Память' },
    description: {
      az: 'Faciələr, anım günləri və qurbanların xatirəsi.',
      en: 'Tragedies, days of remembrance and the memory of the victims.',
      ru: 'Трагедии, дни памяти и память о жертвах.',
    },
  },
  {
    key: 'society',
    name: { az: 'Cəmiyyət', en: 'Society', ru: 'Общество' },
    description: {
      az: 'İnsanlar, ictimai həyat və gündəlik qayğılar.',
      en: 'People, public life and everyday concerns.',
      ru: 'Люди, общественная жизнь и повседневные заботы.',
    },
  },
  {
    key: 'culture',
    name: { az: 'Mədəniyyət', en: 'Culture', ru: 'Культура' },
    description: {
      az: 'Kitablar, incəsənət və tarixi irs.',
      en: 'Books, the arts and historical heritage.',
      ru: 'Книги, искусство и историческое наследие.',
    },
  },
  {
    key: 'sport',
    name: { az: 'İdman', en: 'Sport', ru: 'Спорт' },
    description: {
      az: 'Yarışlar, turnirlər və idmançılar.',
      en: 'Competitions, tournaments and athletes.',
      ru: 'Соревнования, турниры и спортсмены.',
    },
  },
  {
    key: 'city',
    name: { az: 'Bakı həyatı', en: 'Baku life', ru: 'Жизнь Баку' },
    description: {
      az: 'Paytaxtın nəqliyyatı, küçələri, havası və şəhər yenilikləri.',
      en: 'Transport, streets, weather and news from the capital.',
      ru: 'Транспорт, улицы, погода и городские новости столицы.',
    },
  },
]

export const seedTags: SeedTag[] = [
  { key: 'khojaly', name: { az: 'Xocalı', en: 'Khojaly', ru: 'Ходжалы' } },
  { key: 'karabakh', name: { az: 'Qarabağ', en: 'Karabakh', ru: 'Карабах' } },
  { key: 'anniversary', name: { az: 'İldönümü', en: 'Anniversary', ru: 'Годовщина' } },
  { key: 'baku', name: { az: 'Bakı', en: 'Baku', ru: 'Баку' } },
  { key: 'sheki', name: { az: 'Şəki', en: 'Sheki', ru: 'Шеки' } },
  { key: 'ganja', name: { az: 'Gəncə', en: 'Ganja', ru: 'Гянджа' } },
  { key: 'chess', name: { az: 'Şahmat', en: 'Chess', ru: 'Шахматы' } },
  { key: 'books', name: { az: 'Kitablar', en: 'Books', ru: 'Книги' } },
  { key: 'metro', name: { az: 'Metro', en: 'Metro', ru: 'Метро' } },
  { key: 'weather', name: { az: 'Hava proqnozu', en: 'Weather', ru: 'Погода' } },
]

export const seedAuthors: SeedAuthor[] = [
  {
    key: 'leyla-shirinova',
    name: { az: 'Leyla Şirinova', en: 'Leyla Shirinova', ru: 'Лейла Ширинова' },
    role: { az: 'Müxbir', en: 'Correspondent', ru: 'Корреспондент' },
    bio: {
      az: 'Leyla Şirinova cəmiyyət və Bakı həyatı mövzularında yazır. Onun yazılarında nəqliyyat, ictimai məkanlar və anım günləri əsas yer tutur.',
      en: 'Leyla Shirinova writes about society and life in Baku. Her reporting focuses on transport, public spaces and days of remembrance.',
      ru: 'Лейла Ширинова пишет об обществе и жизни Баку. В центре ее материалов — транспорт, общественные пространства и памятные даты.',
    },
    // Reserved example domains: an invented person has no real accounts.
    links: [
      { label: 'X', url: 'https://x.example/leyla_shirinova' },
      { label: 'Telegram', url: 'https://telegram.example/leyla_shirinova' },
    ],
  },
  {
    key: 'tural-abbasli',
    name: { az: 'Tural Abbaslı', en: 'Tural Abbasli', ru: 'Турал Аббаслы' },
    role: {
      az: 'Mədəniyyət və idman redaktoru',
      en: 'Culture and sport editor',
      ru: 'Редактор отдела культуры и спорта',
    },
    bio: {
      az: 'Tural Abbaslı mədəniyyət və idman bölmələrinin redaktorudur. Kitab sərgiləri, tarixi abidələrin bərpası və bölgələrdə keçirilən gənclər şahmat turnirləri barədə yazır.',
      en: 'Tural Abbasli edits the culture and sport sections. He covers book fairs, the restoration of historic buildings and youth chess tournaments in the regions.',
      ru: 'Турал Аббаслы — редактор отделов культуры и спорта. Пишет о книжных выставках, реставрации исторических памятников и юношеских шахматных турнирах в регионах.',
    },
    links: [{ label: 'X', url: 'https://x.example/tural_abbasli' }],
  },
]

export const seedSocialLinks: SeedSocialLink[] = [
  {
    platform: 'facebook',
    url: 'https://www.facebook.com/azerbaijannewsportal',
    label: { az: 'Facebook-da bizi izləyin', en: 'Follow us on Facebook', ru: 'Мы в Facebook' },
    order: 10,
  },
  {
    platform: 'x',
    url: 'https://x.com/aznewsportal',
    label: { az: 'X-də bizi izləyin', en: 'Follow us on X', ru: 'Мы в X' },
    order: 20,
  },
  {
    platform: 'instagram',
    url: 'https://www.instagram.com/azerbaijannewsportal',
    label: { az: 'Instagram-da bizi izləyin', en: 'Follow us on Instagram', ru: 'Мы в Instagram' },
    order: 30,
  },
  {
    platform: 'youtube',
    url: 'https://www.youtube.com/@azerbaijannewsportal',
    label: { az: 'YouTube kanalımız', en: 'Our YouTube channel', ru: 'Наш канал на YouTube' },
    order: 40,
  },
  {
    platform: 'telegram',
    url: 'https://t.me/azerbaijannewsportal',
    label: { az: 'Telegram kanalımız', en: 'Our Telegram channel', ru: 'Наш Telegram-канал' },
    order: 50,
  },
  {
    platform: 'rss',
    url: 'https://news-portal.example/az/feed.xml',
    label: { az: 'RSS lenti', en: 'RSS feed', ru: 'RSS-лента' },
    order: 60,
  },
]

/** siteName and tagline repeat messages/*.json (Metadata.siteName, Layout.tagline) on purpose. */
export const seedSiteSettings: SeedSiteSettings = {
  siteName: {
    az: 'Azərbaycan Xəbər Portalı',
    en: 'Azerbaijan News Portal',
    ru: 'Новостной портал Азербайджана',
  },
  tagline: {
    az: 'Azərbaycandan xəbərlər və anım',
    en: 'News and remembrance from Azerbaijan',
    ru: 'Новости и память из Азербайджана',
  },
  newsLineSize: 10,
  contact: {
    email: 'info@news-portal.example',
    phone: '+994 12 000 00 00',
    address: {
      az: 'AZ1000, Bakı şəhəri, Nümunə küçəsi, 1',
      en: '1 Numune Street, Baku AZ1000, Azerbaijan',
      ru: 'AZ1000, г. Баку, ул. Нумуне, 1',
    },
  },
}

/**
 * Every fact here comes from the portal's 2013 report on the 21st anniversary (the seed article
 * khojaly-21st-anniversary); nothing is added from elsewhere. Where the report says "about a
 * thousand" disabled, the figure is 1000 and the prose keeps "about".
 */
export const seedKhojalyEvent: SeedRemembranceEvent = {
  key: 'khojaly',
  name: { az: 'Xocalı soyqırımı', en: 'Khojaly genocide', ru: 'Ходжалинский геноцид' },
  // The town's name in each script and the other names of the massacre in use; "Hocalı" is the Turkish spelling.
  aliases: ['Xocalı', 'Xocalı faciəsi', 'Khojaly', 'Khojaly massacre', 'Khojaly tragedy', 'Ходжалы', 'Ходжалинская трагедия', 'Hocalı'],
  summary: {
    az: '1992-ci il fevralın 25-dən 26-na keçən gecə erməni silahlı qüvvələri Dağlıq Qarabağdakı Xocalı şəhərini işğal edərək 83 uşaq, 106 qadın və 70 qoca da daxil olmaqla 613 dinc sakini qətlə yetirib. Daha 1275 nəfər girov götürülüb; 2013-cü ildə onlardan 150 nəfərin taleyi hələ də məlum deyildi.',
    en: 'On the night of 25 to 26 February 1992 Armenian armed forces occupied the town of Khojaly in Nagorno-Karabakh and killed 613 civilians, among them 83 children, 106 women and 70 elderly people. A further 1,275 people were taken hostage; in 2013 the fate of 150 of them was still unknown.',
    ru: 'В ночь с 25 на 26 февраля 1992 года армянские вооруженные силы оккупировали город Ходжалы в Нагорном Карабахе и убили 613 мирных жителей, в том числе 83 ребенка, 106 женщин и 70 стариков. Еще 1275 человек были взяты в заложники; в 2013 году судьба 150 из них все еще оставалась неизвестной.',
  },
  history: {
    az: [
      '1992-ci il fevralın 25-dən 26-na keçən gecə Dağlıq Qarabağda azərbaycanlıların yaşadığı ikinci ən mühüm şəhər olan Xocalı Rusiya ordusunun 366-cı alayının hərbi qulluqçularının və texnikasının fəal iştirakı ilə erməni silahlı qüvvələri tərəfindən işğal edilib.',
      'İşğalçılar qadınlar (onlardan bəziləri hamilə idi), uşaqlar və qocalar da daxil olmaqla yüzlərlə insanı qətlə yetiriblər. Dinc əhalinin məhvi bir neçə gün davam edib: işğalçılar Ağdamdakı Azərbaycan mövqelərinə çatmağa çalışan insanları təqib edib, əsirləri güllələyib, qadınlara və uşaqlara təcavüz edib, əsirlərin başlarını kəsib və onları asıblar.',
      'Ümumilikdə 613 dinc sakin, o cümlədən 83 uşaq, 106 qadın və 70 qoca qətlə yetirilib. Təxminən min nəfər (onlardan 76-sı azyaşlı) müxtəlif dərəcəli əlil olub, 1275 nəfər girov götürülüb; 2013-cü ildə onlardan 150 nəfərin taleyi hələ də məlum deyildi. Faciənin dəhşətləri yerli və xarici jurnalistlər tərəfindən foto və videoya çəkilərək bütün dünyaya yayılıb.',
      'Bütün qurbanların adları Bakının Xətai rayonundakı Xocalı soyqırımı qurbanlarının xatirə abidəsinin postamentində həkk olunub. Ənənəyə görə, anım mərasiminin iştirakçıları burada «Ana harayı» heykəlinin önünə gül dəstələri qoyurlar. Xocalı soyqırımını Meksika Senatı və Nümayəndələr Palatası, həmçinin Pakistan parlamentinin komitəsi tanıyıb; 2013-cü ildə, faciənin 21-ci ildönümü ərəfəsində Çexiya parlamentinin Xarici işlər komitəsi, Arkanzas və Nyu-Meksiko ştatlarının qanunverici orqanları bu hadisələri qırğın və insanlığa qarşı cinayət kimi tanıyıblar.',
    ],
    en: [
      'On the night of 25 to 26 February 1992 Armenian armed forces, with the active participation of military personnel and equipment of the 366th infantry regiment of the Russian army, occupied Khojaly, the second most important town populated by Azerbaijanis in Nagorno-Karabakh.',
      'The invaders massacred hundreds of people, among them women (some of whom were pregnant), children and the elderly. The killing of civilians went on for several days: the invaders chased people trying to reach Azerbaijani positions in Agdam, executed prisoners, raped women and children, and beheaded and hanged captives.',
      'In total 613 civilians were killed, including 83 children, 106 women and 70 elderly people. About a thousand people, 76 of them minors, were left disabled to varying degrees, and 1,275 people were taken hostage; in 2013 the fate of 150 of them was still unknown. Local and foreign journalists recorded the horror in photographs and on video, and the footage spread all over the world.',
      'The names of all the victims are carved on the pedestal of the Memorial to the victims of the Khojaly genocide in the Khatai district of Baku, where participants in the remembrance ceremony traditionally lay flowers at the sculpture “The Call of the Mother”. The Senate and House of Representatives of Mexico and a committee of the Parliament of Pakistan have recognised the Khojaly genocide; in 2013, on the eve of the 21st anniversary, the Committee on Foreign Affairs of the Czech Parliament and the state legislatures of Arkansas and New Mexico recognised the events as a massacre and a crime against humanity.',
    ],
    ru: [
      'В ночь с 25 на 26 февраля 1992 года армянские вооруженные силы при активном участии военнослужащих и техники 366-го полка российской армии оккупировали Ходжалы — второй по значимости населенный азербайджанцами город Нагорного Карабаха.',
      'Захватчики учинили расправу над сотнями людей, в том числе над женщинами (некоторые из них были беременны), детьми и стариками. Уничтожение мирного населения продолжалось несколько дней: оккупанты преследовали людей, пытавшихся добраться до азербайджанских позиций в Агдаме, расстреливали пленных, насиловали женщин и детей, отрубали пленникам головы и вешали их.',
      'Всего были убиты 613 мирных жителей, в том числе 83 ребенка, 106 женщин и 70 стариков. Около тысячи человек, из них 76 несовершеннолетних, стали инвалидами различной степени, 1275 человек были взяты в заложники; в 2013 году судьба 150 из них все еще оставалась неизвестной. Местные и иностранные журналисты запечатлели ужасы трагедии на фото и видео, и эти кадры облетели весь мир.',
      'Имена всех жертв высечены на постаменте Мемориала жертвам Ходжалинского геноцида в Хатаинском районе Баку. По традиции участники траурной церемонии возлагают здесь цветы к скульптуре «Зов матери». Ходжалинский геноцид признали Сенат и Палата представителей Мексики, а также комитет парламента Пакистана; в 2013 году, накануне 21-й годовщины трагедии, Комитет по иностранным делам парламента Чехии и законодательные собрания штатов Арканзас и Нью-Мексико признали эти события массовым убийством и преступлением против человечности.',
    ],
  },
  startDate: '1992-02-25T12:00:00.000Z',
  endDate: '1992-02-26T12:00:00.000Z',
  commemoration: { month: '2', day: 26 },
  place: {
    name: { az: 'Xocalı, Dağlıq Qarabağ', en: 'Khojaly, Nagorno-Karabakh', ru: 'Ходжалы, Нагорный Карабах' },
  },
  memorial: {
    name: {
      az: 'Xocalı soyqırımı qurbanlarının xatirə abidəsi',
      en: 'Memorial to the victims of the Khojaly genocide',
      ru: 'Мемориал жертвам Ходжалинского геноцида',
    },
    address: { az: 'Xətai rayonu, Bakı', en: 'Khatai district, Baku', ru: 'Хатаинский район, Баку' },
  },
  figures: {
    killed: 613,
    children: 83,
    women: 106,
    elderly: 70,
    wounded: 1000,
    hostages: 1275,
    missing: 150,
  },
  sources: [
    {
      title: {
        az: 'Azərbaycan Xocalı soyqırımının 21-ci ildönümünü anır',
        en: 'Azerbaijan marks the 21st anniversary of the Khojaly genocide',
        ru: 'Азербайджан отмечает 21-ю годовщину Ходжалинского геноцида',
      },
      url: 'https://news-portal.example/en/news/azerbaijan-marks-the-21st-anniversary-of-the-khojaly-genocide',
      publisher: 'Azerbaijan News Portal',
    },
  ],
}

/** What each seed article is filed under and who wrote it; keyed by seed/articles.ts keys. */
export const seedArticleLinks: Record<ArticleKey, SeedArticleLinks> = {
  'khojaly-21st-anniversary': {
    categories: ['remembrance'],
    tags: ['khojaly', 'karabakh', 'anniversary'],
    authors: ['leyla-shirinova'],
    event: 'khojaly',
  },
  'caspian-coast-autumn-weather-outlook': {
    categories: ['city'],
    tags: ['weather', 'baku'],
    authors: ['leyla-shirinova'],
  },
  'baku-book-fair-opens': {
    categories: ['culture'],
    tags: ['books', 'baku'],
    authors: ['tural-abbasli'],
  },
  'ganja-youth-chess-tournament': {
    categories: ['sport'],
    tags: ['chess', 'ganja'],
    authors: ['tural-abbasli'],
  },
  'sheki-caravanserai-restoration': {
    categories: ['culture'],
    tags: ['sheki'],
    authors: ['tural-abbasli'],
  },
  'baku-metro-new-timetable': {
    categories: ['city'],
    tags: ['metro', 'baku'],
    authors: ['leyla-shirinova'],
  },
  'baku-new-pedestrian-street': {
    categories: ['city', 'society'],
    tags: ['baku'],
    authors: ['leyla-shirinova'],
  },
}
