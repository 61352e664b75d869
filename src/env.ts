import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { z } from 'zod'

/**
 * Every setting the product reads from the environment, validated once at
 * start-up. A bad value stops the process with a message naming the variable.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes')

export const envSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .default('file:./data/campaigns.db')
      .refine((v) => /^(file:|postgres:\/\/|postgresql:\/\/|mongodb:\/\/|mongodb\+srv:\/\/)/.test(v), {
        message:
          'must start with file: (SQLite, e.g. file:./data/campaigns.db), postgres:// (PostgreSQL, e.g. postgres://user:pass@db:5432/campaigns), mongodb:// or mongodb+srv:// (MongoDB)',
      }),
    /** PostgreSQL: connections per instance (each web instance and each worker has its own pool). */
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
    /** PostgreSQL: how long a request waits for a free connection before it is answered 503 "busy, try again". */
    DATABASE_POOL_WAIT_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
    /** PostgreSQL: read replicas, comma-separated postgres:// URLs; reads go there, writes and the reads right after a write to the primary. */
    DATABASE_REPLICA_URLS: z
      .string()
      .optional()
      .transform((v) => (v ?? '').split(',').map((u) => u.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, 'each must start with postgres://'))),
    /** PostgreSQL: TLS to the server: off, require (encrypted, certificate not checked) or verify (checked against DATABASE_SSL_CA or the system's CAs). */
    DATABASE_SSL: z.enum(['off', 'require', 'verify']).default('off'),
    /** PostgreSQL: a PEM file with the CA that signed the server's certificate (for DATABASE_SSL=verify). */
    DATABASE_SSL_CA: z.string().min(1).optional(),
    /** on: this process runs the jobs queue too (one process, the default); off: web only, `npm run worker` runs them (it sets worker itself). */
    JOBS: z.enum(['on', 'off', 'worker']).default('on'),
    /** How often the jobs schedule ticks (cron; six fields for seconds, e.g. every 20 s); load tests and benches set it, and then it ticks under NODE_ENV=test too. */
    JOBS_CRON: z.string().regex(/^(\S+\s+){4,5}\S+$/, 'a cron expression of five or six fields').optional(),
    /** Spreadsheets read at once, each in a process of its own (src/import/readIsolated.ts); more wait their turn. */
    IMPORT_READERS: z.coerce.number().int().min(1).max(16).default(2),
    /** Heap of each such process: a workbook that needs more is refused (413), and the server's own memory is not touched. */
    IMPORT_READER_MEMORY_MB: z.coerce.number().int().min(64).max(8192).default(512),
    /** Where uploads are stored (default: media/ in the project). */
    MEDIA_DIR: z.string().min(1).default('media'),
    /** Set to log as JSON lines at this level (production log shippers); unset: Payload's readable log. */
    LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).optional(),
    /** Failed sign-ins from one place before it must wait (the wait doubles after each further failure, up to LOGIN_LOCK_SECONDS). */
    LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
    LOGIN_LOCK_SECONDS: z.coerce.number().int().min(1).max(24 * 3600).default(15 * 60),
    /** Dev and tests push the collections' schema into the database; false (set by the read-only scripts) never changes it. Production never pushes. */
    SCHEMA_PUSH: bool.optional(),
    /** Reverse proxies in front of the server that add to X-Forwarded-For (the client's address is the entry before theirs). */
    TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
    MAIL_FROM_ADDRESS: z.email().default('no-reply@campaigns.example.cn'),
    MAIL_FROM_NAME: z.string().min(1).default('反诈宣传管理平台'),
    /** First wait before a mail that could not be sent is tried again; each further wait doubles. */
    MAIL_RETRY_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    MONGODB_TRANSACTIONS: bool.optional(),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PAYLOAD_SECRET: z.string().optional(),
    /** Create the demo bank at server start where it is missing (`npm start` turns this on). */
    SEED_DEMO: bool.default(false),
    /** Port of `npm start`; without SERVER_URL the server's address is http://localhost:<PORT>. */
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    SERVER_URL: z.url({ protocol: /^https?$/ }).optional(),
    REPORT_CRON: z
      .string()
      .regex(/^(\S+\s+){4}\S+$/, 'a cron expression of five fields, e.g. "0 2 1 * *"')
      .default('0 2 1 * *'),
    /** Uploads (photos, materials, report files, import files) in an S3-compatible bucket instead of MEDIA_DIR: its name. */
    S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'a bucket name: 3–63 lower-case letters, digits, dots and hyphens').optional(),
    /** The store's address (MinIO, a domestic cloud's object storage); unset: AWS S3 itself. */
    S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** Addresses objects as <endpoint>/<bucket>/<key> (MinIO and most self-hosted stores need it). */
    S3_FORCE_PATH_STYLE: bool.default(false),
    /** A folder inside the bucket for this installation; the bucket then holds the same tree as MEDIA_DIR would. */
    S3_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/, 'folder names of letters, digits, dots, hyphens and underscores separated by /, no leading or trailing /')
      .refine((v) => !v.split('/').some((p) => p === '.' || p === '..'), 'no . or .. folders')
      .optional(),
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PASS: z.string().optional(),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    SMTP_SECURE: bool.default(false),
    SMTP_USER: z.string().optional(),
    UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).max(500 * 1024 * 1024).default(20 * 1024 * 1024),
  })
  .superRefine((v, ctx) => {
    if (v.DATABASE_SSL_CA && !existsSync(v.DATABASE_SSL_CA)) {
      ctx.addIssue({ code: 'custom', message: `no such file: ${v.DATABASE_SSL_CA}`, path: ['DATABASE_SSL_CA'] })
    }
    const postgres = /^postgres(ql)?:\/\//.test(v.DATABASE_URL)
    if (!postgres && (v.DATABASE_REPLICA_URLS.length > 0 || v.DATABASE_SSL !== 'off')) {
      ctx.addIssue({ code: 'custom', message: 'applies to PostgreSQL only (DATABASE_URL=postgres://…)', path: [v.DATABASE_REPLICA_URLS.length > 0 ? 'DATABASE_REPLICA_URLS' : 'DATABASE_SSL'] })
    }
    const s3Set = (['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_PREFIX'] as const).filter((k) => v[k] !== undefined)
    if (!v.S3_BUCKET && s3Set.length > 0) {
      ctx.addIssue({ code: 'custom', message: `is required when ${s3Set.join(', ')} ${s3Set.length === 1 ? 'is' : 'are'} set (uploads go to the bucket only when it is named)`, path: ['S3_BUCKET'] })
    }
    // keys are required: without them the AWS SDK would go looking for credentials on hosts of its own (instance metadata)
    if (v.S3_BUCKET) {
      for (const k of ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
        if (!v[k]) ctx.addIssue({ code: 'custom', message: 'is required with S3_BUCKET', path: [k] })
      }
    }
    if (v.NODE_ENV !== 'development' && v.NODE_ENV !== 'test' && (!v.PAYLOAD_SECRET || v.PAYLOAD_SECRET.length < 32)) {
      ctx.addIssue({
        code: 'custom',
        message: 'is required outside development and test, at least 32 characters (e.g. `openssl rand -hex 32`)',
        path: ['PAYLOAD_SECRET'],
      })
    }
  })

export type Env = Omit<z.infer<typeof envSchema>, 'SERVER_URL'> & { SERVER_URL: string }

export class EnvError extends Error {}

export const parseEnv = (source: Record<string, string | undefined>): Env => {
  // An empty variable means "not set", as in a .env file with `SMTP_HOST=`.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''))
  const result = envSchema.safeParse(cleaned)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(environment)'}: ${i.message}`)
    throw new EnvError(`Invalid environment configuration:\n${lines.join('\n')}`)
  }
  // without a public address the server is where PORT says: links, CSRF and CORS follow it
  return { ...result.data, SERVER_URL: result.data.SERVER_URL ?? `http://localhost:${result.data.PORT}` }
}

/**
 * Origins whose cookie-authenticated requests count: the public address, and — when it was
 * derived from PORT — the same port on 127.0.0.1, which browsers treat as another origin.
 */
export const allowedOrigins = (source: Record<string, string | undefined>, e: Env): string[] =>
  source.SERVER_URL ? [e.SERVER_URL] : [e.SERVER_URL, `http://127.0.0.1:${e.PORT}`]

/** Where uploads are kept: MEDIA_DIR on this machine (the default), or an S3-compatible bucket shared by every instance. */
export type Storage =
  | { kind: 'disk'; dir: string }
  | { accessKeyId: string; bucket: string; endpoint?: string; forcePathStyle: boolean; kind: 's3'; prefix: string; region: string; secretAccessKey: string }

export const storageFrom = (e: Env, mediaDir: string): Storage =>
  e.S3_BUCKET && e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
    ? {
        accessKeyId: e.S3_ACCESS_KEY_ID,
        bucket: e.S3_BUCKET,
        endpoint: e.S3_ENDPOINT,
        forcePathStyle: e.S3_FORCE_PATH_STYLE,
        kind: 's3',
        prefix: e.S3_PREFIX ?? '',
        region: e.S3_REGION,
        secretAccessKey: e.S3_SECRET_ACCESS_KEY,
      }
    : { dir: mediaDir, kind: 'disk' }

export type Database =
  | { kind: 'sqlite'; push: boolean; url: string }
  | { kind: 'postgres'; poolMax: number; poolWaitSeconds: number; push: boolean; replicas: string[]; ssl: 'off' | 'require' | 'verify'; sslCa?: string; url: string }
  | { kind: 'mongodb'; transactions: boolean; url: string }

/** Whether Payload pushes the collections' schema: in development and tests unless SCHEMA_PUSH=false; never in production (migrations only). */
const pushOf = (e: Env): boolean => e.NODE_ENV !== 'production' && e.SCHEMA_PUSH !== false

/** The database the URL selects; a relative SQLite path is taken from the project folder. */
export const databaseFrom = (e: Env): Database => {
  if (e.DATABASE_URL.startsWith('file:')) {
    const file = e.DATABASE_URL.slice('file:'.length)
    return { kind: 'sqlite', push: pushOf(e), url: `file:${path.isAbsolute(file) ? file : path.resolve(root, file)}` }
  }
  if (/^postgres(ql)?:\/\//.test(e.DATABASE_URL)) {
    return { kind: 'postgres', poolMax: e.DATABASE_POOL_MAX, poolWaitSeconds: e.DATABASE_POOL_WAIT_SECONDS, push: pushOf(e), replicas: e.DATABASE_REPLICA_URLS, ssl: e.DATABASE_SSL, sslCa: e.DATABASE_SSL_CA, url: e.DATABASE_URL }
  }
  const replicaSet = /[?&]replicaSet=/.test(e.DATABASE_URL) || e.DATABASE_URL.startsWith('mongodb+srv://')
  return { kind: 'mongodb', transactions: e.MONGODB_TRANSACTIONS ?? replicaSet, url: e.DATABASE_URL }
}

const load = (): Env => {
  try {
    return parseEnv(process.env)
  } catch (err) {
    if (err instanceof EnvError) {
      console.error(err.message)
      process.exit(1)
    }
    throw err
  }
}

const parsed = load()
const mediaDir = path.isAbsolute(parsed.MEDIA_DIR) ? parsed.MEDIA_DIR : path.resolve(root, parsed.MEDIA_DIR)

export const env = {
  ...parsed,
  allowedOrigins: allowedOrigins(process.env, parsed),
  /** Payload's serverURL: SERVER_URL when set; else empty, so that media, file and report URLs are relative and work under any name the server is reached by. */
  linkBase: process.env.SERVER_URL ? parsed.SERVER_URL : '',
  cookieSecure: parsed.SERVER_URL.startsWith('https://'),
  database: databaseFrom(parsed),
  mediaDir,
  projectRoot: root,
  /** Development and test get a fixed secret; production must bring its own (checked above). */
  secret: parsed.PAYLOAD_SECRET ?? 'development-only-secret-do-not-use-in-production',
  storage: storageFrom(parsed, mediaDir),
}
