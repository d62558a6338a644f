import type { TaskConfig } from 'payload'

type RetryConfig = Exclude<TaskConfig['retries'], number | undefined>

/**
 * A mail that could not be handed to the relay (down, refusing) fails its job; Payload runs it again later,
 * waiting longer each time from one job-runner tick (JOBS_INTERVAL_SECONDS) up: about 17 hours over 10 attempts
 * at the default 60 s, before the job is given up and shows as failed among the jobs.
 */
export function mailRetries(env: Record<string, string | undefined> = process.env): RetryConfig {
  const tick = Math.max(1, Number(env.JOBS_INTERVAL_SECONDS) || 60)
  return { attempts: 10, backoff: { type: 'exponential', delay: tick * 1000 } }
}
