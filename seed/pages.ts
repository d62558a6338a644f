import type { PagePurpose } from '@/collections/Pages/purposes'
import type { Locale } from '@/i18n/locales'

/**
 * The newsroom's standing pages in az, en and ru, linked from every page's footer in this order. Lines as
 * seed/richText.ts pageToRichText reads them: "## " a heading, "- " a list item, else a paragraph. The contact
 * details are the site settings' demo ones (seed/newsroom.ts): no real address, telephone or person.
 */
export type SeedPage = { purpose: PagePurpose; footerOrder: number; text: Record<Locale, { title: string; body: string[] }> }

export const seedPages: SeedPage[] = [
  {
    purpose: 'about',
    footerOrder: 1,
    text: {
      az: {
        title: 'Haqqımızda',
        body: [
          'Azərbaycan Xəbər Portalı Azərbaycanın bu günü və tarixi haqqında azərbaycan, ingilis və rus dillərində xəbərlər dərc edən müstəqil onlayn nəşrdir.',
          'Gündəlik xəbərlərlə yanaşı, ölkənin yaddaşında iz qoymuş hadisələrə – faciələrə, anım günlərinə və onların qurbanlarına xüsusi diqqət yetiririk. Hər anım günü üçün faktları, rəqəmləri və mənbələri bir yerdə toplayırıq ki, oxucu hadisəni onu təsdiqləyən sənədlərlə birlikdə görə bilsin.',
          'Redaksiyamız Bakıda yerləşir. Yazıları müxbirlərimiz və redaktorlarımız hazırlayır, tərcüməçilərimiz onları digər iki dilə çevirir. Hər yazıda müəllifin adı göstərilir, hər müəllifin isə öz səhifəsi var.',
          'Necə işlədiyimizi «Redaksiya standartları» səhifəsində, səhvlərimizi necə düzəltdiyimizi isə «Düzəlişlər siyasəti» səhifəsində izah edirik.',
        ],
      },
      en: {
        title: 'About us',
        body: [
          'Azerbaijan News Portal is an independent online publication reporting on Azerbaijan’s present and its history in Azerbaijani, English and Russian.',
          'Alongside the day’s news we give particular attention to the events that have marked the country’s memory: tragedies, days of remembrance and their victims. For each day of remembrance we bring the facts, the figures and the sources together in one place, so that readers can see an event with the documents that bear it out.',
          'Our newsroom is in Baku. Reporters and editors write and edit the stories; translators carry them into the other two languages. Every article names its authors, and each author has a page of their own.',
          'How we work is set out in our Editorial standards; how we correct our mistakes, in our Corrections policy.',
        ],
      },
      ru: {
        title: 'О нас',
        body: [
          'Новостной портал Азербайджана — независимое онлайн-издание, которое рассказывает о сегодняшнем дне и истории Азербайджана на азербайджанском, английском и русском языках.',
          'Помимо ежедневных новостей мы уделяем особое внимание событиям, оставившим след в памяти страны: трагедиям, дням памяти и их жертвам. Для каждого дня памяти мы собираем в одном месте факты, цифры и источники, чтобы читатель видел событие вместе с подтверждающими его документами.',
          'Наша редакция находится в Баку. Материалы готовят корреспонденты и редакторы, переводчики переводят их на два других языка. У каждой статьи указаны авторы, а у каждого автора есть своя страница.',
          'О том, как мы работаем, рассказано в «Редакционных стандартах», а о том, как мы исправляем ошибки, — в «Политике исправлений».',
        ],
      },
    },
  },
  {
    purpose: 'standards',
    footerOrder: 2,
    text: {
      az: {
        title: 'Redaksiya standartları',
        body: [
          'Bu səhifə redaksiyamızın işini tənzimləyən əsas qaydaları təsvir edir. Onlar bütün müəlliflərə, redaktorlara və tərcüməçilərə şamil olunur.',
          '## Dəqiqlik və mənbələr',
          'Hər faktı dərc etməzdən əvvəl yoxlayırıq. Rəqəmlər və tarixlər üçün mümkün olduqda ilkin mənbəyə – rəsmi sənədlərə, arxivlərə, şahid ifadələrinə və elmi nəşrlərə – istinad edir və bu mənbələri yazının sonunda göstəririk. Dəqiq bilinməyən rəqəmi təxmini kimi qeyd edirik və ya ümumiyyətlə vermirik.',
          '## Tarix haqqında yazarkən',
          'Faciələr və anım günləri haqqında yazarkən qurbanların və onların yaxınlarının ləyaqətinə hörmətlə yanaşırıq. Ağır təfərrüatları yalnız hadisəni anlamaq üçün zəruri olduqda dərc edir və oxucunu bu barədə əvvəlcədən xəbərdar edirik.',
          '## Müstəqillik',
          'Redaksiya qərarlarını reklamçılardan, sponsorlardan və siyasi təşkilatlardan asılı olmadan qəbul edirik. Müəllifin yazdığı mövzu ilə şəxsi və ya maddi bağlılığı varsa, o, bunu redaktora bildirir, lazım olduqda isə biz bunu yazıda açıqlayırıq.',
          '## Tərcümələr',
          'Yazı hər üç dildə eyni faktları çatdırır. Tərcümə mətni qısaltmır və ona yeni iddialar əlavə etmir; dil versiyaları arasında fərq aşkar olunarsa, o, düzəldilir və düzəliş kimi qeydə alınır.',
        ],
      },
      en: {
        title: 'Editorial standards',
        body: [
          'This page sets out the main rules that govern our newsroom’s work. They apply to every author, editor and translator.',
          '## Accuracy and sources',
          'We check every fact before we publish it. For figures and dates we cite the primary source wherever we can (official documents, archives, witness testimony and scholarly publications) and list those sources at the end of the article. A figure that is not known precisely is marked as an estimate, or left out.',
          '## Writing about history',
          'When we write about tragedies and days of remembrance we respect the dignity of the victims and their families. We publish distressing details only where they are needed to understand what happened, and warn readers beforehand.',
          '## Independence',
          'Editorial decisions are taken independently of advertisers, sponsors and political organisations. An author with a personal or financial tie to a subject tells their editor, and where it matters we disclose it in the article.',
          '## Translations',
          'An article carries the same facts in all three languages. A translation neither shortens the text nor adds claims to it; a difference found between language versions is put right and recorded as a correction.',
        ],
      },
      ru: {
        title: 'Редакционные стандарты',
        body: [
          'На этой странице изложены основные правила работы нашей редакции. Они распространяются на всех авторов, редакторов и переводчиков.',
          '## Точность и источники',
          'Мы проверяем каждый факт перед публикацией. Для цифр и дат мы по возможности ссылаемся на первоисточник — официальные документы, архивы, свидетельские показания и научные издания — и перечисляем эти источники в конце статьи. Если цифра точно не известна, мы помечаем её как оценочную или не приводим вовсе.',
          '## Когда мы пишем об истории',
          'Рассказывая о трагедиях и днях памяти, мы уважаем достоинство жертв и их близких. Тяжёлые подробности мы публикуем только тогда, когда без них нельзя понять произошедшее, и заранее предупреждаем об этом читателя.',
          '## Независимость',
          'Редакционные решения принимаются независимо от рекламодателей, спонсоров и политических организаций. Если у автора есть личная или финансовая связь с темой, он сообщает об этом редактору, а при необходимости мы указываем это в статье.',
          '## Переводы',
          'Статья содержит одни и те же факты на всех трёх языках. Перевод не сокращает текст и не добавляет в него новых утверждений; найденное расхождение между языковыми версиями исправляется и отмечается как исправление.',
        ],
      },
    },
  },
  {
    purpose: 'corrections-policy',
    footerOrder: 3,
    text: {
      az: {
        title: 'Düzəlişlər siyasəti',
        body: [
          'Səhv etdikdə bunu açıq şəkildə etiraf edir və mümkün qədər tez düzəldirik.',
          '## Səhvi necə bildirmək olar',
          'Yazılarımızın birində faktiki səhv görsəniz, yazının ünvanını və səhvin nədən ibarət olduğunu corrections@news-portal.example ünvanına göndərin. Hər müraciəti redaktor oxuyur; adətən iki iş günü ərzində cavab veririk.',
          '## Necə düzəldirik',
          '- Faktiki səhv (ad, tarix, rəqəm, sitat) düzəldilir, yazının sonuna isə nəyin və nə vaxt dəyişdirildiyini göstərən qeyd əlavə olunur.',
          '- Yazının əsas iddiasını dəyişən ciddi səhv barədə qeyd yazının əvvəlində yerləşdirilir.',
          '- Orfoqrafiya və üslub düzəlişləri qeydsiz edilir, çünki onlar yazının mənasını dəyişmir.',
          'Düzəliş yazının hər üç dil versiyasına eyni vaxtda tətbiq olunur. Dərc olunmuş yazını səhvi gizlətmək üçün silmirik.',
        ],
      },
      en: {
        title: 'Corrections policy',
        body: [
          'When we get something wrong, we say so openly and put it right as quickly as we can.',
          '## How to report an error',
          'If you find a factual error in one of our articles, send its address and what is wrong to corrections@news-portal.example. An editor reads every message, and we usually reply within two working days.',
          '## How we correct',
          '- A factual error (a name, date, figure or quotation) is corrected, and a note at the end of the article says what was changed and when.',
          '- A serious error that changes the main point of an article is noted at its top.',
          '- Spelling and style fixes are made without a note, as they do not change the meaning.',
          'A correction is made in all three language versions at the same time. We do not delete a published article to hide a mistake.',
        ],
      },
      ru: {
        title: 'Политика исправлений',
        body: [
          'Если мы ошиблись, мы открыто признаём это и исправляем ошибку как можно быстрее.',
          '## Как сообщить об ошибке',
          'Если вы нашли фактическую ошибку в нашей статье, отправьте её адрес и описание ошибки на corrections@news-portal.example. Каждое обращение читает редактор; обычно мы отвечаем в течение двух рабочих дней.',
          '## Как мы исправляем',
          '- Фактическая ошибка (имя, дата, цифра, цитата) исправляется, а в конце статьи появляется примечание о том, что и когда было изменено.',
          '- О серьёзной ошибке, меняющей главный смысл статьи, сообщается в её начале.',
          '- Орфографические и стилистические правки вносятся без примечания: они не меняют смысла.',
          'Исправление вносится во все три языковые версии одновременно. Мы не удаляем опубликованную статью, чтобы скрыть ошибку.',
        ],
      },
    },
  },
  {
    purpose: 'contact',
    footerOrder: 4,
    text: {
      az: {
        title: 'Əlaqə',
        body: [
          'Redaksiya ilə aşağıdakı yollarla əlaqə saxlaya bilərsiniz.',
          '- E-poçt: info@news-portal.example',
          '- Telefon: +994 12 000 00 00 (iş günləri, Bakı vaxtı ilə 10:00–18:00)',
          '- Ünvan: AZ1000, Bakı şəhəri, Nümunə küçəsi, 1',
          'Yazılarımızdakı səhvlər barədə corrections@news-portal.example ünvanına yazın (bax: «Düzəlişlər siyasəti»). Xəbər və ya mövzu təklif etmək istəyirsinizsə, sizinlə necə əlaqə saxlaya biləcəyimizi göstərin; mənbələrimizin adlarını onların razılığı olmadan açıqlamırıq.',
        ],
      },
      en: {
        title: 'Contact',
        body: [
          'You can reach the newsroom in the following ways.',
          '- E-mail: info@news-portal.example',
          '- Telephone: +994 12 000 00 00 (working days, 10:00–18:00 Baku time)',
          '- Address: 1 Numune Street, Baku AZ1000, Azerbaijan',
          'To report an error in one of our articles, write to corrections@news-portal.example (see our Corrections policy). If you have a story or a tip for us, tell us how to reach you; we never reveal a source’s name without their consent.',
        ],
      },
      ru: {
        title: 'Контакты',
        body: [
          'Связаться с редакцией можно следующими способами.',
          '- Эл. почта: info@news-portal.example',
          '- Телефон: +994 12 000 00 00 (по рабочим дням, 10:00–18:00 по бакинскому времени)',
          '- Адрес: AZ1000, г. Баку, ул. Нумуне, 1',
          'Об ошибках в наших статьях пишите на corrections@news-portal.example (см. «Политику исправлений»). Если вы хотите предложить новость или тему, укажите, как с вами связаться; мы не раскрываем имена источников без их согласия.',
        ],
      },
    },
  },
  {
    purpose: 'accessibility',
    footerOrder: 5,
    text: {
      az: {
        title: 'Əlçatanlıq bəyanatı',
        body: [
          'Portalımızın hər kəs üçün, o cümlədən ekran oxuyucusundan, klaviaturadan və ya böyüdülmüş şriftdən istifadə edən oxucular üçün əlçatan olmasına çalışırıq. Məqsədimiz WCAG 2.2 standartının AA səviyyəsinə uyğunluqdur.',
          '## Nə edirik',
          '- Bütün səhifələr JavaScript olmadan işləyir və klaviatura ilə idarə olunur; hər səhifənin əvvəlində əsas məzmuna keçid var.',
          '- Hər şəklin üç dildə alternativ mətni var.',
          '- Mətnlə fon arasındakı kontrast həm açıq, həm də tünd rejimdə AA səviyyəsinin tələblərinə cavab verir.',
          '- Səhifələr eni 320 piksel olan ekranda da üfüqi sürüşdürmə olmadan oxunur.',
          '## Məlum çatışmazlıqlar və rəyiniz',
          'Hər yeni səhifə növünü avtomatik yoxlamalarla sınaqdan keçiririk, lakin bu yoxlamalar bütün maneələri aşkar etmir. Saytdan istifadədə çətinlik çəksəniz, info@news-portal.example ünvanına yazın, hansı səhifədə və hansı vasitədən istifadə edərkən problemlə üzləşdiyinizi bildirin – onu aradan qaldırmağa çalışacağıq.',
        ],
      },
      en: {
        title: 'Accessibility statement',
        body: [
          'We want our portal to be usable by everyone, including readers who use a screen reader, a keyboard or enlarged text. We aim to meet level AA of WCAG 2.2.',
          '## What we do',
          '- Every page works without JavaScript and can be used with a keyboard; each starts with a link that skips to the main content.',
          '- Every image has alternative text in all three languages.',
          '- The contrast between text and background meets level AA in both the light and the dark scheme.',
          '- Pages can be read on a screen 320 pixels wide without scrolling sideways.',
          '## Known limits and your feedback',
          'We test each new kind of page with automated checks, but such checks do not find every barrier. If something on the site is hard to use, write to info@news-portal.example, tell us which page it was and what you were using, and we will work to fix it.',
        ],
      },
      ru: {
        title: 'Заявление о доступности',
        body: [
          'Мы стремимся к тому, чтобы портал был удобен для всех, в том числе для читателей, которые пользуются программой экранного доступа, клавиатурой или увеличенным шрифтом. Наша цель — соответствие уровню AA стандарта WCAG 2.2.',
          '## Что мы делаем',
          '- Все страницы работают без JavaScript и управляются с клавиатуры; в начале каждой страницы есть ссылка для перехода к основному содержанию.',
          '- У каждого изображения есть альтернативный текст на трёх языках.',
          '- Контраст текста и фона соответствует уровню AA и в светлой, и в тёмной теме.',
          '- Страницы читаются на экране шириной 320 пикселей без горизонтальной прокрутки.',
          '## Известные ограничения и обратная связь',
          'Каждый новый тип страниц мы проверяем автоматическими тестами, но они находят не все препятствия. Если вам что-то трудно использовать на сайте, напишите на info@news-portal.example, укажите страницу и то, чем вы пользовались, — мы постараемся это исправить.',
        ],
      },
    },
  },
  {
    purpose: 'privacy',
    footerOrder: 6,
    text: {
      az: {
        title: 'Məxfilik siyasəti',
        body: [
          'Bu səhifə portalın oxucular haqqında hansı məlumatları və nə üçün saxladığını izah edir.',
          '## Hesablar və kukilər',
          'Portalda oxucu hesabları yoxdur: xəbərləri oxumaq üçün qeydiyyat tələb olunmur. Oxucuların cihazında kuki (cookie) saxlamırıq, reklam və izləmə skriptlərindən istifadə etmirik. Paylaşım düymələri adi keçidlərdir və siz onlardan birini seçməyincə heç bir sosial şəbəkəyə məlumat ötürmür.',
          '## Baxışların sayı',
          '«Ən çox oxunanlar» siyahısı üçün hər məqalənin neçə dəfə açıldığını sayırıq. Bunun üçün kukidən istifadə etmir və oxucunun kim olduğunu müəyyən etmirik: yalnız hər məqalə üzrə ümumi say saxlanılır.',
          '## Rəylər',
          'Məqaləyə rəy yazdıqda adınızı, rəyin mətnini, qiymətləndirmənizi və, göstərmisinizsə, e-poçt ünvanınızı saxlayırıq. Ad və rəy moderator təsdiqlədikdən sonra dərc olunur; e-poçt ünvanı heç vaxt göstərilmir və yalnız redaksiyanın sizə cavab verməsi üçün istifadə olunur. Spam və sui-istifadənin qarşısını almaq üçün IP ünvanınızın özünü deyil, yalnız onun geri qaytarılmayan heşini (hash) saxlayırıq.',
          'Rəyinizin və ya məlumatlarınızın silinməsini istəyirsinizsə, info@news-portal.example ünvanına yazın.',
        ],
      },
      en: {
        title: 'Privacy policy',
        body: [
          'This page explains what the portal stores about its readers and why.',
          '## Accounts and cookies',
          'The portal has no reader accounts: you do not need to register to read the news. We set no cookies for readers and use no advertising or tracking scripts. The share buttons are plain links and send nothing to any social network until you choose one.',
          '## View counts',
          'For the “Most read” list we count how many times each article is opened. We use no cookie for this and do not identify readers: only a total per article is kept.',
          '## Reviews',
          'When you review an article we store your name, your review, your rating and, if you give it, your e-mail address. The name and review are published once a moderator approves them; the e-mail address is never shown and is used only for the newsroom to reply to you. To prevent spam and abuse we keep an irreversible hash of your IP address, never the address itself.',
          'To have a review or your details deleted, write to info@news-portal.example.',
        ],
      },
      ru: {
        title: 'Политика конфиденциальности',
        body: [
          'На этой странице объясняется, какие данные о читателях хранит портал и зачем.',
          '## Учётные записи и cookie',
          'У читателей портала нет учётных записей: чтобы читать новости, регистрироваться не нужно. Мы не сохраняем файлы cookie на устройствах читателей и не используем рекламные и отслеживающие скрипты. Кнопки «Поделиться» — это обычные ссылки: они ничего не передают социальным сетям, пока вы не выберете одну из них.',
          '## Подсчёт просмотров',
          'Для списка «Самое читаемое» мы считаем, сколько раз открывалась каждая статья. Для этого мы не используем cookie и не устанавливаем личность читателей: хранится только общее число просмотров каждой статьи.',
          '## Отзывы',
          'Когда вы оставляете отзыв к статье, мы сохраняем ваше имя, текст отзыва, оценку и, если вы его указали, адрес электронной почты. Имя и отзыв публикуются после одобрения модератором; адрес почты никогда не показывается и нужен только для того, чтобы редакция могла вам ответить. Для защиты от спама и злоупотреблений мы храним необратимый хеш вашего IP-адреса, но не сам адрес.',
          'Чтобы удалить отзыв или ваши данные, напишите на info@news-portal.example.',
        ],
      },
    },
  },
]
