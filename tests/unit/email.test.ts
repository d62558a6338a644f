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
