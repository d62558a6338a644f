import { describe, expect, it } from '@jest/globals'
import { render, screen } from '@testing-library/react'

import { MastheadDate } from '@/components/MastheadDate'

const pad = (n: number) => String(n).padStart(2, '0')
const local = (offsetDays: number) => {
  const day = new Date(Date.now() + offsetDays * 86_400_000)
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`
}

describe('MastheadDate', () => {
  it("switches to the reader's own day when it is a day either side of the newsroom's", () => {
    render(<MastheadDate today={{ date: local(1), text: 'newsroom day' }} nearby={[{ date: local(0), text: 'reader day' }, { date: local(2), text: 'other' }]} />)
    expect(screen.getByText('reader day')).toHaveAttribute('dateTime', local(0))
  })

  it("keeps the newsroom's day when the reader is on it (or the page is too old to tell)", () => {
    render(<MastheadDate today={{ date: local(0), text: 'newsroom day' }} nearby={[{ date: local(-1), text: 'yesterday' }, { date: local(1), text: 'tomorrow' }]} />)
    expect(screen.getByText('newsroom day').tagName).toBe('TIME')
  })
})
