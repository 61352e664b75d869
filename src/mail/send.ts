import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import type { Notification } from '../payload-types'

export type Mail = {
  activities?: Array<number | string>
  attachments?: Array<{ content: Buffer; contentType: string; filename: string }>
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

/**
 * Sends one mail and records it in the mail log, sent or not. A failing SMTP
 * server never fails the user's action that caused the mail: the failure is
 * logged and kept in the log for head office to see.
 */
export const sendAndLog = async (req: PayloadRequest, mail: Mail): Promise<boolean> => {
  const to = mail.to.filter((a) => address.safeParse(a).success)
  const subject = headerSafe.parse(mail.subject)
  if (to.length === 0) return false
  let error: string | null = null
  try {
    await req.payload.sendEmail({ attachments: mail.attachments, html: mail.html, subject, text: mail.text, to: to.join(', ') })
  } catch (e) {
    error = e instanceof Error ? e.message : String(e)
    req.payload.logger.warn({ err: e, kind: mail.kind, to }, 'mail not sent')
  }
  await req.payload.create({
    collection: 'notifications',
    data: {
      activities: mail.activities as number[] | undefined,
      branch: (mail.branch ?? null) as number | null,
      campaign: (mail.campaign ?? null) as number | null,
      error,
      kind: mail.kind,
      month: mail.month ?? null,
      sentAt: new Date().toISOString(),
      subject,
      to: to.join(', '),
    },
    overrideAccess: true,
    req,
  })
  return error === null
}
