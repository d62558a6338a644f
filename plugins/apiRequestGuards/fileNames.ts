import type { PayloadRequest } from 'payload'

import { hasControlBytes } from './controlBytes'
import { noSuchDocument } from './errors'

/**
 * An upload handler (Payload runs a collection's `upload.handlers` before it reads a file from disk or
 * from a storage plugin) answering 404 for a file name with control bytes (`/api/media/file/x%00.html`):
 * no stored file has one (Payload sanitises names on upload), and Node refuses a path with a NUL byte
 * with an exception (500) rather than "no such file".
 */
export function refuseControlBytesInFileNames(req: PayloadRequest, { params }: { params: { filename: string } }): void {
  if (hasControlBytes(params.filename)) throw noSuchDocument(req)
}
