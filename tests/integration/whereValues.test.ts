import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { isPossibleID } from '../../plugins/apiRequestGuards/documentIDs'
import { whereProblem } from '../../plugins/apiRequestGuards/whereValues'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
})

afterAll(async () => {
  await close()
})

/** The where check against the real articles collection (its fields, relationships and id type). */
const problem = (where: unknown) =>
  whereProblem(where, { payload, collectionSlug: 'articles', fields: payload.collections.articles.config.flattenedFields, locale: 'az' })

describe('the where check of the API guards', () => {
  it('accepts well-formed conditions', () => {
    for (const where of [
      undefined,
      { publishedAt: { less_than: '2024-02-26' } },
      { publishedAt: { greater_than_equal: new Date() } },
      { publishedAt: { equals: null } },
      { id: { in: '1,2,3' } },
      { id: { in: [1, 2] } },
      { id: { like: 'anything' } },
      { categories: { in: '4' } },
      { 'categories.slug': { equals: 'news' } },
      { 'categories.id': { equals: 4 } },
      { heroImage: { equals: 'null' } },
      { or: [{ title: { like: 'x' } }, { and: [{ slug: { exists: true } }] }] },
      { title: { equals: 'plain text' } },
      { nope: { equals: 1 } },
    ]) {
      expect([where, problem(where)]).toEqual([where, undefined])
    }
  })

  it('names the first malformed condition', () => {
    expect(problem('garbage')).toMatch(/^where must be an object/)
    expect(problem({ publishedAt: { greater_than: 'x' } })).toBe('where[publishedAt][greater_than] must be a date (such as 2024-02-26 or 2024-02-26T10:00:00Z)')
    expect(problem({ id: { in: '1,2,abc' } })).toBe('where[id][in] must be a list of a document id')
    expect(problem({ categories: { in: 'abc' } })).toMatch(/^where\[categories\]\[in\]/)
    expect(problem({ categories: { like: 'abc' } })).toMatch(/^where\[categories\]\[like\]/)
    expect(problem({ 'categories.id': { equals: 'abc' } })).toMatch(/^where\[categories\.id\]\[equals\]/)
    expect(problem({ heroImage: { equals: '1.5' } })).toMatch(/^where\[heroImage\]/)
    expect(problem({ readingTime: { greater_than: 'abc' } })).toMatch(/a number$/)
    expect(problem({ title: 'plain' })).toMatch(/^where\[title\] must be an operator/)
    expect(problem({ or: 'plain' })).toBe('where[or] must be a list of conditions')
    expect(problem({ or: [{ id: { equals: 'x' } }] })).toMatch(/^where\[or\]\[0\]\[id\]\[equals\]/)
    expect(problem({ title: { equals: { a: 'b' } } })).toBe('where[title][equals] must be a value, not an object')
    expect(problem({ publishedAt: { near: 'x' } })).toMatch(/applies only to point fields$/)
  })
})

describe('document ids', () => {
  it('are whole numbers from 1 on SQL databases and ObjectIds on MongoDB', () => {
    expect(['1', '42', 42].map((id) => isPossibleID('integer', id))).toEqual([true, true, true])
    expect(['abc', '1.5', '-1', '0', '', '1e3', 1.5].map((id) => isPossibleID('integer', id))).toEqual(Array(7).fill(false))
    expect(isPossibleID('objectId', '65f1c0ffee0123456789abcd')).toBe(true)
    expect(['abc', '1', '65f1c0ffee0123456789abcz'].map((id) => isPossibleID('objectId', id))).toEqual([false, false, false])
  })
})
