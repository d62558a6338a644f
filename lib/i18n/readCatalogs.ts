import fs from 'node:fs'
import path from 'node:path'

/**
 * Reads {locale}.json for each locale from a directory (messages/ by default, or an export). A file
 * that is missing or not JSON is reported by throwing, naming the file.
 */
export function readCatalogs(directory: string, locales: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    locales.map((locale) => {
      const file = path.join(directory, `${locale}.json`)
      try {
        return [locale, JSON.parse(fs.readFileSync(file, 'utf8')) as unknown]
      } catch (error) {
        throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }),
  )
}
