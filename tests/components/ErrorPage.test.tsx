import { describe, expect, it, jest } from '@jest/globals'
import { fireEvent, screen } from '@testing-library/react'

import ErrorPage from '@/app/(frontend)/[locale]/error'

import { renderInLocale } from './render'

describe('the error page', () => {
  it('apologises in the page language, offers a retry and never shows the error', () => {
    const reset = jest.fn()
    renderInLocale(<ErrorPage error={Object.assign(new Error('SQLITE_BUSY: database is locked'), { digest: '123' })} reset={reset} />, 'ru')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Что-то пошло не так')
    expect(document.body).not.toHaveTextContent('SQLITE_BUSY')
    fireEvent.click(screen.getByRole('button', { name: 'Попробовать снова' }))
    expect(reset).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('link', { name: 'Перейти на главную' })).toHaveAttribute('href', '/ru')
  })
})
