import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { z } from 'zod'

import { env } from '../env'
import type { Notification } from '../payload-types'
import { readStored } from '../storage'

export type Mail = {
  activities?: Array<number | string>
  /** report files (report-files ids) sent along, read from MEDIA_DIR or the bucket when the mail goes out */
  attachments?: Array<number | string>
  branch?: number | string | null
  campaign?: number | string | null
  html: string
  kind: Notification['kind']
  month?: string | null
  subject: string
  text: string
  to: string[]
}

/** Addresses and subject go into mail headers: a CR or LF there would let a value inject headers. */
const headerSafe = z.string().min(1).max(300).refine((s) => !/[\r\n]/.test(s), 'line break in a mail header')
const address = z.email().refine((s) => !/[\r\n,;<>]/.test(s))

export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '"': '&quot;', '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[c]!)

export const MAIL_QUEUE = 'mail'
/** Tries before a mail is given up (marked failed): with the default minute, the last one about 4 hours after the first. */
export const MAIL_ATTEMPTS = 9

const queueSend = (req: PayloadRequest, notification: number | string, waitUntil?: Date) =>
  req.payload.jobs.queue({ input: { notification: String(notification) }, queue: MAIL_QUEUE, req, task: 'sendMail', waitUntil })

/** Runs the mail queue soon, outside the request (the server's minute cron is the fallback). */
const nudge = (payload: Payload) => {
  if (env.NODE_ENV === 'test' || env.JOBS !== 'on') return
  setTimeout(() => void payload.jobs.run({ limit: 20, queue: MAIL_QUEUE }).catch(() => undefined), 1000).unref()
}

/**
 * Puts one mail in the outbox (the mail log), in the transaction of `req`:
 * when the change that causes it rolls back, so does the mail. It is sent
 * after commit by the `sendMail` job; the user's action never waits for, or
 * fails with, the SMTP server. Returns false when no address is usable.
 */
export const queueMail = async (req: PayloadRequest, mail: Mail): Promise<boolean> => {
  const to = mail.to.filter((a) => address.safeParse(a).success)
  const subject = headerSafe.parse(mail.subject)
  if (to.length === 0) return false
  const note = await req.payload.create({
    collection: 'notifications',
    data: {
      activities: mail.activities,
      attachments: mail.attachments,
      branch: mail.branch ?? null,
      campaign: mail.campaign ?? null,
      html: mail.html,
      kind: mail.kind,
      month: mail.month ?? null,
      status: 'pending',
      subject,
      text: mail.text,
      to: to.join(', '),
    },
    depth: 0,
    overrideAccess: true,
    req,
    select: { kind: true },
  })
  await queueSend(req, note.id)
  nudge(req.payload)
  return true
}

/** Sends one mail of the outbox; on failure records why and tries again later (1, 2, 4 … × MAIL_RETRY_SECONDS). */
export const sendQueuedMail = async (req: PayloadRequest, id: number | string): Promise<'failed' | 'retry' | 'sent' | 'skipped'> => {
  const note = await req.payload.findByID({ collection: 'notifications', depth: 0, disableErrors: true, id, overrideAccess: true, req })
  if (!note || note.status !== 'pending') return 'skipped'
  const attempts = (note.attempts ?? 0) + 1
  try {
    const files = (note.attachments ?? []).length
      ? (await req.payload.find({ collection: 'report-files', depth: 0, limit: 0, overrideAccess: true, pagination: false, req, where: { id: { in: note.attachments } } })).docs
      : []
    const attachments = await Promise.all(
      files.map(async (f) => ({ content: await readStored('report-files', f), contentType: f.mimeType ?? 'application/octet-stream', filename: f.filename ?? 'file' })),
    )
    await req.payload.sendEmail({ attachments, html: note.html ?? undefined, subject: note.subject, text: note.text ?? undefined, to: note.to })
  } catch (e) {
    const error = (e instanceof Error ? e.message : String(e)).slice(0, 500)
    const gaveUp = attempts >= MAIL_ATTEMPTS
    req.payload.logger.warn({ attempts, error, kind: note.kind, to: note.to }, gaveUp ? 'mail not sent; giving up' : 'mail not sent; will try again')
    await req.payload.update({ collection: 'notifications', data: { attempts, error, status: gaveUp ? 'failed' : 'pending' }, depth: 0, id, overrideAccess: true, req })
    if (!gaveUp) await queueSend(req, id, new Date(Date.now() + env.MAIL_RETRY_SECONDS * 1000 * 2 ** (attempts - 1)))
    return gaveUp ? 'failed' : 'retry'
  }
  await req.payload.update({ collection: 'notifications', data: { attempts, error: null, sentAt: new Date().toISOString(), status: 'sent' }, depth: 0, id, overrideAccess: true, req })
  return 'sent'
}

/** The outbox's sender (queue `mail`, run every minute by the server or the worker). */
export const SendMailTask: TaskConfig<'sendMail'> = {
  handler: async ({ input, req }) => ({ output: { result: await sendQueuedMail(req, input.notification) } }),
  inputSchema: [{ name: 'notification', required: true, type: 'text' }],
  label: 'Send a mail of the outbox',
  outputSchema: [{ name: 'result', type: 'text' }],
  // the task schedules its own next try, with backoff and a record of why; Payload must not repeat it at once
  retries: 0,
  slug: 'sendMail',
}
