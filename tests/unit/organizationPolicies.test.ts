import { describe, expect, it } from '@jest/globals'

import { organizationPolicies } from '@/lib/seo/policies'
import { organization, person } from '@/lib/seo/structuredData'

const url = (slug: string) => `https://news.example.az/en/page/${slug}`
const publisher = { name: 'Azerbaijan News Portal', url: 'https://news.example.az/en', logoUrl: 'https://news.example.az/en/logo.png' }

describe('the Organization’s policies', () => {
  it('name the standards, corrections and ethics pages by their purpose', () => {
    const pages = [
      { purpose: 'about' as const, url: url('about-us') },
      { purpose: 'standards' as const, url: url('editorial-standards') },
      { purpose: 'corrections-policy' as const, url: url('corrections-policy') },
      { purpose: 'ethics' as const, url: url('ethics') },
    ]
    expect(organizationPolicies(pages)).toEqual({
      publishingPrinciples: url('editorial-standards'),
      correctionsPolicy: url('corrections-policy'),
      ethicsPolicy: url('ethics'),
    })
  })

  it('take the standards as the ethics policy when there is no ethics page, and leave out what has no page', () => {
    expect(
      organizationPolicies([
        { purpose: 'standards', url: url('editorial-standards') },
        { purpose: null, url: url('advertising') },
      ]),
    ).toEqual({
      publishingPrinciples: url('editorial-standards'),
      ethicsPolicy: url('editorial-standards'),
    })
    expect(organization(publisher, [], organizationPolicies([]))).not.toHaveProperty('correctionsPolicy')
  })
})

describe('an author’s Person', () => {
  it('names their page, profiles and the newsroom they work for, and leaves out what is empty', () => {
    const data = person({ url: 'https://news.example.az/en/author/leyla', name: 'Leyla', jobTitle: '', sameAs: [], language: 'en', publisher })
    expect(data).toMatchObject({
      '@type': 'Person',
      name: 'Leyla',
      url: 'https://news.example.az/en/author/leyla',
      worksFor: { '@id': 'https://news.example.az/en#organization' },
    })
    for (const empty of ['jobTitle', 'sameAs', 'image', 'description']) expect(data).not.toHaveProperty(empty)
  })
})
