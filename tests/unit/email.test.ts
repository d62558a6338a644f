import fs from 'node:fs'

import { describe, expect, it } from '@jest/globals'
import type { EmailAdapter, Payload } from 'payload'

import { emailAdapter, mailSettings, maskAddress } from '@/cms/email'

describe('mail settings from the environment', () => {
  it('sends nothing over SMTP without SMTP_HOST, and names the sender after SERVER_URL and the site', () => {
    const settings = mailSettings({ SERVER_URL: 'https://news.example.az' })
    expect(settings.smtp).toBeNull()
    expect(settings.fromAddress).toBe('newsroom@news.example.az')
    expect(settings.fromName).toBe('Azərbaycan Xəbər Portalı')
  })

  it('defaults to port 587 with STARTTLS, and to implicit TLS on 465 unless SMTP_SECURE says otherwise', () => {
    expect(mailSettings({ SMTP_HOST: 'relay' }).smtp).toMatchObject({ host: 'relay', port: 587, secure: false })
    expect(mailSettings({ SMTP_HOST: 'relay', SMTP_PORT: '465' }).smtp).toMatchObject({ port: 465, secure: true })
    expect(mailSettings({ SMTP_HOST: 'relay', SMTP_PORT: '465', SMTP_SECURE: 'false' }).smtp).toMatchObject({ secure: false })
    expect(mailSettings({ SMTP_HOST: 'relay', SMTP_USER: 'u', SMTP_PASSWORD: 'p', MAIL_FROM: 'desk@x.az', MAIL_FROM_NAME: 'Desk' })).toMatchObject({
      smtp: { user: 'u', password: 'p' },
      fromAddress: 'desk@x.az',
      fromName: 'Desk',
    })
  })
})

describe('mail written to the log when no relay is configured', () => {
  it('masks addresses', () => {
    expect(maskAddress('jane.doe@example.az')).toBe('j***@e***.az')
    expect(maskAddress('Jane <jane@mail.example.com>')).toBe('j***@m***.com')
    expect(maskAddress('nonsense')).toBe('***')
  })

  it('says once at start-up that mail goes to the log, then logs each mail with subject and text but no address', async () => {
    const lines: unknown[] = []
    const logger = { info: (line: unknown) => lines.push(line) }
    const adapter = (await emailAdapter({})) as EmailAdapter
    const email = adapter({ payload: { logger } as unknown as Payload })
    expect(lines).toHaveLength(1)
    expect(String(lines[0])).toMatch(/SMTP_HOST is not set.*log/)

    await email.sendEmail({ to: 'reporter@newsroom.test', subject: 'Reset your password', text: 'Open http://localhost:3000/admin/reset/abc' })
    expect(lines).toHaveLength(2)
    const logged = JSON.stringify(lines[1])
    expect(logged).toContain('Reset your password')
    expect(logged).toContain('http://localhost:3000/admin/reset/abc')
    expect(logged).toContain('r***@n***.test')
    expect(logged).not.toContain('reporter@')
  })
})

describe('the start-up notice', () => {
  it('is left to the server: the preparing step (scripts/prepare.ts) stays quiet', async () => {
    const lines: unknown[] = []
    const adapter = (await emailAdapter({}, { announce: false })) as EmailAdapter
    adapter({ payload: { logger: { info: (line: unknown) => lines.push(line) } } as unknown as Payload })
    expect(lines).toHaveLength(0)
    expect(fs.readFileSync('scripts/prepare.ts', 'utf8')).toContain('emailAdapter(process.env, { announce: false })')
  })
})

describe('relay errors in the log', () => {
  it('mask the addresses a relay names in its answer', async () => {
    const { maskAddresses } = await import('@/lib/staffMail/send')
    expect(maskAddresses("Can't send mail - all recipients were rejected: 550 5.1.1 <jane.doe@example.az>: Recipient address rejected")).toBe(
      "Can't send mail - all recipients were rejected: 550 5.1.1 <j***@e***.az>: Recipient address rejected",
    )
  })
})

describe('a staff mail’s two parts', () => {
  it('say the same, the HTML escaping whatever came from people (names, review counts)', async () => {
    const { composeMail } = await import('@/lib/staffMail/compose')
    const mail = composeMail('Hi <b>', [{ text: 'Hello, <img src=x onerror=alert(1)>!' }, { list: ['A & B: 2'] }, { link: 'https://news.example.az/admin?a=1&b="2"' }], 'en')
    expect(mail.text).toBe('Hello, <img src=x onerror=alert(1)>!\n\n- A & B: 2\n\nhttps://news.example.az/admin?a=1&b="2"\n')
    expect(mail.html).toContain('<p>Hello, &lt;img src=x onerror=alert(1)&gt;!</p>')
    expect(mail.html).toContain('<li>A &amp; B: 2</li>')
    expect(mail.html).toContain('<a href="https://news.example.az/admin?a=1&amp;b=&quot;2&quot;">')
    expect(mail.html).toContain('<title>Hi &lt;b&gt;</title>')
  })
})
