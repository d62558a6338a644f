import type { TaskConfig } from 'payload'

import { generateEditorialTasks } from '@/lib/calendar/generate'

/**
 * Daily, the server's job runner (cms/jobRunner.ts, through Payload's schedules) plans the coming anniversaries:
 * the day after a commemoration, next year's tasks appear. Idempotent, so the hour and a second instance
 * running it too change nothing.
 */
export const planEditorialTasksTask: TaskConfig<{ input: object; output: { created: number; updated: number } }> = {
  slug: 'planEditorialTasks',
  schedule: [{ cron: '5 0 * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: await generateEditorialTasks(req.payload, { req }) }),
}
