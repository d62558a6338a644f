import type { PagePurpose } from '@/collections/Pages/purposes'

import type { OrganizationPolicies } from './structuredData'

/**
 * The Organization's policy properties from the standing pages published in a language: the editorial
 * standards are the publishing principles, and the ethics policy too when there is no page of its own.
 * A property without such a page is left out, never pointed at a page that is not that policy.
 */
export function organizationPolicies(pages: { purpose?: PagePurpose | null; url: string }[]): OrganizationPolicies {
  const urlOf = (purpose: PagePurpose) => pages.find((page) => page.purpose === purpose)?.url
  const policies: OrganizationPolicies = {
    publishingPrinciples: urlOf('standards'),
    correctionsPolicy: urlOf('corrections-policy'),
    ethicsPolicy: urlOf('ethics') ?? urlOf('standards'),
  }
  return Object.fromEntries(Object.entries(policies).filter(([, url]) => url)) as OrganizationPolicies
}
