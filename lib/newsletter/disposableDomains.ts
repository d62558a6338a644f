/**
 * Throwaway-mailbox services: a confirmation sent there reaches whoever reads the public inbox, so such a
 * sign-up proves nothing and is refused. A short list of the common ones, matched on the domain and its
 * subdomains; kept in code (nothing downloads at run time).
 */
const DISPOSABLE_DOMAINS = new Set([
  '10minutemail.com',
  '20minutemail.com',
  'discard.email',
  'dispostable.com',
  'emailondeck.com',
  'fakeinbox.com',
  'getairmail.com',
  'getnada.com',
  'guerrillamail.com',
  'guerrillamail.net',
  'guerrillamailblock.com',
  'maildrop.cc',
  'mailinator.com',
  'mailnesia.com',
  'mintemail.com',
  'mohmal.com',
  'mytemp.email',
  'sharklasers.com',
  'spamgourmet.com',
  'temp-mail.org',
  'tempail.com',
  'tempmail.com',
  'tempmail.net',
  'tempmailo.com',
  'tempr.email',
  'throwawaymail.com',
  'trashmail.com',
  'trashmail.de',
  'yopmail.com',
  'yopmail.fr',
])

export function isDisposableDomain(domain: string): boolean {
  const parts = domain.toLowerCase().split('.')
  // mailinator.com and any.sub.mailinator.com alike.
  for (let i = 0; i < parts.length - 1; i++) if (DISPOSABLE_DOMAINS.has(parts.slice(i).join('.'))) return true
  return false
}
