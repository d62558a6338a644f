// `npm run build`: a production build of the portal (always rebuilds).
import { build, ExitError } from './lib.mjs'

build().catch((error) => {
  console.error(error.message)
  process.exit(error instanceof ExitError ? error.code : 1)
})
