import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'

/**
 * The rules every interface string obeys, in one pure module: `npm run i18n:check`, the unit tests,
 * the admin's override validation and `npm run i18n:import` all call these functions, so a string the
 * check would reject can never be saved through any of them.
 */

/** A catalogue as messages/{locale}.json holds it: namespaces of ICU messages. */
export type Catalog = { [key: string]: string | Catalog }

export type ProblemKind = 'missing-key' | 'extra-key' | 'syntax' | 'placeholders' | 'plural-categories' | 'empty'

export type Problem = { kind: ProblemKind; locale: string; key: string; detail: string }

/** "NewsLine.heading" → value; anything that is neither a string nor a namespace is kept as is to be reported. */
export function flattenCatalog(catalog: unknown, prefix = ''): Record<string, unknown> {
  if (!catalog || typeof catalog !== 'object' || Array.isArray(catalog)) return {}
  const flat: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(catalog)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) Object.assign(flat, flattenCatalog(value, `${prefix}${key}.`))
    else flat[prefix + key] = value
  }
  return flat
}

/** The inverse of flattenCatalog, keeping the order of the keys given. */
export function unflattenCatalog(flat: Record<string, string>): Catalog {
  const catalog: Catalog = {}
  for (const [path, value] of Object.entries(flat)) {
    const parts = path.split('.')
    let node = catalog
    for (const part of parts.slice(0, -1)) {
      const next = node[part]
      node = typeof next === 'object' ? next : (node[part] = {})
    }
    node[parts[parts.length - 1]] = value
  }
  return catalog
}

type Plural = { type: 'cardinal' | 'ordinal'; argument: string; options: string[] }
type Shape = { placeholders: Set<string>; plurals: Plural[] }

/** Arguments ({count}), tags (<b>) and plural/ordinal options used anywhere in a message. */
function shapeOf(elements: MessageFormatElement[], shape: Shape = { placeholders: new Set(), plurals: [] }): Shape {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue
    if (element.type === TYPE.tag) {
      shape.placeholders.add(`<${element.value}>`)
      shapeOf(element.children, shape)
      continue
    }
    shape.placeholders.add(`{${element.value}}`)
    if (element.type === TYPE.plural) {
      shape.plurals.push({ type: element.pluralType ?? 'cardinal', argument: element.value, options: Object.keys(element.options) })
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) shapeOf(option.value, shape)
    }
  }
  return shape
}

function parseShape(message: string): Shape | Error {
  try {
    return shapeOf(parse(message))
  } catch (error) {
    // The parser names the error (e.g. EXPECT_ARGUMENT_CLOSING_BRACE) and where it found it.
    const where = (error as { location?: { start?: { offset?: number } } }).location?.start?.offset
    const name = error instanceof Error ? error.message : String(error)
    return new Error(where === undefined ? name : `${name} at character ${where + 1}`)
  }
}

const list = (items: Iterable<string>) => [...items].sort().join(', ') || 'none'

/** The CLDR categories a language distinguishes, from the runtime's own plural rules. */
export function pluralCategoriesFor(locale: string, type: 'cardinal' | 'ordinal'): string[] {
  return new Intl.PluralRules(locale, { type }).resolvedOptions().pluralCategories as string[]
}

/**
 * One message on its own terms (a string, not empty, valid ICU, every plural/ordinal covering the
 * categories its language needs) and, given the source-language message of the same key, with the
 * same placeholders and tags as that one.
 */
export function checkMessage(input: { locale: string; key: string; message: unknown; source?: string }): Problem[] {
  const { locale, key, message, source } = input
  const problem = (kind: ProblemKind, detail: string): Problem[] => [{ kind, locale, key, detail }]
  if (typeof message !== 'string') return problem('syntax', `is not a string (${message === null ? 'null' : typeof message})`)
  if (message.trim() === '') return problem('empty', 'is empty')

  const shape = parseShape(message)
  if (shape instanceof Error) return problem('syntax', `is not valid ICU: ${shape.message}`)

  const problems: Problem[] = []
  if (source !== undefined) {
    const expected = parseShape(source)
    if (!(expected instanceof Error) && list(expected.placeholders) !== list(shape.placeholders)) {
      problems.push(...problem('placeholders', `uses ${list(shape.placeholders)}; the source uses ${list(expected.placeholders)}`))
    }
  }
  for (const { type, argument, options } of shape.plurals) {
    const needed = pluralCategoriesFor(locale, type)
    const missing = needed.filter((category) => !options.includes(category))
    if (missing.length > 0) {
      const kind = type === 'ordinal' ? 'selectordinal' : 'plural'
      problems.push(...problem('plural-categories', `${kind} {${argument}} lacks ${missing.join(', ')} (${locale} needs ${needed.join(', ')})`))
    }
  }
  return problems
}

/**
 * Every locale's catalogue against the source locale's: the same keys (none missing, none extra),
 * and each message valid with the source's placeholders.
 */
export function checkCatalogs(catalogs: Record<string, unknown>, sourceLocale: string): Problem[] {
  const flat = Object.fromEntries(Object.entries(catalogs).map(([locale, catalog]) => [locale, flattenCatalog(catalog)]))
  const source = flat[sourceLocale] ?? {}
  const problems: Problem[] = []
  for (const [locale, messages] of Object.entries(flat)) {
    for (const key of Object.keys(source)) {
      if (!(key in messages)) problems.push({ kind: 'missing-key', locale, key, detail: `is missing (${sourceLocale} has it)` })
    }
    for (const [key, message] of Object.entries(messages)) {
      if (!(key in source)) {
        problems.push({ kind: 'extra-key', locale, key, detail: `is not in ${sourceLocale}` })
        continue
      }
      const reference = locale === sourceLocale ? undefined : source[key]
      problems.push(...checkMessage({ locale, key, message, source: typeof reference === 'string' ? reference : undefined }))
    }
  }
  return problems
}

export function formatProblem({ kind, locale, key, detail }: Problem): string {
  return `${locale} ${key}: ${detail} [${kind}]`
}
