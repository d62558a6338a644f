import { describe, expect, it } from '@jest/globals'

import { checkFrom, checkTo, documentPath, normalizePath, pathShape } from '@/lib/redirects/paths'
import { nextSlugHistory } from '@/lib/redirects/slugHistory'

const SITE = 'https://news.example.az'

describe('a redirect’s from', () => {
  it('is a page path of this site in one normal form', () => {
    expect(checkFrom('/en/news/old-title/')).toEqual({ path: '/en/news/old-title' })
    expect(checkFrom('  /kohne-sehife ')).toEqual({ path: '/kohne-sehife' })
    expect(checkFrom('/ru/новости')).toEqual({ path: '/ru/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8' })
    expect(checkFrom('/ru/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8')).toEqual(checkFrom('/ru/новости'))
    expect(normalizePath('/a//b/')).toBe('/a//b')
  })

  it('refuses what leaves the site, is no path, is no page or has a query', () => {
    for (const value of ['https://news.example.az/x', '//evil.example/x', 'javascript:alert(1)', '\\\\evil'])
      expect(checkFrom(value)).toEqual({ refusal: 'leavesSite' })
    for (const value of ['news/x', '', '/a/../admin', '/a/./b', '/a b', '/a\\\\b']) expect(checkFrom(value)).toEqual({ refusal: 'notAPath' })
    for (const value of ['/admin', '/admin/collections', '/api/users', '/_next/static/x.js', '/rss.xml', '/'])
      expect(checkFrom(value)).toEqual({ refusal: 'notAPage' })
    for (const value of ['/x?y=1', '/x#top']) expect(checkFrom(value)).toEqual({ refusal: 'hasQuery' })
  })
})

describe('a redirect’s custom to', () => {
  it('is a path of this site, a full URL only on its own origin (stored as a path)', () => {
    expect(checkTo('/en/news/new?x=1', SITE)).toEqual({ path: '/en/news/new', search: '?x=1' })
    expect(checkTo('https://news.example.az/az/remembrance/', SITE)).toEqual({ path: '/az/remembrance', search: '' })
  })

  it('refuses another host or scheme, and what is no page path', () => {
    for (const value of [
      'https://evil.example/az',
      'http://news.example.az/az',
      '//evil.example',
      'javascript:alert(1)',
      'data:text/html,x',
      'https://news.example.az.evil.example/az',
    ]) {
      expect(checkTo(value, SITE)).toEqual({ refusal: 'leavesSite' })
    }
    expect(checkTo('az/news/x', SITE)).toEqual({ refusal: 'notAPath' })
    expect(checkTo('/api/users', SITE)).toEqual({ refusal: 'notAPage' })
  })
})

describe('the shape of a path', () => {
  it('names pages of the route table and documents by their route', () => {
    expect(pathShape('/az')).toEqual({ kind: 'static', locale: 'az' })
    expect(pathShape('/en/remembrance')).toEqual({ kind: 'static', locale: 'en' })
    expect(pathShape('/en/news/some-title')).toEqual({ kind: 'document', locale: 'en', collection: 'articles', slug: 'some-title' })
    expect(pathShape('/ru/tag/x')).toEqual({ kind: 'document', locale: 'ru', collection: 'tags', slug: 'x' })
    expect(pathShape('/en/news/Not_A_Slug')).toEqual({ kind: 'other', locale: 'en' })
    expect(pathShape('/old-page')).toEqual({ kind: 'other', locale: null })
    // "On this day" pages are pages of the table, not documents; a day no year has is nothing.
    expect(pathShape('/az/on-this-day')).toEqual({ kind: 'static', locale: 'az' })
    expect(pathShape('/en/on-this-day/02-29')).toEqual({ kind: 'static', locale: 'en' })
    expect(pathShape('/en/on-this-day/02-30')).toEqual({ kind: 'other', locale: 'en' })
    expect(documentPath('ru', 'remembrance-events', 'khodzhaly')).toBe('/ru/remembrance/khodzhaly')
  })
})

describe('slug history', () => {
  const published = { az: 'a', en: 'b' }

  it('keeps a published slug a publish changes, in that language only', () => {
    expect(nextSlugHistory({ published, history: {}, next: { az: 'a', en: 'c' }, publishing: true })).toEqual({ az: [], en: ['b'], ru: [] })
  })

  it('changes nothing on a draft save, or for a document never published', () => {
    expect(nextSlugHistory({ published, history: { en: ['x'] }, next: { az: 'z', en: 'c' }, publishing: false })).toEqual({ az: [], en: ['x'], ru: [] })
    expect(nextSlugHistory({ published: null, history: {}, next: { az: 'z' }, publishing: true })).toEqual({ az: [], en: [], ru: [] })
  })

  it('keeps each slug once and never the current one', () => {
    expect(nextSlugHistory({ published: { az: 'c' }, history: { az: ['a', 'b', 'a'] }, next: { az: 'a' }, publishing: true })).toEqual({
      az: ['b', 'c'],
      en: [],
      ru: [],
    })
  })

  it('keeps nothing when a language is unpublished (its slug removed)', () => {
    expect(nextSlugHistory({ published, history: {}, next: { az: 'a' }, publishing: true })).toEqual({ az: [], en: [], ru: [] })
  })
})
