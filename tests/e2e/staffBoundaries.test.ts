import { beforeAll, describe, expect, it } from '@jest/globals'

import sharp from 'sharp'

import { ADMIN, get } from './env'

/**
 * What staff of one role cannot do through Payload's own endpoints (uploads, versions, account unlocking,
 * document locks), tried over HTTP against the running portal the way a curious colleague would.
 * tests/e2e/access.test.ts checks the same rules cell by cell; this file checks what is left behind.
 */

type Doc = { id: number; [key: string]: unknown }
type Role = 'admin' | 'editor' | 'translator' | 'moderator'
const tokens: Partial<Record<Role, string>> = {}
const ids: Partial<Record<Role, number>> = {}
const run = Date.now().toString(36)

async function call(role: Role | 'public', method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = {}
  if (role !== 'public') headers.authorization = `JWT ${tokens[role]}`
  if (body !== undefined && !(body instanceof FormData)) headers['content-type'] = 'application/json'
  const response = await get(`/api${path}`, { method, headers, body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body) })
  const text = await response.text()
  return { status: response.status, text, json: (text.startsWith('{') ? JSON.parse(text) : {}) as Record<string, unknown> }
}

const png = (width: number, height: number, background: string) => sharp({ create: { width, height, channels: 3, background } }).png().toBuffer()

function imageForm(bytes: Buffer, name: string, data: Record<string, unknown>) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify(data))
  return form
}

beforeAll(async () => {
  const login = async (email: string, password: string) =>
    (await call('public', 'POST', '/users/login', { email, password })).json.token as string
  tokens.admin = await login(ADMIN.email, ADMIN.password)
  for (const role of ['editor', 'translator', 'moderator'] as const) {
    const email = `${role}-${run}@boundaries.test`
    const { json } = await call('admin', 'POST', '/users', { name: role, email, password: 'boundaries-password-1', role })
    ids[role] = (json.doc as Doc).id
    tokens[role] = await login(email, 'boundaries-password-1')
  }
})

describe('a translator and an image', () => {
  let image: Doc
  /** Media URLs are absolute (SERVER_URL); the tests fetch their paths. */
  const pathOf = (url: string) => new URL(url).pathname
  const fileBytes = async (url: string) => Buffer.from(await (await get(pathOf(url))).arrayBuffer())

  beforeAll(async () => {
    const bytes = await png(64, 48, '#2a6')
    image = (await call('admin', 'POST', '/media?locale=az', imageForm(bytes, `boundary-${run}.png`, { alt: 'Şəkil', credit: 'Redaksiya' }))).json.doc as Doc
    expect(image.width).toBe(64)
  })

  it('cannot replace the file: 403, and the original file of every size is still served as it was', async () => {
    const sizes = image.sizes as Record<string, { url: string | null }>
    const urls = [image.url as string, ...Object.values(sizes).flatMap(({ url }) => (url ? [url] : []))]
    const before = await Promise.all(urls.map(fileBytes))
    const attempt = await call('translator', 'PATCH', `/media/${image.id}?locale=en`, imageForm(await png(32, 32, '#a26'), `replacement-${run}.png`, { alt: 'Picture' }))
    expect(attempt.status).toBe(403)
    const after = (await call('admin', 'GET', `/media/${image.id}?depth=0`)).json
    expect([after.filename, after.width, after.filesize]).toEqual([image.filename, image.width, image.filesize])
    for (const [index, url] of urls.entries()) {
      const response = await get(pathOf(url))
      expect([url, response.status]).toEqual([url, 200])
      expect(Buffer.from(await response.arrayBuffer()).equals(before[index])).toBe(true)
    }
  })

  it('changes the alt text and credit of a language (both localized) and nothing else of the item', async () => {
    const forged = { alt: `Picture ${run}`, credit: 'Forged', focalX: 5, focalY: 95, width: 999, height: 999, filesize: 1, filename: 'forged.png', mimeType: 'text/html', url: 'https://evil.example/x.png' }
    const { status } = await call('translator', 'PATCH', `/media/${image.id}?locale=en`, forged)
    expect(status).toBe(200)
    const after = (await call('admin', 'GET', `/media/${image.id}?depth=0&locale=en`)).json
    expect([after.alt, after.credit]).toEqual([forged.alt, forged.credit])
    expect((await call('admin', 'GET', `/media/${image.id}?depth=0&locale=az`)).json.credit).toBe('Redaksiya')
    for (const field of ['focalX', 'focalY', 'width', 'height', 'filesize', 'filename', 'mimeType', 'url'] as const) {
      expect([field, after[field]]).toEqual([field, image[field]])
    }
    expect((await get(pathOf(image.url as string))).status).toBe(200)
  })

  it('cannot re-crop the file or move its focal point through uploadEdits, which an editor can', async () => {
    const focalPoint = 'uploadEdits[focalPoint][x]=10&uploadEdits[focalPoint][y]=10'
    const crop = 'uploadEdits[crop][x]=0&uploadEdits[crop][y]=0&uploadEdits[crop][width]=50&uploadEdits[crop][height]=50&uploadEdits[crop][unit]=%25'
    const translated = await call('translator', 'PATCH', `/media/${image.id}?locale=en&${focalPoint}&${crop}`, { alt: `Again ${run}` })
    expect(translated.status).toBe(200)
    const after = (await call('admin', 'GET', `/media/${image.id}?depth=0`)).json
    expect([after.width, after.height, after.focalX, after.focalY, after.filesize]).toEqual([image.width, image.height, image.focalX, image.focalY, image.filesize])
    // The same focal point from an editor moves it: the check above would see it.
    expect((await call('editor', 'PATCH', `/media/${image.id}?locale=en&${focalPoint}`, { alt: `Again ${run}` })).status).toBe(200)
    expect((await call('admin', 'GET', `/media/${image.id}?depth=0`)).json.focalX).toBe(10)
  })
})

describe('versions', () => {
  it.each([
    ['articles', 'title', {}],
    ['remembrance-events', 'name', { startDate: '1992-02-25T12:00:00.000Z', commemoration: { month: '2', day: 26 } }],
  ] as const)('of %s, which hold drafts, are refused to moderators and the public', async (collection, field, extra) => {
    const secret = `Embargoed draft ${run} ${collection}`
    const draft = (await call('admin', 'POST', `/${collection}?locale=az`, { [field]: secret, _status: 'draft', ...extra })).json.doc as Doc
    const versions = (await call('admin', 'GET', `/${collection}/versions?where[parent][equals]=${draft.id}`)).json.docs as Doc[]
    expect(versions.length).toBeGreaterThan(0)
    for (const role of ['moderator', 'public'] as const) {
      for (const path of [`/${collection}/versions?where[parent][equals]=${draft.id}`, `/${collection}/versions/${versions[0].id}`]) {
        const { status, text } = await call(role, 'GET', path)
        expect([role, path, status]).toEqual([role, path, 403])
        expect(text).not.toContain(secret)
      }
    }
    expect((await call('translator', 'GET', `/${collection}/versions?where[parent][equals]=${draft.id}`)).status).toBe(200)
  })

  it('cannot be restored by a translator, so the az slug, categories and publication date stay', async () => {
    const category = (await call('admin', 'POST', '/categories?locale=az', { name: `Bərpa ${run}` })).json.doc as Doc
    const article = (await call('admin', 'POST', '/articles?locale=az', {
      title: `Bərpa sınağı ${run}`,
      categories: [category.id],
      publishedAt: '2024-02-26T08:00:00.000Z',
      _status: 'published',
    })).json.doc as Doc
    await call('admin', 'PATCH', `/articles/${article.id}?locale=az`, { title: `Bərpa sınağı, düzəliş ${run}` })
    const [oldest] = (await call('admin', 'GET', `/articles/versions?where[parent][equals]=${article.id}&sort=createdAt&depth=0`)).json.docs as Doc[]
    const restore = await call('translator', 'POST', `/articles/versions/${oldest.id}?draft=true&locale=az`)
    expect(restore.status).toBe(403)
    const draft = (await call('admin', 'GET', `/articles/${article.id}?draft=true&depth=0&locale=az`)).json
    expect(draft.slug).toBe(article.slug)
    expect(draft.categories).toEqual([category.id])
    expect(draft.publishedAt).toBe('2024-02-26T08:00:00.000Z')
    // An editor restoring it gets the old version back, whole.
    expect((await call('editor', 'POST', `/articles/versions/${oldest.id}?draft=true&locale=az`)).status).toBe(200)
    const restored = (await call('admin', 'GET', `/articles/${article.id}?draft=true&depth=0&locale=az`)).json
    expect([restored.title, restored.slug, restored.categories, restored.publishedAt]).toEqual([article.title, article.slug, [category.id], '2024-02-26T08:00:00.000Z'])
  })
})

describe('unlocking accounts', () => {
  it('is refused to every staff member but admins, alike for real and unknown addresses', async () => {
    for (const role of ['translator', 'editor', 'moderator'] as const) {
      const real = await call(role, 'POST', '/users/unlock', { email: ADMIN.email })
      const unknown = await call(role, 'POST', '/users/unlock', { email: `nobody-${run}@boundaries.test` })
      expect([role, real.status, unknown.status]).toEqual([role, 403, 403])
      expect(real.text).toBe(unknown.text)
    }
    expect((await call('admin', 'POST', '/users/unlock', { email: `editor-${run}@boundaries.test` })).status).toBe(200)
  })
})

describe('document locks', () => {
  const LOCKS = '/payload-locked-documents'

  it("cannot be made by a moderator in an editor's name, so the editor keeps saving the article", async () => {
    const article = (await call('admin', 'POST', '/articles?locale=az', { title: `Kilid ${run}`, _status: 'published' })).json.doc as Doc
    const forged = await call('moderator', 'POST', LOCKS, { document: { relationTo: 'articles', value: article.id }, user: { relationTo: 'users', value: ids.moderator } })
    expect(forged.status).toBe(403)
    const inEditorsName = await call('moderator', 'POST', LOCKS, { document: { relationTo: 'articles', value: article.id }, user: { relationTo: 'users', value: ids.editor } })
    expect(inEditorsName.status).toBe(403)
    const translatorForEditor = await call('translator', 'POST', LOCKS, { document: { relationTo: 'articles', value: article.id }, user: { relationTo: 'users', value: ids.editor } })
    expect(translatorForEditor.status).toBe(403)
    const save = await call('editor', 'PATCH', `/articles/${article.id}?locale=az`, { title: `Kilid, redaktə ${run}` })
    expect(save.status).toBe(200)
  })

  it("cannot be removed, moved to another document or handed to someone else by anyone but its holder", async () => {
    const article = (await call('admin', 'POST', '/articles?locale=az', { title: `Kilid 2 ${run}`, _status: 'published' })).json.doc as Doc
    const other = (await call('admin', 'POST', '/articles?locale=az', { title: `Kilid 3 ${run}`, _status: 'published' })).json.doc as Doc
    const held = (await call('editor', 'POST', LOCKS, { document: { relationTo: 'articles', value: article.id }, user: { relationTo: 'users', value: ids.editor } })).json.doc as Doc
    expect((await call('moderator', 'DELETE', `${LOCKS}/${held.id}`)).status).toBe(403)
    expect((await call('moderator', 'DELETE', `${LOCKS}?where[id][exists]=true`)).json.docs).toEqual([])
    expect((await call('translator', 'PATCH', `${LOCKS}/${held.id}`, { user: { relationTo: 'users', value: ids.moderator } })).status).toBe(403)
    // ...nor by its holder onto a document the holder may not edit (another staff member's account).
    expect((await call('editor', 'PATCH', `${LOCKS}/${held.id}`, { document: { relationTo: 'users', value: ids.moderator } })).status).toBe(403)
    const after = (await call('admin', 'GET', `${LOCKS}/${held.id}?depth=0`)).json
    expect(after.user).toEqual({ relationTo: 'users', value: ids.editor })
    expect(after.document).toEqual({ relationTo: 'articles', value: article.id })
    expect((await call('editor', 'PATCH', `${LOCKS}/${held.id}`, { document: { relationTo: 'articles', value: other.id } })).status).toBe(200)
    expect((await call('editor', 'DELETE', `${LOCKS}/${held.id}`)).status).toBe(200)
  })
})
