import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

export type Received = { from: string; raw: string; subject: string; text: string; to: string[] }

const decodeWords = (s: string): string =>
  s.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=\s*/g, (_, charset: string, enc: string, data: string) => {
    const bytes = enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : qp(data.replace(/_/g, ' '))
    return new TextDecoder(charset).decode(bytes)
  })

const qp = (s: string): Buffer => {
  const clean = s.replace(/=\r?\n/g, '')
  const out: number[] = []
  for (let i = 0; i < clean.length; i++) {
    if (clean[i] === '=' && /^[0-9A-F]{2}$/i.test(clean.slice(i + 1, i + 3))) {
      out.push(parseInt(clean.slice(i + 1, i + 3), 16))
      i += 2
    } else out.push(...Buffer.from(clean[i]!, 'utf8'))
  }
  return Buffer.from(out)
}

const headerOf = (head: string, name: string): string => {
  const m = new RegExp(`^${name}:\\s*((?:.*)(?:\\r?\\n[ \\t].*)*)`, 'im').exec(head)
  return m ? m[1]!.replace(/\r?\n[ \t]/g, ' ') : ''
}

/** The decoded text of every leaf part (plain text and HTML), in order. */
const bodyText = (raw: string): string => {
  const split = raw.indexOf('\r\n\r\n')
  const head = raw.slice(0, split)
  const body = raw.slice(split + 4)
  const type = headerOf(head, 'Content-Type')
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
  if (boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1, -1)
      .map((part) => bodyText(part.replace(/^\r\n/, '')))
      .join('\n')
  }
  const enc = headerOf(head, 'Content-Transfer-Encoding').toLowerCase()
  const bytes = enc === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64') : enc === 'quoted-printable' ? qp(body) : Buffer.from(body, 'utf8')
  return bytes.toString('utf8')
}

/** A real SMTP server on a free local port (or `at`, to restart one) that keeps every message it receives. */
export const startSmtp = async (at = 0): Promise<{ close: () => Promise<void>; inbox: Received[]; port: number }> => {
  const inbox: Received[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const head = raw.slice(0, raw.indexOf('\r\n\r\n'))
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          raw,
          subject: decodeWords(headerOf(head, 'Subject')),
          text: bodyText(raw),
          to: session.envelope.rcptTo.map((r) => r.address),
        })
        done()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(at, '127.0.0.1', () => resolve()))
  const port = (server.server.address() as AddressInfo).port
  return { close: () => new Promise<void>((r) => server.close(() => r())), inbox, port }
}
