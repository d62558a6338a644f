import type { AdminTexts } from './en'

/** Staff-facing admin text in Russian; the keys are en.ts's. */
export const ru: AdminTexts = {
  'translations.title': 'Переводы',
  'translations.nav': 'Работа переводчика',
  'translations.intro':
    'Документы без английского или русского перевода, с переводом, не обновлённым после изменения азербайджанского текста, или с непереведённым примечанием об исправлении; дольше всех ждущие — первыми.',
  'translations.none': 'Все переводы готовы.',
  'translations.document': 'Документ',
  'translations.language': 'Язык',
  'translations.status': 'Состояние',
  'translations.since': 'С какого времени',
  'translations.fields': 'Недостающие поля',
  'translations.articles': 'Статья',
  'translations.events': 'Памятная дата',
  'translations.pages': 'Страница',
  'translations.forbidden': 'Эта страница только для сотрудников редакции.',
  'translations.state.complete': 'готово',
  'translations.state.missing': 'не хватает',
  'translations.state.outdated': 'устарел',
  'translations.state.correction': 'нужно перевести исправление',
  'translations.corrections_one': 'Примечаний об исправлении к переводу: {{count}}',
  'translations.corrections_other': 'Примечаний об исправлении к переводу: {{count}}',

  'interfaceStrings.title': 'Строки интерфейса',
  'interfaceStrings.intro':
    'Тексты кнопок, заголовков и сообщений сайта. Изменения появляются на сайте через несколько секунд; «Вернуть из файла» восстанавливает текст из messages/*.json.',
  'interfaceStrings.search': 'Поиск (ключ или текст)',
  'interfaceStrings.show': 'Показать',
  'interfaceStrings.all': 'Все',
  'interfaceStrings.missing': 'Недостающие',
  'interfaceStrings.overridden': 'Изменённые',
  'interfaceStrings.apply': 'Применить',
  'interfaceStrings.key': 'Ключ',
  // Payload picks a variant by crude count ranges (1, 3–5, over 5), not by Russian plural rules (21 ключ,
  // 22 ключа, 25 ключей), so the count stands after a colon, which is right for every number.
  'interfaceStrings.keyCount_one': 'Ключей: {{count}}',
  'interfaceStrings.keyCount_other': 'Ключей: {{count}}',
  'interfaceStrings.edit': 'Изменить',
  'interfaceStrings.save': 'Сохранить',
  'interfaceStrings.cancel': 'Отмена',
  'interfaceStrings.reset': 'Вернуть из файла',
  'interfaceStrings.saved': 'Сохранено',
  'interfaceStrings.resetDone': 'Текст из файла восстановлен',
  'interfaceStrings.failed': 'Не сохранено',
  'interfaceStrings.defaultIs': 'В файле:',
  'interfaceStrings.overriddenBadge': 'изменено',
  'interfaceStrings.missingBadge': 'нет перевода',
  'interfaceStrings.notSaved': 'Не сохранено: {{problems}}',

  'reviews.approved': 'Одобрить',
  'reviews.rejected': 'Отклонить',
  'reviews.spam': 'Пометить как спам',
  'reviews.selected': 'Выбранные отзывы:',
  'reviews.failed': 'Изменение не сохранено',

  'users.currentPassword.label': 'Ваш текущий пароль',
  'users.currentPassword.description':
    'Нужен, чтобы изменить пароль или e-mail, и в чужой учётной записи тоже: ваш собственный пароль, не её владельца.',
  'users.currentPassword.required': 'Введите свой текущий пароль, чтобы изменить пароль или e-mail.',
  'users.currentPassword.wrong': 'Текущий пароль неверен.',
  'users.tooManyAttempts': 'Слишком много неудачных попыток ввода пароля. Повторите попытку позже.',

  'validation.wholeNumber': 'Введите целое число (без дробной части).',
  'validation.linkTooLong': 'Ссылка не может быть длиннее {{max}} символов.',
  'validation.linkSpaces': 'Уберите пробелы в начале или в конце ссылки.',
  'validation.linkNotUrl': 'Введите полную ссылку, например https://example.com/page',
  'validation.linkNotHttps': 'Ссылка должна начинаться с https://',
  'validation.linkCredentials': 'Ссылка не должна содержать имя пользователя или пароль.',
  'validation.endBeforeStart': 'Дата окончания не может быть раньше даты начала.',
  'validation.noSuchDay': 'В выбранном месяце нет {{day}}-го числа: последний день — {{days}}-е.',
  'validation.killedExceeded': 'Дети, женщины и пожилые вместе ({{sum}}) не могут превышать общее число погибших ({{killed}}).',
  'validation.purposeTaken': 'Это назначение уже у другой страницы — «{{title}}». Выберите другое или сначала снимите его там.',

  'corrections.textRequired': 'Напишите примечание по-азербайджански: все переводы следуют оригиналу.',
  'corrections.addInOriginal': 'Добавьте исправление в азербайджанский оригинал; здесь можно только переводить существующие примечания.',

  'redirects.from.notAPath': 'Укажите путь на этом сайте, начинающийся с «/», например /ru/news/staryy-zagolovok.',
  'redirects.from.leavesSite': '«Откуда» — путь на этом сайте, а не полный адрес: не пишите https:// и имя хоста.',
  'redirects.from.notAPage': 'Этот путь относится к админке, API или файлу, а не к странице.',
  'redirects.from.hasQuery': 'Не указывайте параметры запроса (?…) и фрагмент (#…).',
  'redirects.from.taken': 'С этого пути уже есть другое перенаправление.',
  'redirects.from.livePage': 'По этому пути находится опубликованная страница: перенаправление скрыло бы её.',
  'redirects.to.notAPath': 'Укажите путь на этом сайте, начинающийся с «/», например /ru/news/novyy-zagolovok.',
  'redirects.to.leavesSite': 'Цель ведёт за пределы сайта: допускаются только пути этого сайта (или адреса на {{origin}}).',
  'redirects.to.notAPage': 'Цель относится к админке, API или файлу, а не к странице.',
  'redirects.to.missing': 'По адресу цели ничего не опубликовано: перенаправление вело бы на несуществующую страницу.',
  'redirects.to.loop': 'Перенаправление зацикливается: цель ведёт обратно на «{{from}}».',

  // Эмбарго (collections/Articles/hooks/enforceEmbargo.ts): {{time}} — время эмбарго в часовом поясе редакции.
  'embargo.inPast': 'Время эмбарго ({{time}}) уже прошло. Выберите время в будущем или снимите эмбарго.',
  'embargo.publishEarly': 'Статья под эмбарго до {{time}} и не может быть опубликована раньше. Сохраните её как черновик или запланируйте публикацию на это время.',
  'embargo.scheduleEarly': 'Статья под эмбарго до {{time}}: запланировать её публикацию на более раннее время нельзя.',

  // Баннер срочной новости (collections/BreakingNews).
  'breakingNews.linkNotAllowed': 'Ссылка должна быть адресом на этом сайте (начинаться с /) или полным адресом https://.',
  'breakingNews.expiryInPast': 'Время окончания уже прошло. Выберите время в будущем или оставьте поле пустым.',

  // The admin's logo and icon, when site settings name no site.
  'brand.siteName': 'Новостной портал Азербайджана',
}
