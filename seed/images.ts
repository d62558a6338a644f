import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import type { Locale } from '@/i18n/locales'

import { drawing, LANDSCAPE, SQUARE, type Canvas, type Scene } from './drawings'
import type { ArticleKey, AuthorKey } from './newsroom'

/**
 * The demo content's images: illustrations drawn in code (seed/drawings.ts) and rendered by sharp when the seed
 * first needs them, plus the newsroom's logo. Each is a media document identified by its file name, so the seed
 * finds it again instead of adding a copy. Text in each language: what a screen reader says (alt), the
 * caption, and the credit.
 */

type Localized = Record<Locale, string>

export type SeedImage = {
  /** Also the file name (`{key}.png`), which identifies the media document. */
  key: string
  scene: Scene
  canvas: Canvas
  alt: Localized
  caption: Localized
}

/** Every demo illustration is the newsroom's own. */
export const ILLUSTRATION_CREDIT: Localized = {
  az: 'Azərbaycan Xəbər Portalının illüstrasiyası',
  en: 'Azerbaijan News Portal illustration',
  ru: 'Иллюстрация Новостного портала Азербайджана',
}

const landscape = (key: string, scene: Scene, alt: Localized, caption: Localized): SeedImage => ({ key, scene, canvas: LANDSCAPE, alt, caption })

/** Hero images of the demo articles, by seed/articles.ts key. */
export const heroImages: Record<ArticleKey, SeedImage> = {
  'khojaly-21st-anniversary': landscape(
    'khojaly-memorial-dusk',
    'memorial',
    {
      az: 'Alatoranlıqda üzərində əbədi məşəl yanan hündür abidə, onun önündə qırmızı qərənfillər',
      en: 'A tall memorial with an eternal flame at dusk, red carnations at its foot',
      ru: 'Высокий памятник с вечным огнем в сумерках, у его подножия красные гвоздики',
    },
    {
      az: 'Xocalı soyqırımı qurbanlarının xatirəsi: əbədi məşəl və qərənfillər',
      en: 'In memory of the victims of the Khojaly genocide: an eternal flame and carnations',
      ru: 'Память жертв Ходжалинского геноцида: вечный огонь и гвоздики',
    },
  ),
  'caspian-coast-autumn-weather-outlook': landscape(
    'caspian-coast-sunny',
    'coast',
    {
      az: 'Günəşli səma altında Xəzər sahili: ağ buludlar, dalğalar və qumlu çimərlik',
      en: 'The Caspian coast under a sunny sky: white clouds, waves and a sandy beach',
      ru: 'Каспийское побережье под солнечным небом: белые облака, волны и песчаный пляж',
    },
    {
      az: 'Oktyabrda Abşeron sahillərində havanın mülayim və əsasən quraq keçəcəyi gözlənilir',
      en: 'October on the Absheron coast is expected to be mild and mostly dry',
      ru: 'Октябрь на побережье Абшерона ожидается мягким и преимущественно сухим',
    },
  ),
  'baku-book-fair-opens': landscape(
    'book-fair-shelves',
    'books',
    {
      az: 'Üç rəfdə sıralanmış müxtəlif rəngli kitablar',
      en: 'Books of many colours lined up on three shelves',
      ru: 'Разноцветные книги, расставленные на трех полках',
    },
    {
      az: 'Bakı kitab sərgisinin stendlərində yeni nəşrlər',
      en: 'New titles on the stands of the Baku book fair',
      ru: 'Новые издания на стендах Бакинской книжной выставки',
    },
  ),
  'ganja-youth-chess-tournament': landscape(
    'chess-pawns',
    'chess',
    {
      az: 'Şahmat taxtasında iki qara və bir ağ piyada',
      en: 'Two black pawns and one white pawn on a chessboard',
      ru: 'Две черные пешки и одна белая на шахматной доске',
    },
    {
      az: 'Gəncədə gənclər arasında şahmat turniri başlayır',
      en: 'A youth chess tournament gets under way in Ganja',
      ru: 'В Гяндже начинается юношеский шахматный турнир',
    },
  ),
  'sheki-caravanserai-restoration': landscape(
    'sheki-caravanserai-arches',
    'arches',
    {
      az: 'Yaşıl dağların önündə tağlı kərpic divar',
      en: 'A brick wall of arches in front of green mountains',
      ru: 'Кирпичная стена с арками на фоне зеленых гор',
    },
    {
      az: 'Şəki karvansarasının tağları bərpadan sonra',
      en: 'The arches of the Sheki caravanserai after restoration',
      ru: 'Арки шекинского караван-сарая после реставрации',
    },
  ),
  'baku-metro-new-timetable': landscape(
    'baku-metro-tunnel',
    'metro',
    {
      az: 'Fənərlərlə işıqlandırılmış metro tunelinə uzanan relslər',
      en: 'Rails running into a metro tunnel lit by lamps',
      ru: 'Рельсы, уходящие в освещенный фонарями тоннель метро',
    },
    {
      az: 'Bakı metrosunda yeni qatar cədvəli qüvvəyə minir',
      en: 'A new train timetable comes into force on the Baku metro',
      ru: 'В бакинском метро вводится новое расписание поездов',
    },
  ),
  'baku-new-pedestrian-street': landscape(
    'baku-pedestrian-street',
    'street',
    {
      az: 'Daş döşənmiş, hər iki tərəfində ağaclar və binalar olan piyada küçəsi',
      en: 'A paved pedestrian street lined with trees and buildings on both sides',
      ru: 'Мощеная пешеходная улица, по обеим сторонам которой растут деревья и стоят дома',
    },
    {
      az: 'Bakının mərkəzində yeni piyada küçəsi',
      en: 'A new pedestrian street in the centre of Baku',
      ru: 'Новая пешеходная улица в центре Баку',
    },
  ),
}

/** The Khojaly event's gallery; the first three are also the gallery in the Khojaly article's body. */
export const khojalyGallery: SeedImage[] = [
  landscape(
    'khojaly-candles',
    'candles',
    {
      az: 'Qaranlıqda yanan yeddi şam',
      en: 'Seven candles burning in the dark',
      ru: 'Семь свечей, горящих в темноте',
    },
    {
      az: 'Xocalı faciəsi qurbanlarının xatirəsinə yandırılmış şamlar',
      en: 'Candles lit in memory of the victims of the Khojaly tragedy',
      ru: 'Свечи, зажженные в память о жертвах Ходжалинской трагедии',
    },
  ),
  landscape(
    'khojaly-carnations',
    'carnations',
    {
      az: 'Daş pilləkənlərin üzərinə qoyulmuş qırmızı qərənfillər',
      en: 'Red carnations laid on stone steps',
      ru: 'Красные гвоздики, возложенные на каменные ступени',
    },
    {
      az: 'Anım mərasiminin iştirakçıları abidənin önünə gül dəstələri qoyurlar',
      en: 'Participants in the remembrance ceremony lay flowers at the memorial',
      ru: 'Участники траурной церемонии возлагают цветы к мемориалу',
    },
  ),
  landscape(
    'khojaly-memorial-night',
    'memorialNight',
    {
      az: 'Gecə səmasının fonunda əbədi məşəl yanan abidə',
      en: 'A memorial with an eternal flame against the night sky',
      ru: 'Памятник с вечным огнем на фоне ночного неба',
    },
    {
      az: 'Əbədi məşəl gecə də sönmür',
      en: 'The eternal flame burns through the night',
      ru: 'Вечный огонь горит и ночью',
    },
  ),
  landscape(
    'baku-skyline-dusk',
    'skyline',
    {
      az: 'Alatoranlıqda dəniz sahilində şəhər mənzərəsi və üç hündür qüllə',
      en: 'A seaside city skyline with three tall towers at dusk',
      ru: 'Силуэт приморского города с тремя высокими башнями в сумерках',
    },
    {
      az: 'Bakı anım günündə',
      en: 'Baku on the day of remembrance',
      ru: 'Баку в день памяти',
    },
  ),
]

/** The image block in the Khojaly article's body. */
export const khojalyBodyImage: SeedImage = landscape(
  'khojaly-remembrance-dawn',
  'memorial',
  {
    az: 'Sübh çağı abidə və onun önündə qırmızı qərənfillər',
    en: 'A memorial at dawn with red carnations in front of it',
    ru: 'Памятник на рассвете и красные гвоздики перед ним',
  },
  {
    az: 'Abidənin postamentində bütün qurbanların adları həkk olunub',
    en: 'The names of all the victims are carved on the pedestal of the monument',
    ru: 'На постаменте памятника высечены имена всех жертв',
  },
)

/** Bylines' photos: drawn silhouettes standing in for the invented reporters (seed/newsroom.ts authors). */
export const authorPhotos: Record<AuthorKey, SeedImage> = {
  'leyla-shirinova': {
    key: 'author-leyla-shirinova',
    scene: 'portrait',
    canvas: SQUARE,
    alt: {
      az: 'Leyla Şirinovanın portretinin yerində çəkilmiş siluet',
      en: 'A drawn silhouette in place of a portrait of Leyla Shirinova',
      ru: 'Нарисованный силуэт вместо портрета Лейлы Шириновой',
    },
    caption: { az: 'Leyla Şirinova, müxbir', en: 'Leyla Shirinova, correspondent', ru: 'Лейла Ширинова, корреспондент' },
  },
  'tural-abbasli': {
    key: 'author-tural-abbasli',
    scene: 'portrait',
    canvas: SQUARE,
    alt: {
      az: 'Tural Abbaslının portretinin yerində çəkilmiş siluet',
      en: 'A drawn silhouette in place of a portrait of Tural Abbasli',
      ru: 'Нарисованный силуэт вместо портрета Турала Аббаслы',
    },
    caption: {
      az: 'Tural Abbaslı, mədəniyyət və idman redaktoru',
      en: 'Tural Abbasli, culture and sport editor',
      ru: 'Турал Аббаслы, редактор отдела культуры и спорта',
    },
  },
}

/** The newsroom's logo (public/brand/logo.svg) as the site settings' logo. */
export const logoImage = {
  file: path.join(process.cwd(), 'public', 'brand', 'logo.svg'),
  filename: 'newsroom-logo.svg',
  alt: { az: 'Azərbaycan Xəbər Portalının loqosu', en: 'Azerbaijan News Portal logo', ru: 'Логотип Новостного портала Азербайджана' } as Localized,
  caption: { az: 'Redaksiyanın loqosu: əbədi məşəl', en: 'The newsroom’s logo: an eternal flame', ru: 'Логотип редакции: вечный огонь' } as Localized,
}

export type SeedFile = { data: Buffer; mimetype: string; name: string; size: number }

/**
 * The illustration as a PNG file for Payload's upload (which then makes the WebP sizes): flat colours and sharp
 * edges stay clean in PNG, which is here no larger than a JPEG (40-100 kB) and as quick to make.
 */
export async function renderImage(image: SeedImage): Promise<SeedFile> {
  const data = await sharp(Buffer.from(drawing(image.key, image.scene, image.canvas)))
    .removeAlpha()
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name: imageFilename(image), size: data.length }
}

export const imageFilename = (image: SeedImage) => `${image.key}.png`

export function logoFile(): SeedFile {
  const data = fs.readFileSync(logoImage.file)
  return { data, mimetype: 'image/svg+xml', name: logoImage.filename, size: data.length }
}
