import { s3Storage, type S3StorageOptions } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

/**
 * The environment the settings come from: S3_BUCKET, S3_REGION, S3_ENDPOINT, S3_ACCESS_KEY_ID,
 * S3_SECRET_ACCESS_KEY, S3_FORCE_PATH_STYLE (see .env.example). A plain record, so process.env fits.
 */
export type StorageEnv = Readonly<Record<string, string | undefined>>

/** A storage setting the operator must fix: one clear line at start-up instead of failing uploads later. */
export class StorageConfigError extends Error {}

/** AWS's SDK insists on a region; S3-compatible stores (MinIO) accept any, so a default keeps them simple. */
export const DEFAULT_S3_REGION = 'us-east-1'

/**
 * The s3Storage options for the `media` collection, from the environment. Pure, so tests check it without
 * AWS. Without S3_BUCKET the plugin is present but disabled and media stay on local disk (MEDIA_DIR).
 */
export function mediaStorageOptions(env: StorageEnv = process.env): S3StorageOptions {
  const bucket = env.S3_BUCKET?.trim() ?? ''
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim() || undefined
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim() || undefined
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new StorageConfigError('Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (then the AWS default credentials apply).')
  }
  const endpoint = env.S3_ENDPOINT?.trim() || undefined
  if (endpoint && !/^https?:\/\//.test(endpoint)) {
    throw new StorageConfigError(`S3_ENDPOINT must be an http(s) URL, such as http://minio:9000, not "${endpoint}".`)
  }
  return {
    // Always present, even when off: the admin import map (its client upload handler) and the schema (the
    // plugin's `prefix` and `_objectKey` fields) are then the same with and without S3, so one build and
    // one set of SQLite migrations serve both.
    enabled: bucket !== '',
    alwaysInsertFields: true,
    // An explicit (empty) prefix makes the plugin declare its `prefix` field whether enabled or not
    // (alwaysInsertFields alone covers only the disabled case in 3.90). Empty: object keys are the file
    // names, the same layout as MEDIA_DIR, so moving local media to the bucket is a plain copy.
    collections: { media: { prefix: '' } },
    bucket,
    config: {
      region: env.S3_REGION?.trim() || DEFAULT_S3_REGION,
      endpoint,
      // MinIO and most self-hosted stores address buckets by path (host/bucket/key), not by sub-domain.
      forcePathStyle: env.S3_FORCE_PATH_STYLE?.trim().toLowerCase() === 'true',
      // Without keys the SDK's default chain (instance role, AWS_* variables, profile) supplies them.
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    },
  }
}

/** Payload's S3 storage plugin for uploaded media: enabled when S3_BUCKET is set, local disk otherwise. */
export function mediaStorage(env: StorageEnv = process.env): Plugin {
  return s3Storage(mediaStorageOptions(env))
}
