/**
 * What to log when a review could not be stored: the error's code or class only. Database errors quote the
 * failed statement with its parameters (a reader's name, text or address hash), which must not reach logs.
 */
export function failureCode(error: unknown): string {
  const withCode = error as { code?: unknown; cause?: { code?: unknown } } | null
  const code = withCode?.code ?? withCode?.cause?.code
  if (typeof code === 'string' || typeof code === 'number') return String(code)
  return error instanceof Error ? error.name : typeof error
}
