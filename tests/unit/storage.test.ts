import { describe, expect, it } from '@jest/globals'
import type { CollectionConfig, Config } from 'payload'

import { DEFAULT_S3_REGION, StorageConfigError, mediaStorage, mediaStorageOptions } from '@/cms/storage'

const MINIO = {
  S3_BUCKET: 'portal-media',
  S3_REGION: 'eu-central-1',
  S3_ENDPOINT: 'http://minio:9000',
  S3_ACCESS_KEY_ID: 'portal',
  S3_SECRET_ACCESS_KEY: 'not-a-real-secret',
  S3_FORCE_PATH_STYLE: 'true',
}

/** The smallest config the plugin can be applied to: one upload collection named like the portal's. */
function uploadConfig(): Config {
  const media: CollectionConfig = { slug: 'media', upload: { staticDir: '/tmp/media' }, fields: [] }
  return { collections: [media] } as Config
}

function mediaUpload(config: Config): Record<string, unknown> {
  const media = config.collections?.find((collection) => collection.slug === 'media')
  return typeof media?.upload === 'object' ? (media.upload as Record<string, unknown>) : {}
}

describe('mediaStorageOptions', () => {
  it('leaves media on local disk when no bucket is configured, but keeps the plugin (and its fields)', () => {
    const options = mediaStorageOptions({})
    expect(options.enabled).toBe(false)
    expect(options.alwaysInsertFields).toBe(true)
    expect(options.collections).toEqual({ media: { prefix: '' } })
    expect(options.config.credentials).toBeUndefined()
  })

  it('sends media to the configured bucket, endpoint, region, path style and keys', () => {
    const options = mediaStorageOptions(MINIO)
    expect(options.enabled).toBe(true)
    expect(options.bucket).toBe('portal-media')
    expect(options.collections).toEqual({ media: { prefix: '' } })
    expect(options.config).toEqual({
      region: 'eu-central-1',
      endpoint: 'http://minio:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'portal', secretAccessKey: 'not-a-real-secret' },
    })
  })

  it('uses AWS defaults where nothing is said: a region, virtual-host buckets, the SDK credential chain', () => {
    const options = mediaStorageOptions({ S3_BUCKET: 'news' })
    expect(options.enabled).toBe(true)
    expect(options.config).toEqual({ region: DEFAULT_S3_REGION, endpoint: undefined, forcePathStyle: false, credentials: undefined })
  })

  it('refuses half a key pair and an endpoint that is not a URL, with one clear line', () => {
    expect(() => mediaStorageOptions({ S3_BUCKET: 'news', S3_ACCESS_KEY_ID: 'portal' })).toThrow(StorageConfigError)
    expect(() => mediaStorageOptions({ S3_BUCKET: 'news', S3_SECRET_ACCESS_KEY: 'x' })).toThrow(/S3_ACCESS_KEY_ID/)
    expect(() => mediaStorageOptions({ S3_BUCKET: 'news', S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT/)
  })
})

describe('mediaStorage', () => {
  it('without a bucket keeps local storage and the admin client handler, so the import map never changes', async () => {
    const config = await mediaStorage({})(uploadConfig())
    expect(mediaUpload(config).disableLocalStorage).toBeUndefined()
    expect(Object.keys(config.admin?.dependencies ?? {})).toContain('@payloadcms/storage-s3/client#S3ClientUploadHandler')
  })

  it('with a bucket stores media in S3 only, with the same fields as without', async () => {
    const withS3 = await mediaStorage(MINIO)(uploadConfig())
    const without = await mediaStorage({})(uploadConfig())
    expect(mediaUpload(withS3).disableLocalStorage).toBe(true)
    expect(Object.keys(withS3.admin?.dependencies ?? {})).toContain('@payloadcms/storage-s3/client#S3ClientUploadHandler')
    const names = (config: Config) => config.collections?.[0].fields.map((field) => ('name' in field ? field.name : ''))
    expect(names(withS3)).toEqual(names(without))
    expect(names(withS3)).toEqual(expect.arrayContaining(['prefix', '_objectKey']))
  })
})
