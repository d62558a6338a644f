import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { act, fireEvent, screen, waitFor } from '@testing-library/react'

import type { ReviewFormState } from '@/lib/reviews/formState'

import { renderInLocale } from './render'

// The server action stands in for the server (it needs a request and a database); what the form does with
// its answers is what is tested here. The action's own behaviour is covered by the integration and e2e tests.
const action = jest.fn<(previous: ReviewFormState, data: FormData) => Promise<ReviewFormState>>()
jest.unstable_mockModule('@/lib/reviews/submitReviewAction', () => ({ submitReviewAction: action }))
const { ReviewForm } = await import('@/components/reviews/ReviewForm')

const type = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
const send = (name: string | RegExp) => act(async () => fireEvent.click(screen.getByRole('button', { name })))

beforeEach(() => {
  action.mockReset()
})

describe('ReviewForm', () => {
  it.each([
    ['az', /Adınız/, /Rəyiniz/, 'Rəyi göndərin', '2–80 simvol. Rəyin altında bu ad göstəriləcək.'],
    ['en', /Your name/, /Your review/, 'Send review', '2–80 characters. Shown with your review.'],
    ['ru', /Ваше имя/, /Ваш отзыв/, 'Отправить отзыв', 'От 2 до 80 символов. Будет показано рядом с отзывом.'],
  ] as const)('labels every field and explains it in %s', (locale, name, body, submit, nameHelp) => {
    renderInLocale(<ReviewForm articleId={7} locale={locale} />, locale)
    expect(screen.getByLabelText(name)).toHaveAccessibleDescription(nameHelp)
    expect(screen.getByLabelText(body)).toBeRequired()
    expect(screen.getByRole('button', { name: submit })).toBeEnabled()
    // The honeypot is out of reach of keyboards and screen readers.
    const honeypot = document.querySelector<HTMLInputElement>('input[name="website"]')!
    expect(honeypot.tabIndex).toBe(-1)
    expect(honeypot.closest('[aria-hidden="true"]')).not.toBeNull()
  })

  it('checks the rules in the browser first: errors in the page language, focus on the first field to fix, nothing sent', async () => {
    renderInLocale(<ReviewForm articleId={7} locale="en" />, 'en')
    type(/Your review/, 'Too short')
    type(/E-mail/, 'not-an-address')
    await send('Send review')
    expect(action).not.toHaveBeenCalled()
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct 3 fields:')
    expect(screen.getByLabelText(/Your name/)).toHaveAccessibleDescription('2–80 characters. Shown with your review. Enter your name.')
    expect(screen.getByLabelText(/Your name/)).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText(/Your name/)).toHaveFocus()
    expect(screen.getByText('Enter an e-mail address like name@example.com.', { selector: '.field-error' })).toBeInTheDocument()
    expect(screen.getByLabelText(/Your review/)).toHaveValue('Too short')
  })

  it('sends valid input and announces the thank-you, moving focus to it', async () => {
    action.mockImplementation(async (previous) => ({ status: 'received', values: { name: '', email: '', rating: '', body: '' }, errors: {}, attempt: previous.attempt + 1 }))
    renderInLocale(<ReviewForm articleId={7} locale="az" />, 'az')
    type(/Adınız/, 'Aygün')
    type(/Rəyiniz/, 'Çox maraqlı yazıdır, təşəkkürlər.')
    fireEvent.change(screen.getByLabelText(/Qiymət/), { target: { value: '4' } })
    await send('Rəyi göndərin')
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Təşəkkür edirik — rəyiniz moderasiyadan sonra görünəcək.'))
    const sent = action.mock.calls[0][1]
    expect(Object.fromEntries(sent.entries())).toMatchObject({ article: '7', locale: 'az', name: 'Aygün', rating: '4', body: 'Çox maraqlı yazıdır, təşəkkürlər.', website: '' })
    expect(screen.getByRole('status')).toHaveFocus()
    expect(screen.getByLabelText(/Rəyiniz/)).toHaveValue('')
  })

  it('shows the server’s refusal in the reader’s language and keeps what they typed', async () => {
    action.mockImplementation(async (previous, data) => ({
      status: 'rate-limited',
      values: { name: String(data.get('name')), email: String(data.get('email')), rating: String(data.get('rating')), body: String(data.get('body')) },
      errors: {},
      retryAfterMinutes: 3,
      attempt: previous.attempt + 1,
    }))
    renderInLocale(<ReviewForm articleId={7} locale="ru" />, 'ru')
    type(/Ваше имя/, 'Мария')
    type(/Ваш отзыв/, 'Отличная статья, спасибо редакции.')
    await send('Отправить отзыв')
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Вы отправили несколько отзывов за короткое время. Попробуйте снова через 3 минуты.'),
    )
    expect(screen.getByLabelText(/Ваше имя/)).toHaveValue('Мария')
    expect(screen.getByLabelText(/Ваш отзыв/)).toHaveValue('Отличная статья, спасибо редакции.')
    expect(screen.getByText('34 из 3000 символов')).toBeInTheDocument()
  })
})
