import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'

import { locales } from '@/i18n/locales'

type Messages = { [key: string]: string | Messages }

const load = (locale: string): Messages =>
  JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8')) as Messages

function flatten(messages: Messages, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  )
}

/** Argument names and, for plurals, the categories a message uses, found anywhere in its AST. */
function inspect(
  elements: MessageFormatElement[],
  out = { args: new Set<string>(), plurals: [] as { type: 'cardinal' | 'ordinal'; options: string[] }[] },
) {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue
    out.args.add(element.value)
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      if (element.type === TYPE.plural) out.plurals.push({ type: element.pluralType ?? 'cardinal', options: Object.keys(element.options) })
      for (const option of Object.values(element.options)) inspect(option.value, out)
    }
    if (element.type === TYPE.tag) inspect(element.children, out)
  }
  return out
}

const catalogs = Object.fromEntries(locales.map((locale) => [locale, flatten(load(locale))]))

describe('interface messages', () => {
  it('have the same keys in every locale', () => {
    const reference = Object.keys(catalogs.en).sort()
    for (const locale of locales) expect(Object.keys(catalogs[locale]).sort()).toEqual(reference)
  })

  it('are non-empty, valid ICU and use the same arguments in every locale', () => {
    for (const key of Object.keys(catalogs.en)) {
      const expected = [...inspect(parse(catalogs.en[key])).args].sort()
      for (const locale of locales) {
        const message = catalogs[locale][key]
        expect(message.trim()).not.toBe('')
        expect([key, locale, [...inspect(parse(message)).args].sort()]).toEqual([key, locale, expected])
      }
    }
  })

  it('give every plural and ordinal the categories its language needs', () => {
    for (const locale of locales) {
      for (const [key, message] of Object.entries(catalogs[locale])) {
        for (const { type, options } of inspect(parse(message)).plurals) {
          const needed = new Intl.PluralRules(locale, { type }).resolvedOptions().pluralCategories
          const missing = needed.filter((category) => !options.includes(category))
          expect([locale, key, missing]).toEqual([locale, key, []])
        }
      }
    }
  })
})
