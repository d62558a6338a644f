import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { waitForMail } from '../mail/inbox'
import { startSmtpSink, type SmtpSink } from '../mail/smtpSink.mjs'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>
let sink: SmtpSink

beforeAll(async () => {
  sink = await startSmtpSink()
  ;({ payload, close } = await bootPayload({ env: { ...sink.env, SERVER_URL: 'https://news.example.az', MAIL_FROM_NAME: 'Xəbər Portalı' } }))
})

afterAll(async () => {
  await close()
  await sink.close()
})

describe('the SMTP transport', () => {
  it('delivers a mail with both parts to a real SMTP server, from the configured sender', async () => {
    await payload.sendEmail({
      to: 'reporter@newsroom.test',
      subject: 'Yoxlama məktubu',
      text: 'Salam! https://news.example.az/admin',
      html: '<p>Salam! <a href="https://news.example.az/admin">Admin</a></p>',
    })
    const mail = await waitForMail({ to: 'reporter@newsroom.test', subject: 'Yoxlama' }, { dir: sink.dir })
    expect(mail.subject).toBe('Yoxlama məktubu')
    expect(mail.parsed.from?.value[0]).toEqual({ address: 'newsroom@newsroom.test', name: 'Xəbər Portalı' })
    expect(mail.text.trim()).toBe('Salam! https://news.example.az/admin')
    expect(mail.html).toContain('<a href="https://news.example.az/admin">')
    expect(mail.links).toEqual(['https://news.example.az/admin'])
  })

  it('fails the send while the server is down, and delivers once it is back', async () => {
    await sink.stop()
    try {
      await expect(payload.sendEmail({ to: 'down@newsroom.test', subject: 'Down', text: 'x' })).rejects.toThrow(/ECONNREFUSED|connect/i)
    } finally {
      await sink.start()
    }
    await payload.sendEmail({ to: 'down@newsroom.test', subject: 'Up again', text: 'x' })
    expect((await waitForMail({ to: 'down@newsroom.test' }, { dir: sink.dir })).subject).toBe('Up again')
  })
})
