import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { S3, S3ClientConfig } from '@aws-sdk/client-s3'
import type { Field, Plugin } from 'payload'

import { env, type Storage } from './env'

/**
 * Where uploaded files live: under MEDIA_DIR (the default, one machine), or in
 * an S3-compatible bucket (MinIO, a cloud's object storage) that every web
 * instance and the worker share, through `@payloadcms/storage-s3`. Either way
 * the tree is the same — photos and materials at the top, report files in
 * `reports/`, import spreadsheets in `imports/` — so moving from disk to a
 * bucket is a copy of MEDIA_DIR to the bucket's prefix. The product's own
 * reads (the worker reading an import, a mail attaching a report) go through
 * `readStored`, never straight to the disk.
 */
export type StoredCollection = 'import-batches' | 'media' | 'report-files'

export const STORAGE_FOLDERS: Record<StoredCollection, string> = { 'import-batches': 'imports', media: '', 'report-files': 'reports' }

type S3Storage = Extract<Storage, { kind: 's3' }>

/** The collection's folder on disk (its `staticDir`; unused while a bucket is configured). */
export const diskDir = (slug: StoredCollection): string => path.join(env.mediaDir, STORAGE_FOLDERS[slug])

/** The collection's folder in the bucket ('' = the bucket's top). */
export const bucketPrefix = (s: Pick<S3Storage, 'prefix'>, slug: StoredCollection): string => [s.prefix, STORAGE_FOLDERS[slug]].filter(Boolean).join('/')

/**
 * The S3 client's settings. Checksums only where the API requires them: the
 * SDK's newer default (a CRC32 trailer on every upload) is refused by many
 * S3-compatible stores that banks run (older MinIO, several domestic clouds).
 */
export const s3ClientConfig = (s: S3Storage): S3ClientConfig => ({
  credentials: { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey },
  endpoint: s.endpoint,
  forcePathStyle: s.forcePathStyle,
  region: s.region,
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
})

/**
 * Fields the storage plugin keeps with each file (the folder it was stored in,
 * and the key of a file sent straight from the browser). Declared on every
 * upload collection whatever the storage, so the database schema — and its
 * migrations — do not depend on the environment.
 */
export const storageFields: Field[] = [
  { name: 'prefix', admin: { disableListColumn: true, disableListFilter: true, hidden: true, readOnly: true }, type: 'text' },
  { name: '_objectKey', admin: { disableListColumn: true, disableListFilter: true, hidden: true, readOnly: true }, type: 'text' },
]

/**
 * The storage plugin's admin component (a provider for uploads sent from the
 * browser) always in the import map: the map is generated at build time, the
 * bucket chosen at start, and a provider missing from the map would break the
 * admin of an installation that turns S3 on.
 */
export const STORAGE_CLIENT_HANDLER = '@payloadcms/storage-s3/client#S3ClientUploadHandler'
export const storageAdminDependencies = { [STORAGE_CLIENT_HANDLER]: { path: STORAGE_CLIENT_HANDLER, type: 'function' as const } }

/** The storage plugin when a bucket is configured (loaded only then: the AWS SDK is large). */
export const storagePlugins = async (s: Storage = env.storage): Promise<Plugin[]> => {
  if (s.kind !== 's3') return []
  const { s3Storage } = await import('@payloadcms/storage-s3')
  return [
    s3Storage({
      bucket: s.bucket,
      clientCacheKey: `afc:${s.endpoint ?? 'aws'}:${s.bucket}`,
      collections: {
        'import-batches': { prefix: bucketPrefix(s, 'import-batches') },
        media: { prefix: bucketPrefix(s, 'media') },
        'report-files': { prefix: bucketPrefix(s, 'report-files') },
      },
      config: s3ClientConfig(s),
    }),
  ]
}

let client: Promise<S3> | undefined
const s3 = (s: S3Storage): Promise<S3> => (client ??= import('@aws-sdk/client-s3').then(({ S3: Client }) => new Client(s3ClientConfig(s))))

export class StoredFileMissing extends Error {}

const safeName = (filename: string | null | undefined): string => {
  if (!filename || filename.includes('/') || filename.includes('\\') || filename === '.' || filename === '..') throw new StoredFileMissing(`no stored file: ${JSON.stringify(filename)}`)
  return filename
}

/** The key of a stored file: the folder recorded with it (files stored before a prefix change keep theirs), else the collection's. */
const keyOf = (s: S3Storage, slug: StoredCollection, doc: { filename?: string | null; prefix?: string | null }) =>
  [doc.prefix || bucketPrefix(s, slug), safeName(doc.filename)].filter(Boolean).join('/')

const isMissing = (e: unknown) => {
  const err = e as { $metadata?: { httpStatusCode?: number }; code?: string; name?: string }
  return err?.code === 'ENOENT' || err?.name === 'NoSuchKey' || err?.$metadata?.httpStatusCode === 404
}

/** The bytes of an uploaded file, from the disk or the bucket. */
export const readStored = async (slug: StoredCollection, doc: { filename?: string | null; prefix?: string | null }, s: Storage = env.storage): Promise<Buffer> => {
  try {
    if (s.kind === 'disk') return await readFile(path.join(diskDir(slug), safeName(doc.filename)))
    const res = await (await s3(s)).getObject({ Bucket: s.bucket, Key: keyOf(s, slug, doc) })
    if (!res.Body) throw new StoredFileMissing(`empty object for ${doc.filename}`)
    return Buffer.from(await res.Body.transformToByteArray())
  } catch (e) {
    if (isMissing(e)) throw new StoredFileMissing(`${slug} file ${doc.filename} is missing from ${s.kind === 'disk' ? diskDir(slug) : `s3://${s.bucket}/${bucketPrefix(s, slug)}`}`)
    throw e
  }
}

export type StoredEntry = { modifiedMs: number; name: string }

/** The files directly in a collection's folder (not its sub-folders), with when each was last written. */
export const listStored = async (slug: StoredCollection, s: Storage = env.storage): Promise<StoredEntry[]> => {
  if (s.kind === 'disk') {
    const dir = diskDir(slug)
    if (!existsSync(dir)) return []
    const out: StoredEntry[] = []
    for (const name of await readdir(dir)) {
      const info = await stat(path.join(dir, name))
      if (info.isFile()) out.push({ modifiedMs: info.mtimeMs, name })
    }
    return out
  }
  const c = await s3(s)
  const folder = bucketPrefix(s, slug)
  const prefix = folder ? `${folder}/` : ''
  const out: StoredEntry[] = []
  let token: string | undefined
  do {
    const page = await c.listObjectsV2({ Bucket: s.bucket, ContinuationToken: token, Delimiter: '/', Prefix: prefix })
    for (const o of page.Contents ?? []) if (o.Key) out.push({ modifiedMs: o.LastModified?.getTime() ?? 0, name: o.Key.slice(prefix.length) })
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return out
}

/** Removes one file of a collection's folder (a missing one is no error). */
export const removeStored = async (slug: StoredCollection, name: string, s: Storage = env.storage): Promise<void> => {
  if (s.kind === 'disk') return rm(path.join(diskDir(slug), safeName(name)), { force: true })
  await (await s3(s)).deleteObject({ Bucket: s.bucket, Key: keyOf(s, slug, { filename: name }) })
}

/** Writes one file of a collection's folder back (restoring what a failed save removed); `prefix` is the folder recorded with it. */
export const writeStored = async (slug: StoredCollection, doc: { filename: string; prefix?: string | null }, bytes: Buffer, s: Storage = env.storage): Promise<void> => {
  if (s.kind === 'disk') {
    await mkdir(diskDir(slug), { recursive: true })
    return writeFile(path.join(diskDir(slug), safeName(doc.filename)), bytes)
  }
  await (await s3(s)).putObject({ Body: bytes, Bucket: s.bucket, Key: keyOf(s, slug, doc) })
}
