import { articleTypeOf, schemaTypeOf } from '@/lib/articleTypes'

import type { JsonLd } from './jsonLd'

/** schema.org objects for the JSON-LD of each page type, from plain data. */

export type Publisher = { name: string; url: string; logoUrl: string }

/** The newsroom's published policies, by the schema.org property that names each (URLs of standing pages). */
export type OrganizationPolicies = Partial<Record<'publishingPrinciples' | 'correctionsPolicy' | 'ethicsPolicy', string>>

export function organization(publisher: Publisher, sameAs: string[], policies: OrganizationPolicies = {}): JsonLd {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': `${publisher.url}#organization`,
    name: publisher.name,
    url: publisher.url,
    logo: { '@type': 'ImageObject', url: publisher.logoUrl, width: 600, height: 60 },
    sameAs,
    ...policies,
  }
}

export type PersonInput = {
  url: string
  name: string
  jobTitle?: string | null
  description?: string | null
  imageUrl?: string | null
  /** The author's profiles elsewhere. */
  sameAs: string[]
  language: string
  publisher: Publisher
}

/** An author's page: who they are, where else they are, and the newsroom they write for. */
export function person(input: PersonInput): JsonLd {
  return {
    '@type': 'Person',
    '@id': `${input.url}#person`,
    url: input.url,
    name: input.name,
    ...(input.jobTitle ? { jobTitle: input.jobTitle } : {}),
    ...(input.description ? { description: input.description } : {}),
    ...(input.imageUrl ? { image: input.imageUrl } : {}),
    ...(input.sameAs.length ? { sameAs: input.sameAs } : {}),
    worksFor: { '@type': 'NewsMediaOrganization', '@id': `${input.publisher.url}#organization`, name: input.publisher.name, url: input.publisher.url },
    mainEntityOfPage: { '@type': 'ProfilePage', '@id': input.url, inLanguage: input.language },
  }
}

/** The site with its search: /{locale}/search?q=… */
export function webSite(publisher: Publisher, homeUrl: string, searchUrl: string, language: string): JsonLd {
  return {
    '@type': 'WebSite',
    '@id': `${homeUrl}#website`,
    name: publisher.name,
    url: homeUrl,
    inLanguage: language,
    publisher: { '@id': `${publisher.url}#organization` },
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  }
}

export type NewsArticleInput = {
  url: string
  headline: string
  description?: string | null
  imageUrl: string
  publishedAt?: string | null
  updatedAt?: string | null
  /** Each author with their page's address, when they have one in the article's language. */
  authors: { name: string; url?: string | null }[]
  section?: string | null
  keywords: string[]
  language: string
  publisher: Publisher
  /** Published correction and clarification notes, newest first (schema.org CorrectionComment). */
  corrections?: { text: string; date: string; url: string }[]
  /** The article's type (lib/articleTypes.ts): OpinionNewsArticle, AnalysisNewsArticle… NewsArticle when absent. */
  articleType?: string | null
  /** A live article's coverage (LiveBlogPosting): its times and its entries, newest first. */
  live?: { startsAt?: string | null; endsAt?: string | null; updates: LiveBlogUpdate[] }
}

/** An entry of live coverage: a BlogPosting of the LiveBlogPosting's liveBlogUpdate. */
export type LiveBlogUpdate = { url: string; headline: string; text: string; publishedAt: string; updatedAt: string; author?: string | null; imageUrl?: string | null }

export function newsArticle(input: NewsArticleInput): JsonLd {
  const { type, genre } = schemaTypeOf(articleTypeOf(input.articleType))
  return {
    '@type': type,
    ...(genre ? { genre } : {}),
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    headline: input.headline,
    ...(input.description ? { description: input.description } : {}),
    image: [input.imageUrl],
    ...(input.publishedAt ? { datePublished: input.publishedAt } : {}),
    dateModified: input.updatedAt ?? input.publishedAt ?? undefined,
    // An article without a byline is the newsroom's own.
    author: input.authors.length
      ? input.authors.map((author) => ({ '@type': 'Person', name: author.name, ...(author.url ? { url: author.url } : {}) }))
      : [{ '@type': 'Organization', name: input.publisher.name, url: input.publisher.url }],
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: input.publisher.name,
      url: input.publisher.url,
      logo: { '@type': 'ImageObject', url: input.publisher.logoUrl, width: 600, height: 60 },
    },
    ...(input.section ? { articleSection: input.section } : {}),
    ...(input.keywords.length ? { keywords: input.keywords } : {}),
    inLanguage: input.language,
    ...(input.corrections?.length
      ? { correction: input.corrections.map((note) => ({ '@type': 'CorrectionComment', text: note.text, datePublished: note.date, url: note.url })) }
      : {}),
    ...(input.live ? liveBlog(input.live, input.language) : {}),
  }
}

function liveBlog(live: NonNullable<NewsArticleInput['live']>, language: string): Record<string, unknown> {
  return {
    ...(live.startsAt ? { coverageStartTime: live.startsAt } : {}),
    ...(live.endsAt ? { coverageEndTime: live.endsAt } : {}),
    liveBlogUpdate: live.updates.map((update) => ({
      '@type': 'BlogPosting',
      '@id': update.url,
      url: update.url,
      headline: update.headline,
      articleBody: update.text,
      datePublished: update.publishedAt,
      dateModified: update.updatedAt,
      ...(update.author ? { author: { '@type': 'Person', name: update.author } } : {}),
      ...(update.imageUrl ? { image: update.imageUrl } : {}),
      inLanguage: language,
    })),
  }
}

export type EventInput = {
  url: string
  name: string
  description?: string | null
  startDate: string
  endDate?: string | null
  place?: string | null
  imageUrl: string
  language: string
}

/** A remembrance event: a historical event (dates as calendar days), at the place it happened. */
export function event(input: EventInput): JsonLd {
  return {
    '@type': 'Event',
    '@id': `${input.url}#event`,
    url: input.url,
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    startDate: input.startDate.slice(0, 10),
    ...(input.endDate ? { endDate: input.endDate.slice(0, 10) } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(input.place ? { location: { '@type': 'Place', name: input.place, address: input.place } } : {}),
    image: [input.imageUrl],
    inLanguage: input.language,
  }
}

export function breadcrumbs(items: { name: string; url: string }[]): JsonLd {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
  }
}
