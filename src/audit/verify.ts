import type { Payload } from 'payload'

import { type ChainProblem, GENESIS, verifyChain } from '../domain/auditChain'

const PAGE = 2000

/**
 * Recomputes the audit log's chain from its first entry, a page at a time (the
 * log only grows): the first altered, missing or relinked entry, or null; the
 * count and the last hash, which an operator may note down elsewhere (a
 * removed last entry leaves no gap behind it: only a hash kept outside shows it).
 */
export const verifyAuditLog = async (payload: Payload): Promise<{ entries: number; head: string; problem: ChainProblem | null }> => {
  let start = { prevHash: GENESIS, seq: 0 }
  let entries = 0
  for (;;) {
    const page = await payload.find({
      collection: 'audit-log',
      depth: 0,
      limit: PAGE,
      overrideAccess: true,
      pagination: false,
      sort: 'seq',
      where: { seq: { greater_than: start.seq } },
    })
    if (page.docs.length === 0) return { entries, head: start.prevHash, problem: null }
    const problem = verifyChain(page.docs, start)
    if (problem) return { entries, head: start.prevHash, problem }
    entries += page.docs.length
    const last = page.docs.at(-1)!
    start = { prevHash: last.hash, seq: last.seq }
  }
}
