import type { AdminTexts } from './en'

/** Staff-facing admin text in Azerbaijani (the admin's default language); the keys are en.ts's. */
export const az: AdminTexts = {
  'translations.title': 'Tərcümələr',
  'translations.nav': 'Tərcümə işləri',
  'translations.intro':
    'İngilis və ya rus tərcüməsi olmayan, azərbaycanca mətn dəyişdikdən sonra yenilənməyən və ya düzəliş qeydi hələ tərcümə olunmayan sənədlər; ən çox gözləyən yuxarıda.',
  'translations.none': 'Bütün tərcümələr tamdır.',
  'translations.document': 'Sənəd',
  'translations.language': 'Dil',
  'translations.status': 'Vəziyyət',
  'translations.since': 'Nə vaxtdan',
  'translations.fields': 'Çatışmayan sahələr',
  'translations.articles': 'Məqalə',
  'translations.events': 'Anım günü',
  'translations.pages': 'Səhifə',
  'translations.forbidden': 'Bu səhifə yalnız redaksiya əməkdaşları üçündür.',
  'translations.state.complete': 'tamdır',
  'translations.state.missing': 'çatışmır',
  'translations.state.outdated': 'köhnəlib',
  'translations.state.correction': 'düzəliş tərcümə olunmalıdır',
  'translations.corrections_one': 'Tərcümə olunmalı düzəliş qeydləri: {{count}}',
  'translations.corrections_other': 'Tərcümə olunmalı düzəliş qeydləri: {{count}}',

  'interfaceStrings.title': 'İnterfeys mətnləri',
  'interfaceStrings.intro':
    'Saytın düymə, başlıq və bildiriş mətnləri. Burada dəyişiklik bir neçə saniyəyə saytda görünür; "Fayldakına qaytar" messages/*.json-dakı mətni bərpa edir.',
  'interfaceStrings.search': 'Axtarış (açar və ya mətn)',
  'interfaceStrings.show': 'Göstər',
  'interfaceStrings.all': 'Hamısı',
  'interfaceStrings.missing': 'Çatışmayan',
  'interfaceStrings.overridden': 'Dəyişdirilmiş',
  'interfaceStrings.apply': 'Tətbiq et',
  'interfaceStrings.key': 'Açar',
  // A noun after a numeral stays singular in Azerbaijani.
  'interfaceStrings.keyCount_one': '{{count}} açar',
  'interfaceStrings.keyCount_other': '{{count}} açar',
  'interfaceStrings.edit': 'Redaktə et',
  'interfaceStrings.save': 'Saxla',
  'interfaceStrings.cancel': 'Ləğv et',
  'interfaceStrings.reset': 'Fayldakına qaytar',
  'interfaceStrings.saved': 'Saxlanıldı',
  'interfaceStrings.resetDone': 'Fayldakı mətn bərpa olundu',
  'interfaceStrings.failed': 'Saxlanmadı',
  'interfaceStrings.defaultIs': 'Fayldakı:',
  'interfaceStrings.overriddenBadge': 'dəyişdirilib',
  'interfaceStrings.missingBadge': 'tərcümə yoxdur',
  'interfaceStrings.notSaved': 'Saxlanmadı: {{problems}}',

  'reviews.approved': 'Təsdiqlə',
  'reviews.rejected': 'Rədd et',
  'reviews.spam': 'Spam kimi qeyd et',
  'reviews.selected': 'Seçilmiş rəylər:',
  'reviews.failed': 'Dəyişiklik saxlanmadı',

  'users.currentPassword.label': 'Cari parolunuz',
  'users.currentPassword.description':
    'Parolu və ya e-poçtu dəyişmək üçün lazımdır, başqasının hesabında da: öz parolunuz, onun deyil.',
  'users.currentPassword.required': 'Parolu və ya e-poçtu dəyişmək üçün cari parolunuzu daxil edin.',
  'users.currentPassword.wrong': 'Cari parol yanlışdır.',
  'users.tooManyAttempts': 'Çox sayda uğursuz parol cəhdi. Bir az sonra yenidən cəhd edin.',

  'validation.wholeNumber': 'Tam ədəd daxil edin (kəsr olmadan).',
  'validation.linkTooLong': 'Keçid {{max}} simvoldan uzun ola bilməz.',
  'validation.linkSpaces': 'Keçidin əvvəlində və sonunda boşluq olmamalıdır.',
  'validation.linkNotUrl': 'Tam keçid daxil edin, məsələn: https://example.com/səhifə',
  'validation.linkNotHttps': 'Keçid https:// ilə başlamalıdır.',
  'validation.linkCredentials': 'Keçiddə istifadəçi adı və ya parol olmamalıdır.',
  'validation.endBeforeStart': 'Bitmə tarixi başlanğıc tarixindən əvvəl ola bilməz.',
  'validation.noSuchDay': 'Seçilmiş ayda {{day}} tarixi yoxdur: bu ay {{days}} gündən ibarətdir.',
  'validation.killedExceeded': 'Uşaqlar, qadınlar və yaşlılar birlikdə ({{sum}}) həlak olanların ümumi sayından ({{killed}}) çox ola bilməz.',
  'validation.purposeTaken': 'Bu təyinat artıq «{{title}}» səhifəsinə verilib. Başqasını seçin və ya əvvəlcə həmin səhifədən götürün.',

  'corrections.textRequired': 'Qeydi azərbaycanca yazın: bütün tərcümələr orijinala əsaslanır.',
  'corrections.addInOriginal': 'Düzəlişi azərbaycanca orijinala əlavə edin; burada yalnız mövcud qeydləri tərcümə etmək olar.',

  'redirects.from.notAPath': 'Saytın "/" ilə başlayan yolunu yazın, məsələn /az/news/kohne-bashliq.',
  'redirects.from.leavesSite': '"Haradan" saytın yoludur, tam ünvan deyil: https:// və host adını yazmayın.',
  'redirects.from.notAPage': 'Bu yol səhifəyə deyil, admin panelinə, API-yə və ya fayla aiddir.',
  'redirects.from.hasQuery': 'Sorğu (?…) və fraqment (#…) hissəsini yazmayın.',
  'redirects.from.taken': 'Bu yoldan artıq başqa yönləndirmə var.',
  'redirects.from.livePage': 'Bu yolda dərc olunmuş səhifə var: yönləndirmə onu gizlədərdi.',
  'redirects.to.notAPath': 'Saytın "/" ilə başlayan yolunu yazın, məsələn /az/news/yeni-bashliq.',
  'redirects.to.leavesSite': 'Hədəf saytdan kənara aparır: yalnız bu saytın yolları (və ya {{origin}} ünvanları) qəbul olunur.',
  'redirects.to.notAPage': 'Hədəf səhifəyə deyil, admin panelinə, API-yə və ya fayla aiddir.',
  'redirects.to.missing': 'Hədəfdə dərc olunmuş heç nə yoxdur: yönləndirmə mövcud olmayan səhifəyə aparardı.',
  'redirects.to.loop': 'Yönləndirmə dövrə vurur: hədəfi yenidən "{{from}}" yoluna qaytarır.',

  // Embarqo (collections/Articles/hooks/enforceEmbargo.ts): {{time}} redaksiyanın saat qurşağında embarqo vaxtıdır.
  'embargo.inPast': 'Embarqo vaxtı ({{time}}) artıq keçib. Gələcək bir vaxt seçin və ya embarqonu silin.',
  'embargo.publishEarly': 'Bu məqalə embarqo altındadır (embarqo vaxtı: {{time}}) və həmin vaxtdan əvvəl dərc oluna bilməz. Onu qaralama kimi saxlayın və ya dərcini həmin vaxta planlaşdırın.',
  'embargo.scheduleEarly': 'Bu məqalə embarqo altındadır (embarqo vaxtı: {{time}}): dərcini bundan əvvəlki vaxta planlaşdırmaq olmaz.',

  // Təcili xəbər zolağı (collections/BreakingNews).
  'breakingNews.linkNotAllowed': 'Keçid bu saytda bir ünvan (/ ilə başlayan) və ya tam https:// ünvanı olmalıdır.',
  'breakingNews.expiryInPast': 'Bitmə vaxtı artıq keçib. Gələcək bir vaxt seçin və ya boş saxlayın.',

  // The admin's logo and icon, when site settings name no site.
  'brand.siteName': 'Azərbaycan Xəbər Portalı',
}
