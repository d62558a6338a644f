import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { ADMIN, baseURL } from './env'
import { PORTAL_SECRET } from './globalSetup.mjs'

/**
 * Checks every cell of the access table in README.md over HTTP against the running app: each
 * action is tried as each role, and "yes" means it took effect, "no" that it did not.
 */

const ROLES = ['public', 'moderator', 'translator', 'editor', 'admin'] as const
type Role = (typeof ROLES)[number]
type Doc = { id: number; [key: string]: unknown }

function readTable(): { collection: string; action: string; expected: Record<Role, boolean> }[] {
  const readme = fs.readFileSync('README.md', 'utf8')
  const table = readme.slice(readme.indexOf('<!-- access-table:start -->'), readme.indexOf('<!-- access-table:end -->'))
  return table
    .split('\n')
    .filter((line) => /^\| [a-z][a-z-]* \| /.test(line) && !line.startsWith('| collection'))
    .map((line) => {
      const [collection, action, ...cells] = line.split('|').slice(1, -1).map((cell) => cell.trim())
      return { collection, action, expected: Object.fromEntries(ROLES.map((role, i) => [role, cells[i] === 'yes'])) as Record<Role, boolean> }
    })
}

const tokens: Partial<Record<Role, string>> = {}
const ids: Partial<Record<Role, number>> = {}
let counter = 0
const unique = (text: string) => `${text} ${Date.now().toString(36)}${(counter += 1)}`

async function call(role: Role, method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const headers: Record<string, string> = {}
  if (tokens[role]) headers.authorization = `JWT ${tokens[role]}`
  if (body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(`${baseURL()}/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>
  return { status: response.status, json }
}

const ok = (status: number) => status >= 200 && status < 300

/** Collections with drafts: every save states its status. */
const hasDrafts = (collection: string) => ['articles', 'remembrance-events', 'pages', 'live-entries'].includes(collection)

/** A published live article the live-entry fixtures belong to (one for the whole file). */
let liveArticle: Promise<number> | undefined
const liveArticleId = () =>
  (liveArticle ??= call('admin', 'POST', '/articles?locale=az', { title: unique('Canlı yayım'), articleType: 'live', liveCoverage: { state: 'live' }, _status: 'published' }).then(
    ({ status, json }) => {
      if (!ok(status)) throw new Error(`live article fixture: ${status} ${JSON.stringify(json)}`)
      return (json.doc as Doc).id
    },
  ))

/** The minimum a new document of each collection needs, in Azerbaijani. */
async function newDoc(collection: string, status?: 'draft' | 'published'): Promise<Record<string, unknown>> {
  const drafts = status ? { _status: status } : {}
  switch (collection) {
    case 'live-entries':
      return { article: await liveArticleId(), postedAt: new Date().toISOString(), text: unique('Sınaq yazısı'), ...drafts }
    case 'articles':
      return { title: unique('Sınaq məqaləsi'), ...drafts }
    case 'pages':
      return { title: unique('Sınaq səhifəsi'), ...drafts }
    case 'remembrance-events':
      return { name: unique('Sınaq hadisəsi'), startDate: '1992-02-25T12:00:00.000Z', commemoration: { month: '2', day: 26 }, ...drafts }
    case 'social-links':
      return { platform: 'telegram', url: 'https://t.me/example', label: unique('Telegram'), enabled: true }
    default:
      return { name: unique('Sınaq') }
  }
}

const titleField = (collection: string) =>
  collection === 'articles' || collection === 'pages' ? 'title' : collection === 'social-links' ? 'label' : collection === 'live-entries' ? 'text' : 'name'

async function adminCreate(collection: string, status?: 'draft' | 'published', extra: Record<string, unknown> = {}): Promise<Doc> {
  const { status: code, json } = await call('admin', 'POST', `/${collection}?locale=az`, { ...(await newDoc(collection, status)), ...extra })
  if (!ok(code)) throw new Error(`fixture ${collection}: ${code} ${JSON.stringify(json)}`)
  return json.doc as Doc
}

const adminGet = async (collection: string, id: number, query = '') => (await call('admin', 'GET', `/${collection}/${id}?depth=0${query}`)).json

/** A 1×1 PNG. */
const PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
/** A 2×1 PNG, to replace it with. */
const WIDER = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAR9gH/qpz3OQAAAABJRU5ErkJggg=='

async function uploadMedia(role: Role, { id, image = PIXEL }: { id?: number; image?: string } = {}): Promise<{ status: number; doc?: Doc }> {
  const form = new FormData()
  form.append('file', new Blob([Buffer.from(image, 'base64')], { type: 'image/png' }), `${unique('image').replace(/\s+/g, '-')}.png`)
  form.append('_payload', JSON.stringify({ alt: unique('Sınaq şəkli') }))
  const headers: Record<string, string> = tokens[role] ? { authorization: `JWT ${tokens[role]}` } : {}
  const response = await fetch(`${baseURL()}/api/media${id === undefined ? '' : `/${id}`}?locale=az`, { method: id === undefined ? 'POST' : 'PATCH', headers, body: form })
  const json = (await response.json().catch(() => ({}))) as { doc?: Doc }
  return { status: response.status, doc: json.doc }
}

type Check = (role: Role, collection: string) => Promise<boolean>

const checks: Record<string, Check> = {
  async 'read published'(role, collection) {
    const doc = await adminCreate(collection, 'published')
    return ok((await call(role, 'GET', `/${collection}/${doc.id}`)).status)
  },
  async read(role, collection) {
    const doc = collection === 'media' ? (await uploadMedia('admin')).doc! : await adminCreate(collection)
    return ok((await call(role, 'GET', `/${collection}/${doc.id}`)).status)
  },
  async 'read versions'(role, collection) {
    const doc = await adminCreate(collection, 'draft')
    const { status, json } = await call(role, 'GET', `/${collection}/versions?where[parent][equals]=${doc.id}&depth=0`)
    return ok(status) && (json.docs as Doc[]).length > 0
  },
  async 'restore a version'(role, collection) {
    const doc = await adminCreate(collection, 'published')
    const field = titleField(collection)
    const original = doc[field]
    await call('admin', 'PATCH', `/${collection}/${doc.id}?locale=az`, { [field]: unique('Yeni başlıq') })
    const { docs } = (await call('admin', 'GET', `/${collection}/versions?where[parent][equals]=${doc.id}&sort=createdAt&depth=0&locale=az`)).json as {
      docs: { id: number; version: Record<string, unknown> }[]
    }
    const first = docs.find((version) => version.version[field] === original)
    if (!first) throw new Error('fixture: the first version was not found')
    await call(role, 'POST', `/${collection}/versions/${first.id}?draft=true`)
    return (await adminGet(collection, doc.id, '&locale=az&draft=true'))[field] === original
  },
  async 'replace the file'(role) {
    const doc = (await uploadMedia('admin')).doc!
    await uploadMedia(role, { id: doc.id, image: WIDER })
    const after = await adminGet('media', doc.id)
    return after.filename !== doc.filename && after.width === 2
  },
  async 'read an entry of an unpublished article'(role, collection) {
    const article = (await adminCreate('articles', 'draft', { articleType: 'live', liveCoverage: { state: 'live' } })).id
    const doc = await adminCreate(collection, 'published', { article })
    return ok((await call(role, 'GET', `/${collection}/${doc.id}`)).status)
  },
  async 'read drafts'(role, collection) {
    const doc = await adminCreate(collection, 'draft')
    return ok((await call(role, 'GET', `/${collection}/${doc.id}?draft=true`)).status)
  },
  async 'read enabled'(role, collection) {
    const doc = await adminCreate(collection, undefined, { enabled: true })
    return ok((await call(role, 'GET', `/${collection}/${doc.id}`)).status)
  },
  async 'read disabled'(role, collection) {
    const doc = await adminCreate(collection, undefined, { enabled: false })
    return ok((await call(role, 'GET', `/${collection}/${doc.id}`)).status)
  },
  async create(role, collection) {
    return ok((await call(role, 'POST', `/${collection}?locale=az`, await newDoc(collection, hasDrafts(collection) ? 'draft' : undefined))).status)
  },
  async upload(role) {
    return ok((await uploadMedia(role)).status)
  },
  async 'save a translation as draft'(role, collection) {
    const doc = await adminCreate(collection, 'published')
    const field = titleField(collection)
    const text = unique('Translated')
    await call(role, 'PATCH', `/${collection}/${doc.id}?locale=en&draft=true`, { [field]: text, _status: 'draft' })
    return (await adminGet(collection, doc.id, '&locale=en&draft=true'))[field] === text
  },
  async translate(role, collection) {
    const doc = collection === 'media' ? (await uploadMedia('admin')).doc! : await adminCreate(collection)
    const field = collection === 'media' ? 'alt' : titleField(collection)
    const text = unique('Translated')
    await call(role, 'PATCH', `/${collection}/${doc.id}?locale=en`, { [field]: text })
    return (await adminGet(collection, doc.id, '&locale=en'))[field] === text
  },
  async 'change non-localized fields'(role, collection) {
    if (collection === 'media') {
      const image = (await uploadMedia('admin')).doc!
      // The focal point: the one field of media that is neither localized text nor the file (credit is localized).
      await call(role, 'PATCH', `/media/${image.id}?locale=az`, { focalX: 10, focalY: 20 })
      const after = await adminGet('media', image.id)
      return after.focalX === 10
    }
    const drafts = hasDrafts(collection)
    const doc = await adminCreate(collection, drafts ? 'published' : undefined)
    const [field, value]: [string, unknown] =
      collection === 'articles'
        ? ['publishedAt', '2001-01-01T12:00:00.000Z']
        : collection === 'live-entries'
          ? ['keyEvent', true]
        : collection === 'remembrance-events'
          ? ['startDate', '1991-01-01T12:00:00.000Z']
          : collection === 'pages'
            ? ['footerOrder', 7]
            : ['url', 'https://t.me/changed']
    const query = drafts ? '?locale=en&draft=true' : '?locale=az'
    await call(role, 'PATCH', `/${collection}/${doc.id}${query}`, { [field]: value, ...(drafts ? { _status: 'draft' } : {}) })
    return (await adminGet(collection, doc.id, drafts ? '&draft=true' : ''))[field] === value
  },
  async 'set the type'(role, collection) {
    const doc = await adminCreate(collection, 'published')
    await call(role, 'PATCH', `/${collection}/${doc.id}?locale=en&draft=true`, { articleType: 'opinion', _status: 'draft' })
    return (await adminGet(collection, doc.id, '&draft=true')).articleType === 'opinion'
  },
  async 'set an embargo'(role, collection) {
    const doc = await adminCreate(collection, 'draft')
    const embargoUntil = new Date(Date.now() + 86_400_000).toISOString()
    await call(role, 'PATCH', `/${collection}/${doc.id}?locale=en&draft=true`, { embargoUntil, _status: 'draft' })
    const stored = (await adminGet(collection, doc.id, '&draft=true')).embargoUntil
    return typeof stored === 'string' && Date.parse(stored) === Date.parse(embargoUntil)
  },
  async 'change the az slug'(role, collection) {
    const drafts = hasDrafts(collection)
    const doc = await adminCreate(collection, drafts ? 'published' : undefined)
    const slug = unique('new address').replace(/\s+/g, '-')
    await call(role, 'PATCH', `/${collection}/${doc.id}?locale=az${drafts ? '&draft=true' : ''}`, { slug, ...(drafts ? { _status: 'draft' } : {}) })
    return (await adminGet(collection, doc.id, `&locale=az${drafts ? '&draft=true' : ''}`)).slug === slug
  },
  async 'change links'(role, collection) {
    const doc = await adminCreate(collection)
    const url = `https://x.example/${unique('profile').replace(/\s+/g, '-')}`
    await call(role, 'PATCH', `/${collection}/${doc.id}?locale=az`, { links: [{ label: 'X', url }] })
    const after = (await adminGet(collection, doc.id)).links as { url: string }[] | undefined
    return after?.[0]?.url === url
  },
  async publish(role, collection) {
    const doc = await adminCreate(collection, 'draft')
    await call(role, 'PATCH', `/${collection}/${doc.id}?locale=az`, { _status: 'published' })
    return ok((await call('public', 'GET', `/${collection}/${doc.id}`)).status)
  },
  async unpublish(role, collection) {
    const doc = await adminCreate(collection, 'published')
    await call(role, 'PATCH', `/${collection}/${doc.id}?locale=az`, { _status: 'draft' })
    return !ok((await call('public', 'GET', `/${collection}/${doc.id}`)).status)
  },
  async 'add a correction note'(role, collection) {
    const doc = await adminCreate(collection, 'published')
    const note = { kind: 'correction', date: '2026-11-30T10:00:00.000Z', text: unique('Düzəliş') }
    await call(role, 'PATCH', `/${collection}/${doc.id}?locale=az&draft=true`, { corrections: [note], _status: 'draft' })
    const after = (await adminGet(collection, doc.id, '&locale=az&draft=true')).corrections as { text?: string }[] | undefined
    return after?.[0]?.text === note.text
  },
  async 'translate a correction note'(role, collection) {
    const doc = await adminCreate(collection, 'published', { corrections: [{ kind: 'correction', date: '2026-11-30T10:00:00.000Z', text: unique('Düzəliş') }] })
    const [row] = doc.corrections as { id: string }[]
    const text = unique('Correction')
    await call(role, 'PATCH', `/${collection}/${doc.id}?locale=en&draft=true`, { corrections: [{ id: row.id, text }], _status: 'draft' })
    const after = (await adminGet(collection, doc.id, '&locale=en&draft=true')).corrections as { id: string; text?: string }[] | undefined
    return after?.[0]?.id === row.id && after[0].text === text
  },
  async 'remove a correction note'(role, collection) {
    const doc = await adminCreate(collection, 'published', { corrections: [{ kind: 'correction', date: '2026-11-30T10:00:00.000Z', text: unique('Düzəliş') }] })
    await call(role, 'PATCH', `/${collection}/${doc.id}?locale=en&draft=true`, { corrections: [], _status: 'draft' })
    return ((await adminGet(collection, doc.id, '&draft=true')).corrections as unknown[] | undefined)?.length === 0
  },
  async 'change the slug history'(role, collection) {
    const doc = await adminCreate(collection, 'published')
    const forged = unique('forged').replace(/\s+/g, '-')
    await call(role, 'PATCH', `/${collection}/${doc.id}?locale=en&draft=true`, { previousSlugs: [{ slug: forged }], _status: 'draft' })
    const kept = [(await adminGet(collection, doc.id, '&locale=en&draft=true')).previousSlugs, (await adminGet(collection, doc.id, '&locale=en')).previousSlugs]
    return JSON.stringify(kept).includes(forged)
  },
  async delete(role, collection) {
    const doc = collection === 'media' ? (await uploadMedia('admin')).doc! : await adminCreate(collection, hasDrafts(collection) ? 'published' : undefined)
    await call(role, 'DELETE', `/${collection}/${doc.id}`)
    return (await call('admin', 'GET', `/${collection}/${doc.id}?draft=true`)).status === 404
  },
}

const userChecks: Record<string, (role: Role) => Promise<boolean>> = {
  async 'read own account'(role) {
    const { status, json } = await call(role, 'GET', '/users/me')
    return ok(status) && Boolean((json.user as Doc | null)?.id)
  },
  async 'read other accounts'(role) {
    const other = ids.editor === undefined || role === 'editor' ? ids.moderator : ids.editor
    return ok((await call(role, 'GET', `/users/${other}`)).status)
  },
  async create(role) {
    const email = `${unique('new').replace(/\s+/g, '-')}@access.test`
    return ok((await call(role, 'POST', '/users', { name: 'New', email, password: 'password-123456', role: 'moderator' })).status)
  },
  async 'change a role'(role) {
    // Each staff member tries to make themselves an admin (the admin: a throwaway account).
    const target = role === 'admin' || role === 'public' ? await adminUser('moderator') : ids[role]
    await call(role, 'PATCH', `/users/${target}`, { role: 'admin' })
    const { json } = await call('admin', 'GET', `/users/${target}`)
    const promoted = json.role === 'admin'
    if (promoted && role !== 'admin') await call('admin', 'PATCH', `/users/${target}`, { role })
    return promoted
  },
  async delete(role) {
    const target = await adminUser('moderator')
    await call(role, 'DELETE', `/users/${target}`)
    return (await call('admin', 'GET', `/users/${target}`)).status === 404
  },
  async 'unlock an account'(role) {
    const target = await adminUser('editor')
    const { email } = (await call('admin', 'GET', `/users/${target}`)).json
    return ok((await call(role, 'POST', '/users/unlock', { email })).status)
  },
  async 'invite (create without a password, set-password mail)'(role) {
    const email = `${unique('invited').replace(/\s+/g, '-')}@access.test`
    return ok((await call(role, 'POST', '/users', { name: 'Invited', email, role: 'moderator', sendInvitation: true })).status)
  },
  async 'choose own mail language and review digest'(role) {
    // The public has no account of its own: it tries a moderator's.
    return changesMailSettings(role, (role === 'public' ? ids.moderator : ids[role])!)
  },
  async "change another account's mail settings"(role) {
    return changesMailSettings(role, await adminUser('editor'))
  },
}

/** Whether `role` can flip the target account's mail language and digest choice (read back by the admin). */
async function changesMailSettings(role: Role, target: number): Promise<boolean> {
  const before = (await call('admin', 'GET', `/users/${target}`)).json
  const wanted = { language: before.language === 'ru' ? 'en' : 'ru', reviewDigest: !before.reviewDigest }
  await call(role, 'PATCH', `/users/${target}`, wanted)
  const after = (await call('admin', 'GET', `/users/${target}`)).json
  return after.language === wanted.language && after.reviewDigest === wanted.reviewDigest
}

async function adminUser(role: Exclude<Role, 'public'>): Promise<number> {
  const email = `${unique(role).replace(/\s+/g, '-')}@access.test`
  const { json } = await call('admin', 'POST', '/users', { name: role, email, password: 'password-123456', role })
  return (json.doc as Doc).id
}

async function siteSettings(role: Role, action: string): Promise<boolean> {
  if (action === 'read') return ok((await call(role, 'GET', '/globals/site-settings')).status)
  if (action === 'translate') {
    const tagline = unique('Tagline')
    await call(role, 'POST', '/globals/site-settings?locale=en', { tagline })
    return (await call('admin', 'GET', '/globals/site-settings?locale=en')).json.tagline === tagline
  }
  if (action === 'change the logo') {
    const before = (await call('admin', 'GET', '/globals/site-settings?depth=0')).json.logo ?? null
    const logo = (await uploadMedia('admin')).doc!
    await call(role, 'POST', '/globals/site-settings?locale=az', { logo: logo.id })
    const changed = (await call('admin', 'GET', '/globals/site-settings?depth=0')).json.logo === logo.id
    // The portal is shared by every e2e file: its logo goes back to what it was.
    if (changed) await call('admin', 'POST', '/globals/site-settings', { logo: before })
    return changed
  }
  const before = (await call('admin', 'GET', '/globals/site-settings')).json.newsLineSize as number
  const next = before === 12 ? 11 : 12
  await call(role, 'POST', '/globals/site-settings?locale=en', { newsLineSize: next })
  const changed = (await call('admin', 'GET', '/globals/site-settings')).json.newsLineSize === next
  if (changed) await call('admin', 'POST', '/globals/site-settings', { newsLineSize: before })
  return changed
}

/**
 * The breaking-news banner, tried in languages no other check uses (ru, en) and cleared afterwards: every page
 * of the shared portal shows it, and other e2e files must not meet it.
 */
const BREAKING_NEWS_ACTIONS = { read: true, 'reword the text': true, 'put up a banner': true, 'take down a banner': true, 'set the link and expiry': true }

async function breakingNews(role: Role, action: string): Promise<boolean> {
  const banner = async (locale: string) => (await call('admin', 'GET', `/globals/breaking-news?locale=${locale}&fallback-locale=none`)).json
  const clear = (locale: string) => call('admin', 'POST', `/globals/breaking-news?locale=${locale}`, { text: '', link: '', expiresAt: null })
  try {
    if (action === 'read') {
      await call('admin', 'POST', '/globals/breaking-news?locale=en', { text: unique('Banner') })
      return ok((await call(role, 'GET', '/globals/breaking-news?locale=en')).status)
    }
    if (action === 'reword the text') {
      await call('admin', 'POST', '/globals/breaking-news?locale=en', { text: unique('Banner') })
      const text = unique('Reworded')
      await call(role, 'POST', '/globals/breaking-news?locale=en', { text })
      return (await banner('en')).text === text
    }
    if (action === 'put up a banner') {
      await clear('ru')
      const text = unique('Срочно')
      await call(role, 'POST', '/globals/breaking-news?locale=ru', { text })
      return (await banner('ru')).text === text
    }
    if (action === 'take down a banner') {
      await call('admin', 'POST', '/globals/breaking-news?locale=en', { text: unique('Banner') })
      await call(role, 'POST', '/globals/breaking-news?locale=en', { text: '' })
      return !(await banner('en')).text
    }
    // set the link and expiry
    await call('admin', 'POST', '/globals/breaking-news?locale=en', { text: unique('Banner') })
    const link = `/en/search?q=${Date.now().toString(36)}`
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString()
    await call(role, 'POST', '/globals/breaking-news?locale=en', { link, expiresAt })
    const after = await banner('en')
    return after.link === link && Date.parse(String(after.expiresAt)) === Date.parse(expiresAt)
  } finally {
    await clear('en')
    await clear('ru')
  }
}

let readers = 0

/** A review from a reader at a fresh address (the test runner is the trusted proxy in front of the portal). */
async function submitReview(role: Role = 'public'): Promise<{ status: number; id?: number }> {
  const text = unique('Sınaq rəyi, kifayət qədər uzun mətn')
  readers += 1
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': `198.18.${Math.floor(readers / 250)}.${(readers % 250) + 1}` }
  if (tokens[role]) headers.authorization = `JWT ${tokens[role]}`
  const article = (await adminCreate('articles', 'published')).id
  const response = await fetch(`${baseURL()}/api/reviews/submit`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ article, locale: 'az', name: 'Oxucu', email: 'reader@example.com', body: text }),
  })
  const { docs } = (await call('admin', 'GET', `/reviews?depth=0&where[body][equals]=${encodeURIComponent(text)}`)).json as { docs: Doc[] }
  return { status: response.status, id: docs[0]?.id }
}

async function reviewFixture(status: 'pending' | 'approved'): Promise<number> {
  const { id } = await submitReview()
  if (!id) throw new Error('review fixture was not stored')
  if (status === 'approved') await call('admin', 'PATCH', `/reviews/${id}`, { status: 'approved' })
  return id
}

/**
 * Interface-string overrides are live text: each check overrides a different key of the ru file with
 * the file's own text (or that text and a trailing space), so readers of other tests see no change,
 * and every override made here is removed afterwards.
 */
const plainKeys = Object.entries(flattenMessages(JSON.parse(fs.readFileSync('messages/ru.json', 'utf8')) as Messages)).filter(
  ([, text]) => !/[{}<>']/.test(text),
)
const overrideIds: number[] = []

async function overrideFixture(): Promise<Doc> {
  const doc = await uiString('admin')
  if (!doc) throw new Error('ui-strings fixture was not stored')
  return doc
}

async function uiString(role: Role): Promise<Doc | undefined> {
  const [key, value] = plainKeys.shift() ?? []
  if (!key) throw new Error('ran out of ru keys to override')
  const { status, json } = await call(role, 'POST', '/ui-strings', { key, locale: 'ru', value })
  const doc = ok(status) ? (json.doc as Doc) : undefined
  if (doc) overrideIds.push(doc.id)
  return doc
}

const uiStringChecks: Record<string, (role: Role) => Promise<boolean>> = {
  async read(role) {
    return ok((await call(role, 'GET', `/ui-strings/${(await overrideFixture()).id}`)).status)
  },
  async create(role) {
    return (await uiString(role)) !== undefined
  },
  async change(role) {
    const doc = await overrideFixture()
    const value = `${doc.value as string} `
    await call(role, 'PATCH', `/ui-strings/${doc.id}`, { value })
    return (await call('admin', 'GET', `/ui-strings/${doc.id}`)).json.value === value
  },
  async delete(role) {
    const doc = await overrideFixture()
    await call(role, 'DELETE', `/ui-strings/${doc.id}`)
    return (await call('admin', 'GET', `/ui-strings/${doc.id}`)).status === 404
  },
}

type Messages = { [key: string]: string | Messages }

function flattenMessages(messages: Messages, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flattenMessages(value, `${prefix}${key}.`)),
    ),
  )
}

const reviewChecks: Record<string, (role: Role) => Promise<boolean>> = {
  async 'read approved'(role) {
    return ok((await call(role, 'GET', `/reviews/${await reviewFixture('approved')}`)).status)
  },
  async 'read pending'(role) {
    const id = await reviewFixture('pending')
    const listed = ((await call(role, 'GET', '/reviews?limit=500&depth=0')).json.docs as Doc[]).some((doc) => doc.id === id)
    return ok((await call(role, 'GET', `/reviews/${id}`)).status) && listed
  },
  async 'read e-mail and IP hash'(role) {
    const { json } = await call(role, 'GET', `/reviews/${await reviewFixture('approved')}`)
    return json.email === 'reader@example.com' && typeof json.ipHash === 'string'
  },
  async 'submit through the site'(role) {
    const { status, id } = await submitReview(role)
    return status === 201 && id !== undefined
  },
  async 'create through the API'(role) {
    const article = (await adminCreate('articles', 'published')).id
    const body = unique('API ilə birbaşa yazılmış rəy')
    await call(role, 'POST', '/reviews', { article, locale: 'az', authorName: 'API', body, status: 'approved' })
    return ((await call('admin', 'GET', `/reviews?where[body][equals]=${encodeURIComponent(body)}`)).json.totalDocs as number) > 0
  },
  async moderate(role) {
    const id = await reviewFixture('pending')
    await call(role, 'PATCH', `/reviews/${id}`, { status: 'approved', moderationNote: 'ok' })
    return (await call('admin', 'GET', `/reviews/${id}`)).json.status === 'approved'
  },
  async 'change what the reader wrote'(role) {
    const id = await reviewFixture('pending')
    await call(role, 'PATCH', `/reviews/${id}`, { body: 'Rewritten by staff', authorName: 'Someone else', email: 'x@example.com' })
    const { json } = await call('admin', 'GET', `/reviews/${id}`)
    return json.body === 'Rewritten by staff' || json.authorName === 'Someone else' || json.email === 'x@example.com'
  },
  async delete(role) {
    const id = await reviewFixture('approved')
    await call(role, 'DELETE', `/reviews/${id}`)
    return (await call('admin', 'GET', `/reviews/${id}`)).status === 404
  },
}

/**
 * Document locks ("X is editing this"), Payload's own collection. A staff member locks a document by
 * opening it in the admin; over HTTP, the same lock is made by its holder with a POST.
 */
const LOCKS = '/payload-locked-documents'

async function lock(holder: Role, document: { relationTo: string; value: number }, user = ids[holder]): Promise<{ status: number; id?: number }> {
  const { status, json } = await call(holder, 'POST', LOCKS, { document, user: { relationTo: 'users', value: user } })
  return { status, id: (json.doc as Doc | undefined)?.id }
}

async function heldLock(holder: Exclude<Role, 'public'>): Promise<number> {
  const { status, id } = await lock(holder, { relationTo: 'articles', value: (await adminCreate('articles', 'published')).id })
  if (!id) throw new Error(`lock fixture for ${holder}: ${status}`)
  return id
}

/** Someone other than `role` who holds locks in the fixtures. */
const otherHolder = (role: Role) => (role === 'editor' ? 'admin' : 'editor')

const lockChecks: Record<string, (role: Role) => Promise<boolean>> = {
  async read(role) {
    return ok((await call(role, 'GET', `${LOCKS}/${await heldLock('admin')}`)).status)
  },
  async 'lock an article for oneself'(role) {
    return ok((await lock(role, { relationTo: 'articles', value: (await adminCreate('articles', 'published')).id })).status)
  },
  async "lock an article in another's name"(role) {
    const article = (await adminCreate('articles', 'published')).id
    return ok((await lock(role, { relationTo: 'articles', value: article }, ids[otherHolder(role)])).status)
  },
  async "take over an article's lock"(role) {
    const id = await heldLock(otherHolder(role))
    await call(role, 'PATCH', `${LOCKS}/${id}`, { user: { relationTo: 'users', value: ids[role] } })
    const { json } = await call('admin', 'GET', `${LOCKS}/${id}?depth=0`)
    return (json.user as { value?: unknown } | undefined)?.value === ids[role]
  },
  async "remove one's own lock"(role) {
    // Moderators edit reviews, not articles: their own lock is on a review.
    const document = role === 'moderator' ? { relationTo: 'reviews', value: await reviewFixture('pending') } : { relationTo: 'articles', value: (await adminCreate('articles', 'published')).id }
    const { id } = await lock(role, document)
    if (id === undefined) return false
    await call(role, 'DELETE', `${LOCKS}/${id}`)
    return (await call('admin', 'GET', `${LOCKS}/${id}`)).status === 404
  },
  async "remove another's lock"(role) {
    const id = await heldLock(otherHolder(role))
    await call(role, 'DELETE', `${LOCKS}/${id}`)
    return (await call('admin', 'GET', `${LOCKS}/${id}`)).status === 404
  },
}

/**
 * Readers' view counts (article-views): written only by the server's own hand-over, so the fixture row is
 * made by reading an article as a reader (a browser's User-Agent) and waiting for it to be recorded.
 */
let viewRow: Promise<Doc> | undefined

function viewFixture(): Promise<Doc> {
  viewRow ??= (async () => {
    const article = (await adminCreate('articles', 'published')) as Doc & { slug: string }
    await fetch(`${baseURL()}/az/news/${article.slug}`, { headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0' } })
    const deadline = Date.now() + 45_000
    while (Date.now() < deadline) {
      const { docs } = (await call('admin', 'GET', `/article-views?depth=0&where[article][equals]=${article.id}`)).json as { docs?: Doc[] }
      if (docs?.[0]) return docs[0]
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    throw new Error('article-views fixture: the view was not recorded')
  })()
  return viewRow
}

const viewChecks: Record<string, (role: Role) => Promise<boolean>> = {
  async read(role) {
    return ok((await call(role, 'GET', `/article-views/${(await viewFixture()).id}`)).status)
  },
  async create(role) {
    const article = (await adminCreate('articles', 'published')).id
    await call(role, 'POST', '/article-views', { article, locale: 'az', period: 'hour', start: new Date().toISOString(), count: 5 })
    return ((await call('admin', 'GET', `/article-views?where[article][equals]=${article}`)).json.totalDocs as number) > 0
  },
  async change(role) {
    const row = await viewFixture()
    await call(role, 'PATCH', `/article-views/${row.id}`, { count: 1_000_000 })
    return (await call('admin', 'GET', `/article-views/${row.id}`)).json.count === 1_000_000
  },
  async delete(role) {
    const row = await viewFixture()
    await call(role, 'DELETE', `/article-views/${row.id}`)
    return (await call('admin', 'GET', `/article-views/${row.id}`)).status === 404
  },
}

/** Editors' redirects: a fixture leads from a path of its own to the Azerbaijani home page. */
const newRedirect = () => ({ from: `/${unique('kohne-unvan').replace(/\s+/g, '-')}`, to: { type: 'custom', url: '/az' }, type: '301' })
const adminRedirect = async () => {
  const { status, json } = await call('admin', 'POST', '/redirects', newRedirect())
  if (!ok(status)) throw new Error(`redirects fixture: ${status} ${JSON.stringify(json)}`)
  return json.doc as Doc
}

const redirectChecks: Record<string, (role: Role) => Promise<boolean>> = {
  async read(role) {
    return ok((await call(role, 'GET', `/redirects/${(await adminRedirect()).id}`)).status)
  },
  async create(role) {
    const data = newRedirect()
    await call(role, 'POST', '/redirects', data)
    return ((await call('admin', 'GET', `/redirects?where[from][equals]=${encodeURIComponent(data.from)}`)).json.totalDocs as number) > 0
  },
  async change(role) {
    const row = await adminRedirect()
    await call(role, 'PATCH', `/redirects/${row.id}`, { type: '302' })
    return (await call('admin', 'GET', `/redirects/${row.id}`)).json.type === '302'
  },
  async delete(role) {
    const row = await adminRedirect()
    await call(role, 'DELETE', `/redirects/${row.id}`)
    return (await call('admin', 'GET', `/redirects/${row.id}`)).status === 404
  },
}

/**
 * Editorial tasks: a draft event of their own (no generated tasks) carries tasks made by the admin for anniversaries
 * far ahead (one year each, so no two share a key), out of every calendar month the other e2e files look at.
 */
let taskEvent: Promise<number> | undefined
let taskYear = 2100

async function adminTask(kind: 'plan' | 'translate', extra: Record<string, unknown> = {}): Promise<Doc> {
  taskEvent ??= adminCreate('remembrance-events', 'draft').then((doc) => doc.id)
  const year = (taskYear += 1)
  const data = { event: await taskEvent, kind, locale: kind === 'translate' ? 'en' : 'az', anniversaryDate: `${year}-02-26T12:00:00.000Z`, dueDate: `${year}-02-19T12:00:00.000Z`, ...extra }
  const { status, json } = await call('admin', 'POST', '/editorial-tasks', data)
  if (!ok(status)) throw new Error(`editorial-tasks fixture: ${status} ${JSON.stringify(json)}`)
  return json.doc as Doc
}

const taskChecks: Record<string, (role: Role) => Promise<boolean>> = {
  async 'read translation tasks'(role) {
    return ok((await call(role, 'GET', `/editorial-tasks/${(await adminTask('translate')).id}`)).status)
  },
  async 'read other tasks'(role) {
    return ok((await call(role, 'GET', `/editorial-tasks/${(await adminTask('plan')).id}`)).status)
  },
  async 'read a task assigned to oneself'(role) {
    // Tasks go to content staff only: a moderator (and the public) cannot be given one.
    const assignable = role === 'translator' || role === 'editor' || role === 'admin'
    const task = await adminTask('plan', assignable ? { assignee: ids[role] } : {})
    return assignable && ok((await call(role, 'GET', `/editorial-tasks/${task.id}`)).status)
  },
  async create(role) {
    const year = (taskYear += 1)
    const data = { event: await (taskEvent ??= adminCreate('remembrance-events', 'draft').then((doc) => doc.id)), kind: 'publish', locale: 'ru', anniversaryDate: `${year}-02-26T12:00:00.000Z`, dueDate: `${year}-02-25T12:00:00.000Z` }
    return ok((await call(role, 'POST', '/editorial-tasks', data)).status)
  },
  async assign(role) {
    const task = await adminTask('plan')
    await call(role, 'PATCH', `/editorial-tasks/${task.id}`, { assignee: ids.translator })
    return (await adminGet('editorial-tasks', task.id)).assignee === ids.translator
  },
  async 'mark a translation task done'(role) {
    const task = await adminTask('translate')
    await call(role, 'PATCH', `/editorial-tasks/${task.id}`, { done: true })
    return (await adminGet('editorial-tasks', task.id)).done === true
  },
  async 'change the due date'(role) {
    const task = await adminTask('translate')
    const dueDate = `${String(task.anniversaryDate).slice(0, 4)}-02-20T12:00:00.000Z`
    await call(role, 'PATCH', `/editorial-tasks/${task.id}`, { dueDate })
    return (await adminGet('editorial-tasks', task.id)).dueDate === dueDate
  },
  async delete(role) {
    const task = await adminTask('plan')
    await call(role, 'DELETE', `/editorial-tasks/${task.id}`)
    return (await call('admin', 'GET', `/editorial-tasks/${task.id}`)).status === 404
  },
}

/**
 * Subscribers and their deliveries are written only by the newsletter service (a reader's sign-up, the digest
 * job), so the fixtures are made through the Local API on the running portal's database file, as the service
 * would (tests/e2e/newsletter.test.ts signs up through the site itself).
 */
let local: Promise<Payload> | undefined
const localPayload = () =>
  (local ??= (async () => {
    process.env.DATABASE_URI = process.env.E2E_DATABASE_URI
    process.env.PAYLOAD_SECRET = PORTAL_SECRET
    const { default: config } = await import('@payload-config')
    const { getPayload } = await import('payload')
    return getPayload({ config })
  })())
const asNewsletterService = { overrideAccess: false, context: { newsletter: true } } as const
const subscriberEmail = () => `subscriber-${Date.now().toString(36)}${(counter += 1)}@access.test`

async function subscriberFixture(): Promise<number> {
  const doc = await (await localPayload()).create({
    collection: 'subscribers',
    data: { email: subscriberEmail(), languages: ['az'], frequency: 'weekly', status: 'confirmed', confirmTokenHash: 'f'.repeat(64), manageNonce: 'access-test' },
    ...asNewsletterService,
  })
  return doc.id
}

async function deliveryFixture(): Promise<number> {
  const subscriber = await subscriberFixture()
  const doc = await (await localPayload()).create({
    collection: 'newsletter-deliveries',
    data: { key: `weekly:2026-11-30:az/${subscriber}`, issue: 'weekly:2026-11-30:az', subscriber, status: 'sending' },
    ...asNewsletterService,
  })
  return doc.id
}

const subscriberChecks: Record<string, (role: Role) => Promise<boolean>> = {
  async read(role) {
    const id = await subscriberFixture()
    const listed = ((await call(role, 'GET', '/subscribers?limit=500&depth=0')).json.docs as Doc[] | undefined)?.some((doc) => doc.id === id) ?? false
    return ok((await call(role, 'GET', `/subscribers/${id}`)).status) && listed
  },
  async 'read e-mail'(role) {
    const id = await subscriberFixture()
    const one = (await call(role, 'GET', `/subscribers/${id}`)).json
    const list = (await call(role, 'GET', `/subscribers?depth=0&where[id][equals]=${id}`)).json.docs as Doc[] | undefined
    return typeof one.email === 'string' || typeof list?.[0]?.email === 'string'
  },
  async 'read tokens'(role) {
    const { json } = await call(role, 'GET', `/subscribers/${await subscriberFixture()}`)
    return json.confirmTokenHash !== undefined || json.manageNonce !== undefined
  },
  async 'create through the API'(role) {
    const email = subscriberEmail()
    await call(role, 'POST', '/subscribers', { email, languages: ['az'], frequency: 'daily', status: 'confirmed' })
    return ((await call('admin', 'GET', `/subscribers?where[email][equals]=${encodeURIComponent(email)}`)).json.totalDocs as number) > 0
  },
  async change(role) {
    const id = await subscriberFixture()
    await call(role, 'PATCH', `/subscribers/${id}`, { status: 'unsubscribed' })
    return (await call('admin', 'GET', `/subscribers/${id}`)).json.status === 'unsubscribed'
  },
  async delete(role) {
    const id = await subscriberFixture()
    await call(role, 'DELETE', `/subscribers/${id}`)
    return (await call('admin', 'GET', `/subscribers/${id}`)).status === 404
  },
}

const deliveryChecks: Record<string, (role: Role) => Promise<boolean>> = {
  async read(role) {
    return ok((await call(role, 'GET', `/newsletter-deliveries/${await deliveryFixture()}`)).status)
  },
  async create(role) {
    const issue = `daily:${Date.now().toString(36)}${(counter += 1)}:az`
    await call(role, 'POST', '/newsletter-deliveries', { key: `${issue}/1`, issue, status: 'sent' })
    return ((await call('admin', 'GET', `/newsletter-deliveries?where[issue][equals]=${encodeURIComponent(issue)}`)).json.totalDocs as number) > 0
  },
  async change(role) {
    const id = await deliveryFixture()
    await call(role, 'PATCH', `/newsletter-deliveries/${id}`, { status: 'sent' })
    return (await call('admin', 'GET', `/newsletter-deliveries/${id}`)).json.status === 'sent'
  },
  async delete(role) {
    const id = await deliveryFixture()
    await call(role, 'DELETE', `/newsletter-deliveries/${id}`)
    return (await call('admin', 'GET', `/newsletter-deliveries/${id}`)).status === 404
  },
}

/**
 * Reader search's index (search-documents): written only by the articles' hooks, read by the site's own search through
 * the Local API. Nobody, admins included, reaches it over the API, so what a call did is read back through the Local API.
 */
async function searchDocumentFixture(): Promise<number> {
  const { status, json } = await call('admin', 'POST', '/articles?locale=az', { title: unique('Axtarış sınağı'), _status: 'published' })
  if (!ok(status)) throw new Error(`search-documents fixture: ${status} ${JSON.stringify(json)}`)
  const { docs } = await (await localPayload()).find({ collection: 'search-documents', where: { article: { equals: (json.doc as Doc).id } }, depth: 0 })
  if (!docs[0]) throw new Error('search-documents fixture: the article was not indexed')
  return docs[0].id
}

const searchDocument = async (id: number) => (await localPayload()).findByID({ collection: 'search-documents', id, depth: 0, disableErrors: true })

const searchDocumentChecks: Record<string, (role: Role) => Promise<boolean>> = {
  async read(role) {
    const id = await searchDocumentFixture()
    const listed = ((await call(role, 'GET', '/search-documents?limit=100&depth=0')).json.docs as Doc[] | undefined)?.some((doc) => doc.id === id) ?? false
    return ok((await call(role, 'GET', `/search-documents/${id}`)).status) || listed
  },
  async create(role) {
    const title = unique('forged entry')
    await call(role, 'POST', '/search-documents', { locale: 'az', title })
    return (await (await localPayload()).count({ collection: 'search-documents', where: { title: { equals: title } } })).totalDocs > 0
  },
  async change(role) {
    const id = await searchDocumentFixture()
    await call(role, 'PATCH', `/search-documents/${id}`, { title: 'forged title' })
    return (await searchDocument(id))?.title === 'forged title'
  },
  async delete(role) {
    const id = await searchDocumentFixture()
    await call(role, 'DELETE', `/search-documents/${id}`)
    return (await searchDocument(id)) === null
  },
}

async function runJobs(role: Role): Promise<boolean> {
  return ok((await call(role, 'GET', '/payload-jobs/run?allQueues=true&limit=1')).status)
}

beforeAll(async () => {
  const login = async (email: string, password: string) => {
    const response = await call('public', 'POST', '/users/login', { email, password })
    return response.json.token as string
  }
  tokens.admin = await login(ADMIN.email, ADMIN.password)
  ids.admin = ((await call('admin', 'GET', '/users/me')).json.user as Doc).id
  for (const role of ['moderator', 'translator', 'editor'] as const) {
    const email = `${role}-${Date.now().toString(36)}@access.test`
    const { json } = await call('admin', 'POST', '/users', { name: role, email, password: 'password-123456', role })
    ids[role] = (json.doc as Doc).id
    tokens[role] = await login(email, 'password-123456')
  }
})

afterAll(async () => {
  for (const id of overrideIds) await call('admin', 'DELETE', `/ui-strings/${id}`)
  if (local) await (await local).destroy()
})

/** Collections whose actions have checks of their own; the others share `checks`. */
const ownChecks: Record<string, Record<string, (role: Role) => Promise<boolean>>> = {
  users: userChecks,
  reviews: reviewChecks,
  'ui-strings': uiStringChecks,
  locks: lockChecks,
  'article-views': viewChecks,
  redirects: redirectChecks,
  'editorial-tasks': taskChecks,
  subscribers: subscriberChecks,
  'newsletter-deliveries': deliveryChecks,
  'search-documents': searchDocumentChecks,
}
/** Globals and the job runner, checked by one function per target. */
const globalChecks: Record<string, (role: Role, action: string) => Promise<boolean>> = { 'site-settings': siteSettings, 'breaking-news': breakingNews, jobs: runJobs }

describe('the access table in README.md', () => {
  const rows = readTable()

  it('covers every collection and global with a check for each action', () => {
    expect(new Set(rows.map((row) => row.collection))).toEqual(
      new Set(['articles', 'live-entries', 'remembrance-events', 'editorial-tasks', 'pages', 'categories', 'tags', 'authors', 'media', 'social-links', 'site-settings', 'breaking-news', 'users', 'jobs', 'reviews', 'ui-strings', 'locks', 'article-views', 'redirects', 'subscribers', 'newsletter-deliveries', 'search-documents']),
    )
    for (const { collection, action } of rows) {
      const known = collection in ownChecks ? action in ownChecks[collection] : collection === 'breaking-news' ? action in BREAKING_NEWS_ACTIONS : collection in globalChecks || action in checks
      expect([collection, action, known]).toEqual([collection, action, true])
    }
  })

  for (const { collection, action, expected } of rows) {
    for (const role of ROLES) {
      it(`${collection} · ${action} · ${role}: ${expected[role] ? 'yes' : 'no'}`, async () => {
        const allowed = ownChecks[collection]
          ? await ownChecks[collection][action](role)
          : globalChecks[collection]
            ? await globalChecks[collection](role, action)
            : await checks[action](role, collection)
        expect(allowed).toBe(expected[role])
      })
    }
  }
})
