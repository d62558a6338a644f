import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { act, fireEvent, screen, waitFor } from '@testing-library/react'

import type { SignUpFormState } from '@/lib/newsletter/formState'

import { renderInLocale } from './render'

// The server action stands in for the server (it needs a request, a database and SMTP); what the form does with
// its answers is tested here. The action's own behaviour is covered by the integration and e2e tests.
const action = jest.fn<(previous: SignUpFormState, data: FormData) => Promise<SignUpFormState>>()
jest.unstable_mockModule('@/lib/newsletter/subscribeAction', () => ({ subscribeAction: action }))
const { NewsletterSignup } = await import('@/components/newsletter/NewsletterSignup')

const send = (name: string) => act(async () => fireEvent.click(screen.getByRole('button', { name })))

beforeEach(() => {
  action.mockReset()
})

describe('NewsletterSignup', () => {
  it.each([
    ['az', 'E-poçt ünvanı', 'Dillər', 'Abunə olun'],
    ['en', 'E-mail address', 'Languages', 'Subscribe'],
    ['ru', 'Адрес электронной почты', 'Языки', 'Подписаться'],
  ] as const)('labels every field in %s, with the page language and the weekly digest chosen', (locale, email, languages, submit) => {
    renderInLocale(<NewsletterSignup />, locale)
    expect(screen.getByLabelText(email)).toBeRequired()
    expect(screen.getByRole('group', { name: languages })).toBeInTheDocument()
    expect(document.querySelector<HTMLInputElement>(`input[name="languages"][value="${locale}"]`)!.checked).toBe(true)
    expect(document.querySelector<HTMLInputElement>('input[name="frequency"][value="weekly"]')!.checked).toBe(true)
    expect(screen.getByRole('button', { name: submit })).toBeEnabled()
    const honeypot = document.querySelector<HTMLInputElement>('input[name="website"]')!
    expect(honeypot.tabIndex).toBe(-1)
    expect(honeypot.closest('[aria-hidden="true"]')).not.toBeNull()
  })

  it('shows the server’s field errors in the page language, keeps what was chosen, and focuses the field', async () => {
    action.mockImplementation(async (previous, data) => ({
      status: 'invalid',
      values: { email: String(data.get('email')), languages: data.getAll('languages').map(String), frequency: String(data.get('frequency')) },
      errors: { email: 'disposableEmail', languages: 'required' },
      attempt: previous.attempt + 1,
    }))
    renderInLocale(<NewsletterSignup />, 'en')
    fireEvent.change(screen.getByLabelText('E-mail address'), { target: { value: 'me@mailinator.com' } })
    fireEvent.click(document.querySelector('input[name="languages"][value="en"]')!)
    fireEvent.click(document.querySelector('input[name="frequency"][value="daily"]')!)
    await send('Subscribe')
    await waitFor(() => expect(screen.getByText('Addresses of throwaway mailboxes are not accepted; enter your permanent address.')).toBeInTheDocument())
    expect(screen.getByText('Choose at least one language.')).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct 2 fields:')
    expect(screen.getByLabelText('E-mail address')).toHaveValue('me@mailinator.com')
    expect(screen.getByLabelText('E-mail address')).toHaveAttribute('aria-invalid', 'true')
    expect(document.activeElement).toBe(screen.getByLabelText('E-mail address'))
    expect(document.querySelector<HTMLInputElement>('input[name="frequency"][value="daily"]')!.checked).toBe(true)
  })

  it('announces the result and empties the address once received', async () => {
    action.mockImplementation(async (previous, data) => ({
      status: 'received',
      values: { email: '', languages: data.getAll('languages').map(String), frequency: String(data.get('frequency')) },
      errors: {},
      attempt: previous.attempt + 1,
    }))
    renderInLocale(<NewsletterSignup />, 'ru')
    fireEvent.change(screen.getByLabelText('Адрес электронной почты'), { target: { value: 'reader@example.org' } })
    await send('Подписаться')
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Почти готово/))
    expect(action.mock.calls[0][1].get('locale')).toBe('ru')
    expect(screen.getByLabelText('Адрес электронной почты')).toHaveValue('')
  })
})
