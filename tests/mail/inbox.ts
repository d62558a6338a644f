import fs from 'node:fs'
import path from 'node:path'

import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser'

/** A message the SMTP sink received, parsed by mailparser as a mail client would. */
export type Mail = {
  file: string
  parsed: ParsedMail
  subject: string
  /** Every address in To (lower case). */
  to: string[]
  from: string
  text: string
  html: string
  /** Every http(s) link of the HTML part (href) and of the text part, in order, without repeats. */
  links: string[]
}

export type MailFilter = { to?: string; subject?: string | RegExp; since?: number }

/** The sink's directory: the e2e portal's (globalSetup sets E2E_MAIL_DIR) unless a test passes its own. */
export function mailDir(dir?: string): string {
  const found = dir ?? process.env.E2E_MAIL_DIR
  if (!found) throw new Error('No mail directory: start tests/mail/smtpSink.mjs (the e2e globalSetup sets E2E_MAIL_DIR).')
  return found
}

const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  [field ?? []].flat().flatMap((group) => group.value.map((one) => (one.address ?? '').toLowerCase()))

function linksOf(html: string, text: string): string[] {
  const fromHtml = [...html.matchAll(/href="(https?:\/\/[^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'))
  const fromText = [...text.matchAll(/https?:\/\/[^\s<>"')]+/g)].map((m) => m[0])
  return [...new Set([...fromHtml, ...fromText])]
}

async function parse(file: string): Promise<Mail> {
  const parsed = await simpleParser(fs.readFileSync(file))
  const html = typeof parsed.html === 'string' ? parsed.html : ''
  const text = parsed.text ?? ''
  return {
    file,
    parsed,
    subject: parsed.subject ?? '',
    to: addresses(parsed.to),
    from: addresses(parsed.from)[0] ?? '',
    text,
    html,
    links: linksOf(html, text),
  }
}

/** Files received, oldest first (names start with the time of receipt). */
function files(dir: string, since = 0): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.eml') && Number(name.split('-')[0]) >= since)
    .sort()
    .map((name) => path.join(dir, name))
}

const matches = (mail: Mail, filter: MailFilter): boolean =>
  (!filter.to || mail.to.includes(filter.to.toLowerCase())) &&
  (!filter.subject || (typeof filter.subject === 'string' ? mail.subject.includes(filter.subject) : filter.subject.test(mail.subject)))

/** Every message received so far that matches, oldest first. */
export async function readMails(filter: MailFilter = {}, dir?: string): Promise<Mail[]> {
  const all = await Promise.all(files(mailDir(dir), filter.since).map(parse))
  return all.filter((mail) => matches(mail, filter))
}

/**
 * Waits until `count` messages match (polling; the deadline is a ceiling for a broken send on a busy machine,
 * not a measure of speed) and returns them, oldest first.
 */
export async function waitForMails(filter: MailFilter, { count = 1, timeoutMs = 60_000, dir }: { count?: number; timeoutMs?: number; dir?: string } = {}): Promise<Mail[]> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = await readMails(filter, dir)
    if (found.length >= count) return found
    if (Date.now() > deadline) {
      const seen = (await readMails({ since: filter.since }, dir)).map((mail) => `${mail.to.join(',')}: ${mail.subject}`)
      throw new Error(`Expected ${count} mail(s) matching ${JSON.stringify({ ...filter, subject: String(filter.subject ?? '') })}, found ${found.length}. Received: ${JSON.stringify(seen)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** The one message that matches (waits for it). */
export async function waitForMail(filter: MailFilter, options: { timeoutMs?: number; dir?: string } = {}): Promise<Mail> {
  const [mail] = await waitForMails(filter, { ...options, count: 1 })
  return mail
}
