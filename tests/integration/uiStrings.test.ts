import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { readEffectiveMessages } from '@/lib/i18n/effectiveMessages'
import { defaultMessages } from '@/lib/i18n/defaultMessages'
import type { User } from '@/payload-types'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>
const staff: Partial<Record<User['role'], User>> = {}
const expired: string[][] = []

const as = (role: User['role']) => ({ user: staff[role], overrideAccess: false, context: { onRevalidate: (tags: string[]) => expired.push(tags) } })

const HEADING = 'NewsLine.heading'

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  for (const role of ['admin', 'editor', 'translator', 'moderator'] as const) {
    staff[role] = await payload.create({ collection: 'users', data: { name: role, email: `${role}@strings.test`, password: 'password-123456', role } })
  }
}, 60_000)

afterAll(async () => {
  await close()
})

describe('interface-string overrides', () => {
  it('serve the file defaults when nothing is overridden', async () => {
    expect((await readEffectiveMessages(payload, 'en'))[HEADING]).toBe(defaultMessages.en[HEADING])
  })

  it('are saved by a translator, expire the cache tag, and are served to readers in that language only', async () => {
    expired.length = 0
    const saved = await payload.create({ collection: 'ui-strings', ...as('translator'), data: { key: HEADING, locale: 'en', value: 'Latest headlines' } })
    expect(saved.slot).toBe(`en:${HEADING}`)
    expect(expired).toContainEqual(['ui-strings'])
    expect((await readEffectiveMessages(payload, 'en'))[HEADING]).toBe('Latest headlines')
    expect((await readEffectiveMessages(payload, 'ru'))[HEADING]).toBe(defaultMessages.ru[HEADING])
  })

  it('refuse an invalid ICU message with a clear message and keep the previous value', async () => {
    const [existing] = (await payload.find({ collection: 'ui-strings', where: { slot: { equals: `en:${HEADING}` } } })).docs
    await expect(
      payload.update({ collection: 'ui-strings', id: existing.id, ...as('translator'), data: { value: 'Latest {headlines' } }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'value', message: expect.stringMatching(/not valid ICU/) })] } })
    expect((await readEffectiveMessages(payload, 'en'))[HEADING]).toBe('Latest headlines')
  })

  it('refuse placeholders the Azerbaijani default does not have, missing plural categories, empty text and unknown keys', async () => {
    /** The message the value field was refused with. */
    const refusal = async (key: string, locale: 'az' | 'en' | 'ru', value: string): Promise<string> => {
      try {
        await payload.create({ collection: 'ui-strings', ...as('translator'), data: { key, locale, value } })
      } catch (error) {
        const { status, data } = error as { status?: number; data?: { errors?: { path: string; message: string }[] } }
        expect(status).toBe(400)
        return data?.errors?.find((e) => e.path === 'value')?.message ?? ''
      }
      throw new Error(`${key} (${locale}) "${value}" was saved`)
    }
    expect(await refusal('NewsLine.dateAndTime', 'en', '{date}')).toMatch(/uses \{date\}; the source uses \{date\}, \{time\}/)
    expect(await refusal('NewsLine.dateAndTime', 'en', '{date} at {hour}')).toMatch(/the source uses \{date\}, \{time\}/)
    // A plural message without rich-text tags, so the only fault in the override below is the missing categories.
    const plural = Object.entries(defaultMessages.az).find(([, message]) => message.includes(', plural,') && !message.includes('<'))
    expect(plural).toBeDefined()
    const argument = /\{(\w+), plural,/.exec(plural![1])![1]
    expect(await refusal(plural![0], 'ru', `{${argument}, plural, one {# x} other {# y}}`)).toMatch(/^[^;]*lacks few, many/)
    expect(await refusal(HEADING, 'ru', '   ')).toMatch(/is empty/)
    expect(await refusal('NoSuch.key', 'en', 'Text')).toMatch(/not a key of messages\/az.json/)
  })

  it('allow one override per key and language', async () => {
    await expect(
      payload.create({ collection: 'ui-strings', ...as('editor'), data: { key: HEADING, locale: 'en', value: 'Another heading' } }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('are reset to the file default by deleting the override', async () => {
    const [existing] = (await payload.find({ collection: 'ui-strings', where: { slot: { equals: `en:${HEADING}` } } })).docs
    expired.length = 0
    await payload.delete({ collection: 'ui-strings', id: existing.id, ...as('translator') })
    expect(expired).toContainEqual(['ui-strings'])
    expect((await readEffectiveMessages(payload, 'en'))[HEADING]).toBe(defaultMessages.en[HEADING])
  })

  it('may be changed by admins, editors and translators only; anyone may read them', async () => {
    await expect(
      payload.create({ collection: 'ui-strings', ...as('moderator'), data: { key: HEADING, locale: 'ru', value: 'Лента' } }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.create({ collection: 'ui-strings', overrideAccess: false, data: { key: HEADING, locale: 'ru', value: 'Лента' } }),
    ).rejects.toMatchObject({ status: 403 })
    const byAdmin = await payload.create({ collection: 'ui-strings', ...as('admin'), data: { key: HEADING, locale: 'ru', value: 'Лента' } })
    expect((await payload.findByID({ collection: 'ui-strings', id: byAdmin.id, overrideAccess: false })).value).toBe('Лента')
  })

  it('skip an override the files no longer accept (a deploy changed the key) instead of breaking the page', async () => {
    const { applyOverrides } = await import('@/lib/i18n/effectiveMessages')
    const messages = applyOverrides('en', { [HEADING]: 'Fine', 'NewsLine.dateAndTime': '{date}', 'Gone.key': 'x' })
    expect([messages[HEADING], messages['NewsLine.dateAndTime'], 'Gone.key' in messages]).toEqual(['Fine', defaultMessages.en['NewsLine.dateAndTime'], false])
  })
})

describe('import of exported strings', () => {
  it('validates everything first and writes nothing when anything is wrong', async () => {
    const { importStrings } = await import('@/lib/i18n/importStrings')
    const { unflattenCatalog } = await import('@/lib/i18n/checkMessages')
    const before = (await payload.find({ collection: 'ui-strings', pagination: false })).totalDocs
    const en = { ...defaultMessages.en, [HEADING]: 'Imported heading', 'NewsLine.dateAndTime': '{date} {oops' }
    const result = await importStrings(payload, { az: unflattenCatalog(defaultMessages.az), en: unflattenCatalog(en), ru: unflattenCatalog(defaultMessages.ru) })
    expect(result.problems.map((problem) => `${problem.kind} ${problem.locale} ${problem.key}`)).toEqual(['syntax en NewsLine.dateAndTime'])
    expect((await payload.find({ collection: 'ui-strings', pagination: false })).totalDocs).toBe(before)
  })

  it('stores differing texts as overrides and removes overrides equal to the file again', async () => {
    const { importStrings } = await import('@/lib/i18n/importStrings')
    const { unflattenCatalog } = await import('@/lib/i18n/checkMessages')
    // From the previous tests: ru's heading is overridden ("Лента"); the export leaves it as the file has it.
    const en = { ...defaultMessages.en, [HEADING]: 'Imported heading' }
    const result = await importStrings(payload, { az: unflattenCatalog(defaultMessages.az), en: unflattenCatalog(en), ru: unflattenCatalog(defaultMessages.ru) })
    expect([result.problems, result.saved, result.reset]).toEqual([[], 1, 1])
    expect((await readEffectiveMessages(payload, 'en'))[HEADING]).toBe('Imported heading')
    expect((await readEffectiveMessages(payload, 'ru'))[HEADING]).toBe(defaultMessages.ru[HEADING])
  })
})
