/**
 * Staff-facing text of the admin's own views, hooks and validators, in English: the `custom` namespace of
 * Payload's i18n (payload.config.ts → i18n.translations), read as `t('custom:translations.title')`. The keys of
 * this file are the keys of every language (az.ts and ru.ts are typed by it). Placeholders are Payload's
 * `{{name}}`; a key with `_one`/`_other` variants is chosen by the `count` it is given.
 * Reader-facing text is not here: it lives in messages/*.json (next-intl).
 */
export const en = {
  // The translator dashboard (/admin/translations), its navigation link and the list's "Translation" column.
  'translations.title': 'Translations',
  'translations.nav': 'Translation work',
  'translations.intro':
    'Documents whose English or Russian translation is missing, was not updated after the Azerbaijani text changed, or has a correction note still to translate; the one waiting longest first.',
  'translations.none': 'Every translation is complete.',
  'translations.document': 'Document',
  'translations.language': 'Language',
  'translations.status': 'Status',
  'translations.since': 'Since',
  'translations.fields': 'Missing fields',
  'translations.articles': 'Article',
  'translations.events': 'Remembrance event',
  'translations.pages': 'Page',
  'translations.forbidden': 'This page is for content staff only.',
  'translations.state.complete': 'complete',
  'translations.state.missing': 'missing',
  'translations.state.outdated': 'outdated',
  'translations.state.correction': 'correction to translate',
  'translations.corrections_one': '{{count}} correction note to translate',
  'translations.corrections_other': '{{count}} correction notes to translate',

  // The interface strings view (the ui-strings list).
  'interfaceStrings.title': 'Interface strings',
  'interfaceStrings.intro':
    'The text of the site’s buttons, headings and notices. Changes here show on the site within seconds; "Reset to file" brings back the text from messages/*.json.',
  'interfaceStrings.search': 'Search (key or text)',
  'interfaceStrings.show': 'Show',
  'interfaceStrings.all': 'All',
  'interfaceStrings.missing': 'Missing',
  'interfaceStrings.overridden': 'Overridden',
  'interfaceStrings.apply': 'Apply',
  'interfaceStrings.key': 'Key',
  'interfaceStrings.keyCount_one': '{{count}} key',
  'interfaceStrings.keyCount_other': '{{count}} keys',
  'interfaceStrings.edit': 'Edit',
  'interfaceStrings.save': 'Save',
  'interfaceStrings.cancel': 'Cancel',
  'interfaceStrings.reset': 'Reset to file',
  'interfaceStrings.saved': 'Saved',
  'interfaceStrings.resetDone': 'The file’s text is back',
  'interfaceStrings.failed': 'Not saved',
  'interfaceStrings.defaultIs': 'File:',
  'interfaceStrings.overriddenBadge': 'overridden',
  'interfaceStrings.missingBadge': 'not translated',
  // The lead of a refused override (collections/UiStrings/validateValue.ts), before the problems found.
  'interfaceStrings.notSaved': 'Not saved: {{problems}}',

  // The review moderation queue's bulk actions.
  'reviews.approved': 'Approve',
  'reviews.rejected': 'Reject',
  'reviews.spam': 'Mark as spam',
  'reviews.selected': 'Selected reviews:',
  'reviews.failed': 'The change was not saved',

  // Staff accounts: the current password asked for a password or e-mail change, and the login throttle.
  'users.currentPassword.label': 'Your current password',
  'users.currentPassword.description':
    "Needed to change a password or e-mail, also on someone else's account: your own password, not theirs.",
  'users.currentPassword.required': 'Enter your current password to change a password or e-mail.',
  'users.currentPassword.wrong': 'The current password is incorrect.',
  'users.tooManyAttempts': 'Too many failed password attempts. Try again later.',

  // Field validation messages.
  'validation.wholeNumber': 'Enter a whole number (no fractions).',
  'validation.linkTooLong': 'The link may be at most {{max}} characters long.',
  'validation.linkSpaces': 'Remove the spaces before or after the link.',
  'validation.linkNotUrl': 'Enter a full link, for example https://example.com/page',
  'validation.linkNotHttps': 'The link must start with https://',
  'validation.linkCredentials': 'The link must not contain a user name or password.',
  'validation.endBeforeStart': 'The end date cannot be before the start date.',
  'validation.noSuchDay': 'The selected month has no day {{day}}: it has {{days}} days.',
  'validation.killedExceeded': 'Children, women and elderly together ({{sum}}) cannot exceed the number killed ({{killed}}).',
  'validation.purposeTaken': 'Another page, “{{title}}”, already has this purpose. Choose another, or clear it there first.',

  // Corrections and clarifications of articles (collections/Articles/corrections.ts).
  'corrections.textRequired': 'Write the note in Azerbaijani: every translation follows the original.',
  'corrections.addInOriginal': 'Add a correction in the Azerbaijani original; here you can only translate existing notes.',

  // Editors' redirects (collections/Redirects/hooks/refuseBadRedirects.ts).
  'redirects.from.notAPath': 'Write a path of this site that starts with "/", for example /en/news/old-title.',
  'redirects.from.leavesSite': '"From" is a path of this site, not a full address: leave out https:// and the host.',
  'redirects.from.notAPage': 'This path belongs to the admin, the API or a file, not to a page.',
  'redirects.from.hasQuery': 'Leave out the query (?…) and the fragment (#…).',
  'redirects.from.taken': 'Another redirect already starts from this path.',
  'redirects.from.livePage': 'A published page lives at this path: a redirect would hide it.',
  'redirects.to.notAPath': 'Write a path of this site that starts with "/", for example /en/news/new-title.',
  'redirects.to.leavesSite': 'The target leaves the site: only paths of this site (or addresses on {{origin}}) are allowed.',
  'redirects.to.notAPage': 'The target belongs to the admin, the API or a file, not to a page.',
  'redirects.to.missing': 'Nothing is published at the target: the redirect would lead to a missing page.',
  'redirects.to.loop': 'The redirect loops: its target leads back to "{{from}}".',

  // Embargoes (collections/Articles/hooks/enforceEmbargo.ts): {{time}} is the embargo in the newsroom's time zone.
  'embargo.inPast': 'The embargo time ({{time}}) has already passed. Choose a time ahead, or remove the embargo.',
  'embargo.publishEarly': 'This article is under embargo until {{time}} and cannot be published before then. Save it as a draft or schedule the publication for that time.',
  'embargo.scheduleEarly': 'This article is under embargo until {{time}}: its publication cannot be scheduled any earlier.',

  // The breaking-news banner (collections/BreakingNews).
  'breakingNews.linkNotAllowed': 'The link must be a path on this site (starting with /) or a full https:// address.',
  'breakingNews.expiryInPast': 'The expiry time has already passed. Choose a time ahead, or leave it empty.',

  // Live coverage (collections/LiveEntries) and its compact entry form (components/admin/live).
  'live.notLive': 'An entry belongs to a live article: choose an article whose type is "Live".',
  'live.pinnedAfterEnd': 'This coverage has ended: an entry can no longer be pinned to its top.',
  'live.textRequired': 'Write the text of the entry (in at least one language).',
  'live.composer.title': 'Add an entry',
  'live.composer.intro': 'Published at once in this language ({{language}}), timed now. Translators translate it in the live entries list.',
  'live.composer.headline': 'Headline (optional)',
  'live.composer.text': 'Text',
  'live.composer.keyEvent': 'Key event',
  'live.composer.pinned': 'Pin to the top',
  'live.composer.publish': 'Publish entry',
  'live.composer.publishing': 'Publishing…',
  'live.composer.published': 'Entry published ({{time}}).',
  'live.composer.failed': 'The entry was not published: {{message}}',
  'live.composer.saveFirst': 'Save the article first: entries belong to a saved article.',
  'live.composer.recent': 'Latest entries',
  'live.composer.none': 'No entries yet.',
  'live.composer.edit': 'Edit',
  'live.composer.draft': 'draft',

  // Editorial tasks (collections/EditorialTasks): their validators.
  'editorialTasks.dueInPast': 'The due date has already passed. Choose today or a later day.',
  'editorialTasks.assigneeNotContentStaff': 'Tasks can be assigned to admins, editors and translators only.',
  'editorialTasks.duplicate': 'This event already has this task in this language for that anniversary.',

  // The commemoration calendar (/admin/calendar) and its navigation link.
  'calendar.nav': 'Commemoration calendar',
  'calendar.title': 'Commemoration calendar',
  'calendar.intro': 'The month’s commemorations, the editorial tasks for them in each language, and what is scheduled to be published or embargoed. Overdue tasks are marked.',
  'calendar.forbidden': 'This page is for content staff only.',
  'calendar.previous': 'Previous month',
  'calendar.next': 'Next month',
  'calendar.commemorations': 'Commemorations',
  'calendar.noCommemorations': 'No commemoration falls in this month.',
  'calendar.anniversary': 'Anniversary: {{number}}',
  'calendar.midnight': 'Anniversary coverage can be embargoed until 00:00 in Baku on the day: {{time}}.',
  'calendar.atMidnight': 'Scheduled or embargoed for that moment:',
  'calendar.nothingAtMidnight': 'Nothing is scheduled or embargoed for that moment yet. To hold an article until then, set its embargo to this time.',
  'calendar.tasks': 'Tasks',
  'calendar.noTasks': 'No task is due this month.',
  'calendar.due': 'Due',
  'calendar.event': 'Event',
  'calendar.task': 'Task',
  'calendar.language': 'Language',
  'calendar.assignee': 'Assignee',
  'calendar.done': 'Done',
  'calendar.overdue': 'overdue',
  'calendar.unassigned': 'not assigned',
  'calendar.markDone': 'Mark done',
  'calendar.reopen': 'Reopen',
  'calendar.failed': 'The change was not saved',
  'calendar.kind.plan': 'Plan coverage',
  'calendar.kind.translate': 'Translate',
  'calendar.kind.publish': 'Publish',
  'calendar.scheduled': 'Scheduled publications',
  'calendar.noScheduled': 'Nothing is scheduled this month.',
  'calendar.when': 'When',
  'calendar.document': 'Document',
  'calendar.action': 'Action',
  'calendar.publishAction': 'publish',
  'calendar.unpublishAction': 'unpublish',
  'calendar.allLanguages': 'all languages',
  'calendar.embargoes': 'Embargoes',
  'calendar.noEmbargoes': 'No embargo ends this month.',
  'calendar.embargoUntil': 'Embargo until',

  // The dashboard's "needs your attention" block (components/admin/dashboard).
  'dashboard.title': 'Needs your attention',
  'dashboard.myTasks': 'Your tasks',
  'dashboard.noTasks': 'No open task is assigned to you.',
  'dashboard.nextCommemorations': 'Next commemorations',
  'dashboard.noCommemorations': 'No commemoration is planned.',
  'dashboard.scheduledToday': 'Publications scheduled today',
  'dashboard.noScheduledToday': 'Nothing is scheduled for today.',
  'dashboard.reviews': 'Reviews waiting',
  'dashboard.reviewsWaiting': 'Waiting for moderation: {{count}}',
  'dashboard.noReviews': 'No review is waiting.',
  'dashboard.translations': 'Translations missing or outdated',
  'dashboard.translationsWaiting': 'Documents to translate: {{count}}',
  'dashboard.noTranslations': 'Every translation is complete.',
  'dashboard.openCalendar': 'Open the calendar',
  'dashboard.openReviews': 'Moderate',
  'dashboard.openTranslations': 'Open the translation work',

  // The newsletter's counts on the dashboard (components/admin/dashboard/AttentionDashboard.tsx): never an address.
  'dashboard.newsletter': 'Newsletter',
  'dashboard.newsletterConfirmed': 'Confirmed subscribers: {{count}}',
  'dashboard.newsletterFrequency': 'Daily: {{daily}} · weekly: {{weekly}}',
  'dashboard.newsletterLanguages': 'By language: az {{az}} · en {{en}} · ru {{ru}}',
  'dashboard.newsletterPending': 'Awaiting confirmation: {{count}}',
  'dashboard.openSubscribers': 'Subscribers',

  // The admin's logo and icon, when site settings name no site.
  'brand.siteName': 'Azerbaijan News Portal',
}

/** The shape every admin language has: the same keys as English. */
export type AdminTexts = { [K in keyof typeof en]: string }
