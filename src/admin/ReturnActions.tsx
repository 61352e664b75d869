'use client'

import { toast, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import type { ReturnAction } from '../domain/returns'
import { type AdminKey, tr } from './strings'
import { TextDialog } from './TextDialog'

const LABEL: Record<ReturnAction, AdminKey> = { accept: 'returnAccept', 'no-activity': 'returnNoActivity', return: 'actionReturn', submit: 'returnSubmit' }

/** The buttons of one node's monthly return in the tree; submitting asks for the narrative, returning and "no activity" for a reason. */
export const ReturnActions = ({ actions, branch, campaign, month, name, waiting = 0 }: { actions: ReturnAction[]; branch: number | string; campaign: number | string; month: string; name: string; waiting?: number }) => {
  const { i18n } = useTranslation()
  const lang = i18n.language
  const router = useRouter()
  const [asking, setAsking] = useState<ReturnAction | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const take = async (action: ReturnAction, text?: string) => {
    setAsking(null)
    setBusy(true)
    setError(null)
    try {
      const res = await fetch('/api/monthly-returns/act', {
        body: JSON.stringify({ action, branch, campaign, month, ...(action === 'submit' ? { narrative: text } : { reason: text }) }),
        credentials: 'include',
        headers: { 'Accept-Language': lang, 'Content-Type': 'application/json' },
        method: 'POST',
      })
      const json = await res.json()
      if (!res.ok) throw new Error(json.errors?.[0]?.message ?? String(res.status))
      toast.success(tr(lang, 'returnDone', { name }))
      router.refresh()
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const [confirming, setConfirming] = useState<{ byBranch: Array<{ branch: string; n: number }>; records: number } | null>(null)
  const [refused, setRefused] = useState<Array<{ id: number | string; message: string; title?: string }>>([])
  /** "Approve all submitted of this node and month": first the counts (or what refuses), then, confirmed, all or nothing. */
  const reviewAll = async (preview: boolean) => {
    setBusy(true)
    setError(null)
    setRefused([])
    try {
      const res = await fetch('/api/activities/review', {
        body: JSON.stringify({ action: 'approve', filter: { branch, campaign, month }, preview }),
        credentials: 'include',
        headers: { 'Accept-Language': lang, 'Content-Type': 'application/json' },
        method: 'POST',
      })
      const json = await res.json()
      if (Array.isArray(json.refused) && json.refused.length > 0) {
        setConfirming(null)
        setRefused(json.refused)
        setError(tr(lang, 'bulkDone', { done: 0, refused: json.refused.length }))
      } else if (!res.ok) throw new Error(json.errors?.[0]?.message ?? String(res.status))
      else if (preview) setConfirming(json.counts)
      else {
        setConfirming(null)
        toast.success(tr(lang, 'bulkDone', { done: json.done, refused: 0 }))
        router.refresh()
      }
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  if (actions.length === 0 && waiting === 0) return null
  return (
    <div className="afc-return-actions">
      {waiting > 0 && !confirming && (
        <button className="btn btn--size-small btn--style-secondary" data-review-all disabled={busy} onClick={() => void reviewAll(true)} type="button">
          {tr(lang, 'reviewAll', { n: waiting })}
        </button>
      )}
      {confirming && (
        <div className="afc-confirm" role="status">
          <strong>{tr(lang, 'reviewConfirmApprove', { n: confirming.records })}</strong>
          <ul>
            {confirming.byBranch.map((b) => (
              <li key={b.branch}>{tr(lang, 'reviewCountLine', { branch: b.branch, n: b.n })}</li>
            ))}
          </ul>
          <button className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => setConfirming(null)} type="button">
            {tr(lang, 'cancel')}
          </button>
          <button className="btn btn--style-primary btn--size-small" data-confirm-review="approve" disabled={busy} onClick={() => void reviewAll(false)} type="button">
            {busy ? tr(lang, 'reviewWorking', { n: confirming.records }) : tr(lang, 'reviewConfirm')}
          </button>
        </div>
      )}
      {refused.length > 0 && (
        <ul className="afc-error">
          {refused.slice(0, 20).map((r) => (
            <li key={String(r.id)}>
              <a href={`/admin/collections/activities/${r.id}`}>{r.title ?? `#${r.id}`}</a>: {r.message}
            </li>
          ))}
        </ul>
      )}
      {actions.map((a) => (
        <button
          className={`btn btn--size-small ${a === 'return' ? 'btn--style-secondary' : 'btn--style-primary'}`}
          data-return-action={a}
          disabled={busy}
          key={a}
          onClick={() => (a === 'accept' ? void take(a) : setAsking(a))}
          type="button"
        >
          {tr(lang, LABEL[a])}
        </button>
      ))}
      {error && (
        <p className="afc-error" role="alert">
          {error}
        </p>
      )}
      {asking && (
        <TextDialog
          confirm={tr(lang, LABEL[asking])}
          confirmKey={asking}
          hint={tr(lang, asking === 'submit' ? 'narrativeHint' : asking === 'return' ? 'returnReturnHint' : 'noActivityHint')}
          label={tr(lang, asking === 'submit' ? 'narrative' : 'reason')}
          lang={lang}
          onCancel={() => setAsking(null)}
          onConfirm={(text) => void take(asking, text)}
          required={asking !== 'submit'}
          rows={asking === 'submit' ? 8 : 4}
          title={`${tr(lang, LABEL[asking])} · ${name} · ${month}`}
        />
      )}
    </div>
  )
}
