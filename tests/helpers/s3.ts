import { existsSync, readdirSync } from 'node:fs'
import { mkdir, mkdtemp } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { S3 } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

export type TestS3 = Awaited<ReturnType<typeof startS3>>

/**
 * An S3 server in this process (s3rver, on a free port, its objects in a
 * temporary folder), a bucket in it, the S3_* settings that point the product
 * at it, and a client to look inside.
 */
export const startS3 = async (bucket = 'afc-uploads', prefix = 'bank-a/prod') => {
  const dir = path.join(process.env.AFC_TEST_DIR ?? (await mkdtemp(path.join(tmpdir(), 'afc-s3-'))), 's3')
  await mkdir(dir, { recursive: true })
  const server = new S3rver({ address: '127.0.0.1', configureBuckets: [{ configs: [], name: bucket }], directory: dir, port: 0, silent: true })
  const { port } = (await server.run()) as AddressInfo
  const endpoint = `http://127.0.0.1:${port}`
  const client = new S3({ credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }, endpoint, forcePathStyle: true, region: 'us-east-1' })
  const env = { S3_ACCESS_KEY_ID: 'S3RVER', S3_BUCKET: bucket, S3_ENDPOINT: endpoint, S3_FORCE_PATH_STYLE: 'true', S3_PREFIX: prefix, S3_SECRET_ACCESS_KEY: 'S3RVER' }
  /** Every key under `under`. */
  const keys = async (under: string) => {
    const out: string[] = []
    let token: string | undefined
    do {
      const page = await client.listObjectsV2({ Bucket: bucket, ContinuationToken: token, Prefix: under })
      out.push(...(page.Contents ?? []).map((o) => o.Key!))
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
    return out
  }
  const object = async (key: string) => Buffer.from(await (await client.getObject({ Bucket: bucket, Key: key })).Body!.transformToByteArray())
  return { bucket, client, close: () => server.close(), endpoint, env, keys, object, prefix }
}

/** The files under MEDIA_DIR (none, while uploads go to a bucket). */
export const filesOnDisk = (dir = process.env.MEDIA_DIR!) =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : []
