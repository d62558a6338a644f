import type { AfterErrorHook } from 'payload'

/** Query parameters Payload parses as JSON when they are given as a string (`?where={"id":{"equals":1}}`). */
const JSON_PARAMETERS = {
  where: 'where must be given as where[field][operator]=value or as a JSON object',
  data: 'data must be JSON',
} as const

const parsesAsJSON = (text: string): boolean => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * `?where=garbage` makes Payload's REST handlers throw JSON.parse's SyntaxError before any operation (and
 * hook) runs, and Payload answers it with 500. Here it becomes 400 naming the parameter. Payload logs
 * the error before this hook runs, so SyntaxErrors are not logged by Payload (`loggingLevels`) and this
 * hook logs every other one itself, as Payload would have.
 */
export const answerUnparsableQuery: AfterErrorHook = ({ error, req }) => {
  if (!(error instanceof SyntaxError)) return
  const query = (req.query ?? {}) as Record<string, unknown>
  const culprit = (Object.keys(JSON_PARAMETERS) as (keyof typeof JSON_PARAMETERS)[]).find(
    (name) => typeof query[name] === 'string' && !parsesAsJSON(query[name] as string),
  )
  if (!culprit) {
    req.payload.logger.error({ err: error })
    return
  }
  return {
    status: 400,
    response: { errors: [{ message: JSON_PARAMETERS[culprit] }] },
  }
}
